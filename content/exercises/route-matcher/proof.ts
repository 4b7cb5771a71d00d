export type RouteResult =
  | { status: 'found'; route: string; params: Record<string, string> }
  | { status: 'method-not-allowed'; allow: string[] }
  | { status: 'not-found' };

type Route = { method: string; parts: string[]; route: string; rank: number[]; order: number };

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function kind(part: string): number {
  if (part === '*') return 2;
  return part.startsWith(':') ? 1 : 0;
}

function tryMatch(parts: string[], segments: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === '*') {
      params['*'] = segments.slice(i).map(decode).join('/');
      return params;
    }
    if (i >= segments.length) return null;
    if (part.startsWith(':')) params[part.slice(1)] = decode(segments[i]);
    else if (part !== segments[i]) return null;
  }
  return parts.length === segments.length ? params : null;
}

function compareRank(a: Route, b: Route): number {
  const n = Math.max(a.rank.length, b.rank.length);
  for (let i = 0; i < n; i++) {
    const x = a.rank[i] ?? -1;
    const y = b.rank[i] ?? -1;
    if (x !== y) return x - y;
  }
  return a.order - b.order;
}

export function createRouter() {
  const routes: Route[] = [];
  return {
    add(method: string, pattern: string, route: string): void {
      const parts = pattern.split('/').filter(Boolean);
      if (parts.slice(0, -1).includes('*')) throw new Error(`"*" must be the last segment in ${pattern}`);
      routes.push({ method: method.toUpperCase(), parts, route, rank: parts.map(kind), order: routes.length });
    },
    match(method: string, path: string): RouteResult {
      const wanted = method.toUpperCase();
      const segments = path.split('?')[0].split('/').filter(Boolean);
      const candidates: Array<{ r: Route; params: Record<string, string> }> = [];
      for (const r of routes) {
        const params = tryMatch(r.parts, segments);
        if (params) candidates.push({ r, params });
      }
      if (candidates.length === 0) return { status: 'not-found' };
      candidates.sort((a, b) => compareRank(a.r, b.r));
      const pick = (m: string) => candidates.find((c) => c.r.method === m);
      const hit = pick(wanted) ?? (wanted === 'HEAD' ? pick('GET') : undefined);
      if (hit) return { status: 'found', route: hit.r.route, params: hit.params };
      const allow = new Set(candidates.map((c) => c.r.method));
      if (allow.has('GET')) allow.add('HEAD');
      return { status: 'method-not-allowed', allow: [...allow].sort() };
    },
  };
}
