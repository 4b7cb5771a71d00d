export const USERS: Record<string, string> = {
  grace: 'cobol',
  ada: 'lovelace:1815',
  'josé': 'ñandú-42',
};

const CHALLENGE = 'Basic realm="admin", charset="UTF-8"';

function unauthorized(): Response {
  return new Response('Authentication required', {
    status: 401,
    headers: { 'www-authenticate': CHALLENGE, 'content-type': 'text/plain; charset=utf-8' },
  });
}

function decodeCredentials(header: string | null): { user: string; password: string } | null {
  if (header === null) return null;
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(header);
  if (!match || match[1].toLowerCase() !== 'basic') return null;
  let text: string;
  try {
    const binary = atob(match[2]);
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  const colon = text.indexOf(':');
  if (colon === -1) return null;
  return { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

function sameText(a: string, b: string): boolean {
  // Looks at every character so the time taken doesn't reveal how much matched.
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === '/public') return new Response('Hello, everyone!');
  if (pathname !== '/admin') return new Response('Not found', { status: 404 });

  const credentials = decodeCredentials(request.headers.get('authorization'));
  if (!credentials) return unauthorized();
  const expected = Object.prototype.hasOwnProperty.call(USERS, credentials.user) ? USERS[credentials.user] : undefined;
  if (expected === undefined || !sameText(credentials.password, expected)) return unauthorized();

  return new Response(JSON.stringify({ user: credentials.user }), { headers: { 'content-type': 'application/json' } });
}
