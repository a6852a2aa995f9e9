def square(number):
    if number < 0:
        raise ValueError("square of a negative number")
    return number * number
