/**
 * The files git keeps in .git while an operation waits for the learner: MERGE_HEAD,
 * MERGE_MSG, MERGE_MODE, CHERRY_PICK_HEAD, REVERT_HEAD, SQUASH_MSG, AUTO_MERGE. Writing
 * them exactly as git does is what lets a real `git status` see the operation in progress.
 */
import { GITDIR, type SandboxContext } from '../context';
import type { Signature } from '../core/objects';

export type StateFile = 'MERGE_HEAD' | 'MERGE_MSG' | 'MERGE_MODE' | 'CHERRY_PICK_HEAD' | 'REVERT_HEAD' | 'SQUASH_MSG' | 'AUTO_MERGE' | 'ORIG_HEAD';

export function readState(ctx: SandboxContext, name: StateFile): string | undefined {
  return ctx.fs.tryReadText(`${GITDIR}/${name}`);
}

export function writeState(ctx: SandboxContext, name: StateFile, text: string): void {
  ctx.fs.writeFileAtomic(`${GITDIR}/${name}`, text);
}

export function removeState(ctx: SandboxContext, ...names: StateFile[]): void {
  for (const name of names) ctx.fs.removeFileIfPresent(`${GITDIR}/${name}`);
}

export function hasState(ctx: SandboxContext, name: StateFile): boolean {
  return ctx.fs.isFile(`${GITDIR}/${name}`);
}

/** The oid a HEAD-like state file names (its first line). */
export function stateOid(ctx: SandboxContext, name: StateFile): string | undefined {
  const text = readState(ctx, name);
  const first = text?.split('\n')[0]?.trim();
  return first && /^[0-9a-f]{40}$/.test(first) ? first : undefined;
}

/** The "# Conflicts:" block git appends to MERGE_MSG (with the default comment character). */
export function conflictsBlock(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  return `\n# Conflicts:\n${paths.map((p) => `#\t${p}\n`).join('')}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date the way `git log` prints it by default: `Wed Nov 25 00:00:33 2026 +0000`. */
export function formatGitDate(sig: Signature): string {
  const sign = sig.tz.startsWith('-') ? -1 : 1;
  const offset = sign * (Number(sig.tz.slice(1, 3)) * 60 + Number(sig.tz.slice(3, 5)));
  const d = new Date((sig.timestamp + offset * 60) * 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()} ${sig.tz}`;
}
