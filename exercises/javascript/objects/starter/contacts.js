// An address book: each contact is an object.

function makeContact(name, phone) {
  // TODO: return an object with the properties name, phone and
  // favourite (false for a new contact).
}

function describe(contact) {
  // TODO: return "name: phone", and add " (favourite)" at the end
  // when the contact is a favourite.
}

function markFavourite(contact) {
  // TODO: make the contact a favourite, then return it.
}

function findPhone(contacts, name) {
  // TODO: return the phone of the contact with this name,
  // or null when there is no such contact.
}
