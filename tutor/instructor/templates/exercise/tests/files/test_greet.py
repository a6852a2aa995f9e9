"""Placeholder checks: replace them with checks of your own exercise."""


def test_greet_says_hello_to_the_person(files):
    greet = files.python_function("greet", "greet")
    got = greet("Ann")
    assert got == "Hello, Ann!", (
        f'greet("Ann") should give "Hello, Ann!", but it gave {got!r}. '
        "Look at the return line in greet.py."
    )
