/**
 * Every git level, played three ways: its setup alone must not meet the goal; setup plus the
 * reference solution through the sandbox must; and the same solution replayed with native git
 * on a freshly set-up repository must too, so every level teaches real git.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeScriptFor } from '../../electron/services/git-sandbox/advanced/native-equivalents';
import { parseCommandLine } from '../../electron/services/git-sandbox/shell-parser';
import { checkLevel, formatGoal, runSolution, setupLevel } from '../../electron/services/git-levels/level-runner';
import { loadLevels, type Level } from '../../electron/services/git-levels/level-loader';
import { CONTENT_DIR } from '../../electron/services/project-paths';
import { loadRoadmap } from '../../electron/services/content/roadmap-loader';
import { makeTempDir, removeDir } from '../helpers/temp-dir';

const run = promisify(execFile);
/** Generous: the machine may be busy, and a level's native replay spawns git once per command. */
const LEVEL_TIMEOUT = 90_000;
const catalog = loadLevels(CONTENT_DIR);
let root: string;
let home: string;

beforeAll(() => {
  root = makeTempDir('roadbook-levels-');
  home = path.join(root, 'home');
  fs.mkdirSync(home);
  fs.writeFileSync(
    path.join(home, '.gitconfig'),
    '[init]\n\tdefaultBranch = main\n[user]\n\tname = Native Learner\n\temail = native@roadbook.local\n[advice]\n\tdetachedHead = false\n',
  );
});

afterAll(() => removeDir(root));

function nativeEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Native Learner',
    GIT_AUTHOR_EMAIL: 'native@roadbook.local',
    GIT_COMMITTER_NAME: 'Native Learner',
    GIT_COMMITTER_EMAIL: 'native@roadbook.local',
    GIT_EDITOR: 'true',
    GIT_TERMINAL_PROMPT: '0',
    ...extra,
  };
}

async function sh(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout, stderr } = await run('sh', ['-c', script], { cwd, env, timeout: 20_000 });
    return stdout + stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    return `${e.stdout ?? ''}${e.stderr ?? ''}(exit ${e.code ?? '?'})\n`;
  }
}

/**
 * `git rebase -i <args> --todo "<plan>"` with real git: the plan's revisions are resolved
 * first, the todo editor writes the plan, and the message editor answers rewords and
 * squashes in order with the messages given after ` -- `.
 */
async function nativeInteractiveRebase(words: readonly string[], cwd: string, work: string): Promise<string> {
  const at = words.indexOf('--todo');
  const plan = words[at + 1]!;
  const rest = words.filter((_, i) => i !== at && i !== at + 1).slice(1);
  const todo: string[] = [];
  const messages: string[] = [];
  for (const raw of plan.split(/\n|;/)) {
    const line = raw.trim();
    if (line === '') continue;
    const match = /^(\S+)\s+(\S+)(?:\s+-- (.*))?$/.exec(line)!;
    const oid = (await sh(`git rev-parse --verify '${match[2]}^{commit}'`, cwd, nativeEnv())).trim();
    todo.push(`${match[1]} ${oid}`);
    if (match[3] !== undefined) messages.push(match[3]);
  }
  const todoFile = path.join(work, 'todo');
  const queue = path.join(work, 'messages');
  const editor = path.join(work, 'editor.sh');
  fs.writeFileSync(todoFile, `${todo.join('\n')}\n`);
  fs.writeFileSync(queue, messages.map((m) => `${m}\n`).join(''));
  fs.writeFileSync(
    editor,
    `#!/bin/sh\nq='${queue}'\nif [ -s "$q" ]; then head -n 1 "$q" > "$1"; tail -n +2 "$q" > "$q.next"; mv "$q.next" "$q"; fi\n`,
    { mode: 0o755 },
  );
  const args = rest.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  return sh(`git ${args}`, cwd, nativeEnv({ GIT_SEQUENCE_EDITOR: `cp '${todoFile}'`, GIT_EDITOR: editor }));
}

async function replayNatively(level: Level, dir: string, work: string): Promise<string> {
  let log = '';
  for (const line of level.solution) {
    const words = parseCommandLine(line).flatMap((item) => item.command.words.map((w) => w.text));
    let output: string;
    if (words[0] === 'git' && words[1] === 'rebase' && words.includes('--todo')) output = await nativeInteractiveRebase(words, dir, work);
    else output = await sh(nativeScriptFor(words) ?? line, dir, nativeEnv());
    log += `$ ${line}\n${output}`;
  }
  return log;
}

describe('git levels content', () => {
  it('loads every level without problems, in sequences, at least 36 in all', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.levels.length).toBeGreaterThanOrEqual(36);
    expect(new Set(catalog.levels.map((l) => l.id)).size).toBe(catalog.levels.length);
  });

  it('links every level to roadmap topics that exist', () => {
    const roadmap = loadRoadmap(CONTENT_DIR);
    const unknown = catalog.levels.flatMap((l) => l.topics.filter((t) => !roadmap.topics[t]).map((t) => `${l.id}: ${t}`));
    expect(unknown).toEqual([]);
  });
});

describe.concurrent.each(catalog.levels.map((level) => [level.id, level] as const))('level %s', (id, level) => {
  it('is not solved by its setup, and is solved by its solution in the sandbox', async () => {
    const dir = path.join(root, `${id}-sandbox`);
    const session = await setupLevel(level, dir);
    const before = await checkLevel(level, dir);
    expect(before.met, 'the setup alone already meets the goal').toBe(false);
    const steps = await runSolution(level, session);
    const after = await checkLevel(level, dir);
    const transcript = steps.map((s) => `$ ${s.line}\n${s.result.output.map((c) => c.text).join('')}`).join('');
    expect(after.met, `${formatGoal(after).join('\n')}\n--- transcript ---\n${transcript}`).toBe(true);
  }, LEVEL_TIMEOUT);

  it('is solved by the same solution replayed with native git', async () => {
    const dir = path.join(root, `${id}-native`);
    const work = path.join(root, `${id}-native-work`);
    fs.mkdirSync(work);
    await setupLevel(level, dir);
    const transcript = await replayNatively(level, dir, work);
    const after = await checkLevel(level, dir);
    expect(after.met, `${formatGoal(after).join('\n')}\n--- transcript ---\n${transcript}`).toBe(true);
  }, LEVEL_TIMEOUT);
});
