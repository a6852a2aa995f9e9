-- Adults, oldest first

SELECT name, age
FORM members
WHERE age >= 18;
