type Article = { slug: string; title: string; body: string };

const articles = new Map<string, Article>([
  ['http-caching', { slug: 'http-caching', title: 'HTTP caching', body: 'Caches keep copies of responses.' }],
  ['etags', { slug: 'etags', title: 'ETags', body: 'An ETag identifies one version of a resource.' }],
  ['status-304', { slug: 'status-304', title: '304 Not Modified', body: 'Nothing changed, use your copy.' }],
]);

async function etagOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `"${hex}"`;
}

function tagsIn(header: string): string[] {
  return header.split(',').map((t) => t.trim()).filter(Boolean);
}

async function represent(article: Article): Promise<Response> {
  const body = JSON.stringify(article);
  return new Response(body, {
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache', etag: await etagOf(body) },
  });
}

export async function handle(request: Request): Promise<Response> {
  const match = /^\/articles\/([^/]+)$/.exec(new URL(request.url).pathname);
  if (!match) return new Response('Not found', { status: 404 });
  const article = articles.get(match[1]);

  if (request.method === 'GET') {
    if (!article) return new Response('Not found', { status: 404 });
    const body = JSON.stringify(article);
    const etag = await etagOf(body);
    const headers = { 'cache-control': 'no-cache', etag };
    const ifNoneMatch = request.headers.get('if-none-match');
    if (ifNoneMatch !== null) {
      const tags = tagsIn(ifNoneMatch);
      if (tags.includes('*') || tags.some((t) => t.replace(/^W\//, '') === etag)) {
        return new Response(null, { status: 304, headers });
      }
    }
    return new Response(body, { headers: { 'content-type': 'application/json', ...headers } });
  }

  if (request.method === 'PUT') {
    if (!article) return new Response('Not found', { status: 404 });
    const ifMatch = request.headers.get('if-match');
    if (ifMatch === null) {
      return new Response('Send If-Match with the ETag you last saw.', { status: 428 });
    }
    const current = await etagOf(JSON.stringify(article));
    if (!tagsIn(ifMatch).some((t) => t === current || t === '*')) {
      return new Response('The article changed since you read it.', { status: 412 });
    }
    let update: unknown;
    try {
      update = await request.json();
    } catch {
      return new Response('The body must be JSON.', { status: 400 });
    }
    const { title, body } = (update ?? {}) as { title?: unknown; body?: unknown };
    if (typeof title !== 'string' || typeof body !== 'string') {
      return new Response('Send a JSON object with string "title" and "body".', { status: 400 });
    }
    article.title = title;
    article.body = body;
    return represent(article);
  }

  return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, PUT' } });
}
