# Working with strings: indexes, methods and f-strings.


def username(first, last):
    return (first[0] + last).lower()


def word_count(sentence):
    return len(sentence.split())


def receipt_line(item, price):
    return f"{item}: ${price:.2f}"
