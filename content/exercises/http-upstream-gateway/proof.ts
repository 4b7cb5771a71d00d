export const UPSTREAM = 'https://weather.example.com';
export const API_KEY = 'demo-key-123';
export const TIMEOUT_MS = 30;

class UpstreamTimeout extends Error {}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

async function fetchWithTimeout(url: string, init: RequestInit): Promise<Response> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new UpstreamTimeout());
    }, TIMEOUT_MS);
  });
  try {
    return await Promise.race([fetch(url, { ...init, signal: controller.signal }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function handle(request: Request): Promise<Response> {
  const match = /^\/weather\/([^/]+)$/.exec(new URL(request.url).pathname);
  if (!match || request.method !== 'GET') return json(404, { error: 'not found' });

  let city: string;
  try {
    city = decodeURIComponent(match[1]);
  } catch {
    return json(400, { error: 'the city name is not valid' });
  }
  if (!/^[\p{L} '-]{1,60}$/u.test(city)) return json(400, { error: 'the city name is not valid' });

  const url = new URL('/v1/current', UPSTREAM);
  url.searchParams.set('city', city);

  let upstream: Response;
  try {
    upstream = await fetchWithTimeout(url.toString(), {
      headers: { accept: 'application/json', 'x-api-key': API_KEY },
    });
  } catch (error) {
    if (error instanceof UpstreamTimeout) return json(504, { error: 'the weather service did not answer in time' });
    return json(502, { error: 'could not reach the weather service' });
  }

  if (upstream.status === 404) return json(404, { error: 'unknown city' });
  if (upstream.status === 429) {
    const retryAfter = upstream.headers.get('retry-after');
    return json(503, { error: 'the weather service is busy, try again later' }, retryAfter ? { 'retry-after': retryAfter } : {});
  }
  if (upstream.status !== 200) return json(502, { error: 'the weather service failed' });

  let data: unknown;
  try {
    data = await upstream.json();
  } catch {
    return json(502, { error: 'the weather service sent an unreadable answer' });
  }
  const d = (data ?? {}) as Record<string, unknown>;
  if (typeof d.city !== 'string' || typeof d.temp_c !== 'number' || typeof d.conditions !== 'string') {
    return json(502, { error: 'the weather service sent an incomplete answer' });
  }
  return json(200, { city: d.city, temperatureC: d.temp_c, conditions: d.conditions });
}
