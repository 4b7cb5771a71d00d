type Grant = { user: string; scopes: string[]; revoked?: boolean };

export const TOKENS: Record<string, Grant> = {
  tok_reader_ada: { user: 'ada', scopes: ['reports:read'] },
  tok_editor_grace: { user: 'grace', scopes: ['reports:read', 'reports:write'] },
  tok_writer_only_linus: { user: 'linus', scopes: ['reports:write'] },
  tok_old_margaret: { user: 'margaret', scopes: ['reports:read', 'reports:write'], revoked: true },
};

const REPORTS = [
  { id: 'q1', title: 'Q1 revenue' },
  { id: 'q2', title: 'Q2 revenue' },
];

// GET /reports needs reports:read, POST /reports needs reports:write. Answer 400/401/403
// with the WWW-Authenticate headers from the README.
// This version checks that the token exists but ignores scopes, revocation and the header format.
export async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname !== '/reports') return new Response('Not found', { status: 404 });
  const token = (request.headers.get('authorization') ?? '').replace('Bearer ', '');
  const grant = TOKENS[token];
  if (!grant) return new Response(JSON.stringify({ error: 'unauthorized' }), { status: 401 });
  if (request.method === 'POST') {
    return new Response(JSON.stringify({ created: true, by: grant.user }), { status: 201 });
  }
  return new Response(JSON.stringify({ user: grant.user, reports: REPORTS }));
}
