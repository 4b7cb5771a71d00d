import { describe, expect, it } from 'vitest';
import { topoNewestFirst } from '../../../electron/services/git-view/picture';
import { summaryOf } from '../../../electron/services/git-view/levels-adapter';

const c = (oid: string, ctime: number, ...parents: string[]) => ({ oid, parents, ctime });

describe('topoNewestFirst', () => {
  it('puts every parent below its children even when a child has an older date', () => {
    // A rebased commit can carry an earlier date than the commit it now sits on.
    const order = topoNewestFirst([c('base', 100), c('moved', 50, 'middle'), c('middle', 200, 'base')]).map((n) => n.oid);
    expect(order).toEqual(['moved', 'middle', 'base']);
  });

  it('orders independent branches newest first', () => {
    const order = topoNewestFirst([c('root', 1), c('a', 10, 'root'), c('b', 20, 'root'), c('merge', 30, 'a', 'b')]).map((n) => n.oid);
    expect(order).toEqual(['merge', 'b', 'a', 'root']);
  });
});

describe('summaryOf', () => {
  it('takes the first sentence as plain text, keeping code like <branch> intact', () => {
    expect(summaryOf('`git merge <branch>` brings **another** branch in. Then more.')).toBe('git merge <branch> brings another branch in.');
    expect(summaryOf('> A quote first\nand `user_name` stays!')).toBe('A quote first and user_name stays!');
  });
});
