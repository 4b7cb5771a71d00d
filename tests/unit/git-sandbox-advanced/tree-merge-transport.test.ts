import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ObjectStore, type Signature } from '../../../electron/services/git-sandbox/core/objects';
import { SandboxFs } from '../../../electron/services/git-sandbox/jail';
import { DEFAULT_LIMITS } from '../../../electron/services/git-sandbox/limits';
import { copyReachable } from '../../../electron/services/git-sandbox/advanced/transport';
import { mergeTrees } from '../../../electron/services/git-sandbox/advanced/tree-merge';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function store(gitdir = '.git'): ObjectStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-tm-'));
  dirs.push(dir);
  return new ObjectStore(new SandboxFs(dir, DEFAULT_LIMITS), gitdir);
}

function tree(objects: ObjectStore, files: Record<string, string>): string {
  return objects.writeTreeFromPaths(Object.entries(files).map(([p, text]) => ({ path: p, mode: '100644', oid: objects.writeBlob(text) })));
}

const who: Signature = { name: 'A', email: 'a@x', timestamp: 1_700_000_000, tz: '+0000' };

describe('tree merge', () => {
  it('takes one-sided changes and merges both-sided text changes cleanly', () => {
    const objects = store();
    const base = tree(objects, { 'a.txt': '1\n2\n3\n4\n5\n', 'keep.txt': 'k\n', 'gone.txt': 'g\n' });
    const ours = tree(objects, { 'a.txt': 'one\n2\n3\n4\n5\n', 'keep.txt': 'k\n', 'gone.txt': 'g\n', 'new.txt': 'n\n' });
    const theirs = tree(objects, { 'a.txt': '1\n2\n3\n4\nfive\n', 'keep.txt': 'k\n' });
    const result = mergeTrees(objects, base, ours, theirs, { ours: 'HEAD', theirs: 'feature' });
    expect(result.conflicts).toEqual([]);
    expect([...result.files.keys()]).toEqual(['a.txt', 'keep.txt', 'new.txt']);
    expect(objects.readBlob(result.files.get('a.txt')!.oid).toString()).toBe('one\n2\n3\n4\nfive\n');
    expect(result.messages).toEqual(['Auto-merging a.txt']);
  });

  it('reports content, add/add and modify/delete conflicts with git’s wording and stages', () => {
    const objects = store();
    const base = tree(objects, { f: 'a\n', d: 'x\n', m: 'k\n' });
    const ours = tree(objects, { f: 'ours\n', d: 'x2\n', n: 'other\n' });
    const theirs = tree(objects, { f: 'theirs\n', m: 'k2\n', n: 'new\n' });
    const result = mergeTrees(objects, base, ours, theirs, { ours: 'HEAD', theirs: 'feature' });
    expect(result.messages).toEqual([
      'CONFLICT (modify/delete): d deleted in feature and modified in HEAD.  Version HEAD of d left in tree.',
      'Auto-merging f',
      'CONFLICT (content): Merge conflict in f',
      'CONFLICT (modify/delete): m deleted in HEAD and modified in feature.  Version feature of m left in tree.',
      'Auto-merging n',
      'CONFLICT (add/add): Merge conflict in n',
    ]);
    const kinds = Object.fromEntries(result.conflicts.map((c) => [c.path, [c.kind, !!c.base, !!c.ours, !!c.theirs]]));
    expect(kinds).toEqual({
      d: ['modify/delete', true, true, false],
      f: ['content', true, true, true],
      m: ['delete/modify', true, false, true],
      n: ['add/add', false, true, true],
    });
    expect(objects.readBlob(result.files.get('n')!.oid).toString()).toBe('<<<<<<< HEAD\nother\n=======\nnew\n>>>>>>> feature\n');
  });
});

describe('object transport', () => {
  it('copies only what the target lacks, and everything reachable', () => {
    const from = store();
    const to = store('remote.git');
    const t1 = tree(from, { 'a.txt': 'one\n' });
    const c1 = from.writeCommit({ tree: t1, parents: [], author: who, committer: who, message: 'first\n' });
    const t2 = tree(from, { 'a.txt': 'one\n', 'sub/b.txt': 'two\n' });
    const c2 = from.writeCommit({ tree: t2, parents: [c1], author: who, committer: who, message: 'second\n' });
    expect(copyReachable(from, to, [c1])).toBe(3);
    expect(to.has(c1) && to.has(t1)).toBe(true);
    // The second commit brings itself, its root tree, the new sub tree and the new blob.
    expect(copyReachable(from, to, [c2])).toBe(4);
    expect(to.readCommit(c2).parents).toEqual([c1]);
    expect(to.readBlob(to.flattenTree(to.readCommit(c2).tree).get('sub/b.txt')!.oid).toString()).toBe('two\n');
    expect(copyReachable(from, to, [c2])).toBe(0);
  });
});
