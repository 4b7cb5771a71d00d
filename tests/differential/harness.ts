/**
 * Differential testing of the git sandbox against native git. A scenario's commands run
 * once through the sandbox (the same code path as `roadbook sandbox --clock T`, in-process)
 * and once through native git in a twin folder, with GIT_AUTHOR_DATE / GIT_COMMITTER_DATE
 * set to T + i for the i-th command and the same identity. Then native git inspects both
 * folders: every ref, HEAD, `git status --porcelain`, the stash, the reflogs, `git fsck`, and
 * the work-tree files must agree — commit ids included.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSandboxScript } from '../../electron/services/git-sandbox/script';
import { DEFAULT_IDENTITY } from '../../electron/services/git-sandbox/context';
import { nativeScriptFor } from '../../electron/services/git-sandbox/advanced/native-equivalents';
import { parseCommandLine } from '../../electron/services/git-sandbox/shell-parser';

export interface Scenario {
  readonly name: string;
  /** Command lines as a learner would type them (shell syntax both sides understand). */
  readonly commands: readonly string[];
  /** Skip comparing per-command success (for commands whose exit codes legitimately differ). */
  readonly ignoreExitCodes?: boolean;
  /** Skip comparing reflogs. */
  readonly ignoreReflogs?: boolean;
  /**
   * Also require the same printed output (stdout, and stderr) for every command except those
   * whose index is listed here (git's wording differs on purpose there, e.g. no editor).
   */
  readonly compareOutput?: boolean | { readonly except: readonly number[] };
}

export interface CommandOutput {
  readonly line: string;
  readonly stdout: string;
  readonly stderr: string;
}

export const CLOCK = 1_700_000_000;

export interface Observed {
  readonly refs: string;
  readonly head: string;
  readonly status: string;
  readonly stashCount: number;
  readonly reflogs: Record<string, string>;
  readonly files: Record<string, string>;
  readonly codes: readonly boolean[];
  readonly outputs: readonly CommandOutput[];
  readonly fsck: string;
  /** Refs of each bare remote under .remotes/ (compared, not their files). */
  readonly remotes: Record<string, string>;
}

const isCommand = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');

function baseEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    LC_ALL: 'C',
    TZ: 'UTC',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_EDITOR: 'true',
    GIT_SEQUENCE_EDITOR: 'true',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
  };
}

function git(dir: string, env: NodeJS.ProcessEnv, args: string[]): string {
  const result = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  return result.stdout ?? '';
}

function readFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (child === '.git' || child === '.remotes') continue;
      if (entry.isDirectory()) walk(child);
      else out[child] = fs.readFileSync(path.join(dir, child), 'utf8');
    }
  };
  walk('');
  return out;
}

function readReflogs(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const logs = path.join(dir, '.git', 'logs');
  if (!fs.existsSync(logs)) return out;
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(logs, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out[child] = fs.readFileSync(path.join(logs, child), 'utf8');
    }
  };
  walk('');
  return out;
}

function observe(dir: string, env: NodeJS.ProcessEnv, codes: readonly boolean[], outputs: readonly CommandOutput[]): Observed {
  const hasRepo = fs.existsSync(path.join(dir, '.git'));
  const symbolic = hasRepo ? git(dir, env, ['symbolic-ref', '-q', 'HEAD']).trim() : '';
  const headOid = hasRepo ? git(dir, env, ['rev-parse', '-q', '--verify', 'HEAD']).trim() : '';
  return {
    refs: hasRepo ? git(dir, env, ['for-each-ref', '--format=%(refname) %(objectname)']) : '',
    head: `${symbolic || 'detached'} ${headOid}`,
    status: hasRepo ? git(dir, env, ['status', '--porcelain']) : '',
    stashCount: hasRepo ? git(dir, env, ['stash', 'list']).split('\n').filter(Boolean).length : 0,
    reflogs: hasRepo ? readReflogs(dir) : {},
    files: readFiles(dir),
    codes,
    outputs,
    fsck: hasRepo ? spawnSync('git', ['fsck', '--no-dangling', '--no-progress'], { cwd: dir, env, encoding: 'utf8' }).stderr.trim() : '',
    remotes: readRemotes(dir, env),
  };
}

function readRemotes(dir: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  const remotes = path.join(dir, '.remotes');
  if (!fs.existsSync(remotes)) return out;
  for (const name of fs.readdirSync(remotes).sort()) {
    out[name] = git(path.join(remotes, name), { ...env, GIT_DIR: path.join(remotes, name) }, ['for-each-ref', '--format=%(refname) %(objectname)']);
    out[`${name} HEAD`] = git(path.join(remotes, name), { ...env, GIT_DIR: path.join(remotes, name) }, ['symbolic-ref', '-q', 'HEAD']);
  }
  return out;
}

/** The bash text native git runs for a scenario line (sandbox-only programs translated). */
function nativeLine(line: string): string {
  const items = parseCommandLine(line);
  if (items.length !== 1 || items[0]!.command.redirect) return line;
  return nativeScriptFor(items[0]!.command.words.map((w) => w.text)) ?? line;
}

export interface DifferentialRun {
  readonly sandbox: Observed;
  readonly native: Observed;
  /** Sandbox output, for failure messages. */
  readonly transcript: string;
}

/** Runs a scenario both ways and returns what native git saw in each folder. */
export async function runScenario(scenario: Scenario): Promise<DifferentialRun> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-diff-'));
  try {
    const home = path.join(root, 'home');
    const sandboxDir = path.join(root, 'sandbox');
    const nativeDir = path.join(root, 'native');
    fs.mkdirSync(home);
    fs.mkdirSync(nativeDir);
    fs.writeFileSync(
      path.join(home, '.gitconfig'),
      // log.decorate=short and no colour: what a learner's terminal shows.
      `[user]\n\tname = ${DEFAULT_IDENTITY.name}\n\temail = ${DEFAULT_IDENTITY.email}\n[init]\n\tdefaultBranch = main\n[log]\n\tdecorate = short\n[color]\n\tui = false\n`,
    );
    const env = baseEnv(home);
    const commands = scenario.commands.filter(isCommand);

    const result = await runSandboxScript(commands, { dir: sandboxDir, clock: CLOCK });
    const transcript = result.output.map((c) => c.text).join('');

    const nativeCodes: boolean[] = [];
    const nativeOutputs: CommandOutput[] = [];
    const normalise = (text: string, dir: string) => text.split(dir).join('<sandbox>');
    commands.forEach((line, i) => {
      const date = `${CLOCK + i} +0000`;
      const run = spawnSync('bash', ['-c', nativeLine(line)], { cwd: nativeDir, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' });
      nativeCodes.push(run.status === 0);
      nativeOutputs.push({ line, stdout: normalise(run.stdout, nativeDir), stderr: normalise(run.stderr, nativeDir) });
    });
    const sandboxOutputs = result.perCommand.map((o, i) => ({ line: commands[i]!, stdout: normalise(o.stdout, sandboxDir), stderr: normalise(o.stderr, sandboxDir) }));
    return {
      sandbox: observe(sandboxDir, env, result.codes.map((c) => c === 0), sandboxOutputs),
      native: observe(nativeDir, env, nativeCodes, nativeOutputs),
      transcript,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export function nativeGitAvailable(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}
