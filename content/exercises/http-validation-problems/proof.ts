type FieldProblem = { pointer: string; detail: string };

let nextId = 1;

function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  const body = { type: status === 422 ? 'https://example.com/problems/validation' : 'about:blank', title, status, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

function validate(body: unknown): FieldProblem[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ pointer: '', detail: 'the body must be a JSON object' }];
  }
  const order = body as Record<string, unknown>;
  const errors: FieldProblem[] = [];

  const email = order.customerEmail;
  if (typeof email !== 'string' || !/^[^@]+@[^@]+$/.test(email)) {
    errors.push({ pointer: '/customerEmail', detail: 'customerEmail must be an email address' });
  }

  const items = order.items;
  if (!Array.isArray(items) || items.length < 1 || items.length > 50) {
    errors.push({ pointer: '/items', detail: 'items must be an array of 1 to 50 entries' });
  } else {
    items.forEach((item: unknown, i) => {
      const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      if (typeof entry.sku !== 'string' || !/^[A-Z]{3}-\d{3}$/.test(entry.sku)) {
        errors.push({ pointer: `/items/${i}/sku`, detail: 'sku must look like ABC-123' });
      }
      const q = entry.quantity;
      if (typeof q !== 'number' || !Number.isInteger(q) || q < 1 || q > 99) {
        errors.push({ pointer: `/items/${i}/quantity`, detail: 'quantity must be a whole number from 1 to 99' });
      }
    });
  }

  const coupon = order.couponCode;
  if (coupon !== undefined && (typeof coupon !== 'string' || !/^[A-Za-z0-9]{3,20}$/.test(coupon))) {
    errors.push({ pointer: '/couponCode', detail: 'couponCode must be 3 to 20 letters or digits' });
  }
  return errors;
}

export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname !== '/orders') return problem(404, 'Not found');
  if (request.method !== 'POST') return problem(405, 'Method not allowed', {}, { allow: 'POST' });

  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return problem(415, 'Unsupported media type', { detail: 'send the order as application/json' });
  }

  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return problem(400, 'Malformed JSON', { detail: 'the request body is not valid JSON' });
  }

  const errors = validate(body);
  if (errors.length > 0) return problem(422, 'Your request has invalid fields', { errors });

  const items = (body as { items: Array<{ quantity: number }> }).items;
  const id = `ord_${nextId++}`;
  const itemCount = items.reduce((sum, item) => sum + item.quantity, 0);
  return new Response(JSON.stringify({ id, itemCount }), {
    status: 201,
    headers: { 'content-type': 'application/json', location: `/orders/${id}` },
  });
}
