"""Milestone "form": the sign-up page, static/index.html, a labelled field per question."""

from tutor.checks import CheckFailure

PAGE = "static/index.html"
FIELDS = (("name", None), ("email", "email"), ("age", "number"))


def test_the_page_is_well_formed(html_page):
    page = html_page(PAGE)
    page.assert_well_formed()
    page.assert_has_lang()


def test_the_form_asks_for_a_name_an_email_and_an_age(html_page):
    page = html_page(PAGE)
    page.one("form#signup", '<form id="signup">', 'Put the fields inside <form id="signup">.')
    for name, kind in FIELDS:
        found = page.select(f'form#signup input[name="{name}"]')
        if not found:
            raise CheckFailure(
                f'The form has no field called {name}. Add <input name="{name}"> inside the '
                "form: the name is how the script (and the server) find what was typed.",
                PAGE,
            )
        given = str(found[0].get("type", "text")).lower()
        if kind is not None and given != kind:
            raise CheckFailure(
                f'{PAGE} line {found[0].sourceline}: the {name} field has type="{given}". Make '
                f'it type="{kind}": a phone then shows the keyboard that fits it.',
                PAGE,
                found[0].sourceline,
            )
    buttons = [
        b
        for b in page.select("form#signup button")
        if str(b.get("type", "submit")).lower() == "submit"
    ]
    assert buttons, (
        'The form needs a button that sends it: <button type="submit">Join the club</button>, '
        "inside the form."
    )


def test_every_field_has_a_label(html_page):
    html_page(PAGE).assert_labels_for_inputs()


def test_the_page_has_places_for_problems_and_for_the_welcome(html_page):
    page = html_page(PAGE)
    assert page.has("ul#errors"), (
        'Under the form, add an empty list <ul id="errors"></ul>: the script will put each '
        "problem there, one <li> for each."
    )
    assert page.has("#welcome"), (
        'Under the form, add an empty paragraph <p id="welcome"></p>: the script will welcome '
        "the new member there."
    )
