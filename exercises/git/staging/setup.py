"""Set-up for git-staging: two files changed since the last commit.

recipe.txt has a finished change (a pinch of salt); shopping.txt has an
unfinished one. The learner commits the first and leaves the second alone.
"""

from pathlib import Path

with open("recipe.txt", "a", encoding="utf-8") as recipe:
    recipe.write("1 pinch of salt\n")

with open("shopping.txt", "a", encoding="utf-8") as shopping:
    shopping.write("milk (not sure yet: check the fridge first)\n")

assert Path("recipe.txt").is_file() and Path("shopping.txt").is_file()
