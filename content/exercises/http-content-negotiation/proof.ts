export const ROWS = [
  { region: 'North', month: '2024-01', revenue: 1200 },
  { region: 'Coast, South', month: '2024-01', revenue: 950 },
  { region: 'The "Hub"', month: '2024-02', revenue: 1730 },
];

type Range = { type: string; subtype: string; q: number };

const SERVED = ['application/json', 'text/csv'] as const;

function parseAccept(header: string): Range[] {
  const ranges: Range[] = [];
  for (const part of header.split(',')) {
    const [mediaRange, ...params] = part.split(';').map((s) => s.trim());
    if (!mediaRange) continue;
    const [type, subtype] = mediaRange.toLowerCase().split('/');
    if (!type || !subtype) continue;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split('=').map((s) => s.trim());
      if (name.toLowerCase() === 'q') {
        const parsed = Number(value);
        q = Number.isFinite(parsed) ? Math.min(1, Math.max(0, parsed)) : 0;
      }
    }
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

function quality(mediaType: string, ranges: Range[]): number {
  const [type, subtype] = mediaType.split('/');
  let best = -1;
  let q = 0;
  for (const r of ranges) {
    let specificity = -1;
    if (r.type === type && r.subtype === subtype) specificity = 2;
    else if (r.type === type && r.subtype === '*') specificity = 1;
    else if (r.type === '*' && r.subtype === '*') specificity = 0;
    if (specificity > best) {
      best = specificity;
      q = r.q;
    }
  }
  return q;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(): string {
  const lines = [['region', 'month', 'revenue'], ...ROWS.map((r) => [r.region, r.month, r.revenue])];
  return lines.map((fields) => fields.map(csvField).join(',') + '\r\n').join('');
}

export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname !== '/reports/sales') return new Response('Not found', { status: 404 });

  const header = (request.headers.get('accept') ?? '').trim();
  let chosen: (typeof SERVED)[number] | null = 'application/json';
  if (header !== '') {
    const ranges = parseAccept(header);
    chosen = null;
    let bestQ = 0;
    for (const type of SERVED) {
      const q = quality(type, ranges);
      if (q > bestQ) {
        bestQ = q;
        chosen = type;
      }
    }
  }

  if (chosen === null) {
    return new Response(`Not acceptable. Available: ${SERVED.join(', ')}\n`, {
      status: 406,
      headers: { 'content-type': 'text/plain; charset=utf-8', vary: 'Accept' },
    });
  }
  if (chosen === 'text/csv') {
    return new Response(toCsv(), { headers: { 'content-type': 'text/csv; charset=utf-8', vary: 'Accept' } });
  }
  return new Response(JSON.stringify(ROWS), { headers: { 'content-type': 'application/json', vary: 'Accept' } });
}
