import { describe, expect, it } from 'vitest';
import { edgePath, layoutGraph } from '../../../../renderer/src/features/git-sandbox/graph-layout';

const c = (oid: string, ...parents: string[]) => ({ oid, parents });

describe('layoutGraph', () => {
  it('keeps a straight history in one lane', () => {
    const layout = layoutGraph([c('c3', 'c2'), c('c2', 'c1'), c('c1')]);
    expect(layout.width).toBe(1);
    expect(layout.nodes.map((n) => n.col)).toEqual([0, 0, 0]);
    expect(layout.edges).toEqual([
      { from: 'c3', to: 'c2', fromRow: 0, fromCol: 0, lane: 0, toRow: 1, toCol: 0 },
      { from: 'c2', to: 'c1', fromRow: 1, fromCol: 0, lane: 0, toRow: 2, toCol: 0 },
    ]);
  });

  it('puts a branch beside main and brings it back at the fork', () => {
    // main: m2 -> base; feature: f2 -> f1 -> base
    const layout = layoutGraph([c('f2', 'f1'), c('m2', 'base'), c('f1', 'base'), c('base')]);
    const col = Object.fromEntries(layout.nodes.map((n) => [n.oid, n.col]));
    expect(col).toEqual({ f2: 0, m2: 1, f1: 0, base: 0 });
    const join = layout.edges.find((e) => e.from === 'm2')!;
    expect(join).toMatchObject({ lane: 1, toCol: 0, toRow: 3 });
    expect(layout.width).toBe(2);
  });

  it('draws a merge commit with its second parent in its own lane', () => {
    const layout = layoutGraph([c('merge', 'm1', 'f1'), c('f1', 'base'), c('m1', 'base'), c('base')]);
    const col = Object.fromEntries(layout.nodes.map((n) => [n.oid, n.col]));
    expect(col.merge).toBe(0);
    expect(col.m1).toBe(0);
    expect(col.f1).toBe(1);
    expect(col.base).toBe(0);
    const second = layout.edges.find((e) => e.from === 'merge' && e.to === 'f1')!;
    expect(second).toMatchObject({ fromCol: 0, lane: 1, toCol: 1 });
  });

  it('reuses freed lanes so unrelated branches do not widen the graph forever', () => {
    const layout = layoutGraph([c('a2', 'a1'), c('a1'), c('b2', 'b1'), c('b1')]);
    expect(layout.nodes.map((n) => n.col)).toEqual([0, 0, 0, 0]);
  });

  it('sends an edge to a parent that is not shown off the bottom', () => {
    const layout = layoutGraph([c('x', 'hidden')]);
    expect(layout.edges[0]).toMatchObject({ toRow: 1, toCol: 0 });
  });
});

describe('edgePath', () => {
  it('is a straight line within one lane', () => {
    expect(edgePath({ from: 'a', to: 'b', fromRow: 0, fromCol: 0, lane: 0, toRow: 1, toCol: 0 }, 20, 30, 10, 10)).toBe('M 10 10 L 10 37 L 10 37 L 10 40');
  });
  it('curves when it changes lane', () => {
    const d = edgePath({ from: 'a', to: 'b', fromRow: 0, fromCol: 1, lane: 1, toRow: 3, toCol: 0 }, 20, 30, 10, 10);
    expect(d.startsWith('M 30 10')).toBe(true);
    expect(d.endsWith('10 100')).toBe(true);
    expect(d).toContain('C');
  });
});
