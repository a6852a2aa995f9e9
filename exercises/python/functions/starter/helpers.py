# Three small functions. Each one has a TODO: replace `pass` with a
# `return` line that gives back the right value.


def square(number):
    # TODO: return the number multiplied by itself.
    pass


def average(first, second):
    # TODO: return the number halfway between first and second.
    pass


def greeting(name):
    # TODO: return "Good morning, " then the name, then "!"
    pass
