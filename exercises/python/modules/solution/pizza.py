# A program that uses your shapes module.
from shapes import circle_area


def pizza_report(diameter):
    area = circle_area(diameter / 2)
    return f"A {diameter} cm pizza has {area:.0f} square cm of pizza."


if __name__ == "__main__":
    print(pizza_report(30))
