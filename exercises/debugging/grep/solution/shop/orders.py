"""Orders: what a customer wants, and what they have paid."""


def new_order(customer, items):
    """A new order: who ordered, and a list of (item, price) pairs."""
    return {"customer": customer, "items": items, "paid": 0}


def order_total(order):
    """The price of everything in the order."""
    total = 0
    for item, price in order["items"]:
        total = total + price
    return total


def receive_payment(order, amount):
    """Record that the customer paid amount; return what is still owed."""
    order["paid"] = order["paid"] + amount
    return order_total(order) - order["paid"]
