CREATE VIEW statement AS
SELECT id, account, happened_at, amount,
       SUM(amount) OVER (
         PARTITION BY account
         ORDER BY happened_at, id
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS balance
FROM ledger
ORDER BY account, happened_at, id;
