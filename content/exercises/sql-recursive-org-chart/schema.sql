CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  manager_id INTEGER
);

INSERT INTO employees (id, name, manager_id) VALUES
  (1, 'Ada', NULL),
  (2, 'Grace', 1),
  (3, 'Margaret', 1),
  (4, 'Edsger', 2),
  (5, 'Linus', 2),
  (6, 'Barbara', 3),
  (7, 'Ken', 6),
  (8, 'Radia', NULL),
  (9, 'Ghost', 42);
