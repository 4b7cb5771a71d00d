/**
 * Where everything sits on the roadmap map: pure geometry, no React.
 *
 * Sections are blocks laid out in rows that snake left-to-right, then right-to-left, like a
 * road winding down a page. Each block has a header card on the road and its topics hanging
 * below it. The road runs through every header in reading order and turns in the margins.
 */

export const MAP_METRICS = {
  blockWidth: 248,
  headerHeight: 118,
  nodeHeight: 40,
  nodeGap: 8,
  nodeIndent: 18,
  /** Space between the header and its first topic. */
  stemGap: 16,
  /** Height of the "add your own topic" slot at the end of each block. */
  addHeight: 32,
  columnGap: 56,
  rowGap: 64,
  margin: 44,
  /** The road's corner radius where it turns between rows. */
  turnRadius: 28,
  maxColumns: 10,
} as const;

export interface LayoutSectionInput {
  readonly id: string;
  readonly topicIds: readonly string[];
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SectionBox {
  readonly id: string;
  readonly index: number;
  /** The row of the snake; even rows run left to right. */
  readonly row: number;
  readonly header: Rect;
  readonly addSlot: Rect | undefined;
  /** The vertical line from the header down to the last topic. */
  readonly stem: { readonly x: number; readonly top: number; readonly bottom: number };
}

export interface NodeBox extends Rect {
  readonly topicId: string;
  readonly sectionId: string;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly sections: readonly SectionBox[];
  readonly nodes: readonly NodeBox[];
  /** The road as an SVG path through every header, in order. */
  readonly road: string;
}

/** How many columns fit in a viewport of the given width (at zoom 1). */
export function columnsFor(viewportWidth: number, sectionCount: number): number {
  const m = MAP_METRICS;
  const usable = viewportWidth - 2 * m.margin + m.columnGap;
  const fit = Math.floor(usable / (m.blockWidth + m.columnGap));
  return Math.max(1, Math.min(m.maxColumns, fit, Math.max(1, sectionCount)));
}

function blockHeight(topicCount: number, withAddSlot: boolean): number {
  const m = MAP_METRICS;
  const topics = topicCount * m.nodeHeight + Math.max(0, topicCount - 1) * m.nodeGap;
  const add = withAddSlot ? m.addHeight + (topicCount > 0 ? m.nodeGap : 0) : 0;
  const below = topics + add;
  return m.headerHeight + (below > 0 ? m.stemGap + below : 0);
}

/** Lays the sections out in `columns` columns. `withAddSlots` leaves room for the add buttons. */
export function layoutMap(sections: readonly LayoutSectionInput[], columns: number, withAddSlots = true): MapLayout {
  const m = MAP_METRICS;
  const cols = Math.max(1, Math.min(columns, Math.max(1, sections.length)));
  const width = 2 * m.margin + cols * m.blockWidth + (cols - 1) * m.columnGap;
  const boxes: SectionBox[] = [];
  const nodes: NodeBox[] = [];
  let rowTop = m.margin;
  for (let start = 0; start < sections.length; start += cols) {
    const row = sections.slice(start, start + cols);
    const rowIndex = start / cols;
    let rowHeight = 0;
    row.forEach((section, i) => {
      const column = rowIndex % 2 === 0 ? i : cols - 1 - i;
      const x = m.margin + column * (m.blockWidth + m.columnGap);
      const header: Rect = { x, y: rowTop, width: m.blockWidth, height: m.headerHeight };
      let y = rowTop + m.headerHeight + m.stemGap;
      const nodeX = x + m.nodeIndent;
      const nodeWidth = m.blockWidth - m.nodeIndent;
      let lastCentre = rowTop + m.headerHeight;
      for (const topicId of section.topicIds) {
        nodes.push({ topicId, sectionId: section.id, x: nodeX, y, width: nodeWidth, height: m.nodeHeight });
        lastCentre = y + m.nodeHeight / 2;
        y += m.nodeHeight + m.nodeGap;
      }
      let addSlot: Rect | undefined;
      if (withAddSlots) {
        addSlot = { x: nodeX, y, width: nodeWidth, height: m.addHeight };
        lastCentre = y + m.addHeight / 2;
      }
      boxes.push({
        id: section.id,
        index: start + i,
        row: rowIndex,
        header,
        addSlot,
        stem: { x: x + m.nodeIndent / 2, top: rowTop + m.headerHeight, bottom: lastCentre },
      });
      rowHeight = Math.max(rowHeight, blockHeight(section.topicIds.length, withAddSlots));
    });
    rowTop += rowHeight + m.rowGap;
  }
  const height = sections.length === 0 ? 2 * m.margin : rowTop - m.rowGap + m.margin;
  return { width, height, columns: cols, sections: boxes, nodes, road: roadPath(boxes, width) };
}

/** The road: from the left margin, through every header centre, turning in the side margins. */
function roadPath(boxes: readonly SectionBox[], width: number): string {
  const m = MAP_METRICS;
  if (boxes.length === 0) return '';
  const centre = (b: SectionBox) => ({ x: b.header.x + b.header.width / 2, y: b.header.y + b.header.height / 2 });
  // Even rows run left to right, so they end (and turn) at the right margin.
  const endEdge = (row: number) => (row % 2 === 0 ? width - m.margin / 2 : m.margin / 2);
  const first = centre(boxes[0]!);
  const parts = [`M ${m.margin / 2} ${first.y}`, `L ${first.x} ${first.y}`];
  for (let k = 1; k < boxes.length; k += 1) {
    const previous = boxes[k - 1]!;
    const a = centre(previous);
    const b = centre(boxes[k]!);
    if (boxes[k]!.row === previous.row) {
      parts.push(`L ${b.x} ${b.y}`);
      continue;
    }
    const edge = endEdge(previous.row);
    const dir = edge > a.x ? 1 : -1;
    const r = Math.min(m.turnRadius, (b.y - a.y) / 2);
    parts.push(
      `L ${edge - dir * r} ${a.y}`,
      `Q ${edge} ${a.y} ${edge} ${a.y + r}`,
      `L ${edge} ${b.y - r}`,
      `Q ${edge} ${b.y} ${edge - dir * r} ${b.y}`,
      `L ${b.x} ${b.y}`,
    );
  }
  const last = boxes[boxes.length - 1]!;
  parts.push(`L ${endEdge(last.row)} ${centre(last).y}`);
  return parts.join(' ');
}

/** Where the road ends: the finish flag sits there. */
export function roadEnd(layout: MapLayout): { x: number; y: number } | undefined {
  const last = layout.sections[layout.sections.length - 1];
  if (!last) return undefined;
  const m = MAP_METRICS;
  return { x: last.row % 2 === 0 ? layout.width - m.margin / 2 : m.margin / 2, y: last.header.y + last.header.height / 2 };
}

/**
 * The largest zoom (never above 1) at which the whole map fits the viewport, letting the map
 * take more columns as it gets smaller. Returns the zoom; the caller lays out for it.
 */
export function fitZoom(sections: readonly LayoutSectionInput[], viewport: { width: number; height: number }, withAddSlots = true): number {
  if (viewport.width <= 0 || viewport.height <= 0) return 1;
  for (let zoom = 1; zoom >= MIN_ZOOM; zoom = Math.round((zoom - 0.01) * 100) / 100) {
    const layout = layoutMap(sections, columnsFor(viewport.width / zoom, sections.length), withAddSlots);
    if (layout.width * zoom <= viewport.width && layout.height * zoom <= viewport.height) return zoom;
  }
  return MIN_ZOOM;
}

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 1.75;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom * 100) / 100));
}

/** The next zoom step up or down, on a friendly ladder of percentages. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const ladder = [0.2, 0.25, 0.33, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75];
  if (direction > 0) return ladder.find((z) => z > zoom + 0.001) ?? MAX_ZOOM;
  return [...ladder].reverse().find((z) => z < zoom - 0.001) ?? MIN_ZOOM;
}
