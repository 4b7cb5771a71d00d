function redirect(status: number, location: string): Response {
  return new Response(null, { status, headers: { location } });
}

const SAME_SITE_PATH = /^\/(?![/\\])/;

export async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname;
  const query = url.search;

  if (path !== '/' && path.endsWith('/')) return redirect(308, path.replace(/\/+$/, '') + query);
  if (path.startsWith('/old-blog/')) return redirect(301, '/blog/' + path.slice('/old-blog/'.length) + query);
  if (path.startsWith('/api/v1/')) return redirect(307, '/api/v2/' + path.slice('/api/v1/'.length) + query);
  if (path === '/login' && request.method === 'POST') return redirect(303, '/account' + query);
  if (path === '/promo' && request.method === 'GET') return redirect(302, '/sale/summer' + query);
  if (path === '/go' && request.method === 'GET') {
    const target = url.searchParams.get('to');
    if (target === null || !SAME_SITE_PATH.test(target)) {
      return new Response('That link leads off this site.', { status: 400 });
    }
    return redirect(302, target);
  }
  return new Response(`You are on ${path}`);
}
