/**
 * The whole-content check behind `roadbook content check` and the content tests: the roadmap
 * loads, every topic meets Roadbook's minimums, every exercise loads and points at real topics.
 * All problems are collected, so one run lists everything to fix.
 */
import type { Roadmap } from '../../shared/types';
import { loadExercises } from '../exercises/exercise-loader';
import { loadLevels } from '../git-levels/level-loader';
import { ContentError, loadRoadmap } from './roadmap-loader';

/** What every roadmap topic must have (issue: "the backend roadmap: full content"). */
export const TOPIC_RULES = {
  minTopics: 150,
  minWords: 120,
  checklist: [3, 6],
  resources: [2, 5],
  minCards: 3,
} as const;

export interface ContentSummary {
  readonly sections: number;
  readonly topics: number;
  readonly cards: number;
  readonly levels: number;
  readonly exercises: number;
}

export interface ContentReport {
  readonly summary: ContentSummary;
  readonly problems: readonly string[];
}

/** Words of prose in a markdown explanation, code blocks left out. */
export function proseWords(markdown: string): number {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .split(/\s+/)
    .filter((word) => /[A-Za-z]/.test(word)).length;
}

/** The per-topic minimums, as problems (none when the roadmap meets them all). */
export function topicRuleProblems(roadmap: Roadmap): string[] {
  const problems: string[] = [];
  const topics = Object.values(roadmap.topics);
  if (topics.length < TOPIC_RULES.minTopics) problems.push(`the roadmap has ${topics.length} topics; it needs at least ${TOPIC_RULES.minTopics}`);
  const [minChecks, maxChecks] = TOPIC_RULES.checklist;
  const [minResources, maxResources] = TOPIC_RULES.resources;
  for (const topic of topics) {
    const where = `topic "${topic.id}"`;
    const words = proseWords(topic.body);
    if (words < TOPIC_RULES.minWords) problems.push(`${where} explanation has ${words} words; it needs at least ${TOPIC_RULES.minWords}`);
    if (topic.checklist.length < minChecks || topic.checklist.length > maxChecks) {
      problems.push(`${where} has ${topic.checklist.length} checklist items; it needs ${minChecks} to ${maxChecks}`);
    }
    if (topic.resources.length < minResources || topic.resources.length > maxResources) {
      problems.push(`${where} has ${topic.resources.length} resources; it needs ${minResources} to ${maxResources}`);
    }
    if (topic.cards.length < TOPIC_RULES.minCards) problems.push(`${where} has ${topic.cards.length} review cards; it needs at least ${TOPIC_RULES.minCards}`);
    const cardIds = topic.cards.map((card) => card.id);
    for (const id of new Set(cardIds.filter((id, i) => cardIds.indexOf(id) !== i))) problems.push(`${where} uses card id "${id}" twice`);
    if (topic.related.includes(topic.id)) problems.push(`${where} lists itself as related`);
  }
  return problems;
}

/** Loads and checks everything under `contentDir`. Never throws for content problems. */
export function checkContent(contentDir: string): ContentReport {
  const problems: string[] = [];
  let roadmap: Roadmap | undefined;
  try {
    roadmap = loadRoadmap(contentDir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  if (roadmap) problems.push(...topicRuleProblems(roadmap));

  const catalog = loadExercises(contentDir);
  problems.push(...catalog.problems);
  if (roadmap) {
    for (const exercise of catalog.exercises.values()) {
      for (const topicId of exercise.meta.topics) {
        if (!roadmap.topics[topicId]) problems.push(`exercises/${exercise.meta.id}: links to unknown topic "${topicId}"`);
      }
    }
  }

  const levels = loadLevels(contentDir);
  problems.push(...levels.problems);
  if (roadmap) {
    for (const level of levels.levels) {
      for (const topicId of level.topics) {
        if (!roadmap.topics[topicId]) problems.push(`git-levels/levels/${level.id}.yaml: links to unknown topic "${topicId}"`);
      }
    }
  }

  const topics = roadmap ? Object.values(roadmap.topics) : [];
  return {
    summary: {
      sections: roadmap?.sections.length ?? 0,
      topics: topics.length,
      cards: topics.reduce((n, topic) => n + topic.cards.length, 0),
      levels: levels.levels.length,
      exercises: catalog.exercises.size,
    },
    problems,
  };
}
