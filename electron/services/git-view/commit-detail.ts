/** One commit for the graph's detail panel: message, author, changed files and the diff. */
import type { GitCommitDetail } from '../../shared/git-view';
import type { SandboxContext } from '../git-sandbox/context';
import { diffFileMaps, isBinary, unifiedHunks } from '../git-sandbox/core/diff';

/** Longest diff sent to the view; the rest is cut with a note. */
const MAX_DIFF_CHARS = 200_000;

export function commitDetail(ctx: SandboxContext, oid: string): GitCommitDetail {
  const { objects } = ctx.repo();
  if (!objects.tryRead(oid)) throw new Error(`There is no commit ${oid.slice(0, 7)} in this repository.`);
  const commit = objects.readCommit(oid);
  const parent = commit.parents[0];
  const before = objects.flattenTree(parent ? objects.readCommit(parent).tree : undefined);
  const after = objects.flattenTree(commit.tree);
  const changes = diffFileMaps(before, after, false);
  const lines: string[] = [];
  for (const change of changes) {
    const oldBytes = change.old ? objects.readBlob(change.old.oid) : Buffer.alloc(0);
    const newBytes = change.new ? objects.readBlob(change.new.oid) : Buffer.alloc(0);
    lines.push(`diff --git a/${change.path} b/${change.path}`);
    if (change.kind === 'A') lines.push(`new file mode ${change.new!.mode}`);
    if (change.kind === 'D') lines.push(`deleted file mode ${change.old!.mode}`);
    if (isBinary(oldBytes) || isBinary(newBytes)) {
      lines.push(`Binary files differ`);
      continue;
    }
    lines.push(change.old ? `--- a/${change.path}` : '--- /dev/null', change.new ? `+++ b/${change.path}` : '+++ /dev/null');
    lines.push(...unifiedHunks(oldBytes.toString('utf8'), newBytes.toString('utf8')).text);
  }
  let diff = lines.join('\n');
  if (diff.length > MAX_DIFF_CHARS) diff = `${diff.slice(0, MAX_DIFF_CHARS)}\n… (the rest of the diff is cut here)`;
  return {
    oid,
    parents: commit.parents,
    message: commit.message,
    author: { name: commit.author.name, email: commit.author.email, time: commit.author.timestamp },
    files: changes.map((c) => ({ path: c.path, change: c.kind === 'A' ? 'added' : c.kind === 'D' ? 'deleted' : 'modified' })),
    diff,
  };
}
