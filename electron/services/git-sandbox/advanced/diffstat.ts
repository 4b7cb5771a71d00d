/**
 * The diffstat git prints after a merge, a fast-forward, a pick or `stash show`:
 * ` f | 2 +-`, the "N files changed" summary and the create/delete/rename lines. Built on
 * git-core's diff helpers so it reads exactly like `git commit` and `git diff --stat`.
 */
import type { SandboxContext } from '../context';
import { diffFileMaps } from '../core/diff';
import { modeSummary, printStat, statLines } from '../commands/common';
import type { Side } from './tree-merge';

/** Lines of `git diff --stat --summary` between two path → side maps (empty when no change). */
export function diffstatLines(ctx: SandboxContext, before: ReadonlyMap<string, Side>, after: ReadonlyMap<string, Side>): string[] {
  const changes = diffFileMaps(before, after);
  if (changes.length === 0) return [];
  const lines: string[] = [];
  const capture: SandboxContext = { ...ctx, out: (text: string) => void lines.push(...text.split('\n')) };
  printStat(capture, statLines(ctx, changes));
  return [...lines, ...modeSummary(changes)];
}
