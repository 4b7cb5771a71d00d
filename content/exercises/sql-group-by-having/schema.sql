CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  team TEXT NOT NULL,
  priority TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  closed_at TEXT
);

INSERT INTO tickets (team, priority, opened_at, closed_at) VALUES
  ('billing', 'urgent', '2024-05-01', NULL),
  ('billing', 'normal', '2024-05-04', NULL),
  ('billing', 'urgent', '2024-05-06', NULL),
  ('billing', 'low', '2024-05-07', NULL),
  ('billing', 'urgent', '2024-04-20', '2024-04-21'),
  ('shipping', 'normal', '2024-05-02', NULL),
  ('shipping', 'urgent', '2024-05-05', NULL),
  ('shipping', 'low', '2024-05-08', NULL),
  ('accounts', 'normal', '2024-05-03', NULL),
  ('accounts', 'low', '2024-05-03', NULL),
  ('accounts', 'normal', '2024-05-09', NULL),
  ('accounts', 'urgent', '2024-04-01', '2024-04-02'),
  ('returns', 'urgent', '2024-05-01', NULL),
  ('returns', 'urgent', '2024-05-02', NULL),
  ('returns', 'normal', '2024-04-11', '2024-04-15'),
  ('returns', 'normal', '2024-04-12', '2024-04-15'),
  ('search', 'low', '2024-03-01', '2024-03-02');
