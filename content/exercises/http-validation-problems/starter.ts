// POST /orders: answer 405, 415, 400 and 422 as described in the README, using
// application/problem+json bodies, and 201 for a valid order.
// This version trusts every request and accepts it.
let nextId = 1;

export async function handle(request: Request): Promise<Response> {
  const order = await request.json();
  const id = `ord_${nextId++}`;
  const itemCount = order.items.reduce((sum: number, item: { quantity: number }) => sum + item.quantity, 0);
  return new Response(JSON.stringify({ id, itemCount }), {
    status: 201,
    headers: { 'content-type': 'application/json', location: `/orders/${id}` },
  });
}
