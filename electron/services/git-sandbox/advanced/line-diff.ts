/**
 * Line diff as git's xdiff computes it for merges: histogram diff (merge-ort hardcodes it),
 * then xdiff's "change compaction" that slides each group of changed lines as far down as
 * it goes and back up to line up with the other side. Matching git's choice of hunks is
 * what makes our conflict markers land on exactly the lines git would mark.
 *
 * Lines are kept with their terminating "\n" (the last line may lack it), and files are
 * handled as latin1 strings so every byte survives untouched.
 */

/** One hunk: `chg1` lines at `i1` in the old file became `chg2` lines at `i2` in the new. */
export interface LineChange {
  readonly i1: number;
  readonly i2: number;
  readonly chg1: number;
  readonly chg2: number;
}

/** Splits text into lines, each keeping its "\n". */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push(text.slice(start));
      break;
    }
    lines.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
  return lines;
}

/** Histogram diff of two line arrays, compacted and returned as hunks in file order. */
export function diffLines(a: readonly string[], b: readonly string[]): LineChange[] {
  const ids = new Map<string, number>();
  const idOf = (line: string): number => {
    let id = ids.get(line);
    if (id === undefined) {
      id = ids.size;
      ids.set(line, id);
    }
    return id;
  };
  const ha = a.map(idOf);
  const hb = b.map(idOf);
  // rchg arrays carry a zero sentinel on each side: line i (0-based) lives at index i + 1.
  const rchg1 = new Uint8Array(ha.length + 2);
  const rchg2 = new Uint8Array(hb.length + 2);
  histogramDiff({ ha, hb, rchg1, rchg2 }, 1, ha.length, 1, hb.length);
  compact(ha, rchg1, rchg2);
  compact(hb, rchg2, rchg1);
  return buildScript(rchg1, rchg2, ha.length, hb.length);
}

interface Env {
  readonly ha: readonly number[];
  readonly hb: readonly number[];
  readonly rchg1: Uint8Array;
  readonly rchg2: Uint8Array;
}

interface Region {
  begin1: number;
  end1: number;
  begin2: number;
  end2: number;
}

const MAX_CHAIN_LENGTH = 64;

// Ported from the structure of xdiff's xhistogram.c; line numbers are 1-based as there.
function histogramDiff(env: Env, line1: number, count1: number, line2: number, count2: number): void {
  for (;;) {
    if (count1 <= 0 && count2 <= 0) return;
    if (count1 <= 0) {
      for (let i = 0; i < count2; i++) env.rchg2[line2 + i] = 1;
      return;
    }
    if (count2 <= 0) {
      for (let i = 0; i < count1; i++) env.rchg1[line1 + i] = 1;
      return;
    }
    const found = findLcs(env, line1, count1, line2, count2);
    if (found === 'fallback') {
      classicDiff(env, line1, count1, line2, count2);
      return;
    }
    const lcs = found;
    if (lcs.begin1 === 0 && lcs.begin2 === 0) {
      for (let i = 0; i < count1; i++) env.rchg1[line1 + i] = 1;
      for (let i = 0; i < count2; i++) env.rchg2[line2 + i] = 1;
      return;
    }
    histogramDiff(env, line1, lcs.begin1 - line1, line2, lcs.begin2 - line2);
    const end1 = line1 + count1 - 1;
    const end2 = line2 + count2 - 1;
    count1 = end1 - lcs.end1;
    line1 = lcs.end1 + 1;
    count2 = end2 - lcs.end2;
    line2 = lcs.end2 + 1;
  }
}

interface HistRecord {
  ptr: number;
  cnt: number;
}

function findLcs(env: Env, line1: number, count1: number, line2: number, count2: number): Region | 'fallback' {
  const A = (n: number): number => env.ha[n - 1]!;
  const B = (n: number): number => env.hb[n - 1]!;
  const lineEnd1 = line1 + count1 - 1;
  const lineEnd2 = line2 + count2 - 1;
  const records = new Map<number, HistRecord>();
  const lineMap: HistRecord[] = new Array<HistRecord>(count1);
  const nextPtrs = new Int32Array(count1);
  for (let ptr = lineEnd1; ptr >= line1; ptr--) {
    const key = A(ptr);
    let rec = records.get(key);
    if (rec) {
      nextPtrs[ptr - line1] = rec.ptr;
      rec.ptr = ptr;
      rec.cnt += 1;
    } else {
      rec = { ptr, cnt: 1 };
      records.set(key, rec);
    }
    lineMap[ptr - line1] = rec;
  }
  const next = (ptr: number): number => nextPtrs[ptr - line1]!;
  const cnt = (ptr: number): number => lineMap[ptr - line1]!.cnt;

  const lcs: Region = { begin1: 0, end1: 0, begin2: 0, end2: 0 };
  let bestCnt = MAX_CHAIN_LENGTH + 1;
  let hasCommon = false;
  let bPtr = line2;
  while (bPtr <= lineEnd2) {
    let bNext = bPtr + 1;
    const rec = records.get(B(bPtr));
    if (rec) {
      hasCommon = true;
      if (rec.cnt <= bestCnt) {
        let as = rec.ptr;
        for (;;) {
          let np = next(as);
          let bs = bPtr;
          let ae = as;
          let be = bs;
          let rc = rec.cnt;
          while (line1 < as && line2 < bs && A(as - 1) === B(bs - 1)) {
            as--;
            bs--;
            if (rc > 1) rc = Math.min(rc, cnt(as));
          }
          while (ae < lineEnd1 && be < lineEnd2 && A(ae + 1) === B(be + 1)) {
            ae++;
            be++;
            if (rc > 1) rc = Math.min(rc, cnt(ae));
          }
          if (bNext <= be) bNext = be + 1;
          if (lcs.end1 - lcs.begin1 < ae - as || rc < bestCnt) {
            lcs.begin1 = as;
            lcs.begin2 = bs;
            lcs.end1 = ae;
            lcs.end2 = be;
            bestCnt = rc;
          }
          if (np === 0) break;
          while (np !== 0 && np <= ae) np = next(np);
          if (np === 0) break;
          as = np;
        }
      }
    }
    bPtr = bNext;
  }
  if (hasCommon && MAX_CHAIN_LENGTH < bestCnt) return 'fallback';
  return lcs;
}

