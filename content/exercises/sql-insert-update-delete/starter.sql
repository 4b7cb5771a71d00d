-- 1. Add 'Write release notes' (priority 2, due 2024-07-01, not done).
-- 2. Mark 'Fix login bug' as done.
-- 3. Raise the priority by 1 of every undone task due before 2024-06-15.
-- 4. Delete every done task that was due before 2024-06-01.
-- Step 1 is written for you; add the other three.
INSERT INTO tasks (title, priority, due_date) VALUES ('Write release notes', 2, '2024-07-01');
