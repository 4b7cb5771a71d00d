export const FILES: Record<string, string> = {
  '/index.html': '<!doctype html><title>Shop</title><script src="/assets/app.3f9a2c1b.js"></script>',
  '/assets/app.3f9a2c1b.js': 'console.log("shop ready");',
  '/assets/style.77aa01ffe0.css': 'body { font-family: system-ui; }',
  '/assets/logo.png': 'PNG-BYTES',
  '/assets/app.js': 'console.log("unversioned build");',
  '/api/products': '[{"id":1,"name":"Teapot","price":25}]',
  '/api/me': '{"id":7,"email":"ada@example.com"}',
};

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  png: 'image/png',
};

function policyFor(path: string): string {
  if (/^\/assets\/.+\.[0-9a-f]{8,}\.[a-z0-9]+$/.test(path)) return 'public, max-age=31536000, immutable';
  if (path.startsWith('/assets/')) return 'public, max-age=3600';
  if (path === '/index.html') return 'no-cache';
  if (path === '/api/products') return 'public, max-age=60, stale-while-revalidate=300';
  if (path === '/api/me') return 'private, no-store';
  return 'no-store';
}

function typeFor(path: string): string {
  if (path.startsWith('/api/')) return 'application/json';
  const ext = path.slice(path.lastIndexOf('.') + 1);
  return TYPES[ext] ?? 'application/octet-stream';
}

export async function handle(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  const requested = new URL(request.url).pathname;
  const path = requested === '/' ? '/index.html' : requested;
  const content = FILES[path];
  if (content === undefined) {
    return new Response(request.method === 'HEAD' ? null : 'Not found', {
      status: 404,
      headers: { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const headers = { 'cache-control': policyFor(path), 'content-type': typeFor(path) };
  return new Response(request.method === 'HEAD' ? null : content, { headers });
}
