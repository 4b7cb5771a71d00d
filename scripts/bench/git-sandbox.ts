/**
 * The git sandbox against native git, measured in the same run:
 * - per-command latency on a level-sized repository (40 files, 200 commits);
 * - status, log and commit on a 1,000-file, 1,000-commit repository.
 * Sandbox times are in-process (a live session, as in the app); native times include
 * starting the git process, which is what a learner's terminal pays too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SandboxSession } from '../../electron/services/git-sandbox/session';
import { repoSnapshot } from '../../electron/services/git-sandbox/snapshot';
import { compared, median, round, type BenchSuite, type Metrics } from './metrics';

const ENV = {
  PATH: process.env.PATH,
  HOME: os.tmpdir(),
  LC_ALL: 'C',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@roadbook.local',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@roadbook.local',
};

function git(dir: string, args: string[], input?: string): string {
  return execFileSync('git', ['-c', 'gc.auto=0', ...args], { cwd: dir, env: ENV, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Builds a repository with `files` files (in folders of 50) and `commits` commits, each after
 * the first changing one file. fast-import writes a pack; it is unpacked into loose objects,
 * which is how the sandbox stores everything.
 */
export function buildRepo(dir: string, files: number, commits: number): void {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const lines: string[] = [];
  const content = new Map<string, string>();
  const fileName = (i: number) => `dir${String(Math.floor(i / 50)).padStart(2, '0')}/file${String(i).padStart(4, '0')}.txt`;
  for (let i = 0; i < files; i++) content.set(fileName(i), `line one of ${i}\nline two\nline three\n`);
  for (let c = 0; c < commits; c++) {
    const changed = c === 0 ? [...content.keys()] : [fileName(c % files)];
    if (c > 0) content.set(changed[0]!, `${content.get(changed[0]!)}change ${c}\n`);
    const message = c === 0 ? 'initial' : `change ${c}`;
    lines.push('commit refs/heads/main', `committer Bench <bench@roadbook.local> ${1_700_000_000 + c} +0000`, `data ${Buffer.byteLength(message)}`, message);
    for (const name of changed) {
      const body = content.get(name)!;
      lines.push(`M 100644 inline ${name}`, `data ${Buffer.byteLength(body)}`, body.replace(/\n$/, ''));
    }
    lines.push('');
  }
  git(dir, ['fast-import', '--quiet'], `${lines.join('\n')}\n`);
  const packDir = path.join(dir, '.git', 'objects', 'pack');
  for (const pack of fs.readdirSync(packDir).filter((f) => f.endsWith('.pack'))) {
    const moved = path.join(dir, pack);
    fs.renameSync(path.join(packDir, pack), moved);
    fs.rmSync(path.join(packDir, pack.replace(/\.pack$/, '.idx')));
    execFileSync('git', ['unpack-objects', '-q'], { cwd: dir, env: ENV, input: fs.readFileSync(moved) });
    fs.rmSync(moved);
  }
  git(dir, ['reset', '-q', '--hard']);
}

/**
 * Medians of the same command in the sandbox and in native git, sampled alternately so a
 * busy machine slows both sides alike. The first `warmup` rounds are not counted.
 */
async function timePair(session: SandboxSession, nativeDir: string, c: Case, runs: number, warmup = 3): Promise<{ sandbox: number; native: number }> {
  const sandbox: number[] = [];
  const native: number[] = [];
  const args = c.line.split(' ').slice(1);
  for (let i = 0; i < runs + warmup; i++) {
    if (c.before) await session.run(c.before);
    let start = performance.now();
    const result = await session.run(c.line);
    const sandboxMs = performance.now() - start;
    if (result.exitCode !== 0) throw new Error(`sandbox '${c.line}' failed: ${result.output.map((o) => o.text).join('')}`);
    if (c.before) spawnSync('bash', ['-c', c.before], { cwd: nativeDir, env: ENV });
    start = performance.now();
    const run = spawnSync('git', ['-c', 'gc.auto=0', ...args], { cwd: nativeDir, env: ENV });
    const nativeMs = performance.now() - start;
    if (run.status !== 0) throw new Error(`native '${c.line}' failed: ${run.stderr}`);
    if (i >= warmup) {
      sandbox.push(sandboxMs);
      native.push(nativeMs);
    }
  }
  return { sandbox: median(sandbox), native: median(native) };
}

