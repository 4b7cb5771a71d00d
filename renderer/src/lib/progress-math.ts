/** Pure counting over the roadmap and the learner's progress. */
import type { ProgressSnapshot, Roadmap, Section, TopicStatus } from '../../../electron/shared/types';

export interface StatusCounts {
  readonly total: number;
  readonly done: number;
  readonly learning: number;
  readonly skipped: number;
  readonly notStarted: number;
}

/** The status of one topic; topics the store has never seen are not started. */
export function topicStatus(snapshot: ProgressSnapshot | undefined, topicId: string): TopicStatus {
  return snapshot?.topics[topicId]?.status ?? 'not-started';
}

/** Counts the statuses of the given topics. */
export function countStatuses(topicIds: readonly string[], snapshot: ProgressSnapshot | undefined): StatusCounts {
  let done = 0;
  let learning = 0;
  let skipped = 0;
  for (const id of topicIds) {
    const status = topicStatus(snapshot, id);
    if (status === 'done') done += 1;
    else if (status === 'learning') learning += 1;
    else if (status === 'skipped') skipped += 1;
  }
  const total = topicIds.length;
  return { total, done, learning, skipped, notStarted: total - done - learning - skipped };
}

/** Every topic id of the roadmap, in reading order. */
export function orderedTopicIds(roadmap: Roadmap): string[] {
  return roadmap.sections.flatMap((section) => section.topicIds.filter((id) => roadmap.topics[id] !== undefined));
}

export function sectionCounts(section: Section, snapshot: ProgressSnapshot | undefined): StatusCounts {
  return countStatuses(section.topicIds, snapshot);
}

/** The share done, from 0 to 1 (0 for an empty list). */
export function doneRatio(counts: StatusCounts): number {
  return counts.total === 0 ? 0 : counts.done / counts.total;
}

/** The checklist items the learner has ticked on a topic (indexes). */
export function checklistTicks(snapshot: ProgressSnapshot | undefined, topicId: string): readonly number[] {
  const entry = snapshot?.topics[topicId] as { readonly checklist?: readonly number[] } | undefined;
  return entry?.checklist ?? [];
}

/**
 * How far along a topic is, from 0 to 1: done counts fully; otherwise each ticked checklist
 * item moves it along, up to 90%, so only marking it done completes it.
 */
export function topicProgress(topicId: string, checklistLength: number, snapshot: ProgressSnapshot | undefined): number {
  const status = topicStatus(snapshot, topicId);
  if (status === 'done') return 1;
  if (checklistLength === 0) return 0;
  const ticked = checklistTicks(snapshot, topicId).filter((i) => i >= 0 && i < checklistLength).length;
  return (0.9 * ticked) / checklistLength;
}

/** The share of a set of topics covered, counting checklist ticks as partial progress. */
export function progressRatio(roadmap: Roadmap, topicIds: readonly string[], snapshot: ProgressSnapshot | undefined): number {
  if (topicIds.length === 0) return 0;
  let sum = 0;
  for (const id of topicIds) sum += topicProgress(id, roadmap.topics[id]?.checklist.length ?? 0, snapshot);
  return sum / topicIds.length;
}

/**
 * Up to `limit` topics to study next: the ones being learned first, then the next untouched
 * topics in sections already started, then the first untouched topics of the road.
 */
export function suggestNext(roadmap: Roadmap, snapshot: ProgressSnapshot | undefined, limit = 3): string[] {
  const picked: string[] = [];
  const add = (id: string | undefined) => {
    if (id && !picked.includes(id) && picked.length < limit) picked.push(id);
  };
  const ids = orderedTopicIds(roadmap);
  for (const id of ids) if (topicStatus(snapshot, id) === 'learning') add(id);
  for (const section of roadmap.sections) {
    const started = section.topicIds.some((id) => ['done', 'learning'].includes(topicStatus(snapshot, id)));
    if (started) add(section.topicIds.find((id) => roadmap.topics[id] && topicStatus(snapshot, id) === 'not-started'));
  }
  for (const id of ids) if (topicStatus(snapshot, id) === 'not-started') add(id);
  return picked;
}
