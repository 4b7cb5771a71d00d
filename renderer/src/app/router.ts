/**
 * A tiny hash router: the route lives in `location.hash` (`#/roadmap`, `#/roadmap/<topicId>`,
 * `#/settings`…) so it survives a reload and works the same on the app protocol and the web host.
 */
import { useMemo, useSyncExternalStore } from 'react';

export const VIEW_IDS = ['roadmap', 'git', 'exercises', 'review', 'progress', 'settings'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface Route {
  readonly view: ViewId;
  /** The topic open in the side panel (roadmap only). */
  readonly topicId?: string;
  /** The exercise open in the editor (exercises only). */
  readonly exerciseId?: string;
  /** The git level being played (git only): `#/git/level/<id>`. */
  readonly levelId?: string;
  /** The free-play sandbox open (git only): `#/git/sandbox/<name>`. */
  readonly sandbox?: string;
}

export const DEFAULT_ROUTE: Route = { view: 'roadmap' };

function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}

/** Reads a route from a hash; anything unknown is the roadmap. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [view, topic] = parts;
  if (!view || !isViewId(view)) return DEFAULT_ROUTE;
  if (view === 'roadmap' && topic && /^[a-z0-9-]{1,80}$/.test(topic)) return { view, topicId: topic };
  if (view === 'exercises' && topic && /^[a-z0-9-]{1,80}$/.test(topic)) return { view, exerciseId: topic };
  if (view === 'git' && topic === 'level' && parts[2] && /^[a-z0-9-]{1,80}$/.test(parts[2])) return { view, levelId: parts[2] };
  if (view === 'git' && topic === 'sandbox' && parts[2] && /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/.test(parts[2])) return { view, sandbox: parts[2] };
  return { view };
}

export function routeToHash(route: Route): string {
  if (route.levelId) return `#/${route.view}/level/${route.levelId}`;
  if (route.sandbox) return `#/${route.view}/sandbox/${route.sandbox}`;
  const item = route.topicId ?? route.exerciseId;
  return item ? `#/${route.view}/${item}` : `#/${route.view}`;
}

/** Goes to a route; `replace` keeps it out of the back history. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeToHash(route);
  if (window.location.hash === hash) return;
  if (options.replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

export function openTopic(topicId: string): void {
  navigate({ view: 'roadmap', topicId });
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseHash(hash), [hash]);
}
