CREATE VIEW order_details AS
SELECT orders.id AS order_id,
       customers.name AS customer,
       customers.city AS city,
       orders.total AS total
FROM orders
JOIN customers ON customers.id = orders.customer_id
ORDER BY orders.id;
