"""The refactor itself: receiptLines leaves pounds and pence to formatPrice."""

import re

from tutor.checks import CheckFailure


def test_pounds_and_pence_are_worked_out_only_in_format_price(files):
    source = files.read("receipt.js")
    defined = len(re.findall(r"function\s+formatPrice\s*\(", source))
    calls = len(re.findall(r"formatPrice\s*\(", source)) - defined
    if calls == 0:
        raise CheckFailure(
            "receiptLines in receipt.js does not call formatPrice yet: it still works out "
            "pounds and pence itself. Refactor: where it builds an item's line and the total's "
            "line, use formatPrice(cost) and formatPrice(total) instead, then check again.",
            "receipt.js",
        )
    places = source.count("% 100")
    if places > 1:
        raise CheckFailure(
            f"receipt.js still works out the pence (% 100) in {places} places. After the "
            "refactor, only formatPrice should do it: delete the pence code left in "
            "receiptLines and let formatPrice give the whole price.",
            "receipt.js",
        )
