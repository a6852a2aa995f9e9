"""Set-up for team-push-branch: the learner's folder is a clone of origin.git.

Sam's commits are made here and pushed, so main, origin's main and origin/main agree.
tips.txt is in the start commit, empty: the learner fills it on a new branch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from team_setup import SAM, git, make_origin, write  # noqa: E402

write("README.md", "# Community garden\n\nWho waters what, and when.\n")
write("plants.txt", "Tomatoes\nBeans\nCourgettes\n")
git("add", "-A")
git("commit", "-q", "-m", "Start the garden project", env=SAM)
make_origin()
