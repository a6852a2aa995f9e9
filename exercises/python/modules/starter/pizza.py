# A program that uses your shapes module.
# TODO: import circle_area from shapes here.


def pizza_report(diameter):
    # TODO: work out the area of a pizza this wide (the radius is half
    # the diameter) and return a sentence like
    # "A 30 cm pizza has 707 square cm of pizza."
    pass


# TODO: this line should run only when pizza.py is run as a program,
# not when another file imports it.
print(pizza_report(30))
