"""Checks for stock.py: dictionaries, keys, get, items and counting."""


def function(files, name):
    """The learner's function `name` from stock.py, or a clear failure."""
    stock = files.python_module("stock")
    found = getattr(stock, name, None)
    assert callable(found), (
        f"stock.py should have a function called {name}, but it does not. "
        f"Check the spelling on the `def {name}(...)` line."
    )
    return found


def test_add_stock_adds_to_an_item_already_there(files):
    add_stock = function(files, "add_stock")
    stock = {"rice": 4, "soap": 2}
    got = add_stock(stock, "rice", 3)
    assert got == {"rice": 7, "soap": 2}, (
        "add_stock({'rice': 4, 'soap': 2}, 'rice', 3) should give "
        f"{{'rice': 7, 'soap': 2}}, but your function gave {got!r}. "
        "Add the amount to the count that is already there: stock[item] = ... + amount."
    )


def test_add_stock_starts_a_new_item_at_the_amount(files):
    add_stock = function(files, "add_stock")
    stock = {"rice": 4}
    try:
        got = add_stock(stock, "tea", 5)
    except KeyError:
        raise AssertionError(
            "add_stock({'rice': 4}, 'tea', 5) stopped with a KeyError: 'tea' is not in the "
            "dictionary yet, so stock['tea'] cannot be read. Use stock.get(item, 0), or check "
            "`if item in stock` first."
        ) from None
    assert got == {"rice": 4, "tea": 5}, (
        "add_stock({'rice': 4}, 'tea', 5) should give {'rice': 4, 'tea': 5}, "
        f"but your function gave {got!r}."
    )


def test_low_stock_lists_items_below_the_limit_in_order(files):
    low_stock = function(files, "low_stock")
    stock = {"tea": 1, "rice": 10, "beans": 0, "soap": 3}
    got = low_stock(stock, 3)
    assert got == ["beans", "tea"], (
        f"low_stock({stock}, 3) should give ['beans', 'tea'], but your function gave {got!r}. "
        "Keep the names (keys) whose count (value) is below the limit - 3 itself is not "
        "below 3 - and sort them with sorted()."
    )


def test_low_stock_of_a_full_shop_is_empty(files):
    low_stock = function(files, "low_stock")
    got = low_stock({"tea": 9, "rice": 12}, 5)
    assert got == [], f"low_stock({{'tea': 9, 'rice': 12}}, 5) should give [], but gave {got!r}."


def test_count_words_counts_each_word(files):
    count_words = function(files, "count_words")
    got = count_words("the cat saw the dog")
    expected = {"the": 2, "cat": 1, "saw": 1, "dog": 1}
    assert got == expected, (
        f"count_words('the cat saw the dog') should give {expected}, but your function gave "
        f"{got!r}. Split the text into words; for each word, add 1 to its count, or start it "
        "at 1 the first time you see it."
    )


def test_count_words_ignores_capital_letters(files):
    count_words = function(files, "count_words")
    got = count_words("Go go GO stop")
    assert got == {"go": 3, "stop": 1}, (
        "count_words('Go go GO stop') should give {'go': 3, 'stop': 1}, but your function "
        f"gave {got!r}. Make the text lower case before you split it."
    )
