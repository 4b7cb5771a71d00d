/**
 * Every change a learner makes to their progress, as pure functions from one store to the
 * next. The service runs them through `update` (which validates and saves); tests call them
 * directly. Completing something also counts in the day's activity.
 */
import { randomBytes } from 'node:crypto';
import { CUSTOM_TOPIC_PREFIX, LIMITS, type ProgressStore, type TopicProgress, type TopicStatus } from '../../shared/schemas';
import { addActivity } from './activity';

export class ProgressChangeError extends Error {}

function topicEntry(store: ProgressStore, topicId: string, at: string): TopicProgress {
  return store.topics[topicId] ?? { status: 'not-started', updatedAt: at };
}

function withTopic(store: ProgressStore, topicId: string, entry: TopicProgress): ProgressStore {
  return { ...store, topics: { ...store.topics, [topicId]: entry } };
}

/** Drops optional fields that hold nothing, so an emptied entry looks like a fresh one. */
function tidy(entry: TopicProgress): TopicProgress {
  const next: { -readonly [K in keyof TopicProgress]: TopicProgress[K] } = { ...entry };
  if (next.checklist?.length === 0) delete next.checklist;
  if (next.links?.length === 0) delete next.links;
  if (next.notes === '') {
    delete next.notes;
  }
  if (next.notes === undefined) delete next.notesUpdatedAt;
  return next;
}

export function setTopicStatus(store: ProgressStore, topicId: string, status: TopicStatus, now: Date): ProgressStore {
  const at = now.toISOString();
  const previous = store.topics[topicId];
  const next = withTopic(store, topicId, { ...topicEntry(store, topicId, at), status, updatedAt: at });
  const newlyDone = status === 'done' && previous?.status !== 'done';
  return newlyDone ? addActivity(next, now, { completed: 1 }) : next;
}

export function setChecklistItem(store: ProgressStore, topicId: string, index: number, done: boolean, now: Date): ProgressStore {
  const at = now.toISOString();
  const entry = topicEntry(store, topicId, at);
  const ticked = new Set(entry.checklist ?? []);
  if (done) ticked.add(index);
  else ticked.delete(index);
  const checklist = [...ticked].sort((a, b) => a - b);
  return withTopic(store, topicId, tidy({ ...entry, checklist }));
}

export function setTopicNotes(store: ProgressStore, topicId: string, notes: string, now: Date): ProgressStore {
  const at = now.toISOString();
  const entry = topicEntry(store, topicId, at);
  if ((entry.notes ?? '') === notes) return store;
  return withTopic(store, topicId, tidy({ ...entry, notes, notesUpdatedAt: at }));
}

/** A short random id for a link, unique within its topic. */
export function newLinkId(): string {
  return randomBytes(6).toString('hex');
}

export function addTopicLink(
  store: ProgressStore,
  topicId: string,
  link: { readonly title: string; readonly url: string },
  now: Date,
  id: string = newLinkId(),
): ProgressStore {
  const at = now.toISOString();
  const entry = topicEntry(store, topicId, at);
  const links = entry.links ?? [];
  if (links.length >= LIMITS.links) {
    throw new ProgressChangeError(`a topic can hold up to ${LIMITS.links} links; remove one first`);
  }
  return withTopic(store, topicId, { ...entry, links: [...links, { id, title: link.title.trim(), url: link.url.trim(), addedAt: at }] });
}

export function removeTopicLink(store: ProgressStore, topicId: string, linkId: string): ProgressStore {
  const entry = store.topics[topicId];
  if (!entry?.links?.some((link) => link.id === linkId)) return store;
  return withTopic(store, topicId, tidy({ ...entry, links: entry.links.filter((link) => link.id !== linkId) }));
}

/** `my-` + words from the title + a random tail, within the content id rules. */
export function newCustomTopicId(title: string, taken: (id: string) => boolean): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  for (;;) {
    const id = `${CUSTOM_TOPIC_PREFIX}${words ? `${words}-` : ''}${randomBytes(3).toString('hex')}`;
    if (!taken(id)) return id;
  }
}

export function addCustomTopic(
  store: ProgressStore,
  input: { readonly sectionId: string; readonly title: string; readonly summary?: string | undefined },
  now: Date,
  id: string = newCustomTopicId(input.title, (candidate) => candidate in store.customTopics || candidate in store.topics),
): { store: ProgressStore; id: string } {
  if (Object.keys(store.customTopics).length >= LIMITS.customTopics) {
    throw new ProgressChangeError(`you can keep up to ${LIMITS.customTopics} topics of your own; remove one first`);
  }
  const summary = input.summary?.trim();
  const topic = { sectionId: input.sectionId, title: input.title.trim(), createdAt: now.toISOString(), ...(summary ? { summary } : {}) };
  return { store: { ...store, customTopics: { ...store.customTopics, [id]: topic } }, id };
}

/** Removes one of the learner's own topics with its status, notes and links. */
export function removeCustomTopic(store: ProgressStore, id: string): ProgressStore {
  if (!(id in store.customTopics)) return store;
  const { [id]: _removed, ...customTopics } = store.customTopics;
  const { [id]: _progress, ...topics } = store.topics;
  return { ...store, customTopics, topics };
}

export function recordLevel(store: ProgressStore, levelId: string, commands: number, par: number, now: Date): ProgressStore {
  const previous = store.levels[levelId];
  const level = {
    completedAt: now.toISOString(),
    commands,
    par,
    bestCommands: previous ? Math.min(previous.bestCommands, commands) : commands,
  };
  const next = { ...store, levels: { ...store.levels, [levelId]: level } };
  return previous ? next : addActivity(next, now, { completed: 1 });
}

export function saveExerciseDraft(store: ProgressStore, exerciseId: string, code: string, now: Date): ProgressStore {
  const previous = store.exercises[exerciseId] ?? { status: 'attempted' as const, attempts: 0 };
  if (previous.draft === code) return store;
  return { ...store, exercises: { ...store.exercises, [exerciseId]: { ...previous, draft: code, draftUpdatedAt: now.toISOString() } } };
}

export function recordExerciseRun(store: ProgressStore, exerciseId: string, status: 'pass' | 'fail' | 'error', now: Date): ProgressStore {
  const previous = store.exercises[exerciseId] ?? { status: 'attempted' as const, attempts: 0 };
  const attempts = previous.attempts + 1;
  const firstPass = status === 'pass' && previous.status !== 'passed';
  const entry = firstPass
    ? { ...previous, attempts, status: 'passed' as const, passedAt: now.toISOString(), attemptsToPass: attempts }
    : { ...previous, attempts };
  const next = { ...store, exercises: { ...store.exercises, [exerciseId]: entry } };
  return firstPass ? addActivity(next, now, { completed: 1 }) : next;
}

export function recordActivity(store: ProgressStore, seconds: number, now: Date): ProgressStore {
  return addActivity(store, now, { seconds });
}
