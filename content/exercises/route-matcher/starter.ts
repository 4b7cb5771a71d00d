export type RouteResult =
  | { status: 'found'; route: string; params: Record<string, string> }
  | { status: 'method-not-allowed'; allow: string[] }
  | { status: 'not-found' };

type Route = { method: string; parts: string[]; route: string };

// Match a request against the registered patterns. See the README for params,
// wildcards, specificity, HEAD and 405 handling.
// This version supports :params and returns the first route that matches;
// it knows nothing about wildcards, decoding, specificity or 405s.
export function createRouter() {
  const routes: Route[] = [];
  return {
    add(method: string, pattern: string, route: string): void {
      routes.push({ method, parts: pattern.split('/').filter(Boolean), route });
    },
    match(method: string, path: string): RouteResult {
      const segments = path.split('/').filter(Boolean);
      for (const r of routes) {
        if (r.method !== method || r.parts.length !== segments.length) continue;
        const params: Record<string, string> = {};
        const ok = r.parts.every((part, i) => {
          if (part.startsWith(':')) {
            params[part.slice(1)] = segments[i];
            return true;
          }
          return part === segments[i];
        });
        if (ok) return { status: 'found', route: r.route, params };
      }
      return { status: 'not-found' };
    },
  };
}
