"""The till: takes an order, then takes the money."""

from orders import order_total, receive_payment


def pay_in_full(order):
    """The customer pays everything they owe."""
    return receive_payment(order, order_total(order))
