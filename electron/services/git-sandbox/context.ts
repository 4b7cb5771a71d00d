/**
 * What every sandbox command receives: the jailed file system, the repository handles,
 * the clock, the identity and the output. See CONTRACT.md for how commands use it.
 */
import { fatal } from './errors';
import type { SandboxFs } from './jail';
import type { SandboxLimits } from './limits';
import { GitConfig } from './core/config';
import { ObjectStore, type Signature } from './core/objects';
import { Refs } from './core/refs';

export const GITDIR = '.git';

/** Used when user.name / user.email are not configured, so learners can commit at once. */
export const DEFAULT_IDENTITY = { name: 'Roadbook Learner', email: 'learner@roadbook.local' } as const;

export interface Clock {
  /** Seconds since the epoch and git's zone text ('+0000') for dates written now. */
  now(): { timestamp: number; tz: string };
}

/** Git state kept in memory between commands of one session (safe: objects never change). */
export interface RepoHandles {
  readonly objects: ObjectStore;
  readonly refs: Refs;
  readonly config: GitConfig;
}

export interface SandboxContext {
  readonly fs: SandboxFs;
  /** Absolute path of the sandbox root (also the work tree). */
  readonly dir: string;
  /** Repo-relative git dir: always '.git'. */
  readonly gitdir: string;
  /** Absolute git dir, for isomorphic-git calls (`{ fs: ctx.fs.isoFs(), dir, gitdir }`). */
  readonly gitdirAbs: string;
  /** Current folder, repo-relative POSIX ('' at the root). */
  cwd: string;
  readonly limits: SandboxLimits;
  readonly clock: Clock;
  /** Prints one or more lines (a trailing newline is added) on standard output. */
  out(text: string): void;
  /** Prints text exactly as given (no newline added) on standard output. */
  write(text: string): void;
  /** Prints on standard error. */
  err(text: string): void;
  /** Clears the terminal (the runner reports it to the UI). */
  clearScreen(): void;
  /** True when `.git` exists. */
  hasRepo(): boolean;
  /** The repository, or `fatal: not a git repository` when there is none. */
  repo(): RepoHandles;
  /** Forget cached handles (after `git init` re-creates .git). */
  resetRepo(): void;
}

export function createRepoHandles(fs: SandboxFs): RepoHandles {
  return {
    objects: new ObjectStore(fs, GITDIR),
    refs: new Refs(fs, GITDIR),
    config: new GitConfig(fs, `${GITDIR}/config`),
  };
}

export function requireRepo(fs: SandboxFs, handles: RepoHandles | undefined): RepoHandles {
  if (!fs.isFile(`${GITDIR}/HEAD`)) throw fatal('not a git repository (or any of the parent directories): .git');
  return handles ?? createRepoHandles(fs);
}

/** Git's zone text for an offset in minutes east of UTC: 330 → '+0530'. */
export function formatTz(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

export function realClock(): Clock {
  return {
    now: () => {
      const date = new Date();
      return { timestamp: Math.floor(date.getTime() / 1000), tz: formatTz(-date.getTimezoneOffset()) };
    },
  };
}

/** The identity git would use for a new commit: config first, then the sandbox default. */
export function identity(ctx: SandboxContext): Signature {
  const { config } = ctx.repo();
  const { timestamp, tz } = ctx.clock.now();
  return {
    name: config.get('user.name') ?? DEFAULT_IDENTITY.name,
    email: config.get('user.email') ?? DEFAULT_IDENTITY.email,
    timestamp,
    tz,
  };
}
