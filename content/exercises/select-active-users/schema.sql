CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);

INSERT INTO users (email, name, active) VALUES
  ('linus@example.com', 'Linus', 1),
  ('ada@example.com', 'Ada', 1),
  ('grace@example.com', 'Grace', 0),
  ('margaret@example.com', 'Margaret', 1),
  ('ken@example.com', 'Ken', 0);
