/**
 * Checks a level's goal against a repository on disk. Each check becomes one plain-language
 * line ("`main` should include the commit from `feature`"); a failed one also says what is
 * there instead. Reads with isomorphic-git (repo-reader.ts), never with native git, and never
 * changes the repository.
 */
import path from 'node:path';
import type { Check } from './level-schema';
import { RepoReader, statusName, type FileStatusName } from './repo-reader';

export interface CheckResult {
  readonly check: Check;
  readonly passed: boolean;
  /** What the goal asks for, in the learner's words. */
  readonly text: string;
  /** For a failed check: what the repository has instead. */
  readonly detail?: string;
}

export interface GoalResult {
  readonly met: boolean;
  readonly results: readonly CheckResult[];
}

const q = (name: string) => `\`${name}\``;
const quote = (text: string) => `“${text}”`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function subjectOf(message: string): string {
  return message.split('\n')[0]!.trim();
}

function countWords(check: { equals?: number; atLeast?: number; atMost?: number }, noun: string): string {
  if (check.equals !== undefined) return `exactly ${plural(check.equals, noun)}`;
  if (check.atLeast !== undefined && check.atMost !== undefined) return `between ${check.atLeast} and ${check.atMost} ${noun}s`;
  if (check.atLeast !== undefined) return `at least ${plural(check.atLeast, noun)}`;
  return `at most ${plural(check.atMost!, noun)}`;
}

function countOk(value: number, check: { equals?: number; atLeast?: number; atMost?: number }): boolean {
  if (check.equals !== undefined && value !== check.equals) return false;
  if (check.atLeast !== undefined && value < check.atLeast) return false;
  if (check.atMost !== undefined && value > check.atMost) return false;
  return true;
}

const STATUS_WORDS: Record<FileStatusName, string> = {
  untracked: 'untracked (in the folder but never added)',
  unmodified: 'committed, with no changes since',
  modified: 'modified but not staged',
  staged: 'staged for the next commit, with no further changes',
  'staged-and-modified': 'staged, with more changes on top that are not staged',
  deleted: 'deleted from the work tree',
  conflicted: 'marked as conflicted',
  absent: 'gone from the work tree and the index',
  ignored: 'ignored',
};

