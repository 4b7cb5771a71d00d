import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE, parseHash, routeToHash, VIEW_IDS, type Route } from '../../../renderer/src/app/router';

describe('the hash router', () => {
  it('reopens the HTTP topic after a reload on #/roadmap/http', () => {
    expect(parseHash('#/roadmap/http')).toEqual({ view: 'roadmap', topicId: 'http' });
    expect(parseHash('#/roadmap/dns-and-domain-names')).toEqual({ view: 'roadmap', topicId: 'dns-and-domain-names' });
  });

  it('reopens every view of the sidebar after a reload', () => {
    for (const view of VIEW_IDS) expect(parseHash(`#/${view}`)).toEqual({ view });
  });

  it('falls back to the roadmap for an empty, unknown or malformed hash', () => {
    for (const hash of ['', '#', '#/', '#/nope', '#/Roadmap', '#token=abc123', '#/__proto__', '#/constructor', '#/toString']) {
      expect(parseHash(hash), hash).toEqual(DEFAULT_ROUTE);
    }
    expect(DEFAULT_ROUTE).toEqual({ view: 'roadmap' });
  });

  it('accepts a hash written without the leading slash or with a trailing one', () => {
    expect(parseHash('#settings')).toEqual({ view: 'settings' });
    expect(parseHash('#/roadmap/http/')).toEqual({ view: 'roadmap', topicId: 'http' });
  });

  it('opens only roadmap topics, and only ids a topic could have', () => {
    // A topic belongs to the roadmap's side panel; other views ignore it.
    expect(parseHash('#/settings/http')).toEqual({ view: 'settings' });
    expect(parseHash('#/progress/http')).toEqual({ view: 'progress' });
    // Not a content id: the roadmap opens with no panel instead of a broken one.
    for (const topic of ['HTTP', 'a%20b', '..', 'x'.repeat(81), '<script>']) {
      expect(parseHash(`#/roadmap/${topic}`), topic).toEqual({ view: 'roadmap' });
    }
  });

  it('writes routes as hashes that read back to the same route', () => {
    const routes: Route[] = [
      { view: 'roadmap' },
      { view: 'roadmap', topicId: 'http' },
      { view: 'git' },
      { view: 'settings' },
    ];
    for (const route of routes) expect(parseHash(routeToHash(route))).toEqual(route);
    expect(routeToHash({ view: 'roadmap', topicId: 'http' })).toBe('#/roadmap/http');
    expect(routeToHash({ view: 'review' })).toBe('#/review');
  });
});
