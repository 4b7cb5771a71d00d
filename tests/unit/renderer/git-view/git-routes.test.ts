import { describe, expect, it } from 'vitest';
import { parseHash, routeToHash } from '../../../../renderer/src/app/router';
import { fileBadge } from '../../../../renderer/src/features/git-sandbox/files-panel';
import { conflictRegions, resolveRegion } from '../../../../renderer/src/features/git-sandbox/conflict-regions';

describe('git routes', () => {
  it('opens a level from #/git/level/<id>, as the search sends it', () => {
    expect(parseHash('#/git/level/first-commit')).toEqual({ view: 'git', levelId: 'first-commit' });
    expect(routeToHash({ view: 'git', levelId: 'first-commit' })).toBe('#/git/level/first-commit');
  });

  it('opens a sandbox from #/git/sandbox/<name>', () => {
    expect(parseHash('#/git/sandbox/My_repo-2')).toEqual({ view: 'git', sandbox: 'My_repo-2' });
    expect(routeToHash({ view: 'git', sandbox: 'My_repo-2' })).toBe('#/git/sandbox/My_repo-2');
  });

  it('falls back to the git home for anything else under #/git', () => {
    for (const hash of ['#/git/level/', '#/git/level/Bad_Id', '#/git/sandbox/..', '#/git/sandbox/-x', '#/git/other/thing']) {
      expect(parseHash(hash), hash).toEqual({ view: 'git' });
    }
  });
});

describe('fileBadge', () => {
  it('names the state a learner needs to act on', () => {
    expect(fileBadge({ path: 'a', staged: 'unmodified', unstaged: 'untracked' })).toBe('untracked');
    expect(fileBadge({ path: 'a', staged: 'unmodified', unstaged: 'modified' })).toBe('modified');
    expect(fileBadge({ path: 'a', staged: 'modified', unstaged: 'unmodified' })).toBe('staged');
    expect(fileBadge({ path: 'a', staged: 'added', unstaged: 'modified' })).toBe('staged-modified');
    expect(fileBadge({ path: 'a', staged: 'conflicted', unstaged: 'conflicted' })).toBe('conflicted');
    expect(fileBadge({ path: 'a', staged: 'deleted', unstaged: 'unmodified' })).toBe('staged-deleted');
    expect(fileBadge({ path: 'a', staged: 'unmodified', unstaged: 'unmodified' })).toBeUndefined();
  });
});

describe('conflictRegions', () => {
  it('finds each region between the markers git writes', () => {
    const text = ['intro', '<<<<<<< HEAD', 'ours', '=======', 'theirs', '>>>>>>> feature', 'middle', '<<<<<<< HEAD', '=======', 'x', '>>>>>>> other'];
    expect(conflictRegions(text)).toEqual([
      { start: 2, middle: 4, end: 6 },
      { start: 8, middle: 9, end: 11 },
    ]);
  });

  it('ignores a half-written region', () => {
    expect(conflictRegions(['<<<<<<< HEAD', 'ours', '>>>>>>> x'])).toEqual([]);
  });
});

describe('resolveRegion', () => {
  const lines = ['top', '<<<<<<< HEAD', 'mine 1', 'mine 2', '=======', 'theirs', '>>>>>>> feature', 'bottom'];
  const [region] = conflictRegions(lines);

  it('keeps one side or both and drops the markers', () => {
    expect(resolveRegion(lines, region!, 'ours')).toEqual(['top', 'mine 1', 'mine 2', 'bottom']);
    expect(resolveRegion(lines, region!, 'theirs')).toEqual(['top', 'theirs', 'bottom']);
    expect(resolveRegion(lines, region!, 'both')).toEqual(['top', 'mine 1', 'mine 2', 'theirs', 'bottom']);
  });
});
