"""Checks for settings.js: JSON.parse, JSON.stringify, throw, try and catch."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


def thrown(program, call):
    """What `call` throws, as [is it an Error, its message], or None when it throws nothing."""
    return program.eval(
        f"(() => {{ try {{ {call}; return null; }} catch (e) {{"
        " return [e instanceof Error, String(e && e.message)]; } })()",
        doing=call,
    )


def test_check_font_size_accepts_sizes_from_8_to_32(js):
    program = js("settings.js")
    for size in (8, 16, 32):
        error = thrown(program, f"checkFontSize({size})")
        assert error is None, (
            f"checkFontSize({size}) should accept the size, but it threw an error: "
            f"{error[1]}. Only throw below 8 or above 32."
        )
        got = program.call("checkFontSize", size)
        assert same(got, size), f"checkFontSize({size}) should give {size}, but gave {show(got)}."


def test_check_font_size_throws_for_a_bad_size(js):
    program = js("settings.js")
    for size in (4, 7, 33, 100, '"16"'):
        error = thrown(program, f"checkFontSize({size})")
        assert error is not None, (
            f"checkFontSize({size}) should throw an Error, but it gave back a value. "
            + ("A size in quotes is a string, not a number: check "
               "`typeof size !== \"number\"`." if size == '"16"' else
               "Use an if with `size < 8 || size > 32` and `throw new Error(...)`.")
        )
        is_error, message = error
        assert is_error, (
            f"checkFontSize({size}) threw something that is not an Error. "
            "Throw `new Error(\"...\")`, not a plain string."
        )
        plain = str(size).strip('"')
        assert plain in message, (
            f"The error for checkFontSize({size}) says {show(message)}. Its message should "
            f"include the size, {plain}, so a person can see what was wrong."
        )


def test_read_settings_parses_json(js):
    program = js("settings.js")
    got = program.call("readSettings", '{"theme": "dark", "fontSize": 20}')
    assert same(got, {"theme": "dark", "fontSize": 20}), (
        "readSettings('{\"theme\": \"dark\", \"fontSize\": 20}') should give the object "
        f'{{"theme": "dark", "fontSize": 20}}, but it gave {show(got)}. Use JSON.parse(text).'
    )


def test_read_settings_fills_in_missing_settings(js):
    program = js("settings.js")
    got = program.call("readSettings", '{"theme": "dark"}')
    assert same(got, {"theme": "dark", "fontSize": 14}), (
        "readSettings('{\"theme\": \"dark\"}') should give "
        f'{{"theme": "dark", "fontSize": 14}}, but it gave {show(got)}. Spread DEFAULTS '
        "first and the saved settings after: { ...DEFAULTS, ...saved }."
    )
    defaults = program.eval("DEFAULTS")
    assert same(defaults, {"theme": "light", "fontSize": 14}), (
        f"After readSettings, DEFAULTS had changed to {show(defaults)}. Build a new object "
        "with { ...DEFAULTS, ...saved } instead of changing DEFAULTS."
    )


def test_read_settings_gives_the_defaults_for_bad_json(js):
    program = js("settings.js")
    for text in ("not json at all", "", '{"theme": '):
        error = thrown(program, f"readSettings({json.dumps(text)})")
        assert error is None, (
            f"readSettings({show(text)}) threw an error ({error[1]}). Catch it: put "
            "JSON.parse inside try, and return a copy of DEFAULTS in catch."
        )
        got = program.call("readSettings", text)
        assert same(got, {"theme": "light", "fontSize": 14}), (
            f"readSettings({show(text)}) should give the defaults, but it gave {show(got)}."
        )
    is_defaults = program.eval('readSettings("oops") === DEFAULTS')
    assert is_defaults is False, (
        "readSettings gave back DEFAULTS itself, so code that changes the settings would "
        "change the defaults too. Return a copy: { ...DEFAULTS }."
    )


def test_save_settings_gives_json_text(js):
    program = js("settings.js")
    settings = {"theme": "dark", "fontSize": 16}
    got = program.call("saveSettings", settings)
    assert isinstance(got, str), (
        f"saveSettings({show(settings)}) should give JSON text (a string), but it gave "
        f"{show(got)}. Return JSON.stringify(settings)."
    )
    try:
        back = json.loads(got)
    except ValueError:
        back = None
    assert same(back, settings), (
        f"saveSettings({show(settings)}) gave {show(got)}, which is not the settings as "
        "JSON. Return JSON.stringify(settings)."
    )


def test_save_settings_refuses_a_bad_font_size(js):
    program = js("settings.js")
    error = thrown(program, 'saveSettings({theme: "dark", fontSize: 99})')
    assert error is not None, (
        "saveSettings with fontSize 99 should throw the error from checkFontSize, but it did "
        "not. Call checkFontSize(settings.fontSize) first, and do not catch the error."
    )


def test_try_font_size_reports_success(js):
    program = js("settings.js")
    got = program.call("tryFontSize", {"theme": "dark", "fontSize": 14}, 18)
    assert same(got, "Font size is now 18."), (
        f'tryFontSize(settings, 18) should give "Font size is now 18.", but it gave '
        f"{show(got)}."
    )


def test_try_font_size_reports_the_error_instead_of_throwing(js):
    program = js("settings.js")
    error = thrown(program, 'tryFontSize({theme: "dark", fontSize: 14}, 99)')
    assert error is None, (
        f"tryFontSize(settings, 99) threw an error ({error[1]}). It should catch it: call "
        "checkFontSize inside try, and build the message in catch."
    )
    reason = thrown(program, "checkFontSize(99)")
    assert reason is not None, (
        "checkFontSize(99) does not throw yet, so tryFontSize has nothing to catch. "
        "Finish checkFontSize first (the first step)."
    )
    got = program.call("tryFontSize", {"theme": "dark", "fontSize": 14}, 99)
    expected = "Could not change the font size: " + reason[1]
    assert same(got, expected), (
        f"tryFontSize(settings, 99) should give {show(expected)}, but it gave {show(got)}. "
        'In catch (error), join "Could not change the font size: " and error.message.'
    )
