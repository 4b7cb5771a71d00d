/**
 * The `git` domain: free-play sandboxes and levels, each a real repository driven by a
 * SandboxSession. Every terminal line comes through `run`, which is also the one place that
 * counts commands against par, answers the learner actions (hint, show goal, show solution,
 * reset level; undo goes to the engine) and decides that a level is complete.
 */
import path from 'node:path';
import type {
  GitCommitDetail,
  GitFileContent,
  GitRepoPicture,
  GitRunResult,
  GitTarget,
  GitVocabulary,
  LevelDetail,
  LevelSequence,
  LevelSession,
  LevelPlay,
  OutputChunk,
  SandboxSummary,
} from '../../shared/git-view';
import type { ProgressSnapshot } from '../../shared/types';
import { SandboxSession } from '../git-sandbox/session';
import { isReadOnlyCommand } from '../git-sandbox/dispatch';
import { parseCommandLine } from '../git-sandbox/shell-parser';
import { commitDetail } from './commit-detail';
import { FRESH_LEVEL_STATE, LevelFolders, type LevelState } from './level-state';
import type { LevelBackend, PlayableLevel } from './level-backend';
import { repoPicture } from './picture';
import { interactiveRebaseArgs, openRebasePlan, planCommand, type PendingRebase } from './rebase-editor';
import { SandboxFolders } from './sandbox-folders';
import { LEARNER_ACTIONS, vocabulary } from './vocabulary';

export interface GitViewOptions {
  readonly dataDir: string;
  readonly levels: () => LevelBackend;
  /** Records a completed level in the store (progress.recordLevel). */
  readonly recordLevel: (levelId: string, commands: number, par: number) => Promise<ProgressSnapshot>;
}

/** Largest file the editor opens as text. */
const MAX_EDITOR_BYTES = 512 * 1024;

interface Open {
  readonly session: SandboxSession;
  pending?: PendingRebase;
}

export type GitViewService = ReturnType<typeof createGitViewService>;