/** The sentence a check stands for, whether it passes or not. */
export function describeCheck(check: Check): string {
  if (check.explain) return check.explain;
  switch (check.kind) {
    case 'ref-exists':
      return `${q(check.ref)} should exist.`;
    case 'ref-missing':
      return `${q(check.ref)} should no longer exist.`;
    case 'same-commit':
      return `${q(check.ref)} should point at the same commit as ${q(check.as)}.`;
    case 'different-commit':
      return `${q(check.ref)} should point at a different commit than ${q(check.as)}.`;
    case 'message':
      return check.equals !== undefined
        ? `The commit at ${q(check.ref)} should have the message ${quote(check.equals.trim())}.`
        : `The commit at ${q(check.ref)} should have a message matching /${check.matches}/.`;
    case 'contains':
      return check.commit !== undefined
        ? `${q(check.ref)} should include the commit from ${q(check.commit)}.`
        : `${q(check.ref)} should include the commit ${quote(check.subject!)}.`;
    case 'not-contains':
      return check.commit !== undefined
        ? `${q(check.ref)} should not include the commit from ${q(check.commit)}.`
        : `${q(check.ref)} should not include a commit ${quote(check.subject!)}.`;
    case 'ancestor':
      return `${q(check.ref)} should be part of the history of ${q(check.of)}.`;
    case 'head':
      if (check.branch !== undefined) return `HEAD should be on the branch ${q(check.branch)}.`;
      return check.at !== undefined ? `HEAD should be detached at ${q(check.at)}.` : 'HEAD should be detached (not on any branch).';
    case 'commit-count':
      return `${q(check.ref)} should have ${countWords(check, 'commit')} in its history.`;
    case 'merge-count':
      return check.equals === 0 ? `${q(check.ref)} should have no merge commits in its history.` : `${q(check.ref)} should have ${countWords(check, 'merge commit')} in its history.`;
    case 'linear':
      return `The history of ${q(check.ref)} should be a straight line, with no merge commits.`;
    case 'file': {
      const where = check.ref !== undefined ? `${q(check.path)} in ${q(check.ref)}` : `${q(check.path)} in the work tree`;
      if (check.absent) return check.ref !== undefined ? `${q(check.path)} should not exist in ${q(check.ref)}.` : `${q(check.path)} should not exist in the work tree.`;
      const parts: string[] = [];
      if (check.equals !== undefined) parts.push(`read exactly ${quote(check.equals.replace(/\n$/, '').replace(/\n/g, '⏎'))}`);
      if (check.contains !== undefined) parts.push(`contain ${quote(check.contains)}`);
      if (check.lacks !== undefined) parts.push(`no longer contain ${quote(check.lacks)}`);
      if (check.matches !== undefined) parts.push(`match /${check.matches}/`);
      return `${where} should ${parts.join(' and ')}.`;
    }
    case 'clean':
      return check.allowUntracked ? 'Nothing should be staged or modified.' : 'The work tree should be clean: nothing staged, nothing modified, no untracked files.';
    case 'file-status':
      return `${q(check.path)} should be ${STATUS_WORDS[check.status]}.`;
    case 'stash':
      return check.equals === 0 ? 'The stash should be empty.' : `The stash should hold ${countWords(check, 'entry').replace(/entrys/g, 'entries')}.`;
    case 'remote-branch':
      if (check.sameAs !== undefined) return `The branch ${q(check.branch)} on the remote ${q(check.remote)} should point at the same commit as ${q(check.sameAs)}.`;
      return check.exists ? `The remote ${q(check.remote)} should have a branch ${q(check.branch)}.` : `The remote ${q(check.remote)} should no longer have a branch ${q(check.branch)}.`;
    case 'upstream':
      return `${q(check.branch)} should track ${q(check.upstream)}.`;
    case 'no-operation':
      return check.operation !== undefined ? `No ${check.operation} should be in progress.` : 'No merge, rebase, cherry-pick, revert or bisect should be in progress.';
    case 'tag': {
      const kind = check.annotated === true ? 'an annotated tag' : check.annotated === false ? 'a lightweight tag' : 'a tag';
      return `There should be ${kind} ${q(check.name)}${check.at !== undefined ? ` on ${q(check.at)}` : ''}${check.message !== undefined ? ` with a message matching /${check.message}/` : ''}.`;
    }
  }
}

class Evaluator {
  constructor(private readonly repo: RepoReader) {}

  private async describeAt(rev: string): Promise<string> {
    const oid = await this.repo.resolve(rev);
    if (!oid) return `${q(rev)} does not exist.`;
    const commit = await this.repo.commit(oid);
    return `${q(rev)} is at ${oid.slice(0, 7)} ${quote(subjectOf(commit?.message ?? ''))}.`;
  }

  private async need(rev: string): Promise<string> {
    const oid = await this.repo.resolve(rev);
    if (!oid) throw new Missing(`${q(rev)} does not exist.`);
    return oid;
  }

  private async findSubject(tip: string, subject: string): Promise<boolean> {
    return (await this.repo.reachable(tip)).some((c) => subjectOf(c.message) === subject.trim());
  }

