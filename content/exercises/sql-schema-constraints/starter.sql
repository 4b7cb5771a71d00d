-- Create the users and posts tables with the rules from the README:
-- NOT NULL, UNIQUE (ignoring case), CHECK, DEFAULT and a FOREIGN KEY with ON DELETE CASCADE.
-- Remember: SQLite only enforces foreign keys after PRAGMA foreign_keys = ON;
-- This version has the right columns but no rules at all.
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT,
  display_name TEXT
);

CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  author_id INTEGER,
  title TEXT,
  status TEXT,
  published_at TEXT
);
