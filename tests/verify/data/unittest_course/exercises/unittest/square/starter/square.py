def square(number):
    # TODO: give back the number times itself; raise ValueError for a negative number.
    pass
