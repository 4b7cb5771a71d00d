-- Each transfer: a guarded debit, then a credit and a ledger row that only happen
-- if the step before changed exactly one row.
BEGIN;
UPDATE accounts SET balance = balance - 30 WHERE id = 1 AND balance >= 30;
UPDATE accounts SET balance = balance + 30 WHERE id = 2 AND changes() = 1;
INSERT INTO transfers (from_id, to_id, amount) SELECT 1, 2, 30 WHERE changes() = 1;
COMMIT;

BEGIN;
UPDATE accounts SET balance = balance - 500 WHERE id = 2 AND balance >= 500;
UPDATE accounts SET balance = balance + 500 WHERE id = 3 AND changes() = 1;
INSERT INTO transfers (from_id, to_id, amount) SELECT 2, 3, 500 WHERE changes() = 1;
COMMIT;

BEGIN;
UPDATE accounts SET balance = balance - 80 WHERE id = 2 AND balance >= 80;
UPDATE accounts SET balance = balance + 80 WHERE id = 3 AND changes() = 1;
INSERT INTO transfers (from_id, to_id, amount) SELECT 2, 3, 80 WHERE changes() = 1;
COMMIT;
