export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname !== '/health') {
    return Response.json({ error: 'not found' }, { status: 404 });
  }
  if (request.method !== 'GET') {
    return new Response(null, { status: 405, headers: { Allow: 'GET' } });
  }
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
