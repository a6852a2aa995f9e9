# A shopping cart made of two classes: Item and Cart.


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price


class Cart:
    def __init__(self):
        # Each item's name maps to [the Item, how many of it].
        self.lines = {}

    def add(self, item, quantity=1):
        if quantity < 1:
            raise ValueError(f"cannot add {quantity} of {item.name}")
        if item.name in self.lines:
            self.lines[item.name][1] += quantity
        else:
            self.lines[item.name] = [item, quantity]

    def count(self):
        number = 0
        for item, quantity in self.lines.values():
            number += quantity
        return number

    def total(self):
        money = 0
        for item, quantity in self.lines.values():
            money += item.price * quantity
        return money

    def remove(self, name):
        if name not in self.lines:
            raise KeyError(f"{name} is not in the cart")
        del self.lines[name]
