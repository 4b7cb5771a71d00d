/**
 * The only place Roadbook hands a URL to the operating system. Everything that opens a
 * link (the preload's openExternal, target=_blank links) comes through here, so the
 * validation cannot be skipped by one caller.
 */
import { shell } from 'electron';

/** Long enough for any documentation link; short enough that nobody smuggles a payload. */
const MAX_URL_LENGTH = 2048;

/**
 * Returns the normalised URL when it is safe to open in the system browser: http(s), a
 * real hostname, no user:password@ part (a classic way to disguise the real host).
 */
export function safeExternalUrl(candidate: unknown): string | undefined {
  if (typeof candidate !== 'string' || candidate.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  return url.href;
}

/** Opens `candidate` in the system browser if it passes `safeExternalUrl`; says whether it did. */
export async function openExternalSafely(candidate: unknown): Promise<boolean> {
  const url = safeExternalUrl(candidate);
  if (!url) return false;
  await shell.openExternal(url);
  return true;
}
