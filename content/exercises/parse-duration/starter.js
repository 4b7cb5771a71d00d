const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

// Turn "1h30m" into 5400000 and back. The README lists what must be rejected.
// This version handles a single part only and never complains.
export function parseDuration(text) {
  const match = /(\d+)(ms|s|m|h|d)/.exec(text);
  return match ? Number(match[1]) * UNIT_MS[match[2]] : 0;
}

export function formatDuration(ms) {
  return `${ms}ms`;
}
