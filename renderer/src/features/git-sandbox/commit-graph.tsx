/**
 * The live commit graph: lanes and edges in SVG, one row per commit with its refs and subject.
 * Nodes, rows and edges are keyed by commit id and move with CSS transitions, so a command that
 * reshapes history (rebase, reset, merge) visibly slides the graph into its new shape.
 */
import { Fragment, useMemo, type CSSProperties } from 'react';
import type { GitCommitNode, GitRepoPicture } from '../../../../electron/shared/git-view';
import { edgePath, layoutGraph } from './graph-layout';

const ROW = 34;
const COL = 20;
const PAD_X = 16;
const PAD_Y = 20;
const RADIUS = 6;

interface RefChip {
  readonly kind: 'head' | 'branch' | 'current' | 'remote' | 'tag' | 'stash';
  readonly label: string;
  readonly title: string;
}

interface CommitGraphProps {
  readonly picture: GitRepoPicture;
  readonly selected?: string;
  readonly onSelect: (oid: string) => void;
}

function chipsByCommit(picture: GitRepoPicture): Map<string, RefChip[]> {
  const map = new Map<string, RefChip[]>();
  const add = (oid: string, chip: RefChip) => map.set(oid, [...(map.get(oid) ?? []), chip]);
  const { head } = picture;
  if (head.oid && !head.attached) add(head.oid, { kind: 'head', label: 'HEAD', title: 'HEAD is detached: it points at this commit, not at a branch' });
  for (const branch of picture.branches) {
    const current = head.attached && head.branch === branch.name;
    add(branch.oid, {
      kind: current ? 'current' : 'branch',
      label: branch.name,
      title: current ? `HEAD → ${branch.name}: the branch you are on` : `branch ${branch.name}${branch.upstream ? ` (tracks ${branch.upstream})` : ''}`,
    });
  }
  for (const remote of picture.remoteBranches) add(remote.oid, { kind: 'remote', label: remote.name, title: `remote-tracking branch ${remote.name}: where ${remote.name.split('/')[0]} was at the last fetch` });
  for (const tag of picture.tags) add(tag.oid, { kind: 'tag', label: tag.name, title: `${tag.annotated ? 'annotated' : 'lightweight'} tag ${tag.name}` });
  for (const entry of picture.stash) add(entry.base, { kind: 'stash', label: `stash@{${entry.index}}`, title: entry.message });
  // The current branch first, then local branches, remote ones, tags and the stash.
  const order: RefChip['kind'][] = ['current', 'head', 'branch', 'remote', 'tag', 'stash'];
  for (const chips of map.values()) chips.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return map;
}

function when(time: number): string {
  return new Date(time * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function CommitGraph({ picture, selected, onSelect }: CommitGraphProps) {
  const layout = useMemo(() => layoutGraph(picture.commits), [picture.commits]);
  const chips = useMemo(() => chipsByCommit(picture), [picture]);
  const byOid = useMemo(() => new Map<string, GitCommitNode>(picture.commits.map((c) => [c.oid, c])), [picture.commits]);
  const lanesWidth = PAD_X * 2 + (layout.width - 1) * COL;
  const height = PAD_Y * 2 + Math.max(0, picture.commits.length - 1) * ROW;
  const x = (col: number) => PAD_X + col * COL;
  const y = (row: number) => PAD_Y + row * ROW;
  const headOid = picture.head.oid;

  if (!picture.initialized || picture.commits.length === 0) {
    return (
      <div className="git-graph git-graph--empty" data-testid="git-graph">
        <div className="git-graph__empty">
          <svg viewBox="0 0 120 60" width="120" height="60" aria-hidden="true">
            <path className="git-graph__ghost-line" d="M14 30 H106" />
            <circle className="git-graph__ghost-node" cx="14" cy="30" r="7" />
            <circle className="git-graph__ghost-node" cx="60" cy="30" r="7" />
            <circle className="git-graph__ghost-node" cx="106" cy="30" r="7" />
          </svg>
          <p>{picture.initialized ? 'No commits yet. Add a file and run git commit.' : 'Not a repository yet. Run git init to start one.'}</p>
        </div>
      </div>
    );
  }

  return (
    <div className="git-graph" data-testid="git-graph" style={{ '--lanes-width': `${lanesWidth}px` } as CSSProperties}>
      <div className="git-graph__canvas" style={{ height }}>
        <svg className="git-graph__svg" width={lanesWidth} height={height} aria-hidden="true">
          {layout.edges.map((edge) => (
            <path
              key={`${edge.from}-${edge.to}`}
              className={`git-graph__edge git-graph__edge--lane${edge.lane % 6}`}
              style={{ d: `path('${edgePath(edge, COL, ROW, PAD_X, PAD_Y)}')` } as CSSProperties}
            />
          ))}
          {layout.nodes.map((node) => {
            const isHead = node.oid === headOid;
            const merge = (byOid.get(node.oid)?.parents.length ?? 0) > 1;
            return (
              <g key={node.oid} className="git-graph__node-group" style={{ transform: `translate(${x(node.col)}px, ${y(node.row)}px)` }}>
                {isHead && <circle className="git-graph__head-ring" r={RADIUS + 4} />}
                <circle
                  className={`git-graph__node git-graph__node--lane${node.col % 6}${merge ? ' git-graph__node--merge' : ''}${node.oid === selected ? ' is-selected' : ''}`}
                  r={RADIUS}
                />
              </g>
            );
          })}
        </svg>
        <ol className="git-graph__rows" aria-label="Commits, newest first">
          {layout.nodes.map((node) => {
            const commit = byOid.get(node.oid)!;
            const refChips = chips.get(node.oid) ?? [];
            const isHead = node.oid === headOid;
            return (
              <li
                key={node.oid}
                className={`git-graph__row${node.oid === selected ? ' is-selected' : ''}${isHead ? ' is-head' : ''}`}
                style={{ transform: `translateY(${y(node.row) - ROW / 2}px)`, height: ROW }}
                data-oid={node.oid}
                data-testid="git-commit"
              >
                <button
                  type="button"
                  className="git-graph__row-button"
                  onClick={() => onSelect(node.oid)}
                  title={`${commit.subject}\n${commit.author}, ${when(commit.time)}`}
                  aria-label={`Commit ${node.oid.slice(0, 7)} ${refChips.map((c) => (c.kind === 'current' ? `HEAD ${c.label} ` : `${c.label} `)).join('')}${commit.subject}`}
                >
                  {/* The spaces between the parts keep the button's text readable as words to assistive tech; flex layout ignores them. */}
                  <span className="git-graph__oid">{node.oid.slice(0, 7)}</span>{' '}
                  {refChips.map((chip) => (
                    <Fragment key={`${chip.kind}:${chip.label}`}>
                      <span className={`git-ref git-ref--${chip.kind}`} title={chip.title} data-testid={`git-ref-${chip.kind}`}>
                        {chip.kind === 'current' && <span className="git-ref__head">HEAD</span>}
                        {chip.kind === 'current' && ' '}
                        {chip.kind === 'tag' && <TagGlyph />}
                        {chip.label}
                      </span>{' '}
                    </Fragment>
                  ))}
                  <span className="git-graph__subject">{commit.subject}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
      {picture.truncated && <p className="git-graph__more">Older commits are not drawn.</p>}
    </div>
  );
}

function TagGlyph() {
  return (
    <svg className="git-ref__glyph" viewBox="0 0 12 12" width="10" height="10" aria-hidden="true">
      <path d="M1.5 1.5h4l5 5-4 4-5-5z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
      <circle cx="4" cy="4" r="0.9" fill="currentColor" />
    </svg>
  );
}
