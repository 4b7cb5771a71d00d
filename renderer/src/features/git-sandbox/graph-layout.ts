/**
 * Lanes for the commit graph. Commits arrive newest first with every parent below its
 * children; each commit takes the lane that was waiting for it (the leftmost when several
 * were), its first parent inherits that lane, and other parents take a free lane. Edges run
 * down the lane they were given and bend into the parent's lane on the parent's row.
 */

export interface LayoutCommit {
  readonly oid: string;
  readonly parents: readonly string[];
}

export interface LaidOutNode {
  readonly oid: string;
  readonly row: number;
  readonly col: number;
}

export interface LaidOutEdge {
  readonly from: string;
  readonly to: string;
  readonly fromRow: number;
  readonly fromCol: number;
  /** The lane the edge travels down. */
  readonly lane: number;
  /** The parent's row, or the row below the last when the parent is not shown. */
  readonly toRow: number;
  readonly toCol: number;
}

export interface GraphLayout {
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
  /** Lanes used (at least 1). */
  readonly width: number;
}

export function layoutGraph(commits: readonly LayoutCommit[]): GraphLayout {
  const lanes: (string | null)[] = [];
  const nodes: LaidOutNode[] = [];
  const position = new Map<string, LaidOutNode>();
  const pending: { from: string; to: string; fromRow: number; fromCol: number; lane: number }[] = [];
  let width = 1;

  const freeLane = (): number => {
    const index = lanes.indexOf(null);
    if (index !== -1) return index;
    lanes.push(null);
    return lanes.length - 1;
  };

  commits.forEach((commit, row) => {
    let col = lanes.indexOf(commit.oid);
    if (col === -1) col = freeLane();
    // Every other lane that was waiting for this commit ends here.
    for (let i = 0; i < lanes.length; i++) if (lanes[i] === commit.oid) lanes[i] = null;
    const node = { oid: commit.oid, row, col };
    nodes.push(node);
    position.set(commit.oid, node);

    commit.parents.forEach((parent, index) => {
      let lane: number;
      if (index === 0) lane = col;
      else {
        const waiting = lanes.indexOf(parent);
        lane = waiting !== -1 ? waiting : freeLane();
      }
      if (lanes[lane] === null || lanes[lane] === undefined) lanes[lane] = parent;
      else if (lanes[lane] !== parent) {
        lane = freeLane();
        lanes[lane] = parent;
      }
      pending.push({ from: commit.oid, to: parent, fromRow: row, fromCol: col, lane });
    });
    while (lanes.length > 0 && lanes[lanes.length - 1] === null) lanes.pop();
    width = Math.max(width, col + 1, lanes.length);
  });

  const edges = pending.map((edge): LaidOutEdge => {
    const target = position.get(edge.to);
    return target
      ? { ...edge, toRow: target.row, toCol: target.col }
      : { ...edge, toRow: commits.length, toCol: edge.lane };
  });
  return { nodes, edges, width };
}

/** The SVG path of an edge, for a grid of `colWidth` × `rowHeight` cells. */
export function edgePath(edge: LaidOutEdge, colWidth: number, rowHeight: number, x0: number, y0: number): string {
  const x = (col: number) => x0 + col * colWidth;
  const y = (row: number) => y0 + row * rowHeight;
  const startX = x(edge.fromCol);
  const startY = y(edge.fromRow);
  const laneX = x(edge.lane);
  const endX = x(edge.toCol);
  const endY = y(edge.toRow);
  const bend = rowHeight * 0.9;
  // Leave the child's row into the lane, travel down it, then join the parent on its row.
  const leave = startX === laneX ? `L ${laneX} ${startY + bend}` : `C ${startX} ${startY + bend * 0.6}, ${laneX} ${startY + bend * 0.4}, ${laneX} ${startY + bend}`;
  const joinFrom = Math.max(startY + bend, endY - bend);
  const join = laneX === endX ? `L ${endX} ${endY}` : `C ${laneX} ${joinFrom + bend * 0.6}, ${endX} ${joinFrom + bend * 0.4}, ${endX} ${endY}`;
  return `M ${startX} ${startY} ${leave} L ${laneX} ${joinFrom} ${join}`;
}
