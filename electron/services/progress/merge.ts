/**
 * Merging an imported store into the current one, and counting what an import would change.
 *
 * Merge rules (summed up for the learner in the import dialog):
 * - Topic status: the more advanced one wins, done > learning > skipped > not started.
 *   "Skipped" never overrides progress: it only beats "not started".
 * - Checklist ticks, links (by address), the learner's own topics and the review history:
 *   the union of both.
 * - Notes: when they differ, both are kept, the imported ones after a dated separator. Notes
 *   that already contain the imported text are left alone, so importing twice changes nothing.
 * - Git levels: the latest completion, with the best command count of both.
 * - Exercises: passed if passed in either; the larger run count; the earliest pass; the newer draft.
 * - Review cards: the state of whichever copy was answered last.
 * - Activity: per day, the larger of the two (the same day in both is usually the same study).
 * - Settings stay as they are on this computer.
 */
import {
  LIMITS,
  type ExerciseProgress,
  type LevelProgress,
  type ProgressStore,
  type ReviewCardState,
  type ReviewLogEntry,
  type TopicProgress,
  type TopicStatus,
} from '../../shared/schemas';
import { CHANGE_CATEGORIES, type ChangeCount, type ChangeCategory, type ChangeSummary } from '../../shared/progress-types';

const STATUS_RANK: Readonly<Record<TopicStatus, number>> = { 'not-started': 0, skipped: 1, learning: 2, done: 3 };

/** The value of an own property only (never something inherited such as `constructor`). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

export function mergeNotes(current: string | undefined, incoming: string | undefined, importedAt: string): string | undefined {
  const mine = current ?? '';
  const theirs = incoming ?? '';
  if (theirs.trim() === '' || mine.includes(theirs)) return current;
  if (mine.trim() === '' || theirs.includes(mine)) return incoming;
  const separator = `\n\n---\n\n*Imported notes (export of ${importedAt.slice(0, 10)}):*\n\n`;
  const combined = `${mine}${separator}${theirs}`;
  if (combined.length <= LIMITS.notes) return combined;
  const cut = '\n\n…(the rest did not fit: notes hold up to 100,000 characters)';
  return combined.slice(0, LIMITS.notes - cut.length) + cut;
}

function normalUrl(url: string): string {
  return url.trim().replace(/\/+$/, '').toLowerCase();
}

export function mergeTopic(current: TopicProgress | undefined, incoming: TopicProgress | undefined, importedAt: string): TopicProgress {
  if (!current) return incoming!;
  if (!incoming) return current;
  const statusWinner = STATUS_RANK[incoming.status] > STATUS_RANK[current.status] ? incoming : current;
  const sameStatus = incoming.status === current.status;
  const checklist = [...new Set([...(current.checklist ?? []), ...(incoming.checklist ?? [])])].sort((a, b) => a - b);
  const notes = mergeNotes(current.notes, incoming.notes, importedAt);
  const links = [...(current.links ?? [])];
  const seen = new Set(links.map((link) => normalUrl(link.url)));
  const ids = new Set(links.map((link) => link.id));
  for (const link of incoming.links ?? []) {
    if (links.length >= LIMITS.links) break;
    if (seen.has(normalUrl(link.url))) continue;
    seen.add(normalUrl(link.url));
    // Two links with the same random id but different addresses: give the imported one a fresh id.
    const id = ids.has(link.id) ? `${link.id.slice(0, 30)}${links.length.toString(36)}m` : link.id;
    ids.add(id);
    links.push({ ...link, id });
  }
  const merged: { -readonly [K in keyof TopicProgress]: TopicProgress[K] } = {
    status: statusWinner.status,
    updatedAt: sameStatus ? later(current.updatedAt, incoming.updatedAt)! : statusWinner.updatedAt,
  };
  if (checklist.length > 0) merged.checklist = checklist;
  if (notes !== undefined && notes !== '') {
    merged.notes = notes;
    const notesAt = notes === current.notes ? current.notesUpdatedAt : notes === incoming.notes ? incoming.notesUpdatedAt : later(current.notesUpdatedAt, incoming.notesUpdatedAt);
    if (notesAt) merged.notesUpdatedAt = notesAt;
  }
  if (links.length > 0) merged.links = links;
  return merged;
}

function mergeLevel(current: LevelProgress, incoming: LevelProgress): LevelProgress {
  const latest = Date.parse(incoming.completedAt) > Date.parse(current.completedAt) ? incoming : current;
  return { ...latest, bestCommands: Math.min(current.bestCommands, incoming.bestCommands) };
}

function mergeExercise(current: ExerciseProgress, incoming: ExerciseProgress): ExerciseProgress {
  const passed = current.status === 'passed' || incoming.status === 'passed';
  const firstPass =
    current.passedAt && incoming.passedAt
      ? Date.parse(incoming.passedAt) < Date.parse(current.passedAt)
        ? incoming
        : current
      : current.passedAt
        ? current
        : incoming.passedAt
          ? incoming
          : undefined;
  const draftFrom = later(current.draftUpdatedAt, incoming.draftUpdatedAt) === incoming.draftUpdatedAt && incoming.draft !== undefined ? incoming : current;
  const merged: { -readonly [K in keyof ExerciseProgress]: ExerciseProgress[K] } = {
    status: passed ? 'passed' : 'attempted',
    attempts: Math.max(current.attempts, incoming.attempts),
  };
  if (firstPass?.passedAt) merged.passedAt = firstPass.passedAt;
  if (firstPass?.attemptsToPass !== undefined) merged.attemptsToPass = firstPass.attemptsToPass;
  const draft = draftFrom.draft ?? current.draft ?? incoming.draft;
  if (draft !== undefined) {
    merged.draft = draft;
    const at = draftFrom.draft !== undefined ? draftFrom.draftUpdatedAt : (current.draftUpdatedAt ?? incoming.draftUpdatedAt);
    if (at) merged.draftUpdatedAt = at;
  }
  return merged;
}

function mergeCard(current: ReviewCardState, incoming: ReviewCardState): ReviewCardState {
  const a = current.lastReview ? Date.parse(current.lastReview) : -Infinity;
  const b = incoming.lastReview ? Date.parse(incoming.lastReview) : -Infinity;
  return b > a ? incoming : current;
}

function logKey(entry: ReviewLogEntry): string {
  return `${entry.cardId}|${entry.reviewedAt}|${entry.rating}`;
}

function mergeRecords<T>(current: Readonly<Record<string, T>>, incoming: Readonly<Record<string, T>>, combine: (a: T, b: T) => T): Record<string, T> {
  const result: Record<string, T> = { ...current };
  for (const [key, value] of Object.entries(incoming)) {
    const mine = own(current, key);
    result[key] = mine === undefined ? value : combine(mine, value);
  }
  return result;
}

/** The current store with an imported one merged in (see the rules at the top). */
export function mergeStores(current: ProgressStore, incoming: ProgressStore, importedAt: string): ProgressStore {
  const log = new Map<string, ReviewLogEntry>();
  for (const entry of [...current.review.log, ...incoming.review.log]) if (!log.has(logKey(entry))) log.set(logKey(entry), entry);
  const mergedLog = [...log.values()].sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt));
  return {
    schemaVersion: current.schemaVersion,
    topics: mergeRecords(current.topics, incoming.topics, (a, b) => mergeTopic(a, b, importedAt)),
    customTopics: mergeRecords(current.customTopics, incoming.customTopics, (a) => a),
    levels: mergeRecords(current.levels, incoming.levels, mergeLevel),
    exercises: mergeRecords(current.exercises, incoming.exercises, mergeExercise),
    review: {
      cards: mergeRecords(current.review.cards, incoming.review.cards, mergeCard),
      log: mergedLog.slice(Math.max(0, mergedLog.length - LIMITS.reviewLog)),
    },
    activity: mergeRecords(current.activity, incoming.activity, (a, b) => ({
      seconds: Math.max(a.seconds, b.seconds),
      completed: Math.max(a.completed, b.completed),
    })),
    settings: current.settings,
  };
}

