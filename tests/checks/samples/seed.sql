-- Members of the library
CREATE TABLE members (name TEXT, age INTEGER, town TEXT);
INSERT INTO members VALUES ('Ana', 31, 'Leeds'), ('Bo', 17, 'York'), ('Cy', 45, 'Leeds');
