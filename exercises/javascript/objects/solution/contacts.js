// An address book: each contact is an object.

function makeContact(name, phone) {
  return { name: name, phone: phone, favourite: false };
}

function describe(contact) {
  let text = contact.name + ": " + contact.phone;
  if (contact.favourite) {
    text = text + " (favourite)";
  }
  return text;
}

function markFavourite(contact) {
  contact.favourite = true;
  return contact;
}

function findPhone(contacts, name) {
  for (const contact of contacts) {
    if (contact.name === name) {
      return contact.phone;
    }
  }
  return null;
}
