import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../../../electron/shared/errors';
import type { DesktopBridge } from '../../../renderer/src/lib/api';
import { snapshot } from './fixtures';

const TOKEN = 'Zm9vYmFyYmF6_qux-0123456789abcdefGHIJ';

interface Page {
  /** The address bar, as the user sees it. */
  readonly address: () => string;
  readonly session: Map<string, string>;
  readonly fetch: ReturnType<typeof vi.fn>;
  readonly open: ReturnType<typeof vi.fn>;
  readonly print: ReturnType<typeof vi.fn>;
}

/**
 * A browser page at `address` with just what lib/api.ts touches. `answer` plays the web host;
 * pass `bridge` to be the desktop app instead.
 */
function stubPage(
  address: string,
  options: { bridge?: DesktopBridge; session?: Record<string, string>; answer?: (channel: string, input: unknown) => ApiResponse<unknown> } = {},
): Page {
  let url = new URL(address);
  const session = new Map(Object.entries(options.session ?? {}));
  const answer = options.answer ?? (() => ({ ok: true, value: null }));
  const fetch = vi.fn(async (path: string, init: RequestInit) => {
    const response = answer(path.replace(/^\/api\//, ''), JSON.parse(String(init.body)));
    return { json: async () => response };
  });
  const open = vi.fn();
  const print = vi.fn();
  const location = {
    get href() {
      return url.href;
    },
    get hash() {
      return url.hash;
    },
    get pathname() {
      return url.pathname;
    },
    get search() {
      return url.search;
    },
  };
  vi.stubGlobal('window', { location, open, print, ...(options.bridge ? { roadbook: options.bridge } : {}) });
  vi.stubGlobal('history', {
    replaceState: (_state: unknown, _title: string, next: string) => {
      url = new URL(next, url);
    },
  });
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => session.get(key) ?? null,
    setItem: (key: string, value: string) => void session.set(key, String(value)),
  });
  vi.stubGlobal('fetch', fetch);
  return { address: () => url.href, session, fetch, open, print };
}

/** Loads lib/api.ts afresh, as a page load would, with the ApiError class it throws. */
async function loadApi() {
  vi.resetModules();
  const api = await import('../../../renderer/src/lib/api');
  const { ApiError } = await import('../../../electron/shared/errors');
  return { ...api, ApiError };
}

function fakeBridge(api: DesktopBridge['api']): DesktopBridge {
  return { api, onMenuCommand: vi.fn(() => () => {}), openExternal: vi.fn(async () => {}), exportPdf: vi.fn(async () => ({ ok: true as const, value: '/home/ada/Roadbook roadmap.pdf' })) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client in the desktop app', () => {
  it('sends a status change to progress.setTopicStatus with the input unchanged, and returns the new progress', async () => {
    const updated = snapshot({ http: 'done' });
    const setTopicStatus = vi.fn(async (): Promise<ApiResponse<unknown>> => ({ ok: true, value: updated }));
    const page = stubPage('app://roadbook/index.html', { bridge: fakeBridge({ progress: { setTopicStatus } }) });
    const { client, isDesktop } = await loadApi();

    expect(isDesktop).toBe(true);
    const input = { topicId: 'http', status: 'done' } as const;
    await expect(client.progress.setTopicStatus(input)).resolves.toEqual(updated);
    expect(setTopicStatus).toHaveBeenCalledTimes(1);
    expect(setTopicStatus).toHaveBeenCalledWith(input);
    expect(page.fetch).not.toHaveBeenCalled();
  });

  it('throws an ApiError with the host’s code, message and issues when a call is refused', async () => {
    const refused: ApiResponse<unknown> = {
      ok: false,
      error: { code: 'bad-input', message: 'That status does not exist.', issues: [{ path: 'status', message: 'Invalid option' }] },
    };
    stubPage('app://roadbook/index.html', { bridge: fakeBridge({ progress: { setTopicStatus: async () => refused } }) });
    const { client, ApiError } = await loadApi();

    const error = await client.progress.setTopicStatus({ topicId: 'http', status: 'done' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'bad-input', message: 'That status does not exist.', issues: [{ path: 'status', message: 'Invalid option' }] });
  });

  it('opens links in the system browser, and only http(s) links', async () => {
    const bridge = fakeBridge({});
    const page = stubPage('app://roadbook/index.html', { bridge });
    const { openExternal } = await loadApi();

    openExternal('https://developer.mozilla.org/');
    openExternal('javascript:alert(1)');
    openExternal('file:///etc/passwd');
    expect(bridge.openExternal).toHaveBeenCalledTimes(1);
    expect(bridge.openExternal).toHaveBeenCalledWith('https://developer.mozilla.org/');
    expect(page.open).not.toHaveBeenCalled();
  });

  it('saves the roadmap as a PDF through the main process and reports where, or nothing when cancelled', async () => {
    const bridge = fakeBridge({});
    const page = stubPage('app://roadbook/index.html', { bridge });
    const { printToPdf, ApiError } = await loadApi();
    await expect(printToPdf()).resolves.toBe('/home/ada/Roadbook roadmap.pdf');
    vi.mocked(bridge.exportPdf).mockResolvedValueOnce({ ok: true, value: null });
    await expect(printToPdf()).resolves.toBeNull();
    vi.mocked(bridge.exportPdf).mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'The PDF could not be saved to /ro/x.pdf: EACCES' } });
    await expect(printToPdf()).rejects.toBeInstanceOf(ApiError);
    expect(page.print).not.toHaveBeenCalled();
  });

  it('passes application-menu commands on to the page', async () => {
    const bridge = fakeBridge({});
    stubPage('app://roadbook/index.html', { bridge });
    const { onMenuCommand } = await loadApi();
    const listener = vi.fn();
    onMenuCommand(listener);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener);
  });
});