export function createGitViewService(options: GitViewOptions) {
  const sandboxes = new SandboxFolders(path.join(options.dataDir, 'sandboxes'));
  const levelFolders = new LevelFolders(path.join(options.dataDir, 'levels'));
  const open = new Map<string, Open>();
  const levelStates = new Map<string, LevelState>();
  const queues = new Map<string, Promise<unknown>>();

  const keyOf = (target: GitTarget) => ('sandbox' in target ? `sandbox:${target.sandbox}` : `level:${target.level}`);

  /** One call at a time per repository, in the order they arrived. */
  function serial<T>(target: GitTarget, work: () => Promise<T>): Promise<T> {
    const key = keyOf(target);
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    queues.set(key, next.catch(() => undefined));
    return next;
  }

  function findLevel(levelId: string): { level: PlayableLevel; sequence: { id: string; title: string }; next?: string } {
    const all = options.levels().sequences();
    const flat = all.flatMap((sequence) => sequence.levels.map((level) => ({ level, sequence })));
    const index = flat.findIndex((entry) => entry.level.id === levelId);
    if (index === -1) throw new Error(`There is no git level called "${levelId}".`);
    const found = flat[index]!;
    const next = flat[index + 1]?.level.id;
    return { level: found.level, sequence: { id: found.sequence.id, title: found.sequence.title }, ...(next ? { next } : {}) };
  }

  async function setUpLevel(levelId: string): Promise<Open> {
    findLevel(levelId);
    const dir = levelFolders.clear(levelId);
    const session = await options.levels().setup(levelId, dir);
    const state = { ...FRESH_LEVEL_STATE, hintsShown: levelStates.get(levelId)?.hintsShown ?? 0 };
    levelStates.set(levelId, state);
    levelFolders.write(levelId, state);
    const entry: Open = { session };
    open.set(keyOf({ level: levelId }), entry);
    return entry;
  }

  async function sessionFor(target: GitTarget): Promise<Open> {
    const key = keyOf(target);
    const existing = open.get(key);
    if (existing) return existing;
    if ('sandbox' in target) {
      sandboxes.require(target.sandbox);
      const entry: Open = { session: new SandboxSession({ dir: sandboxes.dirOf(target.sandbox) }) };
      open.set(key, entry);
      return entry;
    }
    const saved = levelFolders.read(target.level);
    if (!saved) return setUpLevel(target.level);
    levelStates.set(target.level, saved);
    const entry: Open = { session: new SandboxSession({ dir: levelFolders.repoDir(target.level) }) };
    open.set(key, entry);
    return entry;
  }

  const picture = (entry: Open): GitRepoPicture => repoPicture(entry.session.context());

  async function levelPlay(levelId: string, entry: Open): Promise<LevelPlay> {
    const { level } = findLevel(levelId);
    const state = levelStates.get(levelId) ?? FRESH_LEVEL_STATE;
    const checks = await options.levels().check(levelId, entry.session.dir);
    return {
      levelId,
      commands: state.commands,
      par: level.par,
      checks,
      hintsShown: level.hints.slice(0, state.hintsShown),
      hintsTotal: level.hints.length,
      solutionAvailable: state.commands > 0 || state.hintsShown >= level.hints.length,
      complete: state.complete,
    };
  }

  function saveState(levelId: string, change: Partial<LevelState>): LevelState {
    const next = { ...(levelStates.get(levelId) ?? FRESH_LEVEL_STATE), ...change };
    levelStates.set(levelId, next);
    levelFolders.write(levelId, next);
    return next;
  }

  /** Commands that can change something count against par; looking around is free. */
  function countsAgainstPar(line: string): boolean {
    try {
      return parseCommandLine(line).some((item) => item.command.redirect !== undefined || !isReadOnlyCommand(item.command.words.map((w) => w.text)));
    } catch {
      return false;
    }
  }

  async function finish(target: GitTarget, entry: Open, output: OutputChunk[], exitCode: number, cleared: boolean, extra: Partial<GitRunResult> = {}): Promise<GitRunResult> {
    const base = { output, exitCode, cleared, picture: picture(entry), ...extra };
    if (!('level' in target)) return base;
    const levelId = target.level;
    let play = await levelPlay(levelId, entry);
    if (play.complete || !play.checks.every((c) => c.passed) || play.checks.length === 0) return { ...base, level: play };
    // The goal is met for the first time since the level was set up: record it, once.
    saveState(levelId, { complete: true });
    const progress = await options.recordLevel(levelId, play.commands, play.par);
    play = { ...play, complete: true };
    const verdict = play.commands <= play.par ? `at par (${play.par})` : `par is ${play.par}`;
    output.push({ stream: 'info', text: `Level complete in ${play.commands} command${play.commands === 1 ? '' : 's'}, ${verdict}.\n` });
    return { ...base, level: play, completed: { commands: play.commands, par: play.par, progress } };
  }

  /** hint, show goal, show solution, reset level: answered here, never counted. */
  async function learnerAction(target: GitTarget, entry: Open, word: string): Promise<GitRunResult | undefined> {
    if (!(LEARNER_ACTIONS as readonly string[]).includes(word) || word === 'undo') return undefined;
    const info = (text: string): OutputChunk => ({ stream: 'info', text: `${text}\n` });
    if (!('level' in target)) {
      return finish(target, entry, [info(`\`${word}\` belongs to levels; in a free-play sandbox there is no goal. Use \`undo\` to step back.`)], 1, false);
    }
    const levelId = target.level;
    const { level } = findLevel(levelId);
    const state = levelStates.get(levelId) ?? FRESH_LEVEL_STATE;
    if (word === 'hint') {
      if (level.hints.length === 0) return finish(target, entry, [info('This level has no hints.')], 0, false);
      const shown = Math.min(state.hintsShown + 1, level.hints.length);
      saveState(levelId, { hintsShown: shown });
      const last = shown === level.hints.length ? ' (the last one)' : '';
      return finish(target, entry, [info(`Hint ${shown} of ${level.hints.length}${last}: ${level.hints[shown - 1]}`)], 0, false);
    }
    if (word === 'show goal') {
      const play = await levelPlay(levelId, entry);
      const lines = ['Goal:', ...play.checks.map((c) => `  ${c.passed ? '✓' : '○'} ${c.label}`)];
      return finish(target, entry, [info(lines.join('\n'))], 0, false);
    }
    if (word === 'show solution') {
      if (state.commands === 0 && state.hintsShown < level.hints.length) {
        return finish(target, entry, [info('Have a go first: the solution opens after your first command (or after the last hint).')], 1, false);
      }
      const lines = [`One solution (${level.par} command${level.par === 1 ? '' : 's'}):`, ...level.solution.map((line) => `  ${line}`)];
      return finish(target, entry, [info(lines.join('\n'))], 0, false);
    }
    // reset level
    await setUpLevel(levelId);
    const fresh = open.get(keyOf(target))!;
    return finish(target, fresh, [info('The level is back at its start. Your command count is 0.')], 0, true);
  }

  async function runLine(target: GitTarget, line: string): Promise<GitRunResult> {
    const entry = await sessionFor(target);
    const trimmed = line.trim().replace(/\s+/g, ' ');
    const action = await learnerAction(target, entry, trimmed);
    if (action) return action;
    if (entry.pending) entry.pending = undefined;
    const rebase = interactiveRebaseArgs(line);
    if (rebase) {
      const pending = openRebasePlan(entry.session.context(), rebase);
      if (pending) {
        entry.pending = pending;
        const output: OutputChunk[] = [{ stream: 'info', text: 'hint: Waiting for your editor to close the file...\n' }];
        return finish(target, entry, output, 0, false, { editor: { kind: 'rebase-todo', title: 'git-rebase-todo', text: pending.text } });
      }
    }
    return execute(target, entry, line);
  }

  async function execute(target: GitTarget, entry: Open, line: string): Promise<GitRunResult> {
    const counted = 'level' in target && countsAgainstPar(line);
    const result = await entry.session.run(line);
    if (counted && result.ran) {
      const state = levelStates.get(target.level) ?? FRESH_LEVEL_STATE;
      if (!state.complete) saveState(target.level, { commands: state.commands + 1 });
    }
    return finish(target, entry, result.output.map((c) => ({ ...c })), result.exitCode, result.cleared);
  }

  async function levelSession(levelId: string, entry: Open): Promise<LevelSession> {
    const { level, sequence, next } = findLevel(levelId);
    const detail: LevelDetail = {
      id: level.id,
      title: level.title,
      summary: level.summary,
      par: level.par,
      sequenceId: sequence.id,
      sequenceTitle: sequence.title,
      introduction: level.introduction,
      ...(next ? { nextLevelId: next } : {}),
    };
    return { detail, play: await levelPlay(levelId, entry), picture: picture(entry) };
  }

  function dropSandbox(name: string): void {
    open.delete(keyOf({ sandbox: name }));
  }

  return {
    sandboxes: (): SandboxSummary[] => sandboxes.list(),
    createSandbox: (name: string) => {
      sandboxes.create(name);
      return sandboxes.list();
    },
    renameSandbox: (from: string, to: string) =>
      serial({ sandbox: from }, async () => {
        sandboxes.rename(from, to);
        dropSandbox(from);
        dropSandbox(to);
        return sandboxes.list();
      }),
    resetSandbox: (name: string) =>
      serial({ sandbox: name }, async () => {
        sandboxes.reset(name);
        dropSandbox(name);
        return sandboxes.list();
      }),
    deleteSandbox: (name: string) =>
      serial({ sandbox: name }, async () => {
        sandboxes.delete(name);
        dropSandbox(name);
        return sandboxes.list();
      }),
    /** Folder of a sandbox, for "open folder" on the desktop. */
    sandboxDir: (name: string): string => {
      sandboxes.require(name);
      return sandboxes.dirOf(name);
    },
    picture: (target: GitTarget) => serial(target, async () => picture(await sessionFor(target))),
    run: (target: GitTarget, line: string) => serial(target, () => runLine(target, line)),
    readFile: (target: GitTarget, filePath: string) =>
      serial(target, async (): Promise<GitFileContent> => {
        const { session } = await sessionFor(target);
        const rel = session.fs.resolveUserPath('', filePath, 'read');
        if (!session.fs.isFile(rel)) throw new Error(`${filePath} is not a file in this repository.`);
        const bytes = session.fs.readFile(rel);
        const binary = bytes.subarray(0, 8000).includes(0);
        if (binary || bytes.length > MAX_EDITOR_BYTES) return { path: rel, content: '', editable: false };
        return { path: rel, content: bytes.toString('utf8'), editable: true };
      }),
    writeFile: (target: GitTarget, filePath: string, content: string) =>
      serial(target, async () => {
        const entry = await sessionFor(target);
        // The engine's editor save: same jail and caps as `echo > file`, and `undo` takes it back.
        entry.session.writeFile(filePath, content);
        return picture(entry);
      }),
    commit: (target: GitTarget, oid: string) =>
      serial(target, async (): Promise<GitCommitDetail> => commitDetail(entryContext(await sessionFor(target)), oid)),
    answerEditor: (target: GitTarget, todo: string) =>
      serial(target, async () => {
        const entry = await sessionFor(target);
        const pending = entry.pending;
        entry.pending = undefined;
        if (!pending) return finish(target, entry, [{ stream: 'info', text: 'There is no rebase plan waiting to be saved.\n' }], 1, false);
        const command = planCommand(entry.session.context(), pending, todo);
        if (!command) return finish(target, entry, [{ stream: 'stderr', text: 'error: nothing to do\n' }], 1, false);
        return execute(target, entry, command);
      }),
    cancelEditor: (target: GitTarget) =>
      serial(target, async () => {
        const entry = await sessionFor(target);
        const had = entry.pending !== undefined;
        entry.pending = undefined;
        return finish(target, entry, had ? [{ stream: 'stderr', text: 'error: nothing to do (the plan was closed without saving)\n' }] : [], had ? 1 : 0, false);
      }),
    vocabulary: (): GitVocabulary => vocabulary(),
    levels: (): LevelSequence[] =>
      options
        .levels()
        .sequences()
        .map((s) => ({ id: s.id, title: s.title, levels: s.levels.map((l) => ({ id: l.id, title: l.title, summary: l.summary, par: l.par, topics: l.topics })) })),
    openLevel: (levelId: string) => serial({ level: levelId }, async () => levelSession(levelId, await sessionFor({ level: levelId }))),
    startLevel: (levelId: string) => serial({ level: levelId }, async () => levelSession(levelId, await setUpLevel(levelId))),
  };

  function entryContext(entry: Open) {
    return entry.session.context();
  }
}
