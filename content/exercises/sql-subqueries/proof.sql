CREATE VIEW above_average AS
SELECT e.name AS name,
       e.department AS department,
       e.salary AS salary,
       ROUND(dept.avg_salary, 2) AS department_avg
FROM employees AS e
JOIN (
  SELECT department, AVG(salary) AS avg_salary
  FROM employees
  GROUP BY department
) AS dept ON dept.department = e.department
WHERE e.salary > dept.avg_salary
ORDER BY e.department, e.salary DESC;
