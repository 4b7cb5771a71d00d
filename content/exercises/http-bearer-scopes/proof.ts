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

const REQUIRED: Record<string, string> = { GET: 'reports:read', POST: 'reports:write' };

function deny(status: number, error?: string, scope?: string): Response {
  let challenge = 'Bearer realm="reports"';
  if (error) challenge += `, error="${error}"`;
  if (scope) challenge += `, scope="${scope}"`;
  return new Response(JSON.stringify({ error: error ?? 'unauthorized' }), {
    status,
    headers: { 'content-type': 'application/json', 'www-authenticate': challenge },
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname !== '/reports') return json(404, { error: 'not_found' });
  const scope = REQUIRED[request.method];
  if (!scope) {
    return new Response(JSON.stringify({ error: 'method_not_allowed' }), {
      status: 405,
      headers: { 'content-type': 'application/json', allow: 'GET, POST' },
    });
  }

  const header = request.headers.get('authorization');
  if (header === null) return deny(401);
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
  if (!match) return deny(400, 'invalid_request');

  const token = match[1];
  const grant = Object.prototype.hasOwnProperty.call(TOKENS, token) ? TOKENS[token] : undefined;
  if (!grant || grant.revoked) return deny(401, 'invalid_token');
  if (!grant.scopes.includes(scope)) return deny(403, 'insufficient_scope', scope);

  if (request.method === 'POST') return json(201, { created: true, by: grant.user });
  return json(200, { user: grant.user, reports: REPORTS });
}