/** Counts keys added, changed and removed between two maps of comparable values. */
function diff<T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>, same: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b)): ChangeCount {
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) added += 1;
    else if (!same(old, value)) changed += 1;
  }
  for (const key of before.keys()) if (!after.has(key)) removed += 1;
  return { added, changed, removed };
}

function mapOf<T>(record: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(record));
}

const EXTRACT: Readonly<Record<ChangeCategory, (store: ProgressStore) => Map<string, unknown>>> = {
  topics: (s) => new Map(Object.entries(s.topics).filter(([, t]) => t.status !== 'not-started').map(([id, t]) => [id, t.status])),
  checklist: (s) => new Map(Object.entries(s.topics).flatMap(([id, t]) => (t.checklist ?? []).map((i) => [`${id}#${i}`, true] as const))),
  notes: (s) => new Map(Object.entries(s.topics).filter(([, t]) => (t.notes ?? '') !== '').map(([id, t]) => [id, t.notes])),
  links: (s) => new Map(Object.entries(s.topics).flatMap(([id, t]) => (t.links ?? []).map((l) => [`${id}#${normalUrl(l.url)}`, l.title] as const))),
  customTopics: (s) => mapOf(s.customTopics),
  levels: (s) => mapOf(s.levels),
  exercises: (s) => mapOf(s.exercises),
  reviewCards: (s) => mapOf(s.review.cards),
  reviewLog: (s) => new Map(s.review.log.map((entry) => [logKey(entry), true])),
  activityDays: (s) => mapOf(s.activity),
  settings: (s) => mapOf(s.settings as unknown as Record<string, unknown>),
};

/** What turning `before` into `after` changes, per kind of data. */
export function summarizeChanges(before: ProgressStore, after: ProgressStore): ChangeSummary {
  return Object.fromEntries(CHANGE_CATEGORIES.map((category) => [category, diff(EXTRACT[category](before), EXTRACT[category](after))])) as unknown as ChangeSummary;
}
