"""Set-up for team-pull-request: the learner's branch hours is pushed and reviewed.

- hours: one commit by the learner ("Add opening hours"), pushed to origin, checked out.
  Its Sunday line is wrong; Sam's review (pull-request.txt, not tracked) says so.
- main on origin: Sam pushed "Add Sunday to the rota" after the branch started, so the
  learner's main is behind, and merging hours makes a real merge.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from team_setup import exclude, git, make_origin, teammate, write  # noqa: E402

REVIEW = """\
Pull request: hours -> main
"Add the garden's opening hours", opened by you

Review by Sam:

  hours.txt, line 4: "Sunday: 9 to 5"
    We are closed on Sundays. Please make this line say: Sunday: closed

  Everything else looks good. Fix that on your branch and push it, so I can
  see the fix here. Then merge it into main yourself, with a merge commit
  (git merge --no-ff), so the history shows this pull request. Push main,
  and delete the branch, here and on origin.
"""

make_origin()
git("switch", "-q", "-c", "hours")
write("hours.txt", "Garden opening hours\n\nMonday to Saturday: 9 to 5\nSunday: 9 to 5\n")
git("add", "hours.txt")
git("commit", "-q", "-m", "Add the garden's opening hours")
git("push", "-q", "-u", "origin", "hours")
with teammate() as sam:
    sam.change("rota.txt", "Friday: you\n", "Friday: you\nSunday: Sam\n")
    sam.commit("Add Sunday to the rota")
    sam.push()
write("pull-request.txt", REVIEW)
exclude("pull-request.txt")
