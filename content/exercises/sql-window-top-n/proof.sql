CREATE VIEW top_products AS
WITH revenue AS (
  SELECT p.category AS category, p.name AS product, SUM(s.quantity * s.unit_price) AS revenue
  FROM products AS p
  JOIN sales AS s ON s.product_id = p.id
  GROUP BY p.id, p.category, p.name
),
ranked AS (
  SELECT category, product, revenue,
         ROW_NUMBER() OVER (PARTITION BY category ORDER BY revenue DESC, product) AS position
  FROM revenue
)
SELECT category, product, revenue, position
FROM ranked
WHERE position <= 2
ORDER BY category, position;
