"""Checks for index.html: a sign-up form with a list of days, a group of radio buttons
and a checkbox, each labelled."""

from tutor.checks.failure import CheckFailure


def tidy(text):
    return " ".join(text.split())


def the_form(page):
    return page.one("form", "<form>", "It was in the file when you started: put it back.")


def label_of(page, field):
    """The words of the label that belongs to `field` (by for/id, or wrapped around it)."""
    ident = str(field.get("id", "")).strip()
    for label in page.select("label"):
        if ident and label.get("for") == ident:
            return tidy(label.get_text(" "))
    wrapper = field.find_parent("label")
    if wrapper is not None:
        return tidy(wrapper.get_text(" "))
    return None


def assert_label_says(page, field, words, what):
    got = label_of(page, field)
    ident = field.get("id")
    assert got is not None, (
        f"The {what} has no label. Give it an id, and add a <label> whose for is that id, "
        f'like <label for="{ident or "its-id"}">{words}</label>.'
    )
    assert got.lower().rstrip(":") == words.lower(), (
        f"The label of the {what} should say '{words}', but it says '{got}'."
    )


def test_form_has_a_list_of_days(html_page):
    page = html_page()
    form = the_form(page)
    select = form.find("select", attrs={"name": "day"})
    if select is None:
        others = [f'<{f.name} name="{f.get("name", "")}">' for f in form.find_all("select")]
        raise CheckFailure(
            'The form has no <select name="day">. '
            + (f"It has {', '.join(others)}: check the name. " if others else "")
            + "A drop-down list is a <select> element with <option> elements inside it.",
            "index.html",
        )
    assert_label_says(page, select, "Day", "list of days")
    options = select.find_all("option")
    shown = [tidy(option.get_text(" ")) for option in options]
    assert shown == ["Monday", "Wednesday", "Friday"], (
        "The list of days should show Monday, Wednesday and Friday, in that order, but it "
        f"shows: {', '.join(shown) or 'no options yet'}. Each choice is an "
        "<option>...</option> inside the <select>."
    )
    values = [option.get("value") for option in options]
    assert values == ["monday", "wednesday", "friday"], (
        "Each option needs a value, the word the form sends: monday, wednesday and friday. "
        f"Yours are: {', '.join(str(v) for v in values)}. "
        'Write it inside the tag, like <option value="monday">Monday</option>.'
    )


def radio_buttons(page):
    return [
        field
        for field in the_form(page).find_all("input")
        if str(field.get("type", "")).lower() == "radio"
    ]


def test_sessions_are_one_group_of_radio_buttons(html_page):
    page = html_page()
    radios = radio_buttons(page)
    assert len(radios) == 2, (
        f"The form should have two radio buttons, Morning and Evening, but it has "
        f'{len(radios)}. A radio button is <input type="radio" ...>.'
    )
    names = {str(radio.get("name", "")) for radio in radios}
    assert names == {"session"}, (
        'Both radio buttons need name="session": the same name makes them one group, so '
        f"people can choose only one. Their names are: {', '.join(sorted(names))}."
    )
    values = sorted(str(radio.get("value", "")) for radio in radios)
    assert values == ["evening", "morning"], (
        "The two radio buttons should send the values morning and evening, but they send: "
        f"{', '.join(values)}. Give each its own value attribute."
    )
    ids = [radio.get("id") for radio in radios if radio.find_parent("label") is None]
    assert all(ids) and len(set(ids)) == len(ids), (
        "Each radio button needs its own id, different from the other's (an id is unique on "
        "the page), so each one's label can point to it."
    )
    for radio in radios:
        words = "Morning" if radio.get("value") == "morning" else "Evening"
        assert_label_says(page, radio, words, f"radio button with value {radio.get('value')}")


def test_sessions_are_in_a_fieldset_with_a_legend(html_page):
    page = html_page()
    radios = radio_buttons(page)
    assert radios, "Add the two radio buttons first."
    fieldsets = {id(radio.find_parent("fieldset")) for radio in radios}
    fieldset = radios[0].find_parent("fieldset")
    assert fieldset is not None and len(fieldsets) == 1, (
        "Put both radio buttons, with their labels, inside one <fieldset> ... </fieldset>, so "
        "they read as one question."
    )
    legend = fieldset.find("legend")
    assert legend is not None, (
        "The <fieldset> has no <legend>. Add <legend>Session</legend> as the first thing "
        "inside it: it is the question the radio buttons answer."
    )
    words = tidy(legend.get_text(" "))
    assert words.lower() == "session", f"The legend should say 'Session', but it says '{words}'."


def test_form_has_a_reminder_checkbox(html_page):
    page = html_page()
    form = the_form(page)
    box = form.find("input", attrs={"name": "reminder"})
    assert box is not None, (
        'The form has no <input> with name="reminder". A checkbox is <input type="checkbox" ...>.'
    )
    kind = str(box.get("type", "text")).lower()
    assert kind == "checkbox", (
        f'The reminder field has type="{kind}", but a box to tick is type="checkbox".'
    )
    value = box.get("value")
    got = "it has no value" if value is None else f'its value is "{value}"'
    assert value == "yes", (
        f"The checkbox should send the value yes when it is ticked, but {got}. Add "
        'value="yes" inside its tag.'
    )
    assert not box.has_attr("checked"), (
        "The checkbox is ticked at the start. Take out the word checked: people tick it "
        "themselves if they want a reminder."
    )
    assert_label_says(page, box, "Send me a reminder", "checkbox")


def test_every_field_has_a_label(html_page):
    html_page().assert_labels_for_inputs()


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()
