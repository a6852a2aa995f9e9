-- Adults in Leeds
SELECT name, age
FROM members
WHERE town = 'Leeds' AND age >= 18;
