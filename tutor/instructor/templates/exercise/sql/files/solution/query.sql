SELECT name, age FROM members WHERE age >= 18;
