"""Set-up for team-pull: after the learner cloned, Sam pushed the watering rota.

The learner's clone has not heard of Sam's two commits yet: origin/main is behind origin.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from team_setup import make_origin, teammate  # noqa: E402

make_origin()
with teammate() as sam:
    sam.write("rota.txt", "Monday: Sam\nWednesday: Ana\n")
    sam.commit("Add the watering rota")
    sam.change("rota.txt", "Wednesday: Ana\n", "Wednesday: Ana\nFriday: you\n")
    sam.commit("Put the new gardener on Fridays")
    sam.push()
