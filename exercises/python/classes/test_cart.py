"""Checks for cart.py: classes, __init__, self, methods and exceptions."""


def classes(files):
    """The learner's Item and Cart classes, or a clear failure."""
    cart = files.python_module("cart")
    found = []
    for name in ("Item", "Cart"):
        cls = getattr(cart, name, None)
        assert isinstance(cls, type), (
            f"cart.py should have a class called {name}, but it does not. "
            f"Check the spelling on the `class {name}:` line (capital letters count)."
        )
        found.append(cls)
    return found


def test_an_item_keeps_its_name_and_price(files):
    Item, _ = classes(files)
    tea = Item("tea", 2.5)
    name = getattr(tea, "name", "(nothing)")
    price = getattr(tea, "price", "(nothing)")
    assert name == "tea" and price == 2.5, (
        f"Item('tea', 2.5) should have .name 'tea' and .price 2.5, but it has .name {name!r} "
        f"and .price {price!r}. In __init__, store each parameter on self: self.name = name."
    )


def test_a_new_cart_is_empty(files):
    _, Cart = classes(files)
    cart = Cart()
    assert cart.count() == 0, f"A new Cart() should have count() 0, but gave {cart.count()!r}."
    assert cart.total() == 0, f"A new Cart() should have total() 0, but gave {cart.total()!r}."


def test_count_adds_up_the_quantities(files):
    Item, Cart = classes(files)
    cart = Cart()
    cart.add(Item("tea", 2.5))
    cart.add(Item("soap", 1.0), 3)
    got = cart.count()
    assert got == 4, (
        "After add(tea) and add(soap, 3), count() should give 4, but your cart gave "
        f"{got!r}. add should store the quantity (1 when none is given), and count should "
        "add up the quantities of every line."
    )


def test_adding_the_same_item_again_adds_to_its_quantity(files):
    Item, Cart = classes(files)
    cart = Cart()
    rice = Item("rice", 4)
    cart.add(rice, 2)
    cart.add(rice, 3)
    got = cart.count()
    assert got == 5, (
        f"After add(rice, 2) and add(rice, 3), count() should give 5, but gave {got!r}. "
        "When the item's name is already in self.lines, add to its quantity instead of "
        "replacing it."
    )


def test_adding_less_than_one_is_refused(files):
    Item, Cart = classes(files)
    cart = Cart()
    for quantity in (0, -2):
        try:
            cart.add(Item("tea", 2.5), quantity)
        except ValueError:
            continue
        raise AssertionError(
            f"cart.add(tea, {quantity}) should raise a ValueError, because you cannot add "
            f"{quantity} of something, but nothing was raised. At the start of add, check "
            "`if quantity < 1:` and raise."
        )
    assert cart.count() == 0, (
        "After a refused add, the cart should still be empty, but count() gave "
        f"{cart.count()!r}. Raise the ValueError before changing self.lines."
    )


def test_total_is_price_times_quantity_for_every_line(files):
    Item, Cart = classes(files)
    cart = Cart()
    cart.add(Item("tea", 2.5), 2)
    cart.add(Item("soap", 1.25))
    got = cart.total()
    assert got == 6.25, (
        "After add(tea at 2.5, 2) and add(soap at 1.25), total() should give 6.25, but "
        f"your cart gave {got!r}. For each line, multiply the item's price by its quantity, "
        "and add those up."
    )


def test_remove_takes_the_item_out(files):
    Item, Cart = classes(files)
    cart = Cart()
    cart.add(Item("tea", 2.5), 2)
    cart.add(Item("soap", 1.0))
    cart.remove("tea")
    assert cart.count() == 1 and cart.total() == 1.0, (
        "After adding 2 tea and 1 soap and then remove('tea'), the cart should hold only "
        f"the soap (count 1, total 1.0), but count() gave {cart.count()!r} and total() gave "
        f"{cart.total()!r}. Delete the line with `del self.lines[name]`."
    )


def test_removing_an_item_that_is_not_there_raises_key_error(files):
    _, Cart = classes(files)
    cart = Cart()
    try:
        cart.remove("milk")
    except KeyError:
        return
    raise AssertionError(
        "Cart().remove('milk') should raise a KeyError, because there is no milk in the "
        "cart, but nothing was raised. Check `if name not in self.lines:` and raise."
    )
