export const ITEMS = Array.from({ length: 95 }, (_, i) => ({ id: i + 1, name: `Item ${i + 1}` }));

// GET /items?page=&per_page=: one page of ITEMS with X-Total-Count and a Link header
// (first, prev, next, last), 400 for bad parameters. See the README for the exact format.
// This version returns the right slice but no headers and no validation.
export async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname !== '/items') return new Response('Not found', { status: 404 });
  const page = Number(url.searchParams.get('page') ?? 1);
  const perPage = Number(url.searchParams.get('per_page') ?? 10);
  const items = ITEMS.slice((page - 1) * perPage, page * perPage);
  return new Response(JSON.stringify(items), { headers: { 'content-type': 'application/json' } });
}
