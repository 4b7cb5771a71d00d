/**
 * Content versioning: `content/migrations.yaml` maps renamed content ids to their new ids,
 * and progress is carried over on load. Pure apart from reading the file; progress under
 * ids that no longer exist is never dropped (the Progress view shows it as archived).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CONTENT_ID, REVIEW_CARD_ID, type ProgressStore, type ReviewCardState } from '../../shared/schemas';
import { mergeTopic, own } from './merge';

const RENAMES = (key: z.ZodType<string>) => z.record(key, key).default({});

export const CONTENT_MIGRATIONS = z
  .object({
    sections: RENAMES(CONTENT_ID),
    topics: RENAMES(CONTENT_ID),
    cards: RENAMES(REVIEW_CARD_ID),
    exercises: RENAMES(CONTENT_ID),
    levels: RENAMES(CONTENT_ID),
  })
  .strict();
export type ContentMigrations = z.infer<typeof CONTENT_MIGRATIONS>;

export const NO_MIGRATIONS: ContentMigrations = { sections: {}, topics: {}, cards: {}, exercises: {}, levels: {} };

export const MIGRATIONS_FILE = 'migrations.yaml';

/** Reads `<contentDir>/migrations.yaml`; a missing file means no renames. Throws on an invalid one. */
export function loadContentMigrations(contentDir: string): ContentMigrations {
  const file = path.join(contentDir, MIGRATIONS_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return NO_MIGRATIONS;
    throw error;
  }
  const parsed = CONTENT_MIGRATIONS.safeParse(parseYaml(text) ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`content/${MIGRATIONS_FILE} is not valid (${first?.path.join('.') || 'root'}: ${first?.message})`);
  }
  return parsed.data;
}

/** Follows a rename chain (a → b → c) to its end; a loop stops where it would repeat. */
export function resolve(map: Readonly<Record<string, string>>, id: string): string {
  const seen = new Set([id]);
  let current = id;
  for (;;) {
    const next = own(map, current);
    if (next === undefined || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

function renameKeys<T>(record: Readonly<Record<string, T>>, rename: (id: string) => string, combine: (kept: T, moved: T) => T): Record<string, T> {
  const result: Record<string, T> = {};
  // Entries already at their final id first, so a moved entry merges into them.
  const entries = Object.entries(record).sort(([a], [b]) => Number(rename(a) !== a) - Number(rename(b) !== b));
  for (const [id, value] of entries) {
    const target = rename(id);
    const existing = own(result, target);
    result[target] = existing === undefined ? value : combine(existing, value);
  }
  return result;
}

function laterCard(a: ReviewCardState, b: ReviewCardState): ReviewCardState {
  return Date.parse(b.lastReview ?? '') > Date.parse(a.lastReview ?? '') ? b : a;
}

/** Card ids after topic, exercise, level and card renames. */
function cardRenamer(map: ContentMigrations): (cardId: string) => string {
  return (cardId) => {
    let id = cardId;
    const practice = /^(exercise|level):(.+)$/.exec(id);
    if (practice) {
      const [, kind, ref] = practice;
      id = `${kind}:${resolve(kind === 'exercise' ? map.exercises : map.levels, ref!)}`;
    } else {
      const slash = id.indexOf('/');
      id = `${resolve(map.topics, id.slice(0, slash))}${id.slice(slash)}`;
    }
    return resolve(map.cards, id);
  };
}

/** The store with progress moved from old ids to new ones. Returns the same object when nothing applies. */
export function applyContentMigrations(store: ProgressStore, map: ContentMigrations): ProgressStore {
  const empty = Object.values(map).every((renames) => Object.keys(renames).length === 0);
  if (empty) return store;
  const topicId = (id: string) => resolve(map.topics, id);
  const cardId = cardRenamer(map);
  const at = new Date().toISOString();
  const next: ProgressStore = {
    ...store,
    topics: renameKeys(store.topics, topicId, (kept, moved) => mergeTopic(kept, moved, at)),
    customTopics: Object.fromEntries(
      Object.entries(store.customTopics).map(([id, topic]) => [id, { ...topic, sectionId: resolve(map.sections, topic.sectionId) }]),
    ),
    levels: renameKeys(store.levels, (id) => resolve(map.levels, id), (kept, moved) => ({
      ...kept,
      bestCommands: Math.min(kept.bestCommands, moved.bestCommands),
    })),
    exercises: renameKeys(store.exercises, (id) => resolve(map.exercises, id), (kept, moved) =>
      kept.status === 'passed' || moved.status !== 'passed' ? kept : moved,
    ),
    review: {
      cards: renameKeys(store.review.cards, cardId, laterCard),
      log: store.review.log.map((entry) => (cardId(entry.cardId) === entry.cardId ? entry : { ...entry, cardId: cardId(entry.cardId) })),
    },
  };
  return JSON.stringify(next) === JSON.stringify(store) ? store : next;
}
