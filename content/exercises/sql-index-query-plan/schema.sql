CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT NOT NULL
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  total REAL NOT NULL
);

WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO customers (id, email, name)
SELECT i, 'Customer' || i || '@Example.com', 'Customer ' || i FROM n;

WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO orders (customer_id, status, created_at, total)
SELECT (i % 50) + 1,
       CASE i % 4 WHEN 0 THEN 'pending' WHEN 1 THEN 'paid' WHEN 2 THEN 'shipped' ELSE 'cancelled' END,
       date('2024-01-01', '+' || (i % 180) || ' days'),
       (i * 37) % 200 + 0.5
FROM n;
