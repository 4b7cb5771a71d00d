CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  department TEXT NOT NULL,
  salary INTEGER NOT NULL
);

INSERT INTO employees (name, department, salary) VALUES
  ('Ada', 'engineering', 95000),
  ('Grace', 'engineering', 98000),
  ('Linus', 'engineering', 69000),
  ('Hedy', 'sales', 61000),
  ('Joan', 'sales', 52000),
  ('Alan', 'sales', 52000),
  ('Radia', 'support', 48000),
  ('Barbara', 'support', 48000);
