CREATE VIEW team_load AS
SELECT team,
       COUNT(*) AS open_tickets,
       SUM(priority = 'urgent') AS urgent_open,
       MIN(opened_at) AS oldest_open
FROM tickets
WHERE closed_at IS NULL
GROUP BY team
HAVING COUNT(*) >= 3
ORDER BY open_tickets DESC, team;
