-- Attempt the three transfers from the README, each atomic, each only if the payer
-- can afford it (otherwise: no effect at all).
-- This version runs every transfer unconditionally, so Bob ends up far below zero.
BEGIN;
UPDATE accounts SET balance = balance - 30 WHERE id = 1;
UPDATE accounts SET balance = balance + 30 WHERE id = 2;
INSERT INTO transfers (from_id, to_id, amount) VALUES (1, 2, 30);
COMMIT;

BEGIN;
UPDATE accounts SET balance = balance - 500 WHERE id = 2;
UPDATE accounts SET balance = balance + 500 WHERE id = 3;
INSERT INTO transfers (from_id, to_id, amount) VALUES (2, 3, 500);
COMMIT;

BEGIN;
UPDATE accounts SET balance = balance - 80 WHERE id = 2;
UPDATE accounts SET balance = balance + 80 WHERE id = 3;
INSERT INTO transfers (from_id, to_id, amount) VALUES (2, 3, 80);
COMMIT;
