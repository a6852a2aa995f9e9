"""Hidden check: shipping_cost in the learner's folder is still the correct one."""

import pytest

CASES = [(1, 3.50), (2, 3.50), (3, 7.00), (10, 7.00), (11, 7.50), (20, 12.00)]


def test_shipping_cost_still_gives_the_right_prices(files):
    shipping_cost = files.python_function("shipping", "shipping_cost", "weight")
    for weight, expected in CASES:
        got = shipping_cost(weight)
        assert got == expected, (
            f"shipping_cost({weight}) should give {expected}, but it gave {got!r}. "
            "shipping.py was correct to begin with: change only test_shipping.py "
            "(tutor reset tdd-shipping gives shipping.py back; copy your tests out first)."
        )
    with pytest.raises(ValueError):
        shipping_cost(0)
