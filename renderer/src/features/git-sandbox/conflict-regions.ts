/** Where the conflict markers git writes into a file are, so the editor can colour each side. */

export interface ConflictRegion {
  /** 1-based line numbers: `<<<<<<<`, `=======` and `>>>>>>>`. */
  readonly start: number;
  readonly middle: number;
  readonly end: number;
}

export function conflictRegions(lines: readonly string[]): ConflictRegion[] {
  const regions: ConflictRegion[] = [];
  let start = -1;
  let middle = -1;
  lines.forEach((line, index) => {
    const n = index + 1;
    if (line.startsWith('<<<<<<<')) {
      start = n;
      middle = -1;
    } else if (line.startsWith('=======') && start !== -1) middle = n;
    else if (line.startsWith('>>>>>>>') && start !== -1 && middle !== -1) {
      regions.push({ start, middle, end: n });
      start = -1;
      middle = -1;
    }
  });
  return regions;
}

export type ConflictChoice = 'ours' | 'theirs' | 'both';

/**
 * The text with one conflict region replaced by the side(s) chosen, markers removed — what
 * "Keep yours / Keep theirs / Keep both" above a region does. Lines are 1-based as in the region.
 */
export function resolveRegion(lines: readonly string[], region: ConflictRegion, choice: ConflictChoice): string[] {
  const ours = lines.slice(region.start, region.middle - 1);
  const theirs = lines.slice(region.middle, region.end - 1);
  const kept = choice === 'ours' ? ours : choice === 'theirs' ? theirs : [...ours, ...theirs];
  return [...lines.slice(0, region.start - 1), ...kept, ...lines.slice(region.end)];
}