/** Median time of the snapshot the UI takes after each command (commits, refs, file states). */
function timeSnapshot(session: SandboxSession): number {
  const samples: number[] = [];
  for (let i = 0; i < 13; i++) {
    const start = performance.now();
    repoSnapshot(session.context());
    if (i >= 3) samples.push(performance.now() - start);
  }
  return median(samples);
}

interface Case {
  readonly label: string;
  readonly line: string;
  /** Run (untimed) before each measurement, on both sides. */
  readonly before?: string;
}

const LEVEL_CASES: readonly Case[] = [
  { label: 'status', line: 'git status' },
  { label: 'add', line: 'git add .', before: 'echo more >> dir00/file0001.txt' },
  { label: 'commit', line: 'git commit -q -m bench', before: 'echo more >> dir00/file0002.txt && git add .' },
  { label: 'log --oneline', line: 'git log --oneline' },
  { label: 'log -n 10', line: 'git log -n 10' },
  { label: 'diff', line: 'git diff', before: 'echo more >> dir00/file0003.txt' },
  { label: 'branch', line: 'git branch -v' },
  { label: 'switch', line: 'git switch -q -' },
  { label: 'reset --hard', line: 'git reset -q --hard HEAD' },
  { label: 'show', line: 'git show HEAD' },
];

export const gitSandbox: BenchSuite = {
  name: 'git sandbox',
  async run(): Promise<Metrics> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-bench-git-'));
    const metrics: Metrics = {};
    try {
      // Level-sized repository.
      const levelNative = path.join(root, 'level-native');
      const levelSandbox = path.join(root, 'level-sandbox');
      buildRepo(levelNative, 40, 200);
      git(levelNative, ['branch', 'other', 'HEAD~5']);
      git(levelNative, ['switch', '-q', 'other']);
      git(levelNative, ['switch', '-q', 'main']);
      fs.cpSync(levelNative, levelSandbox, { recursive: true });
      const level = new SandboxSession({ dir: levelSandbox });
      await level.run('git status');
      spawnSync('git', ['status'], { cwd: levelNative, env: ENV });
      const levelTimes: number[] = [];
      for (const c of LEVEL_CASES) {
        const { sandbox, native } = await timePair(level, levelNative, c, 15);
        metrics[`git sandbox level: ${c.label}`] = compared(sandbox, native, 'ms');
        levelTimes.push(sandbox);
      }
      metrics['git sandbox level: median command'] = { value: round(median(levelTimes), 2), unit: 'ms' };
      metrics['git sandbox level: snapshot for the UI'] = { value: round(timeSnapshot(level), 2), unit: 'ms' };

      // 1,000 files, 1,000 commits.
      const bigNative = path.join(root, 'big-native');
      const bigSandbox = path.join(root, 'big-sandbox');
      buildRepo(bigNative, 1000, 1000);
      fs.cpSync(bigNative, bigSandbox, { recursive: true });
      const big = new SandboxSession({ dir: bigSandbox });
      await big.run('git status');
      spawnSync('git', ['status'], { cwd: bigNative, env: ENV });
      const bigCases: Case[] = [
        { label: 'status', line: 'git status' },
        { label: 'log --oneline', line: 'git log --oneline' },
        { label: 'commit -a', line: 'git commit -q -a -m bench', before: 'echo more >> dir07/file0350.txt' },
      ];
      for (const c of bigCases) {
        const { sandbox, native } = await timePair(big, bigNative, c, 11);
        metrics[`git sandbox 1k: ${c.label}`] = compared(sandbox, native, 'ms');
      }
      metrics['git sandbox 1k: snapshot for the UI'] = { value: round(timeSnapshot(big), 2), unit: 'ms' };
      // The first status of a fresh session (nothing cached yet).
      const cold = new SandboxSession({ dir: bigSandbox });
      const start = performance.now();
      await cold.run('git status');
      metrics['git sandbox 1k: status, fresh session'] = { value: round(performance.now() - start), unit: 'ms' };
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    return metrics;
  },
};

// `npx tsx scripts/bench/git-sandbox.ts` runs this suite alone.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const results = await gitSandbox.run();
  for (const [name, m] of Object.entries(results)) console.log(`${name.padEnd(44)} ${String(m.value).padStart(8)} ${m.unit}${m.reference !== undefined ? `  native ${m.reference} ${m.unit}  ratio ${m.ratio}×` : ''}`);
}
