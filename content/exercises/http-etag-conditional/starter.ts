type Article = { slug: string; title: string; body: string };

const articles = new Map<string, Article>([
  ['http-caching', { slug: 'http-caching', title: 'HTTP caching', body: 'Caches keep copies of responses.' }],
  ['etags', { slug: 'etags', title: 'ETags', body: 'An ETag identifies one version of a resource.' }],
  ['status-304', { slug: 'status-304', title: '304 Not Modified', body: 'Nothing changed, use your copy.' }],
]);

// GET with ETag + If-None-Match (304), PUT with If-Match (428/412), as in the README.
// This version serves and overwrites articles without any ETags or preconditions.
export async function handle(request: Request): Promise<Response> {
  const match = /^\/articles\/([^/]+)$/.exec(new URL(request.url).pathname);
  const article = match ? articles.get(match[1]) : undefined;
  if (!article) return new Response('Not found', { status: 404 });
  if (request.method === 'PUT') {
    const update = await request.json();
    article.title = update.title;
    article.body = update.body;
  }
  return new Response(JSON.stringify(article), { headers: { 'content-type': 'application/json' } });
}
