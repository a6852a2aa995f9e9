"""Set-up for debug-bisect: a history of ten commits, one of which broke bill().

The tutor's start commit holds the working prices.py and check_prices.py; it is
tagged v1 ("the version from last month"). Then ten commits follow. The sixth,
"Tidy up the bill function", rounds the bill to whole numbers, so check_prices.py
fails from there on. Later commits change other lines only, so reverting it is clean.
"""

import subprocess
from pathlib import Path


def git(*args):
    subprocess.run(["git", *args], check=True, stdout=subprocess.DEVNULL)


def change(name, old, new):
    path = Path(name)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if old not in text:
        raise SystemExit(f"setup: {old!r} is not in {name}")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def commit(message):
    git("add", "-A")
    git("commit", "-q", "-m", message)


git("tag", "v1")
change("prices.py", '    "cake": 2.50,\n', '    "cake": 2.50,\n    "soup": 3.00,\n')
commit("Add soup to the menu")
Path("hours.txt").write_text("Open Tuesday to Sunday, 9 to 4.\n", encoding="utf-8")
commit("Write down the opening hours")
change("prices.py", "def price(item):\n", 'def price(item):\n    """The price of one item."""\n')
commit("Add a docstring to price")
change("prices.py", '    "soup": 3.00,\n', '    "soup": 3.00,\n    "toast": 1.50,\n')
commit("Add toast to the menu")
change("prices.py", "    return round(total, 2)\n", "    return round(total)\n")
commit("Tidy up the bill function")
Path("board.txt").write_text("Today's cake: lemon\n", encoding="utf-8")
commit("Add a menu board")
change(
    "prices.py",
    "    return MENU[item]\n",
    "    return MENU[item]\n\n\n"
    "def volunteer_bill(items):\n"
    '    """Volunteers pay 10 per cent less."""\n'
    "    return round(bill(items) * 0.9, 2)\n",
)
commit("Add a discount for volunteers")
change("prices.py", '    "toast": 1.50,\n', '    "toast": 1.50,\n    "lemonade": 1.60,\n')
commit("Serve lemonade in summer")
change("board.txt", "lemon", "carrot")
commit("Change today's cake")
change("hours.txt", "Tuesday", "Wednesday")
commit("Close on Tuesdays from now on")
