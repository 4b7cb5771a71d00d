SELECT email, name
FROM users
WHERE active = 1
ORDER BY email;
