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
  /** `fixup -C` / `fixup -c`: this commit's message replaces the ones before it. */
  readonly replace?: 'C' | 'c';
  /** Commented out in the template (a later `fixup -C/-c` replaced it). */
  readonly skipped?: boolean;
}

function included(link: ChainLink): boolean {
  return !link.skipped && (!link.fixup || link.replace !== undefined);
}

/**
 * Adds a melded commit to the chain. A `fixup -C/-c` with no squash before it in the chain
 * skips every message so far, as git's sequencer does.
 */
export function extendChain(chain: readonly ChainLink[], link: ChainLink): ChainLink[] {
  const squashSeen = chain.slice(1).some((l) => !l.fixup);
  const before = link.replace && !squashSeen ? chain.map((l) => ({ ...l, skipped: true })) : [...chain];
  return [...before, link];
}

/** Whether git opens the editor at the end of this chain: a squash or a `fixup -c` is in it. */
export function chainOpensEditor(chain: readonly ChainLink[]): boolean {
  return chain.some((link, i) => i > 0 && (!link.fixup || link.replace === 'c'));
}

/** The message a chain keeps when no editor opens: the last `fixup -C` one, else the first. */
export function chainKeptMessage(chain: readonly ChainLink[]): string {
  const replacing = chain.filter((link) => link.replace === 'C');
  return (replacing[replacing.length - 1] ?? chain[0]!).message;
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
  const comment = (message: string): string => message.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '#' : `# ${line}`)).join('\n');
  let text = `# This is a combination of ${chain.length} commits.\n`;
  chain.forEach((link, i) => {
    const name = i === 0 ? `${ordinal(1)} commit message` : `commit message #${i + 1}`;
    if (i > 0) text += '\n';
    if (included(link)) text += `# This is the ${name}:\n\n${link.message}`;
    else text += `# The ${name} will be skipped:\n\n${comment(link.message)}\n`;
  });
  return text;
}

/** The first line of a message, as git's sequencer puts it in reflog entries. */
export function firstLine(message: string): string {
  return message.replace(/^\n+/, '').split('\n')[0] ?? '';
}
