CREATE VIEW customer_stats AS
SELECT customers.name AS name,
       COUNT(orders.id) AS paid_orders,
       COALESCE(SUM(orders.total), 0) AS spent
FROM customers
LEFT JOIN orders
  ON orders.customer_id = customers.id
 AND orders.status = 'paid'
GROUP BY customers.id, customers.name
ORDER BY spent DESC, name;
