/**
 * Tab completion for the sandbox terminal, like a shell with git's completion loaded: the first
 * word completes programs and the learner actions, `git <Tab>` completes subcommands, and later
 * words complete branches, tags, remote branches and file names (relative to the current folder).
 */
import type { GitRepoPicture, GitVocabulary } from '../../../../electron/shared/git-view';

export interface Completion {
  /** The line before the cursor once completed. */
  readonly line: string;
  /** When several words fit and nothing more can be added: the choices to list. */
  readonly choices: readonly string[];
}

/** Subcommands whose arguments are mostly revisions. */
const REF_COMMANDS = new Set(['switch', 'checkout', 'merge', 'rebase', 'branch', 'cherry-pick', 'revert', 'reset', 'log', 'show', 'tag', 'push', 'pull', 'fetch', 'bisect', 'reflog']);
/** Subcommands whose arguments are mostly paths. */
const PATH_COMMANDS = new Set(['add', 'rm', 'mv', 'restore', 'blame']);
/** Words after a learner action's first word. */
const ACTION_TAILS: Record<string, readonly string[]> = { show: ['goal', 'solution'], reset: ['level'] };

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0]!;
  for (const word of words.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < word.length && prefix[i] === word[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/** Names in the current folder (files and folders, folders ending in '/') matching a typed path. */
export function pathCandidates(picture: GitRepoPicture, cwd: string, typed: string): string[] {
  const slash = typed.lastIndexOf('/');
  const typedDir = slash === -1 ? '' : typed.slice(0, slash + 1);
  const base = [cwd, typedDir.replace(/\/$/, '')].filter(Boolean).join('/');
  const prefix = base === '' ? '' : `${base}/`;
  const names = new Set<string>();
  for (const file of picture.files) {
    if (!file.path.startsWith(prefix)) continue;
    const rest = file.path.slice(prefix.length);
    const cut = rest.indexOf('/');
    names.add(cut === -1 ? rest : rest.slice(0, cut + 1));
  }
  return [...names].map((name) => typedDir + name).filter((name) => name.startsWith(typed)).sort();
}

function refCandidates(picture: GitRepoPicture): string[] {
  return ['HEAD', ...picture.branches.map((b) => b.name), ...picture.tags.map((t) => t.name), ...picture.remoteBranches.map((b) => b.name)];
}

/** Completes the word before the cursor. */
export function complete(before: string, vocabulary: GitVocabulary, picture: GitRepoPicture): Completion {
  const words = before.split(/\s+/);
  const current = words.pop() ?? '';
  const previous = words.filter((w) => w !== '');
  let candidates: string[];
  if (previous.length === 0) {
    const firstWords = vocabulary.learnerActions.map((a) => a.split(' ')[0]!);
    candidates = [...new Set([...vocabulary.programs, ...firstWords])];
  } else if (previous.length === 1 && ACTION_TAILS[previous[0]!]) {
    candidates = [...ACTION_TAILS[previous[0]!]!];
  } else if (previous[0] === 'git' && previous.length === 1) {
    candidates = [...vocabulary.gitCommands];
  } else if (current.startsWith('-')) {
    candidates = [];
  } else if (previous[0] === 'git') {
    const sub = previous[1]!;
    const afterDashes = previous.includes('--');
    const paths = pathCandidates(picture, picture.cwd, current);
    if (afterDashes || PATH_COMMANDS.has(sub)) candidates = paths;
    else if (REF_COMMANDS.has(sub)) candidates = sub === 'checkout' ? [...refCandidates(picture), ...paths] : refCandidates(picture);
    else candidates = [...paths, ...refCandidates(picture)];
  } else {
    candidates = pathCandidates(picture, picture.cwd, current);
  }
  const matches = [...new Set(candidates.filter((c) => c.startsWith(current)))].sort();
  const head = before.slice(0, before.length - current.length);
  if (matches.length === 0) return { line: before, choices: [] };
  if (matches.length === 1) {
    const only = matches[0]!;
    return { line: head + only + (only.endsWith('/') ? '' : ' '), choices: [] };
  }
  const prefix = commonPrefix(matches);
  if (prefix.length > current.length) return { line: head + prefix, choices: [] };
  return { line: before, choices: matches };
}
