export const ROWS = [
  { region: 'North', month: '2024-01', revenue: 1200 },
  { region: 'Coast, South', month: '2024-01', revenue: 950 },
  { region: 'The "Hub"', month: '2024-02', revenue: 1730 },
];

// GET /reports/sales: serve JSON or CSV depending on the Accept header (see the README),
// 406 when neither is acceptable, and always Vary: Accept.
// This version looks for the text "csv" anywhere in Accept and writes CSV without quoting.
export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname !== '/reports/sales') return new Response('Not found', { status: 404 });
  const accept = request.headers.get('accept') ?? '';
  if (accept.includes('csv')) {
    const lines = ['region,month,revenue', ...ROWS.map((r) => `${r.region},${r.month},${r.revenue}`)];
    return new Response(lines.join('\n'), { headers: { 'content-type': 'text/csv' } });
  }
  return new Response(JSON.stringify(ROWS), { headers: { 'content-type': 'application/json' } });
}
