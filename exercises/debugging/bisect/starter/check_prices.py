"""Checks the cafe's bills. Run it with: python3 check_prices.py

It prints OK and ends with exit code 0 when the bills are right; otherwise it
prints what is wrong and ends with exit code 1. That is what git bisect run needs.
"""

import sys

# prices.py is read afresh each time (no cached copy), because git bisect changes it
# between runs.
found = {}
with open("prices.py", encoding="utf-8") as source:
    exec(compile(source.read(), "prices.py", "exec"), found)
bill = found["bill"]

problems = []
for items, expected in [(["tea", "cake"], 3.70), (["coffee"], 1.80), ([], 0)]:
    got = bill(items)
    if got != expected:
        problems.append(f"bill({items}) gives {got}, but it should give {expected:.2f}")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
