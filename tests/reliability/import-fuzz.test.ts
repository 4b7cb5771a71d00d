/**
 * Import fuzz: 200 malformed or hostile files, generated from a fixed seed. Each one must be
 * refused with a reason, by both the preview and the import, in both modes, with the current
 * progress (in memory and on disk) unchanged and no prototype touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../electron/services/dispatch';
import { createServices, type Services } from '../../electron/services/index';
import { buildExport } from '../../electron/services/progress/export-format';
import { confBackend } from '../../electron/services/progress/store-backend';
import { CONTENT_DIR } from '../../electron/services/project-paths';
import { makeTempDir, removeDir } from '../helpers/temp-dir';

const COUNT = 200;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}
const next = random(20261125);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const int = (max: number) => Math.floor(next() * max);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A rich, valid export: every part of the store holds something, so mutations can reach it all. */
function richExport(): Record<string, Json> {
  const store = {
    schemaVersion: 2,
    topics: {
      dns: {
        status: 'done',
        updatedAt: '2026-04-01T10:00:00.000Z',
        checklist: [0, 2],
        notes: 'Resolvers cache.',
        notesUpdatedAt: '2026-04-01T10:00:00.000Z',
        links: [{ id: 'abc123', title: 'RFC', url: 'https://www.rfc-editor.org/rfc/rfc1035', addedAt: '2026-04-01T10:00:00.000Z' }],
      },
      http: { status: 'learning', updatedAt: '2026-04-02T10:00:00.000Z' },
    },
    customTopics: { 'my-websockets-a1b2c3': { sectionId: 'internet', title: 'WebSockets', summary: 'Mine', createdAt: '2026-04-03T10:00:00.000Z' } },
    levels: { 'first-commit': { completedAt: '2026-04-04T10:00:00.000Z', commands: 4, par: 3, bestCommands: 4 } },
    exercises: { fizzbuzz: { status: 'passed', attempts: 5, passedAt: '2026-04-05T10:00:00.000Z', attemptsToPass: 5, draft: 'code', draftUpdatedAt: '2026-04-05T10:00:00.000Z' } },
    review: {
      cards: { 'dns/c1': { due: '2026-04-09T10:00:00.000Z', stability: 3.2, difficulty: 5.1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: '2026-04-06T10:00:00.000Z' } },
      log: [{ cardId: 'dns/c1', rating: 'good', reviewedAt: '2026-04-06T10:00:00.000Z', due: '2026-04-09T10:00:00.000Z' }],
    },
    activity: { '2026-04-06': { seconds: 900, completed: 2 } },
    settings: { theme: 'dark', welcomeSeen: true, reviewReminder: false, reviewReminderTime: '09:00', newCardsPerDay: 20 },
  };
  return JSON.parse(buildExport(store as never, new Date('2026-04-07T10:00:00.000Z'), '0.1.0')) as Record<string, Json>;
}

/** Every path to a value inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

function setAt(root: Json, at: (string | number)[], value: Json): void {
  let node = root as Record<string | number, Json>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[at.at(-1)!] = value;
}

function getAt(root: Json, at: (string | number)[]): Json {
  let node = root;
  for (const key of at) node = (node as Record<string | number, Json>)[key]!;
  return node;
}

function kindOf(value: Json): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A value of a JSON type other than `current`'s. */
function otherType(current: Json): Json {
  const choices: Json[] = [null, true, -1.5, 'text', [1, 'two'], { unexpected: 1 }, 1e308, ''];
  const candidates = choices.filter((c) => kindOf(c) !== kindOf(current));
  return pick(candidates);
}

function nested(depth: number): string {
  return pick([`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`]);
}

