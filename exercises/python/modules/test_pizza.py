"""Checks for shapes.py and pizza.py: import, the math module and __name__."""

import math
import sys


def test_circle_area_uses_pi(files):
    shapes = files.python_module("shapes")
    circle_area = getattr(shapes, "circle_area", None)
    assert callable(circle_area), (
        "shapes.py should have a function called circle_area, but it does not."
    )
    got = circle_area(1)
    assert isinstance(got, float) and abs(got - math.pi) < 1e-9, (
        f"circle_area(1) should give pi (3.141592653589793), but your function gave {got!r}. "
        "Use math.pi rather than typing 3.14, and remember `import math` at the top of "
        "shapes.py."
    )
    got = circle_area(10)
    assert abs(got - 314.1592653589793) < 1e-6, (
        f"circle_area(10) should give about 314.159, but your function gave {got!r}. "
        "Multiply math.pi by the radius, and by the radius again."
    )


def test_pizza_report_describes_a_30_cm_pizza(files):
    pizza = files.python_module("pizza")
    report = getattr(pizza, "pizza_report", None)
    assert callable(report), "pizza.py should have a function called pizza_report."
    got = report(30)
    expected = "A 30 cm pizza has 707 square cm of pizza."
    assert got == expected, (
        f"pizza_report(30) should give {expected!r}, but your function gave {got!r}. "
        "The radius is half the diameter (15), and {area:.0f} shows the area with no "
        "digits after the point."
    )
    got = report(20)
    expected = "A 20 cm pizza has 314 square cm of pizza."
    assert got == expected, (
        f"pizza_report(20) should give {expected!r}, but your function gave {got!r}. "
        "Use the diameter parameter, not a fixed number."
    )


def test_pizza_uses_circle_area_from_shapes(files):
    pizza = files.python_module("pizza")
    shapes = sys.modules.get("shapes")
    uses_shapes = shapes is not None and (
        getattr(pizza, "circle_area", None) is getattr(shapes, "circle_area", 0)
        or getattr(pizza, "shapes", None) is shapes
    )
    assert uses_shapes, (
        "pizza.py should get circle_area from your shapes module instead of working out "
        "the area itself. Add `from shapes import circle_area` at the top of pizza.py."
    )


def test_importing_pizza_prints_nothing(files, capsys):
    files.python_module("pizza")
    printed = capsys.readouterr().out
    assert not printed, (
        f"Importing pizza.py printed {printed.strip()!r}. The print line at the bottom "
        "should run only when pizza.py is run as a program: put it inside "
        "`if __name__ == \"__main__\":`."
    )
