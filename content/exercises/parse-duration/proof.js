const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const LARGEST_FIRST = ['d', 'h', 'm', 's', 'ms'];

export function parseDuration(text) {
  const fail = () => {
    throw new Error(`not a valid duration: ${JSON.stringify(text)}`);
  };
  if (typeof text !== 'string' || text.trim() === '') fail();
  const part = /\s*(\d+(?:\.\d+)?)(ms|s|m|h|d)\s*/y;
  const seen = new Set();
  let total = 0;
  let index = 0;
  while (index < text.length) {
    part.lastIndex = index;
    const match = part.exec(text);
    if (!match) fail();
    const unit = match[2];
    if (seen.has(unit)) fail();
    seen.add(unit);
    total += Number(match[1]) * UNIT_MS[unit];
    index = part.lastIndex;
  }
  return Math.round(total);
}

export function formatDuration(ms) {
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0) {
    throw new RangeError(`duration must be a whole, non-negative number of ms, got ${ms}`);
  }
  if (ms === 0) return '0ms';
  let rest = ms;
  let out = '';
  for (const unit of LARGEST_FIRST) {
    const count = Math.floor(rest / UNIT_MS[unit]);
    rest %= UNIT_MS[unit];
    if (count > 0) out += `${count}${unit}`;
  }
  return out;
}
