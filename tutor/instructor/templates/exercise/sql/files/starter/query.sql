-- TODO: give only the members aged 18 or over
SELECT name, age FROM members;
