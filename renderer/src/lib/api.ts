/**
 * The renderer's one API client. It picks the transport once: the preload's named methods
 * in the desktop app, or HTTP to the web host (with the session token) in a browser.
 */
import type { ApiClient, MenuCommand } from '../../../electron/shared/api';
import { ApiError, type ApiResponse } from '../../../electron/shared/errors';

/** What the preload exposes on `window.roadbook` (see electron/preload). */
export interface DesktopBridge {
  readonly api: { readonly [domain: string]: { readonly [method: string]: (input: unknown) => Promise<ApiResponse<unknown>> } };
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  openExternal(url: string): Promise<void>;
  exportPdf(): Promise<ApiResponse<string | null>>;
}

declare global {
  interface Window {
    roadbook?: DesktopBridge;
  }
}

const TOKEN_KEY = 'roadbook.token';

/** Takes the token from `#token=…` once, keeps it for this tab, and removes it from the address bar. */
export function readSessionToken(): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

type Call = (channel: string, input: unknown) => Promise<ApiResponse<unknown>>;

function httpTransport(token: string | undefined): Call {
  return async (channel, input) => {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Roadbook-Token': token ?? '' },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as ApiResponse<unknown>;
  };
}

function desktopTransport(bridge: DesktopBridge): Call {
  return (channel, input) => {
    const [domain, name] = channel.split('.') as [string, string];
    return bridge.api[domain]![name]!(input);
  };
}

/**
 * `client.<domain>.<method>(input)` for every contract entry. The names come from the typed
 * contract at compile time; the renderer does not import the table itself, which would bundle
 * zod. A misspelt name cannot compile, and the hosts answer `unknown-method` to anything else.
 */
function buildClient(call: Call): ApiClient {
  const domains = new Map<string, Record<string, (input: unknown) => Promise<unknown>>>();
  const domainFor = (domain: string) =>
    new Proxy({} as Record<string, (input: unknown) => Promise<unknown>>, {
      get: (cache, name) => {
        // Not `then`: a domain object must never look like a promise to `await`.
        if (typeof name !== 'string' || name === 'then') return undefined;
        return (cache[name] ??= async (input: unknown) => {
          const result = await call(`${domain}.${name}`, input);
          if (!result.ok) throw new ApiError(result.error);
          return result.value;
        });
      },
    });
  return new Proxy({} as ApiClient, {
    get: (_, domain) => {
      if (typeof domain !== 'string' || domain === 'then') return undefined;
      if (!domains.has(domain)) domains.set(domain, domainFor(domain));
      return domains.get(domain);
    },
  });
}

export const isDesktop = typeof window !== 'undefined' && window.roadbook !== undefined;

export const client: ApiClient = buildClient(
  isDesktop ? desktopTransport(window.roadbook!) : httpTransport(readSessionToken()),
);

/** Opens an http(s) link outside the app: the system browser on the desktop, a new tab on the web. */
export function openExternal(url: string): void {
  if (!/^https?:\/\//i.test(url)) return;
  if (isDesktop) void window.roadbook!.openExternal(url);
  else window.open(url, '_blank', 'noopener,noreferrer');
}

/**
 * Prints the current view: on the desktop straight to a PDF the learner saves (resolving to its
 * path, or null when cancelled); in a browser through the print dialog, which offers PDF too.
 */
export async function printToPdf(): Promise<string | null> {
  if (!isDesktop) {
    window.print();
    return null;
  }
  const response = await window.roadbook!.exportPdf();
  if (!response.ok) throw new ApiError(response.error);
  return response.value;
}

/** Subscribes to application-menu commands (desktop only; a no-op in the browser). */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return isDesktop ? window.roadbook!.onMenuCommand(listener) : () => {};
}