/** Builds one hostile file of a given family; each family is invalid by construction. */
const FAMILIES: readonly ((i: number) => string)[] = [
  // Not JSON: random bytes and text.
  () => Buffer.from(Array.from({ length: 1 + int(2000) }, () => int(256))).toString('latin1'),
  () => pick(['', ' ', 'roadbook', '{', '{"format":"roadbook-progress"', 'undefined', 'NaN', '<?xml version="1.0"?>', '\u0000\u0001']),
  // JSON, but not an object.
  () => JSON.stringify(pick<Json>([null, 0, 'roadbook-progress', [], [richExport()], true])),
  // An object that is not a Roadbook export.
  () => JSON.stringify(pick<Json>([{}, { topics: {} }, { format: 'roadbook' }, { ...richExport(), format: 'Roadbook-Progress' }, richExport().progress!])),
  // The right tag with a bad version.
  () => JSON.stringify({ ...richExport(), schemaVersion: pick<Json>(['2', -1, 2.5, 3, 99, 1e9, null, [2]]) }),
  // A valid export with one value anywhere replaced by a value of another type.
  () => {
    const doc = richExport();
    const at = pick(paths(doc).filter((p) => !(p[0] === 'app')));
    setAt(doc, at, otherType(getAt(doc, at)));
    return JSON.stringify(doc);
  },
  // Huge strings where short ones belong.
  () => {
    const doc = richExport();
    const at = pick<(string | number)[]>([
      ['progress', 'topics', 'dns', 'notes'],
      ['progress', 'topics', 'dns', 'links', 0, 'title'],
      ['progress', 'customTopics', 'my-websockets-a1b2c3', 'title'],
      ['progress', 'exercises', 'fizzbuzz', 'draft'],
      ['progress', 'topics', 'http', 'status'],
      ['exportedAt'],
      ['progress', 'review', 'log', 0, 'reviewedAt'],
    ]);
    setAt(doc, at, 'x'.repeat(250_000 + int(500_000)));
    return JSON.stringify(doc);
  },
  // Deep nesting, at the top or inside a field.
  () => nested(5_000 + int(60_000)),
  () => JSON.stringify(richExport()).replace('"notes":"Resolvers cache."', `"notes":${nested(2_000 + int(20_000))}`),
  // Prototype-pollution keys, at many depths.
  () => {
    const key = pick(['__proto__', 'constructor', 'prototype']);
    const text = JSON.stringify(richExport());
    const spots = ['"progress":{', '"topics":{', '"dns":{', '"settings":{', '"review":{', '"cards":{', '"activity":{', '"levels":{'];
    const spot = pick(spots);
    return text.replace(spot, `${spot}"${key}":{"polluted":true,"status":"done","updatedAt":"x"},`);
  },
  () => `{"__proto__":{"polluted":true},${JSON.stringify(richExport()).slice(1)}`,
  // Unknown fields where Roadbook writes none.
  () => {
    const doc = richExport();
    const at = pick<(string | number)[]>([[], ['progress'], ['progress', 'topics', 'dns'], ['progress', 'settings'], ['progress', 'review'], ['app']]);
    const target = at.length === 0 ? doc : (getAt(doc, at) as Record<string, Json>);
    target[pick(['extra', 'isAdmin', 'script', 'toString'])] = pick<Json>([1, 'x', {}]);
    return JSON.stringify(doc);
  },
  // Values of the right type but outside what is allowed.
  () => {
    const doc = richExport();
    const [at, value] = pick<[(string | number)[], Json]>([
      [['progress', 'topics', 'dns', 'status'], 'mastered'],
      [['progress', 'topics', 'dns', 'checklist', 0], -1],
      [['progress', 'topics', 'dns', 'checklist', 0], 1.5],
      [['progress', 'topics', 'dns', 'links', 0, 'url'], 'javascript:alert(1)'],
      [['progress', 'topics', 'dns', 'links', 0, 'url'], 'file:///etc/passwd'],
      [['progress', 'review', 'log', 0, 'rating'], 'perfect'],
      [['progress', 'review', 'cards', 'dns/c1', 'state'], 9],
      [['progress', 'activity', '2026-04-06', 'seconds'], 90_000],
      [['progress', 'settings', 'reviewReminderTime'], '25:00'],
      [['progress', 'settings', 'newCardsPerDay'], 5_000],
      [['progress', 'levels', 'first-commit', 'commands'], -3],
      [['exportedAt'], 'not a date'],
    ]);
    setAt(doc, at, value);
    return JSON.stringify(doc);
  },
  // Bad ids as keys.
  () => {
    const doc = richExport();
    const topics = (doc.progress as Record<string, Json>).topics as Record<string, Json>;
    topics[pick(['../../etc', 'DNS', 'dns ', 'a'.repeat(81), 'constructor', 'prototype', '', 'dns/extra', 'caf\u00e9'])] = { status: 'done', updatedAt: 'x' };
    return JSON.stringify(doc);
  },
  // Too many entries.
  () => {
    const doc = richExport();
    const custom = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`my-t-${i}`, { sectionId: 'internet', title: 't', createdAt: 'x' }]));
    (doc.progress as Record<string, Json>).customTopics = custom;
    return JSON.stringify(doc);
  },
];

let dataDir: string;
let services: Services;
let dispatch: Dispatch;

beforeAll(async () => {
  dataDir = makeTempDir('roadbook-fuzz-');
  services = createServices({ runtime: 'web', version: 'test', dataDir, contentDir: CONTENT_DIR, backendFactory: confBackend });
  dispatch = createDispatcher(services.impl);
  await dispatch('progress.setTopicStatus', { topicId: 'dns', status: 'done' });
  await dispatch('progress.setTopicNotes', { topicId: 'dns', notes: 'my own notes' });
  await dispatch('progress.recordExerciseRun', { exerciseId: 'fizzbuzz', status: 'fail' });
  services.close();
});
afterAll(() => {
  services.close();
  removeDir(dataDir);
});

describe('import fuzz', () => {
  it('accepts the untouched rich export the fuzz starts from (so refusals below are about the damage)', async () => {
    const preview = await dispatch('data.previewImport', { text: JSON.stringify(richExport()) });
    expect(preview).toMatchObject({ ok: true, value: { ok: true } });
  });

  it(`refuses ${COUNT} malformed or hostile files and changes nothing`, async () => {
    const before = await dispatch('progress.snapshot', {});
    const bytes = fs.readFileSync(path.join(dataDir, 'progress.json'));
    const backups = () => (fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).sort() : []);
    const backupsBefore = backups();
    const reasons = new Set<string>();
    for (let i = 0; i < COUNT; i += 1) {
      const family = i % FAMILIES.length;
      const text = FAMILIES[family]!(i);
      const label = `file ${i} (family ${family}): ${text.slice(0, 80)}`;
      const preview = await dispatch('data.previewImport', { text });
      expect(preview, label).toMatchObject({ ok: true, value: { ok: false, reason: expect.any(String) } });
      for (const mode of ['replace', 'merge'] as const) {
        const result = await dispatch('data.import', { text, mode });
        expect(result, label).toMatchObject({ ok: true, value: { ok: false } });
        const reason = (result as { value: { reason: string } }).value.reason;
        expect(reason.length, label).toBeGreaterThan(10);
        expect(reason.length, label).toBeLessThan(400);
        reasons.add(reason.replace(/\(.*\)/s, ''));
      }
      expect(({} as Record<string, unknown>).polluted, label).toBeUndefined();
    }
    expect(await dispatch('progress.snapshot', {})).toEqual(before);
    services.close();
    expect(fs.readFileSync(path.join(dataDir, 'progress.json'))).toEqual(bytes);
    expect(backups()).toEqual(backupsBefore);
    // The refusals explain different problems, not one catch-all message.
    expect(reasons.size).toBeGreaterThanOrEqual(8);
  }, 60_000);
});
