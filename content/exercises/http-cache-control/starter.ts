export const FILES: Record<string, string> = {
  '/index.html': '<!doctype html><title>Shop</title><script src="/assets/app.3f9a2c1b.js"></script>',
  '/assets/app.3f9a2c1b.js': 'console.log("shop ready");',
  '/assets/style.77aa01ffe0.css': 'body { font-family: system-ui; }',
  '/assets/logo.png': 'PNG-BYTES',
  '/assets/app.js': 'console.log("unversioned build");',
  '/api/products': '[{"id":1,"name":"Teapot","price":25}]',
  '/api/me': '{"id":7,"email":"ada@example.com"}',
};

// Serve FILES with the Cache-Control policy from the README's table.
// This version serves every file with the same short cache time and a generic type.
export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const content = FILES[pathname];
  if (content === undefined) return new Response('Not found', { status: 404 });
  return new Response(content, {
    headers: { 'cache-control': 'max-age=60', 'content-type': 'application/octet-stream' },
  });
}
