import { describe, expect, it } from 'vitest';
import { columnsFor, fitZoom, layoutMap, MAP_METRICS, roadEnd, stepZoom } from '../../../renderer/src/features/roadmap/map-layout';

const sections = (sizes: readonly number[]) =>
  sizes.map((n, s) => ({ id: `s${s}`, topicIds: Array.from({ length: n }, (_, t) => `s${s}-t${t}`) }));

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('roadmap map layout', () => {
  it('places every topic once, below its own section header, without overlaps', () => {
    const layout = layoutMap(sections([3, 7, 2, 5, 4]), 3);
    expect(layout.nodes.map((n) => n.topicId)).toHaveLength(21);
    const boxes = [...layout.sections.map((s) => s.header), ...layout.nodes, ...layout.sections.flatMap((s) => (s.addSlot ? [s.addSlot] : []))];
    for (let i = 0; i < boxes.length; i += 1) for (let j = i + 1; j < boxes.length; j += 1) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    for (const node of layout.nodes) {
      const header = layout.sections.find((s) => s.id === node.sectionId)!.header;
      expect(node.y).toBeGreaterThan(header.y + header.height);
      expect(node.x).toBeGreaterThanOrEqual(header.x);
      expect(node.x + node.width).toBeLessThanOrEqual(header.x + header.width);
    }
    for (const box of boxes) {
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('snakes: the second row runs right to left, so the road never jumps across the map', () => {
    const layout = layoutMap(sections([1, 1, 1, 1, 1, 1]), 3);
    const xs = layout.sections.map((s) => s.header.x);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    expect(xs[3]).toBe(xs[2]); // the fourth section sits below the third
    expect(xs[4]).toBeLessThan(xs[3]!);
    expect(layout.sections.map((s) => s.row)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(roadEnd(layout)!.x).toBeLessThan(xs[5]!); // the second row ends at the left margin
  });

  it('chooses as many columns as fit, at least one', () => {
    const m = MAP_METRICS;
    expect(columnsFor(200, 10)).toBe(1);
    const three = 2 * m.margin + 3 * m.blockWidth + 2 * m.columnGap;
    expect(columnsFor(three, 10)).toBe(3);
    expect(columnsFor(three - 1, 10)).toBe(2);
    expect(columnsFor(10_000, 4)).toBe(4);
  });

  it('fits the whole map by zooming out and taking more columns, never zooming in past 100%', () => {
    const input = sections(Array.from({ length: 26 }, (_, i) => 3 + (i % 9)));
    const viewport = { width: 1040, height: 640 };
    const zoom = fitZoom(input, viewport);
    expect(zoom).toBeLessThan(1);
    const layout = layoutMap(input, columnsFor(viewport.width / zoom, input.length));
    expect(layout.width * zoom).toBeLessThanOrEqual(viewport.width);
    expect(layout.height * zoom).toBeLessThanOrEqual(viewport.height);
    expect(fitZoom(sections([2]), viewport)).toBe(1);
  });

  it('steps zoom along a ladder and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.2, -1)).toBe(0.2);
    expect(stepZoom(1.75, 1)).toBe(1.75);
  });
});
