CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  price REAL NOT NULL,
  stock INTEGER NOT NULL,
  discontinued INTEGER NOT NULL DEFAULT 0
);

INSERT INTO products (name, category, price, stock, discontinued) VALUES
  ('The Patient Debugger', 'books', 18.99, 4, 0),
  ('Shell Scripting Basics', 'books', 12.00, 10, 0),
  ('Pocket Guide to HTTP', 'books', 12.00, 3, 0),
  ('Learning SQL the Slow Way', 'books', 9.50, 7, 0),
  ('Distributed Systems in Depth', 'books', 54.00, 2, 0),
  ('Regex Puzzles', 'books', 20.00, 5, 0),
  ('Old Perl Tricks', 'books', 4.99, 12, 1),
  ('Git Pocket Reference', 'books', 15.00, 0, 0),
  ('Mechanical Keyboard', 'hardware', 89.00, 6, 0),
  ('Laptop Sticker Pack', 'merch', 5.00, 100, 0);
