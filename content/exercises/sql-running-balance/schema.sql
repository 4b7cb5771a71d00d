CREATE TABLE ledger (
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL,
  happened_at TEXT NOT NULL,
  amount INTEGER NOT NULL
);

INSERT INTO ledger (id, account, happened_at, amount) VALUES
  (1, 'alice', '2024-06-01 09:00', 100),
  (2, 'bob', '2024-06-01 10:00', 500),
  (3, 'alice', '2024-06-02 12:00', -30),
  (4, 'alice', '2024-06-02 12:00', -20),
  (5, 'bob', '2024-06-03 16:45', -120),
  (6, 'alice', '2024-06-05 08:30', 15);