describe('the API client in a browser (web host)', () => {
  it('posts a status change to /api/progress.setTopicStatus with the session token and the input as JSON', async () => {
    const updated = snapshot({ http: 'learning' });
    const page = stubPage(`http://127.0.0.1:4321/#token=${TOKEN}`, { answer: () => ({ ok: true, value: updated }) });
    const { client, isDesktop } = await loadApi();

    expect(isDesktop).toBe(false);
    const input = { topicId: 'http', status: 'learning' } as const;
    await expect(client.progress.setTopicStatus(input)).resolves.toEqual(updated);
    expect(page.fetch).toHaveBeenCalledTimes(1);
    const [path, init] = page.fetch.mock.calls[0] as [string, RequestInit];
    expect(path).toBe('/api/progress.setTopicStatus');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Roadbook-Token': TOKEN });
    expect(JSON.parse(String(init.body))).toEqual(input);
  });

  it('throws an ApiError with the host’s code when the host refuses', async () => {
    stubPage('http://127.0.0.1:4321/', {
      answer: () => ({ ok: false, error: { code: 'unauthorized', message: 'This call needs the session token.' } }),
    });
    const { client, ApiError } = await loadApi();

    const error = await client.progress.snapshot({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'unauthorized', message: 'This call needs the session token.' });
  });

  it('can await a domain or the client itself without sending a request', async () => {
    const page = stubPage(`http://127.0.0.1:4321/#token=${TOKEN}`);
    const { client } = await loadApi();

    const progress = await client.progress;
    expect(typeof progress.snapshot).toBe('function');
    const whole = await client;
    expect(typeof whole.content.roadmap).toBe('function');
    expect(page.fetch).not.toHaveBeenCalled();
  });

  it('takes the token from #token=…, keeps it for the tab and removes it from the address bar', async () => {
    const page = stubPage(`http://127.0.0.1:4321/?lang=en#token=${TOKEN}`);
    const { readSessionToken } = await loadApi();

    expect(page.address()).toBe('http://127.0.0.1:4321/?lang=en');
    expect(page.session.get('roadbook.token')).toBe(TOKEN);
    expect(readSessionToken()).toBe(TOKEN);
  });

  it('still sends the token after a reload, once it has left the address bar', async () => {
    const page = stubPage('http://127.0.0.1:4321/#/roadmap/http', { session: { 'roadbook.token': TOKEN } });
    const { client } = await loadApi();

    await client.content.roadmap({});
    const [, init] = page.fetch.mock.calls[0] as [string, RequestInit];
    expect(init.headers).toMatchObject({ 'X-Roadbook-Token': TOKEN });
    // The route in the address bar is left alone.
    expect(page.address()).toBe('http://127.0.0.1:4321/#/roadmap/http');
  });

  it('has no token and changes nothing when the page was opened without one', async () => {
    const page = stubPage('http://127.0.0.1:4321/#/settings');
    const { readSessionToken } = await loadApi();
    expect(readSessionToken()).toBeUndefined();
    expect(page.address()).toBe('http://127.0.0.1:4321/#/settings');
  });

  it('prints through the browser print dialog, which offers saving as PDF', async () => {
    const page = stubPage('http://127.0.0.1:4000/#token=abc');
    const { printToPdf } = await loadApi();
    await expect(printToPdf()).resolves.toBeNull();
    expect(page.print).toHaveBeenCalledTimes(1);
  });

  it('opens only http(s) links, in a new tab that cannot reach back to the app', async () => {
    const page = stubPage('http://127.0.0.1:4321/');
    const { openExternal } = await loadApi();

    openExternal('http://example.com/');
    openExternal('javascript:alert(1)');
    openExternal('/api/progress.snapshot');
    expect(page.open).toHaveBeenCalledTimes(1);
    expect(page.open).toHaveBeenCalledWith('http://example.com/', '_blank', 'noopener,noreferrer');
  });
});
