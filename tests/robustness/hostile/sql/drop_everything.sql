DROP TABLE people;
SELECT name FROM people;
