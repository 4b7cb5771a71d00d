/**
 * Loads the roadmap from `content/roadmap/`: `roadmap.yaml` orders the sections and their
 * topics, and each topic is a markdown file with YAML front matter in `topics/<id>.md`.
 * Every file is validated; problems are collected so a content check can list them all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROADMAP_INDEX, TOPIC_FRONTMATTER } from '../../shared/content-schema';
import type { Roadmap, Section, Topic } from '../../shared/types';

export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads and validates the whole roadmap; throws a ContentError listing every problem. */
export function loadRoadmap(contentDir: string): Roadmap {
  const problems: string[] = [];
  const roadmapDir = path.join(contentDir, 'roadmap');
  const indexPath = path.join(roadmapDir, 'roadmap.yaml');
  const index = ROADMAP_INDEX.safeParse(readYaml(indexPath, problems));
  if (!index.success) {
    problems.push(...index.error.issues.map((i) => `roadmap.yaml ${i.path.join('.')}: ${i.message}`));
    throw new ContentError(problems);
  }

  const topics: Record<string, Topic> = {};
  const sections: Section[] = [];
  const sectionIds = new Set<string>();
  for (const { topics: topicIds, ...section } of index.data.sections) {
    if (sectionIds.has(section.id)) problems.push(`section id "${section.id}" is used twice`);
    sectionIds.add(section.id);
    sections.push({ ...section, topicIds });
    for (const topicId of topicIds) {
      if (topics[topicId]) {
        problems.push(`topic "${topicId}" is listed in more than one place`);
        continue;
      }
      const topic = readTopic(roadmapDir, topicId, section.id, problems);
      if (topic) topics[topicId] = topic;
    }
  }
  for (const topic of Object.values(topics)) {
    for (const related of topic.related) {
      if (!topics[related]) problems.push(`topic "${topic.id}" links to unknown topic "${related}"`);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { title: index.data.title, sections, topics };
}

function readTopic(roadmapDir: string, topicId: string, sectionId: string, problems: string[]): Topic | undefined {
  const file = path.join(roadmapDir, 'topics', `${topicId}.md`);
  const where = `topics/${topicId}.md`;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    problems.push(`${where} is missing`);
    return undefined;
  }
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    problems.push(`${where} has no front matter between --- lines`);
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    problems.push(`${where} front matter is not valid YAML: ${(error as Error).message}`);
    return undefined;
  }
  const front = TOPIC_FRONTMATTER.safeParse(data);
  if (!front.success) {
    problems.push(...front.error.issues.map((i) => `${where} ${i.path.join('.')}: ${i.message}`));
    return undefined;
  }
  if (front.data.id !== topicId) problems.push(`${where} declares id "${front.data.id}"`);
  const body = match[2]!.trim();
  if (body.length === 0) problems.push(`${where} has no explanation`);
  return { ...front.data, sectionId, body };
}

function readYaml(file: string, problems: string[]): unknown {
  try {
    return parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${path.basename(file)} could not be read: ${(error as Error).message}`);
    return undefined;
  }
}
