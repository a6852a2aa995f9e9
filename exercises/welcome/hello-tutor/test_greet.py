"""Checks for greet.py: a function that greets the name it is given."""


def greet_function(files):
    """The learner's greet function, or a failure that says what is missing."""
    module = files.python_module("greet")
    greet = getattr(module, "greet", None)
    assert callable(greet), (
        "greet.py should have a function called greet, but it does not. "
        "Check the spelling on the line `def greet(name):`."
    )
    return greet


def explain(call, expected, got):
    """A marker's comment: what was expected, what came back, and what to look at."""
    message = f"{call} should give back {expected!r}, but your function gave {got!r}."
    if got is None:
        message += " None means the function gives nothing back: keep the word `return`."
    elif isinstance(got, str) and got.strip() == expected.strip() and got != expected:
        message += " The letters are right; look at the spaces at the start or the end."
    elif isinstance(got, str) and got.lower() == expected.lower():
        message += " Only the capital letters differ: Python counts them."
    return message


def test_greet_says_hello_to_ada(files):
    greet = greet_function(files)
    got = greet("Ada")
    assert got == "Hello, Ada!", explain('greet("Ada")', "Hello, Ada!", got) + (
        " Join \"Hello, \", the name and \"!\" with +."
    )


def test_greet_uses_the_name_it_is_given(files):
    greet = greet_function(files)
    got = greet("Sam")
    assert got == "Hello, Sam!", explain('greet("Sam")', "Hello, Sam!", got) + (
        " Use the parameter `name` instead of writing a name in the text."
    )
