/**
 * What the view needs from the levels: the catalogue, a fresh setup into a folder, and the
 * goal's checks against a folder. The git-levels service provides it (see index.ts's wiring).
 */
import type { GoalCheckState } from '../../shared/git-view';
import type { SandboxSession } from '../git-sandbox/session';

export interface PlayableLevel {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Markdown. */
  readonly introduction: string;
  /** Graded: vague first, the last one nearly gives it away. */
  readonly hints: readonly string[];
  /** The reference solution, one command per entry. */
  readonly solution: readonly string[];
  readonly par: number;
  /** Roadmap topic ids the level practises. */
  readonly topics: readonly string[];
}

export interface PlayableSequence {
  readonly id: string;
  readonly title: string;
  readonly levels: readonly PlayableLevel[];
}

export interface LevelBackend {
  sequences(): readonly PlayableSequence[];
  /** Prepares the level's starting repository in `dir` (an empty folder); the session carries on from there. */
  setup(levelId: string, dir: string): Promise<SandboxSession>;
  /** Every goal check with whether it passes now. */
  check(levelId: string, dir: string): Promise<readonly GoalCheckState[]>;
}
