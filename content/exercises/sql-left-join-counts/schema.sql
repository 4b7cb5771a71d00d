CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  status TEXT NOT NULL,
  total REAL NOT NULL
);

INSERT INTO customers (id, name) VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Linus'), (4, 'Edsger');

INSERT INTO orders (customer_id, status, total) VALUES
  (1, 'paid', 100),
  (1, 'paid', 50),
  (1, 'refunded', 30),
  (2, 'paid', 80),
  (2, 'cancelled', 500),
  (3, 'refunded', 20);
