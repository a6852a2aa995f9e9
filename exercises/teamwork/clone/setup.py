"""Set-up for team-clone: Sam has started the garden project in origin.git.

The learner's own folder is not a clone yet: they make one, garden/, with git clone.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from team_setup import exclude, make_origin, teammate  # noqa: E402

make_origin(push_main=False)
exclude("garden/")
with teammate() as sam:
    sam.git("symbolic-ref", "HEAD", "refs/heads/main")
    sam.write("README.md", "# Community garden\n\nWho waters what, and when.\n")
    sam.commit("Start the garden project")
    sam.write("plants.txt", "Tomatoes\nBeans\nCourgettes\n")
    sam.commit("List the plants")
    sam.write("rota.txt", "Monday: Sam\nWednesday: Ana\nFriday: Sam\n")
    sam.commit("Add the watering rota")
    sam.push("-u", "origin", "main")
