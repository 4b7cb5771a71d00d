CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT NOT NULL
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER,
  ordered_at TEXT NOT NULL,
  total REAL NOT NULL
);

INSERT INTO customers (id, name, city) VALUES
  (1, 'Ada', 'London'),
  (2, 'Grace', 'Arlington'),
  (3, 'Linus', 'Helsinki'),
  (4, 'Margaret', 'Boston');

INSERT INTO orders (id, customer_id, ordered_at, total) VALUES
  (1, 1, '2024-03-01', 120.00),
  (2, 2, '2024-03-02', 35.50),
  (3, 1, '2024-03-05', 12.00),
  (4, NULL, '2024-03-06', 9.99),
  (5, 3, '2024-03-07', 64.00),
  (6, 99, '2024-03-08', 15.00);
