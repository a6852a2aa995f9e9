"""Checks for text.js: template literals, string indexes and string methods."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


def check(program, name, argument, expected, advice):
    got = program.call(name, *argument)
    shown = ", ".join(show(a) for a in argument)
    assert same(got, expected), (
        f"{name}({shown}) should give {show(expected)}, but your function gave {show(got)}."
        + (" undefined means the function has no `return` line yet." if got is None else "")
        + " " + advice
    )


def test_card_wishes_happy_birthday(js):
    program = js("text.js")
    check(program, "card", ["Ana", 30], "Happy birthday, Ana! You are 30 today.",
          "Write the text in backticks and put ${name} and ${age} where they belong.")
    check(program, "card", ["Li", 7], "Happy birthday, Li! You are 7 today.",
          "Use the parameters, not fixed values.")


def test_capitalize_makes_the_first_letter_big(js):
    program = js("text.js")
    for word, expected in [("hello", "Hello"), ("hELLO", "Hello"), ("a", "A")]:
        check(program, "capitalize", [word], expected,
              "Join word[0].toUpperCase() and the rest of the word, word.slice(1), in small "
              "letters.")


def test_capitalize_of_an_empty_string_is_empty(js):
    program = js("text.js")
    check(program, "capitalize", [""], "",
          "An empty string has no word[0]: check `word === \"\"` first and return \"\".")


def test_initials_takes_the_first_letter_of_each_name(js):
    program = js("text.js")
    for name, expected in [("Ada Lovelace", "A.L."), ("grace brewster hopper", "G.B.H."),
                           ("Prince", "P.")]:
        check(program, "initials", [name], expected,
              'Split the name on " ", and for each part add its first letter in capitals '
              'and a ".".')


def test_slug_joins_small_words_with_dashes(js):
    program = js("text.js")
    for title, expected in [("Hello World", "hello-world"), ("My First Page", "my-first-page"),
                            ("home", "home")]:
        check(program, "slug", [title], expected,
              'Make the title small with toLowerCase(), then split(" ") and join("-").')


def test_slug_trims_spaces_at_the_ends(js):
    program = js("text.js")
    check(program, "slug", ["  About Us "], "about-us",
          "Remove the spaces at the ends with trim() before you split.")
