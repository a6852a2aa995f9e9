# Three small functions. Each one has a TODO: replace `pass` with a
# `return` line that gives back the right value.


def square(number):
    return number * number


def average(first, second):
    return (first + second) / 2


def seat_label(row, seat):
    return "Row " + str(row) + ", seat " + str(seat)
