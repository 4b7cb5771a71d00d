/**
 * SIGKILL the web host at random moments during bursts of writes, fifty times. After every
 * kill, progress.json must parse and hold a state some sequence of whole writes produced:
 * everything from before the burst, and a prefix of the burst, never half of a write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateStore } from '../../electron/services/progress/migrations';
import { PROGRESS_STORE, type ProgressStore } from '../../electron/shared/schemas';
import { makeTempDir, removeDir } from '../helpers/temp-dir';
import { bundleWebHost, call, startHost, stop } from './web-host';

const KILLS = Number(process.env.RB_KILLS ?? 50);
/** Two data folders killed side by side, to keep the run short. */
const LANES = 2;

let bundle: Awaited<ReturnType<typeof bundleWebHost>>;
const dirs: string[] = [];

beforeAll(async () => {
  bundle = await bundleWebHost();
}, 60_000);
afterAll(() => {
  bundle?.cleanup();
  for (const dir of dirs) removeDir(dir);
});

/** A deterministic generator, so a failing run can be repeated with the same kill times. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

function readStore(dataDir: string): ProgressStore {
  const text = fs.readFileSync(path.join(dataDir, 'progress.json'), 'utf8');
  return PROGRESS_STORE.parse(migrateStore(JSON.parse(text)).store);
}

/** Large notes make each write big enough for a kill to land inside it. */
const BIG_NOTES = (n: number) => `${'Notes kept before the burst. '.repeat(3000)}#${n}`;

async function seedBaseline(dataDir: string): Promise<ProgressStore> {
  const host = await startHost(bundle, dataDir);
  for (let i = 0; i < 8; i += 1) {
    await call(host, 'progress.setTopicStatus', { topicId: `baseline-${i}`, status: 'done' });
    await call(host, 'progress.setTopicNotes', { topicId: `baseline-${i}`, notes: BIG_NOTES(i) });
  }
  await call(host, 'progress.updateSettings', { theme: 'dark' });
  expect(await stop(host)).toBe(0);
  return readStore(dataDir);
}

/** The ids of burst topics of one round on disk, in write order. */
function burstIds(store: ProgressStore, round: number): number[] {
  return Object.keys(store.topics)
    .filter((id) => id.startsWith(`r${round}-w`))
    .map((id) => Number(id.slice(`r${round}-w`.length)))
    .sort((a, b) => a - b);
}

async function lane(laneIndex: number, rounds: number): Promise<{ killedDuringWrites: number; acknowledged: number; onDisk: number }> {
  const dataDir = makeTempDir('roadbook-kill-');
  dirs.push(dataDir);
  const baseline = await seedBaseline(dataDir);
  const next = random(1009 + laneIndex * 7919);
  let previous = baseline;
  let acknowledged = 0;
  let onDisk = 0;
  let killedDuringWrites = 0;

  for (let round = 0; round < rounds; round += 1) {
    const host = await startHost(bundle, dataDir);
    const killAfter = 30 + next() * 1500;
    const started = Date.now();
    let sent = 0;
    let acked = 0;
    let killed = false;
    // The burst: one topic per write, in order; every save rewrites the large notes as well.
    const burst = (async () => {
      for (let w = 1; ; w += 1) {
        sent = w;
        try {
          const result = await call(host, 'progress.setTopicStatus', { topicId: `r${round}-w${w}`, status: w % 3 === 0 ? 'learning' : 'done' });
          if (!result.ok) throw new Error(`write refused: ${JSON.stringify(result)}`);
          acked = w;
        } catch (error) {
          if (killed) return;
          throw error;
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, killAfter - (Date.now() - started))));
    killed = true;
    host.process.kill('SIGKILL');
    expect(await host.exited).toBe('SIGKILL');
    await burst;
    if (acked > 0) killedDuringWrites += 1;

    // The file must parse and validate: never a torn write.
    const store = readStore(dataDir);
    // Nothing from before this burst is lost.
    for (const [id, entry] of Object.entries(previous.topics)) expect(store.topics[id], `${id} survives round ${round}`).toEqual(entry);
    expect(store.settings.theme).toBe('dark');
    // This burst's writes on disk are a whole prefix: writes 1..k, none missing in between, none beyond what was sent.
    const ids = burstIds(store, round);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(ids.length).toBeLessThanOrEqual(sent);
    // Nothing was quarantined as corrupt.
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('corrupt'))).toEqual([]);
    acknowledged += acked;
    if (process.env.RB_DEBUG) console.log(`lane ${laneIndex} round ${round}: kill ${Math.round(killAfter)}ms sent ${sent} acked ${acked} on disk ${ids.length}`);
    onDisk += ids.length;
    previous = store;
  }

  // A final start loads the survivor cleanly: no notice, the same state.
  const host = await startHost(bundle, dataDir);
  const status = (await call(host, 'storage.status')).value as { notices: unknown[] };
  expect(status.notices).toEqual([]);
  const snapshot = (await call(host, 'progress.snapshot')).value as Omit<ProgressStore, 'schemaVersion'>;
  expect(snapshot.topics).toEqual(previous.topics);
  expect(await stop(host)).toBe(0);
  return { killedDuringWrites, acknowledged, onDisk };
}

describe('killing the web host during writes', () => {
  it(
    `keeps progress.json whole through ${KILLS} SIGKILLs at random moments`,
    async () => {
      const results = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i, KILLS / LANES)));
      const total = results.reduce((sum, r) => ({ killed: sum.killed + r.killedDuringWrites, acked: sum.acked + r.acknowledged, onDisk: sum.onDisk + r.onDisk }), { killed: 0, acked: 0, onDisk: 0 });
      // The kills really landed during bursts, and some burst writes reached the disk.
      expect(total.killed).toBeGreaterThan(KILLS / 2);
      expect(total.onDisk).toBeGreaterThan(0);
      expect(total.onDisk).toBeLessThanOrEqual(total.acked + KILLS);
    },
    240_000,
  );
});
