CREATE VIEW budget_books AS
SELECT name, price
FROM products
WHERE category = 'books'
  AND price < 20
  AND stock > 0
  AND discontinued = 0
ORDER BY price, name;
