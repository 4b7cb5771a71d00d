/**
 * A stand-in for git's patch-id: a fingerprint of the change a commit makes that ignores
 * line numbers and whitespace, so the same change cherry-picked elsewhere has the same one.
 * `git rebase` leaves out commits whose change is already upstream; so do we.
 */
import crypto from 'node:crypto';
import { diffFileMaps, unifiedHunks } from '../core/diff';
import type { ObjectStore } from '../core/objects';
import { ancestors } from './graph';

/** The fingerprint of a single-parent commit's change (undefined for merges). */
export function patchId(objects: ObjectStore, oid: string): string | undefined {
  const commit = objects.readCommit(oid);
  if (commit.parents.length > 1) return undefined;
  const before = objects.flattenTree(commit.parents[0] ? objects.readCommit(commit.parents[0]).tree : undefined);
  const after = objects.flattenTree(commit.tree);
  const hash = crypto.createHash('sha1');
  const text = (side: { oid: string } | undefined): string => (side ? objects.readBlob(side.oid).toString('utf8') : '');
  for (const change of diffFileMaps(before, after, false)) {
    hash.update(`${change.path}\0${change.old?.mode ?? ''}\0${change.new?.mode ?? ''}\0`);
    for (const line of unifiedHunks(text(change.old), text(change.new)).text) {
      if (line.startsWith('@@')) continue;
      hash.update(line.replace(/\s+/g, ''));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

/**
 * Drops from `plan` the commits whose change upstream already has (commits reachable from
 * `upstream` but not from `head`), as `git rebase` does by default.
 */
export function withoutAppliedChanges(objects: ObjectStore, upstream: string, head: string, plan: readonly string[]): { keep: string[]; skipped: string[] } {
  const mine = ancestors(objects, [head]);
  const theirs = [...ancestors(objects, [upstream])].filter((oid) => !mine.has(oid));
  if (theirs.length === 0) return { keep: [...plan], skipped: [] };
  const applied = new Set(theirs.map((oid) => patchId(objects, oid)).filter((id): id is string => id !== undefined));
  const keep: string[] = [];
  const skipped: string[] = [];
  for (const oid of plan) (applied.has(patchId(objects, oid) ?? '') ? skipped : keep).push(oid);
  return { keep, skipped };
}
