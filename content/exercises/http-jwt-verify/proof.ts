export const SECRET = 'roadbook-demo-secret-rotate-me';
export const ISSUER = 'https://auth.roadbook.test';
export const AUDIENCE = 'roadbook-api';

class InvalidToken extends Error {}

const encoder = new TextEncoder();
let keyPromise: Promise<CryptoKey> | null = null;

function hmacKey(): Promise<CryptoKey> {
  keyPromise ??= crypto.subtle.importKey('raw', encoder.encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return keyPromise;
}

function base64UrlBytes(part: string) {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) throw new InvalidToken('not base64url');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new InvalidToken('not base64url');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function jsonObject(part: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64UrlBytes(part)));
  } catch (error) {
    if (error instanceof InvalidToken) throw error;
    throw new InvalidToken('not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidToken('not an object');
  return value as Record<string, unknown>;
}

async function verify(token: string): Promise<Record<string, unknown>> {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '')) throw new InvalidToken('needs three parts');
  const [headerPart, payloadPart, signaturePart] = parts;

  const header = jsonObject(headerPart);
  if (header.alg !== 'HS256') throw new InvalidToken('unsupported algorithm');

  const signature = base64UrlBytes(signaturePart);
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(), signature, encoder.encode(`${headerPart}.${payloadPart}`));
  if (!valid) throw new InvalidToken('bad signature');

  const claims = jsonObject(payloadPart);
  const now = Date.now() / 1000;
  if (typeof claims.exp !== 'number' || !(claims.exp > now)) throw new InvalidToken('expired');
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > now)) throw new InvalidToken('not yet valid');
  if (claims.iss !== ISSUER) throw new InvalidToken('wrong issuer');
  const aud = claims.aud;
  if (!(aud === AUDIENCE || (Array.isArray(aud) && aud.includes(AUDIENCE)))) throw new InvalidToken('wrong audience');
  return claims;
}

export async function handle(request: Request): Promise<Response> {
  if (new URL(request.url).pathname !== '/me') return new Response('Not found', { status: 404 });
  const match = /^Bearer +(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!match) return new Response('Authentication required', { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  try {
    const claims = await verify(match[1]);
    return new Response(JSON.stringify({ sub: claims.sub, name: claims.name }), {
      headers: { 'content-type': 'application/json' },
    });
  } catch (error) {
    if (!(error instanceof InvalidToken)) throw error;
    return new Response(JSON.stringify({ error: 'invalid_token' }), {
      status: 401,
      headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer error="invalid_token"' },
    });
  }
}
