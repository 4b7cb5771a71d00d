-- Create the view order_details(order_id, customer, city, total): each order with its
-- customer's name and city, orders without a known customer left out, sorted by order_id.
-- This version lists the orders but doesn't look up the customers yet.
CREATE VIEW order_details AS
SELECT id AS order_id, customer_id AS customer, NULL AS city, total
FROM orders
ORDER BY id;
