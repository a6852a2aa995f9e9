"""Hidden checks for greet.py: a name the learner has not seen in the task."""


def test_greet_works_for_a_long_name(files):
    greet = getattr(files.python_module("greet"), "greet", None)
    assert callable(greet), "greet.py should have a function called greet, but it does not."
    got = greet("Margaret Hamilton")
    assert got == "Hello, Margaret Hamilton!", (
        f'greet("Margaret Hamilton") should give back \'Hello, Margaret Hamilton!\', '
        f"but your function gave {got!r}. Use the parameter `name` as it is, "
        "without changing or shortening it."
    )
