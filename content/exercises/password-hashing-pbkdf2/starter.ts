// Hash with PBKDF2-HMAC-SHA256 (crypto.subtle.deriveBits) and store
// pbkdf2_sha256$<iterations>$<salt base64>$<hash base64>; verify by deriving again.
// This version hashes ONCE with plain SHA-256, which is fast: exactly what a password
// hash must not be. It also ignores the iteration count.
function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

export async function hashPassword(password: string, options: { iterations: number; salt?: Uint8Array }): Promise<string> {
  const salt = options.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const data = new TextEncoder().encode(toBase64(salt) + password);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return `pbkdf2_sha256$${options.iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [, iterations, salt] = stored.split('$');
  const saltBytes = Uint8Array.from(atob(salt), (c) => c.charCodeAt(0));
  return (await hashPassword(password, { iterations: Number(iterations), salt: saltBytes })) === stored;
}
