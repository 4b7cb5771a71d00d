-- Create the view statement(id, account, happened_at, amount, balance) where balance is
-- the running total of the account after each entry (same-time entries in id order).
-- This version keeps one running total across all accounts, and same-time entries share it.
CREATE VIEW statement AS
SELECT id, account, happened_at, amount,
       SUM(amount) OVER (ORDER BY happened_at) AS balance
FROM ledger
ORDER BY account, happened_at, id;
