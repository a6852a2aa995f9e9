# Working with strings: indexes, methods and f-strings.


def username(first, last):
    # TODO: return the first letter of first, then the whole of last,
    # all in small (lower case) letters.
    pass


def word_count(sentence):
    # TODO: return how many words are in the sentence.
    pass


def receipt_line(item, price):
    # TODO: return a line like "Tea: $2.50" (always two digits after the point).
    pass
