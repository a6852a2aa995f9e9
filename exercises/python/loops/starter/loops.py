# Repeating work with for and while.


def sum_to(n):
    total = 0
    # TODO: add every whole number from 1 to n (n included) to total.
    return total


def countdown(start):
    # TODO: print each number from start down to 1, one per line,
    # then print "Go!"
    pass


def days_to_grow(target):
    height = 1
    days = 0
    # TODO: the plant doubles its height every day. Count the days
    # until the height is at least target.
    return days
