/**
 * The ASCII graph of `git log --graph`: one column per line of history, `*` for the commit,
 * `|\` where a merge opens a column, `|/` where two columns meet again. It follows git's
 * drawing for the shapes learners meet (linear runs, branches, merges), with simpler
 * spacing in crowded cases.
 */
import type { SandboxContext } from '../context';

export interface GraphRow {
  /** Prefix for the commit's first line ('* ', '| * ', '*   ' for a merge). */
  readonly commitPrefix: string;
  /** Prefix for the commit's other lines. */
  readonly continuation: string;
  /** Lines drawn after the commit (merge openings and joins). */
  readonly after: readonly string[];
}

export class GraphDrawer {
  private columns: string[] = [];
  /** Columns that just arrived diagonally, when the last line drawn was a join ('|/'). */
  private slidIn = new Set<number>();

  constructor(
    private readonly ctx: SandboxContext,
    private readonly shown: ReadonlySet<string>,
  ) {}

  row(oid: string): GraphRow {
    let index = this.columns.indexOf(oid);
    if (index === -1) {
      this.columns.push(oid);
      index = this.columns.length - 1;
    }
    const parents = this.ctx.repo().objects.readCommit(oid).parents.filter((p) => this.shown.has(p));
    // A column still sliding left after a join is drawn as '/' on the commit line too (git does).
    const leaving = new Set<number>();
    if (parents.length === 1) {
      const after = [...this.columns];
      after[index] = parents[0]!;
      after.forEach((c, i) => {
        if (i > index && (after.indexOf(c) < i || after.slice(index + 1, i).some((x, k) => after.indexOf(x) < index + 1 + k))) leaving.add(i);
      });
    }
    const marks = this.columns.map((_, i) => (i === index ? '*' : i > index && this.slidIn.has(i) && leaving.has(i) ? '/' : '|'));
    let commitPrefix = `${marks.join(' ')} `;
    if (parents.length > 1) commitPrefix = `${marks.join(' ')}${'  '.repeat(parents.length - 1)} `;
    const after: string[] = [];
    const next = [...this.columns];
    if (parents.length === 0) next.splice(index, 1);
    else {
      next[index] = parents[0]!;
      const extra = parents.slice(1).filter((p) => !next.includes(p));
      next.splice(index + 1, 0, ...extra);
      if (parents.length > 1) {
        const left = next.slice(0, index).map(() => '|');
        const opened = extra.map(() => '\\');
        const right = this.columns.slice(index + 1).map(() => '\\');
        after.push(`${[...left, '|'].join(' ')}${opened.join(' ')}${right.length ? ` ${right.join(' ')}` : ''}  `.replace(/\| \\/g, '|\\'));
      }
    }
    // Join columns that now wait for the same commit.
    this.slidIn = new Set();
    for (let i = next.length - 1; i > 0; i--) {
      const first = next.indexOf(next[i]!);
      if (first === i) continue;
      const cells = next.map((_, c) => (c < i ? '|' : '/'));
      const width = next.length * 2;
      next.splice(i, 1);
      after.push(`${cells.slice(0, i).join(' ')}${cells.slice(i).join(' ')}  `.replace(/\| ?\//, '|/'));
      // A lane joining a column further left crosses the ones between, one column per line.
      for (let k = i - 1; k > first; k--) {
        const chars = next.flatMap((_, c) => (c < next.length - 1 ? ['|', ' '] : ['|']));
        chars[2 * k - 1] = '/';
        after.push(chars.join('').padEnd(width, ' '));
      }
      // Lanes drawn with '/' on the last line count as sliding into their new column.
      this.slidIn = i - 1 > first ? new Set([first]) : new Set(Array.from({ length: next.length - (i - 1) }, (_, k) => i - 1 + k));
    }
    this.columns = next;
    const continuation = this.columns.length ? `${this.columns.map(() => '|').join(' ')} ` : '  ';
    return { commitPrefix, continuation, after };
  }
}
