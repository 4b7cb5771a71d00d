export const USERS: Record<string, string> = {
  grace: 'cobol',
  ada: 'lovelace:1815',
  'josé': 'ñandú-42',
};

// Protect GET /admin with Basic auth (401 + WWW-Authenticate on failure); /public is open.
// This version lets anyone with any Authorization header in, without checking it.
export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === '/public') return new Response('Hello, everyone!');
  if (pathname !== '/admin') return new Response('Not found', { status: 404 });
  if (!request.headers.has('authorization')) return new Response('Log in first', { status: 401 });
  return new Response(JSON.stringify({ user: 'admin' }), { headers: { 'content-type': 'application/json' } });
}
