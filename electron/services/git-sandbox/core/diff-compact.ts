/**
 * xdiff's change compaction (git's xdiffi.c, `xdl_change_compact`), rewritten: after Myers,
 * every group of changed lines slides as far down as identical lines allow; it then lines up
 * with a change on the other side if it can, or else goes where git's indent heuristic scores
 * best. This is what makes `git diff` put an added function after the blank line, not before.
 */

interface Side {
  readonly lines: readonly string[];
  readonly changed: Uint8Array;
}

/** A run of changed lines [start, end) in 0-based line numbers (empty when start === end). */
interface Group {
  start: number;
  end: number;
}

const isChanged = (side: Side, line: number) => side.changed[line + 1] === 1;
const setChanged = (side: Side, line: number, value: number) => {
  side.changed[line + 1] = value;
};

function groupNext(side: Side, g: Group): boolean {
  if (g.end === side.lines.length) return false;
  g.start = g.end + 1;
  g.end = g.start;
  while (isChanged(side, g.end)) g.end++;
  return true;
}

function groupPrevious(side: Side, g: Group): boolean {
  if (g.start === 0) return false;
  g.end = g.start - 1;
  g.start = g.end;
  while (isChanged(side, g.start - 1)) g.start--;
  return true;
}

function slideDown(side: Side, g: Group): boolean {
  if (g.end < side.lines.length && side.lines[g.start] === side.lines[g.end]) {
    setChanged(side, g.start++, 0);
    setChanged(side, g.end++, 1);
    while (isChanged(side, g.end)) g.end++;
    return true;
  }
  return false;
}

function slideUp(side: Side, g: Group): boolean {
  if (g.start > 0 && side.lines[g.start - 1] === side.lines[g.end - 1]) {
    setChanged(side, --g.start, 1);
    setChanged(side, --g.end, 0);
    while (isChanged(side, g.start - 1)) g.start--;
    return true;
  }
  return false;
}

const MAX_INDENT = 200;
const MAX_BLANKS = 20;

function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n += 1;
    else if (c === '\t') n += 8 - (n % 8);
    else if (!/\s/.test(c)) return n;
    if (n >= MAX_INDENT) return MAX_INDENT;
  }
  return -1; // blank
}

interface Score {
  effectiveIndent: number;
  penalty: number;
}

/** git's indent heuristic: how good a place `split` (a line boundary) is for a change to begin or end. */
function addSplitScore(lines: readonly string[], split: number, score: Score): void {
  const endOfFile = split >= lines.length;
  const indent = endOfFile ? -1 : indentOf(lines[split]!);
  let preBlank = 0;
  let preIndent = -1;
  for (let i = split - 1; i >= 0; i--) {
    preIndent = indentOf(lines[i]!);
    if (preIndent !== -1) break;
    preBlank++;
    if (preBlank === MAX_BLANKS) {
      preIndent = 0;
      break;
    }
  }
  let postBlank = 0;
  let postIndent = -1;
  for (let i = split + 1; i < lines.length; i++) {
    postIndent = indentOf(lines[i]!);
    if (postIndent !== -1) break;
    postBlank++;
    if (postBlank === MAX_BLANKS) {
      postIndent = 0;
      break;
    }
  }
  if (preIndent === -1 && preBlank === 0) score.penalty += 1; // start of file
  if (endOfFile) score.penalty += 21;
  const post = indent === -1 ? 1 + postBlank : 0;
  const totalBlank = preBlank + post;
  score.penalty += -30 * totalBlank + 6 * post;
  const effective = indent !== -1 ? indent : postIndent;
  const anyBlanks = totalBlank !== 0;
  score.effectiveIndent += effective;
  if (effective === -1 || preIndent === -1) return;
  if (effective > preIndent) score.penalty += anyBlanks ? 10 : -4;
  else if (effective < preIndent) {
    if (postIndent !== -1 && postIndent > effective) score.penalty += anyBlanks ? 17 : 24;
    else score.penalty += anyBlanks ? 17 : 23;
  }
}

function compareScores(x: Score, y: Score): number {
  return 60 * Math.sign(x.effectiveIndent - y.effectiveIndent) + (x.penalty - y.penalty);
}

/** xdiff's xdl_change_compact for one side, keeping `other` in step. */
function compact(side: Side, other: Side): void {
  const g: Group = { start: 0, end: 0 };
  while (isChanged(side, g.end)) g.end++;
  const go: Group = { start: 0, end: 0 };
  while (isChanged(other, go.end)) go.end++;
  for (;;) {
    if (g.end !== g.start) {
      let groupSize: number;
      let earliestEnd: number;
      let endMatchingOther: number;
      do {
        groupSize = g.end - g.start;
        endMatchingOther = -1;
        while (slideUp(side, g)) groupPrevious(other, go);
        earliestEnd = g.end;
        if (go.end > go.start) endMatchingOther = g.end;
        while (slideDown(side, g)) {
          groupNext(other, go);
          if (go.end > go.start) endMatchingOther = g.end;
        }
      } while (groupSize !== g.end - g.start);
      if (g.end === earliestEnd) {
        // no room to move
      } else if (endMatchingOther !== -1) {
        while (go.end === go.start) {
          slideUp(side, g);
          groupPrevious(other, go);
        }
      } else {
        let shift = Math.max(earliestEnd, g.end - groupSize - 1, g.end - 100);
        let bestShift = -1;
        let best: Score = { effectiveIndent: 0, penalty: 0 };
        for (; shift <= g.end; shift++) {
          const score: Score = { effectiveIndent: 0, penalty: 0 };
          addSplitScore(side.lines, shift, score);
          addSplitScore(side.lines, shift - groupSize, score);
          if (bestShift === -1 || compareScores(score, best) <= 0) {
            best = score;
            bestShift = shift;
          }
        }
        while (g.end > bestShift) {
          slideUp(side, g);
          groupPrevious(other, go);
        }
      }
    }
    if (!groupNext(side, g)) break;
    groupNext(other, go);
  }
}

/**
 * Compacts both sides' change marks in place. `changedX[i + 1]` is 1 when line i is changed;
 * index 0 and n + 1 are always-0 sentinels.
 */
export function compactChanges(a: readonly string[], changedA: Uint8Array, b: readonly string[], changedB: Uint8Array): void {
  compact({ lines: a, changed: changedA }, { lines: b, changed: changedB });
  compact({ lines: b, changed: changedB }, { lines: a, changed: changedA });
}
