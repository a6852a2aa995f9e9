"""Set-up for git-merging: two finished branches waiting to be merged into main.

- drinks: two commits that add a drinks section at the end of menu.txt. main
  has not moved since it started, so merging it is a fast-forward.
- prices: one commit that adds prices to the mains, further up the file.
  Once drinks is merged, main has moved on, so this merge makes a merge commit.
The two branches change different lines, so neither merge has a conflict.
"""

import subprocess


def git(*args):
    subprocess.run(["git", *args], check=True, stdout=subprocess.DEVNULL)


def write(text):
    with open("menu.txt", "w", encoding="utf-8") as menu:
        menu.write(text)


with open("menu.txt", encoding="utf-8") as menu:
    START = menu.read()

git("switch", "-q", "-c", "drinks")
write(START + "\nDrinks:\nTea\n")
git("commit", "-q", "-am", "Add a drinks section with tea")
write(START + "\nDrinks:\nTea\nCoffee\n")
git("commit", "-q", "-am", "Add coffee to the drinks")

git("switch", "-q", "main")
git("switch", "-q", "-c", "prices")
write(
    START.replace("Vegetable soup\n", "Vegetable soup    3.50\n").replace(
        "Cheese sandwich\n", "Cheese sandwich   4.00\n"
    )
)
git("commit", "-q", "-am", "Add prices to the mains")

git("switch", "-q", "main")
