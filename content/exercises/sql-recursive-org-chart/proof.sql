CREATE VIEW org_chart AS
WITH RECURSIVE tree (id, name, depth, path) AS (
  SELECT id, name, 0, name
  FROM employees
  WHERE manager_id IS NULL
  UNION ALL
  SELECT e.id, e.name, t.depth + 1, t.path || ' > ' || e.name
  FROM employees AS e
  JOIN tree AS t ON e.manager_id = t.id
)
SELECT id, name, depth, path
FROM tree
ORDER BY path;
