export const SECRET = 'roadbook-demo-secret-rotate-me';
export const ISSUER = 'https://auth.roadbook.test';
export const AUDIENCE = 'roadbook-api';

// Verify the HS256 JWT from `Authorization: Bearer <token>` (see the README for every check).
// This version decodes the payload and trusts it: no signature, algorithm or claim checks.
export async function handle(request: Request): Promise<Response> {
  if (new URL(request.url).pathname !== '/me') return new Response('Not found', { status: 404 });
  const token = (request.headers.get('authorization') ?? '').replace(/^Bearer /, '');
  const payloadPart = token.split('.')[1] ?? '';
  const payload = JSON.parse(atob(payloadPart.replace(/-/g, '+').replace(/_/g, '/')));
  return new Response(JSON.stringify({ sub: payload.sub, name: payload.name }), {
    headers: { 'content-type': 'application/json' },
  });
}
