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

function block(notification: Notification): string {
  const payload = notification.type === 'order' ? JSON.stringify(notification.data) : notification.data;
  const dataLines = payload
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}\n`)
    .join('');
  return `id: ${notification.id}\nevent: ${notification.type}\n${dataLines}\n`;
}

export async function handle(request: Request): Promise<Response> {
  if (new URL(request.url).pathname !== '/events') return new Response('Not found', { status: 404 });
  if (request.method !== 'GET') return new Response('Method not allowed', { status: 405, headers: { allow: 'GET' } });

  const lastId = request.headers.get('last-event-id');
  const after = lastId !== null && /^\d+$/.test(lastId) ? Number(lastId) : 0;
  const pending = NOTIFICATIONS.filter((n) => n.id > after).sort((a, b) => a.id - b.id);

  const body = 'retry: 3000\n\n' + pending.map(block).join('');
  return new Response(body, {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
  });
}
