CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  owner TEXT NOT NULL,
  balance INTEGER NOT NULL
);

CREATE TABLE transfers (
  id INTEGER PRIMARY KEY,
  from_id INTEGER NOT NULL REFERENCES accounts (id),
  to_id INTEGER NOT NULL REFERENCES accounts (id),
  amount INTEGER NOT NULL CHECK (amount > 0)
);

INSERT INTO accounts (id, owner, balance) VALUES (1, 'Alice', 100), (2, 'Bob', 50), (3, 'Carol', 10);
