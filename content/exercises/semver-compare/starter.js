// Return -1, 0 or 1 following the Semantic Versioning precedence rules in the README.
// This version compares the numbers, but ignores prereleases, build metadata,
// the leading "v" and invalid input.
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}

export function sortVersions(list) {
  return list.sort(compareVersions);
}
