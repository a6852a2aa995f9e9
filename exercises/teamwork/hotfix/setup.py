"""Set-up for team-hotfix: half-done work on a branch, and an urgent fix needed on main.

- main (pushed): notice.txt says the plant sale is on Saturday; it is on Sunday.
- recipes (local): one commit, "Start the recipe list", checked out, plus half-done,
  uncommitted lines in recipes.txt that must not go into the fix.
- message-from-sam.txt (not tracked) asks for the fix.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from team_setup import exclude, git, make_origin, write  # noqa: E402

MESSAGE = """\
From Sam, 9:05:

The notice on main says the plant sale is on Saturday. It is on SUNDAY!
People are reading it right now. Can you fix it on main and push it,
please? Only that line, nothing else. Thank you!
"""

make_origin()
git("switch", "-q", "-c", "recipes")
write("recipes.txt", "Recipes from the garden\n\nTomato salad:\n  tomatoes, basil, oil, salt\n")
git("add", "recipes.txt")
git("commit", "-q", "-m", "Start the recipe list")
with open("recipes.txt", "a", encoding="utf-8") as recipes:
    recipes.write("\nCourgette soup:\n  courgettes, an onion, (what else?)\n")
write("message-from-sam.txt", MESSAGE)
exclude("message-from-sam.txt")
