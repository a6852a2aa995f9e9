# Repeating work with for and while.


def sum_to(n):
    total = 0
    for number in range(1, n + 1):
        total = total + number
    return total


def countdown(start):
    for number in range(start, 0, -1):
        print(number)
    print("Go!")


def days_to_grow(target):
    height = 1
    days = 0
    while height < target:
        height = height * 2
        days = days + 1
    return days
