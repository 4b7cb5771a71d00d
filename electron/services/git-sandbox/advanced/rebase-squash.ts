/**
 * Squash and fixup messages the way git's sequencer builds them: the "This is a combination
 * of N commits" template (committed as it is between steps of a chain) and what remains of it
 * after the editor. The chain so far is kept in .git/rebase-merge so a stop can resume it.
 */
import type { SandboxContext } from '../context';
import { REBASE_DIR } from './rebase-state';

/** Messages of the commits melded so far in a squash/fixup chain (its first is the picked commit). */
export interface ChainLink {
  readonly message: string;
  readonly fixup: boolean;
}

const CHAIN_FILE = `${REBASE_DIR}/sandbox-squash.json`;

export function readChain(ctx: SandboxContext): ChainLink[] {
  const text = ctx.fs.tryReadText(CHAIN_FILE);
  return text ? (JSON.parse(text) as ChainLink[]) : [];
}

export function writeChain(ctx: SandboxContext, chain: readonly ChainLink[]): void {
  ctx.fs.writeFileAtomic(CHAIN_FILE, JSON.stringify(chain));
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The message template git builds for a squash chain (committed as it is between steps). */
export function squashTemplate(chain: readonly ChainLink[]): string {
  let text = `# This is a combination of ${chain.length} commits.\n# This is the ${ordinal(1)} commit message:\n\n${chain[0]!.message}`;
  chain.slice(1).forEach((link, i) => {
    const n = i + 2;
    if (link.fixup) {
      const commented = link.message.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '#' : `# ${line}`)).join('\n');
      text += `\n# The commit message #${n} will be skipped:\n\n${commented}\n`;
    } else {
      text += `\n# This is the commit message #${n}:\n\n${link.message}`;
    }
  });
  return text;
}

/** The first line of a message, as git's sequencer puts it in reflog entries. */
export function firstLine(message: string): string {
  return message.replace(/^\n+/, '').split('\n')[0] ?? '';
}
