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

/** The topic to suggest next: the first one being learned, else the first not started. */
export function nextTopicId(roadmap: Roadmap, snapshot: ProgressSnapshot | undefined): string | undefined {
  const ids = orderedTopicIds(roadmap);
  return ids.find((id) => topicStatus(snapshot, id) === 'learning') ?? ids.find((id) => topicStatus(snapshot, id) === 'not-started');
}
