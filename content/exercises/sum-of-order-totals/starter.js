// Every amount is in cents. See the README for the rules the tests check.
export function sumTotals(orders) {
  let sum = 0;
  for (const order of orders) {
    sum += order.total;
  }
  return sum;
}

export function formatCents(cents) {
  return '$' + cents / 100;
}
