/**
 * Sets a level up in a folder by running its setup lines through the git sandbox (the same
 * engine the learner types into), and checks the folder against the level's goal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SandboxSession, type RunResult } from '../git-sandbox/session';
import { checkGoal, type GoalResult } from './goal-checker';
import type { Level } from './level-loader';

/** Every level's setup writes its dates from here (2023-11-14 22:13:20 UTC), one second per command. */
export const LEVEL_CLOCK = 1_700_000_000;

/** A setup line that starts with "! " is expected to fail (e.g. a merge that stops on a conflict). */
const EXPECT_FAILURE = /^!\s+/;

export class LevelSetupError extends Error {
  constructor(
    readonly levelId: string,
    readonly line: string,
    readonly output: string,
  ) {
    super(`level "${levelId}": the setup line \`${line}\` did not work as the level expects:\n${output}`);
    this.name = 'LevelSetupError';
  }
}

function outputText(result: RunResult): string {
  return result.output.map((chunk) => chunk.text).join('');
}

/** Whether a folder can take a level: missing or empty. */
export function folderIsEmpty(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/**
 * Builds the level's starting repository in `dir` (which must be missing or empty) and
 * returns the sandbox session, ready for the learner's commands; its clock carries on from
 * the setup's, so later commits stay in order.
 */
export async function setupLevel(level: Level, dir: string, options: { clock?: number } = {}): Promise<SandboxSession> {
  const target = path.resolve(dir);
  if (!folderIsEmpty(target)) throw new Error(`${target} is not empty; a level is set up in a new or empty folder`);
  fs.mkdirSync(target, { recursive: true });
  const session = new SandboxSession({ dir: target, clock: options.clock ?? LEVEL_CLOCK });
  for (const raw of level.setup) {
    const expectFailure = EXPECT_FAILURE.test(raw);
    const line = raw.replace(EXPECT_FAILURE, '');
    const result = await session.run(line);
    if ((result.exitCode === 0) === expectFailure) throw new LevelSetupError(level.id, raw, outputText(result));
  }
  session.cwd = '';
  return session;
}

/** Checks the repository in `dir` against the level's goal. */
export function checkLevel(level: Level, dir: string): Promise<GoalResult> {
  return checkGoal(path.resolve(dir), level.goal);
}

/** Runs the level's reference solution in a session (used by tests and `show solution`). */
export async function runSolution(level: Level, session: SandboxSession): Promise<{ line: string; result: RunResult }[]> {
  const out: { line: string; result: RunResult }[] = [];
  for (const line of level.solution) out.push({ line, result: await session.run(line) });
  return out;
}

/** The goal results as the lines `level check` prints. */
export function formatGoal(result: GoalResult): string[] {
  return result.results.map((r) => (r.passed ? `  ✓ ${r.text}` : `  ✗ ${r.text}${r.detail ? `\n      ${r.detail}` : ''}`));
}
