import pytest

from shipping import shipping_cost


@pytest.mark.parametrize(("weight", "price"), [(1, 3.50), (2, 3.50)])
def test_small_parcels_cost_3_50(weight, price):
    assert shipping_cost(weight) == price


@pytest.mark.parametrize(("weight", "price"), [(3, 7.00), (10, 7.00)])
def test_middle_parcels_cost_7(weight, price):
    assert shipping_cost(weight) == price


@pytest.mark.parametrize(("weight", "price"), [(11, 7.50), (14, 9.00)])
def test_heavy_parcels_cost_more_for_each_kilogram_over_10(weight, price):
    assert shipping_cost(weight) == price


@pytest.mark.parametrize("weight", [0, -1])
def test_a_parcel_that_weighs_nothing_is_refused(weight):
    with pytest.raises(ValueError):
        shipping_cost(weight)
