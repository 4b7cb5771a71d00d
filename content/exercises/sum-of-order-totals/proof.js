export function sumTotals(orders) {
  return orders.filter((order) => order.status !== 'cancelled').reduce((sum, order) => sum + order.total, 0);
}

export function formatCents(cents) {
  return `$${(cents / 100).toFixed(2)}`;
}
