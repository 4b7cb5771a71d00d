-- Create the view customer_stats(name, paid_orders, spent): every customer, with the
-- number and sum of their PAID orders (0 when there are none), biggest spenders first,
-- ties by name.
-- This version uses an inner join and a WHERE filter, so customers without paid
-- orders disappear.
CREATE VIEW customer_stats AS
SELECT customers.name AS name, COUNT(*) AS paid_orders, SUM(orders.total) AS spent
FROM customers
JOIN orders ON orders.customer_id = customers.id
WHERE orders.status = 'paid'
GROUP BY customers.id
ORDER BY spent DESC, name;
