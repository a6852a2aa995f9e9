# A shopping cart made of two classes: Item and Cart.


class Item:
    def __init__(self, name, price):
        # TODO: keep the name and the price on the object (self).
        pass


class Cart:
    def __init__(self):
        # Each item's name maps to [the Item, how many of it].
        self.lines = {}

    def add(self, item, quantity=1):
        # TODO: add quantity of item to the cart. Adding an item that is
        # already there adds to its quantity. A quantity below 1 raises
        # a ValueError.
        pass

    def count(self):
        # TODO: return how many things are in the cart altogether.
        return 0

    def total(self):
        # TODO: return the price of everything in the cart.
        return 0

    def remove(self, name):
        # TODO: take the item with this name out of the cart completely.
        # Raise a KeyError when there is no such item in the cart.
        pass
