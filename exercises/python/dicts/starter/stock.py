# A shop's stock: a dictionary from item name to how many are left.


def add_stock(stock, item, amount):
    # TODO: add amount to the item's count. An item that is not in
    # stock yet starts at 0. Return the stock dictionary.
    return stock


def low_stock(stock, limit):
    # TODO: return a list of the names of items with fewer than limit
    # left, in alphabetical order.
    return []


def count_words(text):
    counts = {}
    # TODO: count how many times each word appears in text.
    # "the cat the" gives {"the": 2, "cat": 1}. Ignore capital letters.
    return counts
