import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openExternalSafely, safeExternalUrl } from '../../../../electron/main/external-links';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string) => {}) }));

vi.mock('electron', () => ({ shell: { openExternal: fake.openExternal } }));

beforeEach(() => {
  fake.openExternal.mockReset();
});

describe('safeExternalUrl', () => {
  it.each([
    ['https://nodejs.org/docs/latest/api/', 'https://nodejs.org/docs/latest/api/'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://127.0.0.1:8080/', 'https://127.0.0.1:8080/'],
  ])('accepts %s as %s', (input, normalised) => {
    expect(safeExternalUrl(input)).toBe(normalised);
  });

  it.each<[string, unknown]>([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['ftp:', 'ftp://example.com/file'],
    ['mailto:', 'mailto:someone@example.com'],
    ['our app scheme', 'app://roadbook/index.html'],
    ['a custom OS scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['http:// with no host', 'http://'],
    ['https:// with no host', 'https://'],
    ['a user name before the host', 'https://docs.example.com@evil.example/'],
    ['a user and password', 'https://user:secret@example.com/'],
    ['a relative path', '/docs'],
    ['an empty string', ''],
    ['a non-string', 42],
    ['an object', { toString: () => 'https://example.com/' }],
    ['null', null],
  ])('refuses %s', (_name, input) => {
    expect(safeExternalUrl(input)).toBeUndefined();
  });

  it('caps the length at 2048 characters', () => {
    const base = 'https://example.com/';
    expect(safeExternalUrl(base + 'a'.repeat(2048 - base.length))).toBeDefined();
    expect(safeExternalUrl(base + 'a'.repeat(2049 - base.length))).toBeUndefined();
  });
});

describe('openExternalSafely', () => {
  it('opens a safe link, normalised, and says so', async () => {
    await expect(openExternalSafely('HTTPS://Example.com/a b')).resolves.toBe(true);
    expect(fake.openExternal).toHaveBeenCalledTimes(1);
    expect(fake.openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
  });

  it('never hands an unsafe link to the operating system', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://', 'https://a@b.example/', 17]) {
      await expect(openExternalSafely(url)).resolves.toBe(false);
    }
    expect(fake.openExternal).not.toHaveBeenCalled();
  });
});
