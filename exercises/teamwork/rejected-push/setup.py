"""Set-up for team-rejected-push: Sam pushed to main after the learner cloned.

The learner does not know yet: their first push of a new commit on main is rejected.
Sam changed rota.txt only, so the learner's change to plants.txt merges or rebases cleanly.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from team_setup import make_origin, teammate  # noqa: E402

make_origin()
with teammate() as sam:
    sam.change("rota.txt", "Friday: you\n", "Friday: you\nSunday: Sam\n")
    sam.commit("Add Sunday to the rota")
    sam.push()
