"""Placeholder checks: replace them with checks of your own exercise."""


def test_double_gives_twice_the_number(js):
    program = js("script.js")
    got = program.call("double", 4)
    assert got == 8, (
        f"double(4) should give 8, but your function gave {got}. "
        "Look at the return line in script.js."
    )
