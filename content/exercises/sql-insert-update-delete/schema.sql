CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  priority INTEGER NOT NULL,
  due_date TEXT NOT NULL
);

INSERT INTO tasks (id, title, done, priority, due_date) VALUES
  (1, 'Fix login bug', 0, 3, '2024-06-10'),
  (2, 'Update dependencies', 1, 1, '2024-05-20'),
  (3, 'Write tests for cart', 0, 2, '2024-06-12'),
  (4, 'Plan sprint', 1, 2, '2024-06-05'),
  (5, 'Archive old logs', 0, 1, '2024-05-01'),
  (6, 'Refactor billing', 0, 4, '2024-07-10');
