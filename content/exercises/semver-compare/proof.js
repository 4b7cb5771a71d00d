const PATTERN = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

function parse(version) {
  const match = typeof version === 'string' ? PATTERN.exec(version) : null;
  if (!match) throw new TypeError(`not a valid semantic version: ${JSON.stringify(version)}`);
  return {
    numbers: [Number(match[1]), Number(match[2]), Number(match[3])],
    pre: match[4] === undefined ? [] : match[4].split('.'),
  };
}

const isNumeric = (id) => /^\d+$/.test(id);

function compareIdentifiers(x, y) {
  const xn = isNumeric(x);
  const yn = isNumeric(y);
  if (xn && yn) return Math.sign(Number(x) - Number(y));
  if (xn) return -1;
  if (yn) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function compareVersions(a, b) {
  const va = parse(a);
  const vb = parse(b);
  for (let i = 0; i < 3; i++) {
    if (va.numbers[i] !== vb.numbers[i]) return va.numbers[i] < vb.numbers[i] ? -1 : 1;
  }
  if (va.pre.length === 0 || vb.pre.length === 0) {
    return Math.sign(vb.pre.length - va.pre.length);
  }
  const shared = Math.min(va.pre.length, vb.pre.length);
  for (let i = 0; i < shared; i++) {
    const result = compareIdentifiers(va.pre[i], vb.pre[i]);
    if (result !== 0) return result;
  }
  return Math.sign(va.pre.length - vb.pre.length);
}

export function sortVersions(list) {
  for (const version of list) parse(version);
  return [...list].sort(compareVersions);
}