  /** Undefined when the check passes; otherwise what is there instead. */
  async failure(check: Check): Promise<string | undefined> {
    const repo = this.repo;
    switch (check.kind) {
      case 'ref-exists':
        return (await repo.resolve(check.ref)) ? undefined : `There is no ${q(check.ref)}.`;
      case 'ref-missing':
        return (await repo.refTarget(check.ref)) ? `${q(check.ref)} still exists.` : undefined;
      case 'same-commit': {
        const [a, b] = [await this.need(check.ref), await this.need(check.as)];
        return a === b ? undefined : `${await this.describeAt(check.ref)} ${await this.describeAt(check.as)}`;
      }
      case 'different-commit': {
        const [a, b] = [await this.need(check.ref), await this.need(check.as)];
        return a !== b ? undefined : `Both are at ${a.slice(0, 7)}.`;
      }
      case 'message': {
        const commit = await repo.commit(await this.need(check.ref));
        const message = commit?.message ?? '';
        const ok = check.equals !== undefined ? message.trim() === check.equals.trim() : new RegExp(check.matches!, 'm').test(message);
        return ok ? undefined : `Its message is ${quote(message.trim().replace(/\n+/g, ' / '))}.`;
      }
      case 'contains':
      case 'not-contains': {
        const tip = await this.need(check.ref);
        let found: boolean;
        if (check.commit !== undefined) found = await repo.isAncestor(await this.need(check.commit), tip);
        else found = await this.findSubject(tip, check.subject!);
        if (check.kind === 'contains') return found ? undefined : `It does not yet. ${await this.describeAt(check.ref)}`;
        return found ? `It still does. ${await this.describeAt(check.ref)}` : undefined;
      }
      case 'ancestor': {
        const [a, b] = [await this.need(check.ref), await this.need(check.of)];
        return (await repo.isAncestor(a, b)) ? undefined : `${await this.describeAt(check.ref)} ${await this.describeAt(check.of)}`;
      }
      case 'head': {
        const head = repo.head();
        if (check.branch !== undefined) {
          if (head.branch === check.branch) return undefined;
          return head.branch !== undefined ? `HEAD is on ${q(head.branch)}.` : `HEAD is detached at ${head.oid!.slice(0, 7)}.`;
        }
        if (head.branch !== undefined) return `HEAD is on the branch ${q(head.branch)}.`;
        if (check.at !== undefined && head.oid !== (await this.need(check.at))) return `HEAD is detached at ${head.oid!.slice(0, 7)}. ${await this.describeAt(check.at)}`;
        return undefined;
      }
      case 'commit-count': {
        const n = (await repo.reachable(await this.need(check.ref))).length;
        return countOk(n, check) ? undefined : `It has ${plural(n, 'commit')}.`;
      }
      case 'merge-count':
      case 'linear': {
        const merges = (await repo.reachable(await this.need(check.ref))).filter((c) => c.parents.length > 1).length;
        if (check.kind === 'linear') return merges === 0 ? undefined : `It has ${plural(merges, 'merge commit')}.`;
        return countOk(merges, check) ? undefined : `It has ${plural(merges, 'merge commit')}.`;
      }
      case 'file': {
        const content = check.ref !== undefined ? await repo.fileAt(await this.need(check.ref), check.path) : repo.workFile(check.path);
        if (check.absent) return content === undefined ? undefined : 'The file is there.';
        if (content === undefined) return 'The file is not there.';
        const problems: string[] = [];
        if (check.equals !== undefined && content !== check.equals && content.replace(/\n$/, '') !== check.equals.replace(/\n$/, '')) problems.push('its text is different');
        if (check.contains !== undefined && !content.includes(check.contains)) problems.push(`it does not contain ${quote(check.contains)}`);
        if (check.lacks !== undefined && content.includes(check.lacks)) problems.push(`it still contains ${quote(check.lacks)}`);
        if (check.matches !== undefined && !new RegExp(check.matches, 'm').test(content)) problems.push('its text does not match');
        if (problems.length === 0) return undefined;
        const shown = content.length > 120 ? `${content.slice(0, 117)}…` : content;
        return `Now ${problems.join(' and ')}: ${quote(shown.replace(/\n$/, '').replace(/\n/g, '⏎'))}.`;
      }
      case 'clean': {
        const dirty: string[] = [];
        for (const [file, state] of await repo.fileStates()) {
          const name = statusName(state);
          if (name === 'unmodified' || name === 'absent' || name === 'ignored') continue;
          if (name === 'untracked' && check.allowUntracked) continue;
          dirty.push(`${file} (${name})`);
        }
        return dirty.length === 0 ? undefined : `Not yet: ${dirty.slice(0, 6).join(', ')}${dirty.length > 6 ? ', …' : ''}.`;
      }
      case 'file-status': {
        const name = statusName((await repo.fileStates()).get(check.path));
        return name === check.status ? undefined : `It is ${STATUS_WORDS[name]}.`;
      }
      case 'stash': {
        const n = await repo.stashSize();
        return countOk(n, check) ? undefined : `It holds ${n === 1 ? '1 entry' : `${n} entries`}.`;
      }
      case 'remote-branch': {
        const url = await repo.config(`remote.${check.remote}.url`);
        if (url === undefined) return `There is no remote called ${q(check.remote)}.`;
        const bareDir = path.resolve(repo.dir, url.replace(/^file:\/\//, ''));
        const inside = path.relative(repo.dir, bareDir);
        if (inside.startsWith('..') || path.isAbsolute(inside)) return `The remote ${q(check.remote)} is outside this sandbox.`;
        const remote = new RepoReader(bareDir, bareDir);
        if (!remote.hasRepository()) return `The remote ${q(check.remote)} is not a repository.`;
        const oid = await remote.refTarget(`refs/heads/${check.branch}`);
        if (check.exists !== undefined) {
          if (check.exists) return oid ? undefined : `The remote has no branch ${q(check.branch)}.`;
          return oid ? `The remote still has ${q(check.branch)}.` : undefined;
        }
        if (!oid) return `The remote has no branch ${q(check.branch)}.`;
        const local = await this.need(check.sameAs!);
        if (local === oid) return undefined;
        const remoteCommit = await remote.commit(oid);
        return `On the remote it is at ${oid.slice(0, 7)} ${quote(subjectOf(remoteCommit?.message ?? ''))}; ${await this.describeAt(check.sameAs!)}`;
      }
      case 'upstream': {
        const remote = await repo.config(`branch.${check.branch}.remote`);
        const merge = await repo.config(`branch.${check.branch}.merge`);
        if (!remote || !merge) return `${q(check.branch)} does not track anything.`;
        const actual = remote === '.' ? merge.replace(/^refs\/heads\//, '') : `${remote}/${merge.replace(/^refs\/heads\//, '')}`;
        return actual === check.upstream ? undefined : `It tracks ${q(actual)}.`;
      }
      case 'no-operation': {
        const running = repo.operations().filter((op) => check.operation === undefined || op === check.operation);
        return running.length === 0 ? undefined : `A ${running.join(' and a ')} is still in progress.`;
      }
      case 'tag': {
        const target = await repo.refTarget(`refs/tags/${check.name}`);
        if (!target) return `There is no tag ${q(check.name)}.`;
        const annotated = (await repo.objectType(target)) === 'tag';
        if (check.annotated === true && !annotated) return `${q(check.name)} is a lightweight tag (made without -a).`;
        if (check.annotated === false && annotated) return `${q(check.name)} is an annotated tag.`;
        if (check.at !== undefined) {
          const commit = await repo.peel(target);
          if (commit !== (await this.need(check.at))) {
            const info = await repo.commit(commit);
            return `It is on ${commit.slice(0, 7)} ${quote(subjectOf(info?.message ?? ''))}.`;
          }
        }
        if (check.message !== undefined) {
          if (!annotated) return `${q(check.name)} has no message: it is a lightweight tag.`;
          const message = await repo.tagMessage(target);
          if (!new RegExp(check.message, 'm').test(message)) return `Its message is ${quote(message.trim())}.`;
        }
        return undefined;
      }
    }
  }
}

class Missing extends Error {}

/** Runs every check of a goal against the repository at `dir`. */
export async function checkGoal(dir: string, checks: readonly Check[]): Promise<GoalResult> {
  const repo = new RepoReader(path.resolve(dir));
  if (!repo.hasRepository()) {
    const results = checks.map((check) => ({ check, passed: false, text: describeCheck(check), detail: 'There is no repository here yet (git init or git clone makes one).' }));
    return { met: false, results };
  }
  const evaluator = new Evaluator(repo);
  const results: CheckResult[] = [];
  for (const check of checks) {
    let detail: string | undefined;
    try {
      detail = await evaluator.failure(check);
    } catch (error) {
      detail = error instanceof Missing ? error.message : `The repository could not be read: ${(error as Error).message}`;
    }
    results.push({ check, passed: detail === undefined, text: describeCheck(check), ...(detail !== undefined ? { detail } : {}) });
  }
  return { met: results.every((r) => r.passed), results };
}
