import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, devServerUrl, isAppUrl, rendererEntryUrl } from '../../../../electron/main/app-origin';

// The real 'electron' package would try to download its binary: a small stand-in instead.
const fake = vi.hoisted(() => ({ isPackaged: true }));

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return fake.isPackaged;
    },
  },
}));

const DEV_SERVER = 'http://localhost:5173';

beforeEach(() => {
  fake.isPackaged = true;
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'app://roadbook/', 'app://roadbook/topic/dns?x=1#top', 'app://roadbook/assets/index-abc.js'])(
    'accepts our own page %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'app://other/index.html',
    'app://roadbook.evil.example/index.html',
    'app://roadbook:8080/index.html',
    'app://evil/roadbook/index.html',
    'apps://roadbook/index.html',
    'https://roadbook/index.html',
    'https://evil.example/',
    'file:///etc/passwd',
    'about:blank',
    'data:text/html,hi',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts the dev server origin when running from source, and only that origin', () => {
    fake.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', DEV_SERVER);

    expect(isAppUrl(`${DEV_SERVER}/`)).toBe(true);
    expect(isAppUrl(`${DEV_SERVER}/#/topic/dns`)).toBe(true);
    expect(isAppUrl('http://localhost:5174/')).toBe(false);
    expect(isAppUrl('https://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/')).toBe(false);
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged build', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example');
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(devServerUrl()).toBeUndefined();
  });
});

describe('rendererEntryUrl', () => {
  it('loads the app scheme in a packaged build, even with the variable set', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example');
    expect(rendererEntryUrl()).toBe('app://roadbook/index.html');
  });

  it('loads the dev server when running from source with the variable set', () => {
    fake.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', DEV_SERVER);
    expect(rendererEntryUrl()).toBe(DEV_SERVER);
  });

  it('falls back to the app scheme when running from source without a dev server', () => {
    fake.isPackaged = false;
    expect(rendererEntryUrl()).toBe(APP_ENTRY_URL);
  });
});
