INSERT INTO tasks (title, priority, due_date) VALUES ('Write release notes', 2, '2024-07-01');

UPDATE tasks SET done = 1 WHERE title = 'Fix login bug';

UPDATE tasks SET priority = priority + 1 WHERE done = 0 AND due_date < '2024-06-15';

DELETE FROM tasks WHERE done = 1 AND due_date < '2024-06-01';