/**
 * Minimal (Myers-style) diff for the rare region where every common line repeats more than
 * 64 times, where git falls back to its classic algorithm.
 */
function classicDiff(env: Env, line1: number, count1: number, line2: number, count2: number): void {
  const a = env.ha.slice(line1 - 1, line1 - 1 + count1);
  const b = env.hb.slice(line2 - 1, line2 - 1 + count2);
  const n = a.length;
  const m = b.length;
  // LCS table: small regions only reach here, so the quadratic table is acceptable.
  const dp: Uint32Array[] = [];
  for (let i = 0; i <= n; i++) dp.push(new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j >= m || (i < n && dp[i + 1]![j]! >= dp[i]![j + 1]!)) {
      env.rchg1[line1 + i] = 1;
      i++;
    } else {
      env.rchg2[line2 + j] = 1;
      j++;
    }
  }
}

interface Group {
  start: number;
  end: number;
}

// Group helpers over rchg with 0-based line indexes (rchg index = line + 1).
function compact(recs: readonly number[], rchg: Uint8Array, rchgo: Uint8Array): void {
  const nrec = recs.length;
  const nreco = rchgo.length - 2;
  const changed = (r: Uint8Array, line: number): boolean => r[line + 1] === 1;
  const init = (r: Uint8Array): Group => {
    const g = { start: 0, end: 0 };
    while (changed(r, g.end)) g.end++;
    return g;
  };
  const groupNext = (r: Uint8Array, n: number, g: Group): boolean => {
    if (g.end === n) return false;
    g.start = g.end + 1;
    g.end = g.start;
    while (changed(r, g.end)) g.end++;
    return true;
  };
  const groupPrevious = (r: Uint8Array, g: Group): boolean => {
    if (g.start === 0) return false;
    g.end = g.start - 1;
    g.start = g.end;
    while (changed(r, g.start - 1)) g.start--;
    return true;
  };
  const slideDown = (g: Group): boolean => {
    if (g.end < nrec && recs[g.start] === recs[g.end]) {
      rchg[g.start + 1] = 0;
      g.start++;
      rchg[g.end + 1] = 1;
      g.end++;
      while (changed(rchg, g.end)) g.end++;
      return true;
    }
    return false;
  };
  const slideUp = (g: Group): boolean => {
    if (g.start > 0 && recs[g.start - 1] === recs[g.end - 1]) {
      g.start--;
      rchg[g.start + 1] = 1;
      g.end--;
      rchg[g.end + 1] = 0;
      while (changed(rchg, g.start - 1)) g.start--;
      return true;
    }
    return false;
  };

  const g = init(rchg);
  const go = init(rchgo);
  for (;;) {
    if (g.end !== g.start) {
      let groupSize: number;
      let earliestEnd: number;
      let endMatchingOther: number;
      do {
        groupSize = g.end - g.start;
        endMatchingOther = -1;
        while (slideUp(g)) groupPrevious(rchgo, go);
        earliestEnd = g.end;
        if (go.end > go.start) endMatchingOther = g.end;
        while (slideDown(g)) {
          groupNext(rchgo, nreco, go);
          if (go.end > go.start) endMatchingOther = g.end;
        }
      } while (groupSize !== g.end - g.start);
      if (g.end !== earliestEnd && endMatchingOther !== -1) {
        while (go.end === go.start) {
          slideUp(g);
          groupPrevious(rchgo, go);
        }
      }
    }
    if (!groupNext(rchg, nrec, g)) break;
    groupNext(rchgo, nreco, go);
  }
}

function buildScript(rchg1: Uint8Array, rchg2: Uint8Array, n1: number, n2: number): LineChange[] {
  const script: LineChange[] = [];
  // rchg index k corresponds to line k - 1; C's rchg1[i1 - 1] is our rchg1[i1].
  let i1 = n1;
  let i2 = n2;
  while (i1 >= 0 || i2 >= 0) {
    if ((i1 >= 0 && rchg1[i1] === 1) || (i2 >= 0 && rchg2[i2] === 1)) {
      const l1 = i1;
      const l2 = i2;
      while (i1 > 0 && rchg1[i1] === 1) i1--;
      while (i2 > 0 && rchg2[i2] === 1) i2--;
      script.push({ i1, i2, chg1: l1 - i1, chg2: l2 - i2 });
    }
    i1--;
    i2--;
  }
  return script.reverse();
}
