export const ITEMS = Array.from({ length: 95 }, (_, i) => ({ id: i + 1, name: `Item ${i + 1}` }));

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function readParam(url: URL, name: string, fallback: number, max: number): number | string {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) return `${name} must be a whole number`;
  const value = Number(raw);
  if (value < 1 || value > max) return `${name} must be between 1 and ${max}`;
  return value;
}

export async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname !== '/items') return json(404, { error: 'not found' });
  if (request.method !== 'GET') return json(405, { error: 'method not allowed' }, { allow: 'GET' });

  const page = readParam(url, 'page', 1, Number.MAX_SAFE_INTEGER);
  const perPage = readParam(url, 'per_page', 10, 50);
  if (typeof page === 'string') return json(400, { error: page });
  if (typeof perPage === 'string') return json(400, { error: perPage });

  const lastPage = Math.max(1, Math.ceil(ITEMS.length / perPage));
  const link = (n: number, rel: string) => `<${url.origin}${url.pathname}?page=${n}&per_page=${perPage}>; rel="${rel}"`;
  const links = [link(1, 'first')];
  if (page > 1 && page <= lastPage) links.push(link(page - 1, 'prev'));
  if (page < lastPage) links.push(link(page + 1, 'next'));
  links.push(link(lastPage, 'last'));

  const items = ITEMS.slice((page - 1) * perPage, page * perPage);
  return json(200, items, { 'x-total-count': String(ITEMS.length), link: links.join(', ') });
}
