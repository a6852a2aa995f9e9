"""Checks for contacts.js: objects, properties, and arrays of objects."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


ANA = {"name": "Ana", "phone": "555-0101", "favourite": False}
BEN = {"name": "Ben", "phone": "555-0199", "favourite": True}


def test_make_contact_builds_an_object(js):
    program = js("contacts.js")
    got = program.call("makeContact", "Ana", "555-0101")
    assert same(got, ANA), (
        f'makeContact("Ana", "555-0101") should give {show(ANA)}, but your function gave '
        f"{show(got)}. Return an object in curly brackets with the three properties."
    )


def test_describe_shows_name_and_phone(js):
    program = js("contacts.js")
    got = program.call("describe", ANA)
    assert same(got, "Ana: 555-0101"), (
        f'describe({show(ANA)}) should give "Ana: 555-0101", but your function gave '
        f"{show(got)}. Join contact.name, \": \" and contact.phone."
    )


def test_describe_marks_a_favourite(js):
    program = js("contacts.js")
    got = program.call("describe", BEN)
    assert same(got, "Ben: 555-0199 (favourite)"), (
        f'describe({show(BEN)}) should give "Ben: 555-0199 (favourite)", but your function '
        f"gave {show(got)}. When contact.favourite is true, add \" (favourite)\" at the end."
    )


def test_mark_favourite_changes_the_contact(js):
    program = js("contacts.js")
    got = program.eval(
        '(() => { const c = {name: "Ana", phone: "555-0101", favourite: false};'
        " markFavourite(c); return c; })()"
    )
    assert same(got, dict(ANA, favourite=True)), (
        "After markFavourite(c), c.favourite should be true, but c is now "
        f"{show(got)}. Set the property with `contact.favourite = true;`."
    )
    returned = program.call("markFavourite", ANA)
    assert same(returned, dict(ANA, favourite=True)), (
        f"markFavourite should return the contact, but it gave {show(returned)}. "
        "Add `return contact;` at the end."
    )


def test_find_phone_finds_the_contact_by_name(js):
    program = js("contacts.js")
    for name, expected in [("Ben", "555-0199"), ("Ana", "555-0101")]:
        got = program.call("findPhone", [ANA, BEN], name)
        assert same(got, expected), (
            f'findPhone([Ana, Ben], "{name}") should give "{expected}", but your function '
            f"gave {show(got)}. Loop over contacts and return contact.phone when "
            "contact.name === name."
        )


def test_find_phone_gives_null_for_a_stranger(js):
    program = js("contacts.js")
    got = program.eval(
        'findPhone([{name: "Ana", phone: "555-0101", favourite: false}], "Zoe") === null'
    )
    assert got is True, (
        'findPhone([Ana], "Zoe") should give null, because there is no Zoe. '
        "After the loop (not inside it), `return null;`."
    )
