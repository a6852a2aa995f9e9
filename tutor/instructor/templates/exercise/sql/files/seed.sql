CREATE TABLE members (name TEXT NOT NULL, age INTEGER NOT NULL);
INSERT INTO members (name, age) VALUES ('Ana', 31), ('Bo', 17), ('Cy', 45);
