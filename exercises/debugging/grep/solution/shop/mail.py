"""Letters to customers."""

SHOP_NAME = "The Corner Shop"


def greeting(customer):
    return f"Dear {customer},"


def thank_you(customer):
    return f"{greeting(customer)}\nThank you for shopping at {SHOP_NAME}."


def send_reminder(customer, owed):
    """A letter to someone who still owes money."""
    return f"{greeting(customer)}\nYou still owe {owed:.2f}. Please pay soon."
