from prices import price_with_tax


def test_nothing_costs_nothing():
    assert price_with_tax(0) == 0


def test_100_pence_costs_120_with_tax():
    assert price_with_tax(100) == 120
