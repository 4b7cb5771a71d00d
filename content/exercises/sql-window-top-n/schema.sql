CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL
);

CREATE TABLE sales (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products (id),
  quantity INTEGER NOT NULL,
  unit_price REAL NOT NULL
);

INSERT INTO products (id, name, category) VALUES
  (1, 'SQL Antipatterns', 'books'),
  (2, 'HTTP Pocket Guide', 'books'),
  (3, 'Regex Recipes', 'books'),
  (4, 'Keyboard', 'hardware'),
  (5, 'USB-C Hub', 'hardware'),
  (6, 'Mouse', 'hardware'),
  (7, 'Sticker Pack', 'merch'),
  (8, 'Hoodie', 'merch');

INSERT INTO sales (product_id, quantity, unit_price) VALUES
  (1, 5, 40), (1, 5, 40),
  (2, 10, 30),
  (3, 4, 25), (3, 4, 25),
  (4, 8, 90),
  (5, 20, 45),
  (6, 7, 20),
  (7, 10, 5);
