"""Checks for index.html: validation attributes on a booking form, a pattern that
accepts the right shape of membership number, and a hint joined to its field."""

import re

from tutor.checks.failure import CheckFailure

GOOD_NUMBERS = ["KT0457", "AB1234", "ZZ0000"]
BAD_NUMBERS = {
    "kt0457": "small letters",
    "KT457": "only three digits",
    "KT04570": "five digits",
    "K0457": "only one letter",
    "KTA0457": "three letters",
    "KT04A7": "a letter among the digits",
    "0457KT": "the digits first",
    "KT 0457": "a space in the middle",
}


def field(page, name):
    form = page.one("form", "<form>", "It was in the file when you started: put it back.")
    found = form.find("input", attrs={"name": name})
    if found is None:
        raise CheckFailure(
            f'The form has no <input> with name="{name}" any more. It was in the file when '
            "you started: put it back, and add the rules inside its tag.",
            "index.html",
        )
    return found


def number_in(element, attribute):
    """The number in an attribute such as min="1", or None when it is missing or not a number."""
    try:
        return float(str(element.get(attribute, "")).strip())
    except ValueError:
        return None


def instead(element, attribute):
    """'.' when the attribute is missing, else what the learner wrote instead."""
    written = element.get(attribute)
    return "." if written is None else f', not {attribute}="{written}".'


def check_required(element, what):
    assert element.has_attr("required"), (
        f"The {what} field is not required yet. Add the word required inside its <input> tag."
    )


def test_name_is_required_and_between_2_and_40_characters(html_page):
    name = field(html_page(), "name")
    check_required(name, "name")
    shortest, longest = number_in(name, "minlength"), number_in(name, "maxlength")
    assert shortest == 2, (
        'A name needs at least 2 characters: add minlength="2" to the name field'
        + instead(name, "minlength")
    )
    assert longest == 40, (
        'A name has at most 40 characters: add maxlength="40" to the name field'
        + instead(name, "maxlength")
    )


def test_email_is_required_and_looks_like_an_address(html_page):
    email = field(html_page(), "email")
    kind = str(email.get("type", "text")).lower()
    assert kind == "email", (
        f'The email field has type="{kind}", so the browser accepts any words. Which type '
        "makes the browser look for an @?"
    )
    check_required(email, "email")


def test_guests_is_a_number_from_1_to_30(html_page):
    guests = field(html_page(), "guests")
    kind = str(guests.get("type", "text")).lower()
    assert kind == "number", (
        f'The guests field has type="{kind}". Put back type="number": min and max work on numbers.'
    )
    smallest, largest = number_in(guests, "min"), number_in(guests, "max")
    assert smallest == 1, 'At least 1 guest comes: add min="1" to the guests field' + instead(
        guests, "min"
    )
    assert largest == 30, (
        'The hall holds 30 guests at most: add max="30" to the guests field'
        + instead(guests, "max")
    )


def test_membership_number_is_required(html_page):
    check_required(field(html_page(), "member"), "membership number")


def membership_pattern(page):
    """The member field's pattern, compiled to match a whole answer as the browser does."""
    member = field(page, "member")
    pattern = member.get("pattern")
    assert pattern, (
        'The membership number field has no pattern yet. Add pattern="..." inside its tag, '
        "made of the pieces on the page 'A pattern for codes'."
    )
    try:
        return pattern, re.compile(f"(?:{pattern})")
    except re.error as error:
        raise CheckFailure(
            f"The pattern {pattern} cannot be read ({error}). Check that every [ has its ] "
            "and every { has its }.",
            "index.html",
            getattr(member, "sourceline", None),
        ) from None


def test_membership_pattern_accepts_numbers_of_the_right_shape(html_page):
    pattern, regex = membership_pattern(html_page())
    refused = [number for number in GOOD_NUMBERS if not regex.fullmatch(number)]
    assert not refused, (
        f"Your pattern {pattern} refuses {refused[0]}, which is a good membership number: two "
        "capital letters, then four digits. Remember that the pattern must match the whole "
        "answer."
    )


def test_membership_pattern_refuses_numbers_of_the_wrong_shape(html_page):
    pattern, regex = membership_pattern(html_page())
    accepted = [(number, why) for number, why in BAD_NUMBERS.items() if regex.fullmatch(number)]
    assert not accepted, (
        f"Your pattern {pattern} accepts {accepted[0][0]} ({accepted[0][1]}), which is not a "
        "membership number. The shape is exactly two capital letters, then exactly four "
        "digits: how many times does each piece of your pattern come?"
    )


def test_membership_number_explains_its_rule(html_page):
    page = html_page()
    member = field(page, "member")
    title = " ".join(str(member.get("title", "")).split())
    assert len(title.split()) >= 3, (
        "Give the membership number field a title that says the rule in words, like "
        'title="..." with a short sentence: the browser adds it to its message when the '
        "answer has the wrong shape." + (f" Yours is only '{title}'." if title else "")
    )
    hint = page.one(
        "#member-hint",
        'hint paragraph with id="member-hint"',
        "It was in the file when you started: put it back.",
    )
    described = str(member.get("aria-describedby", "")).split()
    assert hint.get("id") in described, (
        "The membership number field is not joined to its hint yet. Add "
        'aria-describedby="..." to the field, holding the id of the hint paragraph, so a '
        "screen reader reads the hint after the label."
        + (f" It points at '{' '.join(described)}' now." if described else "")
    )


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()
