"""Checks for text.py: string indexes, lower, split and f-strings."""


def function(files, name):
    """The learner's function `name` from text.py, or a clear failure."""
    text = files.python_module("text")
    found = getattr(text, name, None)
    assert callable(found), (
        f"text.py should have a function called {name}, but it does not. "
        f"Check the spelling on the `def {name}(...)` line."
    )
    return found


def test_username_is_first_initial_and_last_name(files):
    username = function(files, "username")
    got = username("ada", "lovelace")
    assert got == "alovelace", (
        f"username('ada', 'lovelace') should give 'alovelace', but your function gave {got!r}. "
        "Take first[0] and join the whole of last to it."
    )


def test_username_is_all_lower_case(files):
    username = function(files, "username")
    got = username("Grace", "Hopper")
    assert got == "ghopper", (
        f"username('Grace', 'Hopper') should give 'ghopper', but your function gave {got!r}. "
        "Use .lower() on the joined text so capital letters become small."
    )


def test_word_count_counts_the_words(files):
    word_count = function(files, "word_count")
    for sentence, expected in [("the cat sat", 3), ("hello", 1), ("", 0),
                               ("  lots   of   spaces  ", 3)]:
        got = word_count(sentence)
        assert got == expected, (
            f"word_count({sentence!r}) should give {expected}, but your function gave {got!r}. "
            "sentence.split() gives a list of the words, whatever the spaces; count its items."
        )


def test_receipt_line_shows_item_and_price(files):
    receipt_line = function(files, "receipt_line")
    got = receipt_line("Tea", 2.5)
    assert got == "Tea: $2.50", (
        f"receipt_line('Tea', 2.5) should give 'Tea: $2.50', but your function gave {got!r}. "
        "Use an f-string, and write the price as {price:.2f} to get two digits after the point."
    )


def test_receipt_line_rounds_to_cents(files):
    receipt_line = function(files, "receipt_line")
    for item, price, expected in [("Soap", 3, "Soap: $3.00"), ("Rice", 1.499, "Rice: $1.50")]:
        got = receipt_line(item, price)
        assert got == expected, (
            f"receipt_line({item!r}, {price!r}) should give {expected!r}, but your function "
            f"gave {got!r}. Check the :.2f after price inside the curly brackets."
        )
