-- Create the view top_products(category, product, revenue, position): the two products
-- with the most revenue in each category (ties by name), sorted by category and position.
-- This version computes revenue per product but ranks across ALL categories at once.
CREATE VIEW top_products AS
WITH revenue AS (
  SELECT p.category AS category, p.name AS product, SUM(s.quantity * s.unit_price) AS revenue
  FROM products AS p
  JOIN sales AS s ON s.product_id = p.id
  GROUP BY p.id
)
SELECT category, product, revenue,
       ROW_NUMBER() OVER (ORDER BY revenue DESC) AS position
FROM revenue
ORDER BY category, position;
