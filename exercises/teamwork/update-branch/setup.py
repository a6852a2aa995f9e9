"""Set-up for team-update-branch: two branches fall behind main.

- soups: pushed, and Sam works on it too, so it must be updated with a merge.
- salads: only in the learner's clone, never pushed, so it can be rebased.
- main on origin: Sam pushed two commits after both branches started. The learner's
  clone has not fetched them yet. The learner is on main.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from team_setup import git, make_origin, teammate, write  # noqa: E402

make_origin()
git("switch", "-q", "-c", "soups")
write("soups.txt", "Soups for the harvest lunch\n\nTomato soup\nBean soup\n")
git("add", "soups.txt")
git("commit", "-q", "-m", "Add the soup list")
git("push", "-q", "-u", "origin", "soups")
git("switch", "-q", "main")
git("switch", "-q", "-c", "salads")
write("salads.txt", "Salads for the harvest lunch\n\nCourgette salad\n")
git("add", "salads.txt")
git("commit", "-q", "-m", "Add the salad list")
git("switch", "-q", "main")
with teammate() as sam:
    sam.change("rota.txt", "Friday: you\n", "Friday: you\nSunday: Sam\n")
    sam.commit("Add Sunday to the rota")
    sam.write("lunch.txt", "Harvest lunch: the last Saturday of September, at noon.\n")
    sam.commit("Announce the harvest lunch")
    sam.push()
