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

function isAllowedOrigin(origin: string | null): origin is string {
  return origin !== null && ALLOWED_ORIGINS.includes(origin);
}

function preflight(request: Request, requestedMethod: string): Response {
  const origin = request.headers.get('origin');
  const requestedHeaders = (request.headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const ok =
    isAllowedOrigin(origin) &&
    ALLOWED_METHODS.includes(requestedMethod.toUpperCase()) &&
    requestedHeaders.every((h) => ALLOWED_HEADERS.includes(h));
  if (!ok) return new Response('CORS request not allowed', { status: 403, headers: { vary: 'Origin' } });
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': ALLOWED_METHODS.join(', '),
      'access-control-allow-headers': ALLOWED_HEADERS.join(', '),
      'access-control-allow-credentials': 'true',
      'access-control-max-age': String(MAX_AGE_SECONDS),
      vary: 'Origin',
    },
  });
}

export async function handle(request: Request): Promise<Response> {
  const requestedMethod = request.headers.get('access-control-request-method');
  if (request.method === 'OPTIONS' && requestedMethod !== null) return preflight(request, requestedMethod);

  const response = await endpoint(request);
  const headers = new Headers(response.headers);
  headers.append('vary', 'Origin');
  const origin = request.headers.get('origin');
  if (isAllowedOrigin(origin)) {
    headers.set('access-control-allow-origin', origin);
    headers.set('access-control-allow-credentials', 'true');
    headers.set('access-control-expose-headers', 'X-Total-Count');
  }
  return new Response(response.body, { status: response.status, headers });
}
