import { test, assert } from 'roadbook:test';
import { sumTotals, formatCents } from 'solution';

const orders = [
  { id: 1, total: 1250, status: 'paid' },
  { id: 2, total: 990, status: 'cancelled' },
  { id: 3, total: 300, status: 'shipped' },
];

test('adds the totals of orders that were not cancelled', () => {
  assert.equal(sumTotals(orders), 1550);
});

test('sums an empty list to zero', () => {
  assert.equal(sumTotals([]), 0);
});

test('does not change the orders it is given', () => {
  const copy = orders.map((order) => ({ ...order }));
  sumTotals(orders);
  assert.deepEqual(orders, copy);
});

test('formats cents as dollars with two decimals', () => {
  assert.equal(formatCents(1550), '$15.50');
  assert.equal(formatCents(5), '$0.05');
  assert.equal(formatCents(0), '$0.00');
});
