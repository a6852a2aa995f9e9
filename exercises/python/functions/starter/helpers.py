# Three small functions. Each one has a TODO: replace `pass` with a
# `return` line that gives back the right value.


def square(number):
    # TODO: return the number multiplied by itself.
    pass


def average(first, second):
    # TODO: return the number halfway between first and second.
    pass


def seat_label(row, seat):
    # TODO: return text like "Row 5, seat 12" for row 5 and seat 12.
    pass
