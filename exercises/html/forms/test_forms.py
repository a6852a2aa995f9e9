"""Checks for index.html: a contact form with three labelled fields and a Send button."""

from tutor.checks.failure import CheckFailure


def tidy(element):
    return " ".join(element.get_text(" ").split())


def the_form(page):
    return page.one("form", "<form>", "It was in the file when you started: put it back.")


def field(page, tag, name):
    """The <input>/<textarea> inside the form whose name is `name`."""
    form = the_form(page)
    found = form.find(tag, attrs={"name": name})
    if found is None:
        others = [f'<{f.name} name="{f.get("name", "")}">'
                  for f in form.find_all(["input", "textarea", "select"])]
        listed = ", ".join(others) if others else "no fields yet"
        raise CheckFailure(
            f'The form has no <{tag}> with name="{name}" (it has {listed}). '
            f"The name attribute is what the answer is sent under.",
            "index.html",
        )
    return found


def check_label(page, element, words):
    ident = str(element.get("id", "")).strip()
    name = element.get("name")
    assert ident, (
        f'The <{element.name}> called {name} has no id. Give it id="{name}", so its '
        "label can point to it."
    )
    labels = [label for label in page.select("label") if label.get("for") == ident]
    assert labels, (
        f'The <{element.name}> with id="{ident}" has no label pointing to it. Add '
        f'<label for="{ident}">{words}</label> next to it: the for must match the id exactly.'
    )
    got = tidy(labels[0])
    assert got.lower().rstrip(":") == words.lower(), (
        f"The label for {ident} should say '{words}', but it says '{got}'."
    )


def check_type(element, wanted):
    got = str(element.get("type", "text")).lower()
    assert got == wanted, (
        f'The <input> called {element.get("name")} has type="{got}", but it should be '
        f'type="{wanted}".'
    )


def test_form_asks_for_a_name(html_page):
    page = html_page()
    name = field(page, "input", "name")
    check_type(name, "text")
    check_label(page, name, "Your name")
    assert name.has_attr("required"), (
        "The name field is not required yet. Add the word required inside its <input> tag."
    )


def test_form_asks_for_an_email_address(html_page):
    page = html_page()
    email = field(page, "input", "email")
    check_type(email, "email")
    check_label(page, email, "Your email")
    assert email.has_attr("required"), (
        "The email field is not required yet. Add the word required inside its <input> tag."
    )


def test_form_asks_for_a_message(html_page):
    page = html_page()
    message = field(page, "textarea", "message")
    check_label(page, message, "Your message")


def test_form_has_a_send_button(html_page):
    page = html_page()
    form = the_form(page)
    buttons = form.find_all("button") + form.find_all("input", attrs={"type": "submit"})
    assert buttons, (
        'The form has no button. Add <button type="submit">Send</button> before </form>.'
    )
    button = buttons[0]
    kind = str(button.get("type", "submit")).lower()
    assert kind == "submit", (
        f'The button has type="{kind}", so clicking it does not send the form. '
        'Write type="submit".'
    )
    text = tidy(button) if button.name == "button" else str(button.get("value", ""))
    assert text.strip().lower() == "send", (
        f"The button should say 'Send', but it says '{text}'."
    )


def test_every_field_has_a_label(html_page):
    html_page().assert_labels_for_inputs()


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()
