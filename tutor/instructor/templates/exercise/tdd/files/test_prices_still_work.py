"""Hidden check: price_with_tax in the learner's folder is still the correct one."""


def test_price_with_tax_still_gives_the_right_answers(files):
    price_with_tax = files.python_function("prices", "price_with_tax")
    for pence in (0, 1, 99, 100, 250):
        expected = pence * 120 // 100
        got = price_with_tax(pence)
        assert got == expected, (
            f"price_with_tax({pence}) should give {expected}, but it gave {got!r}. "
            "prices.py was correct to begin with: change only test_prices.py."
        )
