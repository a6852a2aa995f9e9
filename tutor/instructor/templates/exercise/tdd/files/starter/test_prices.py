from prices import price_with_tax


def test_nothing_costs_nothing():
    assert price_with_tax(0) == 0


# TODO: add tests that notice the mistakes a buggy price_with_tax could make.
