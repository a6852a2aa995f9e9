function firstName(person) {
  // person.name is missing, so this fails on line 3
  return person.name.split(" ")[0];
}
