-- List the email and name of every active user, sorted by email.
SELECT * FROM users;
