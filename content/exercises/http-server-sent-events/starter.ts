type Notification =
  | { id: number; type: 'order'; data: { orderId: string; status: string } }
  | { id: number; type: 'chat'; data: string };

export const NOTIFICATIONS: Notification[] = [
  { id: 1, type: 'order', data: { orderId: 'A-100', status: 'paid' } },
  { id: 2, type: 'chat', data: 'Hi!\nYour parcel is on its way.' },
  { id: 3, type: 'order', data: { orderId: 'A-100', status: 'shipped' } },
  { id: 4, type: 'chat', data: 'Questions? Just reply here.' },
  { id: 5, type: 'order', data: { orderId: 'B-7', status: 'paid' } },
];

// GET /events: a text/event-stream body with a retry hint and one block per notification,
// honouring Last-Event-ID (see the README for the exact format).
// This version writes every notification as a single JSON data line, with no ids,
// no event names and no resume support.
export async function handle(request: Request): Promise<Response> {
  if (new URL(request.url).pathname !== '/events') return new Response('Not found', { status: 404 });
  const body = NOTIFICATIONS.map((n) => `data: ${JSON.stringify(n.data)}\n\n`).join('');
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}
