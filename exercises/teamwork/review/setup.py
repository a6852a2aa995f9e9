"""Set-up for team-review: Sam's branch discount, with three planted bugs, waits for review.

The learner is on their own branch discount, tracking origin/discount. The bugs, all in
lines the diff shows: with_discount keeps the percent instead of taking it off; the
member rule uses > 10 where the docstring says 10 or more; and the price of beans
changed from 0.80 to 8.0, a change this pull request should not make at all.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from team_setup import git, make_origin, teammate  # noqa: E402

SOLVED = (Path(__file__).resolve().parent / "solution" / "prices.py").read_text(encoding="utf-8")
BUGGY = (
    SOLVED.replace("amount * (100 - percent) / 100", "amount * percent / 100")
    .replace("plants >= 10", "plants > 10")
    .replace('"bean": 0.80', '"bean": 8.0')
)
assert BUGGY.count("\n") == SOLVED.count("\n") and BUGGY != SOLVED

make_origin()
with teammate() as sam:
    sam.git("switch", "-q", "-c", "discount")
    sam.write("prices.py", BUGGY)
    sam.commit("Give members a discount")
    sam.push("-u", "origin", "discount")
git("fetch", "-q")
git("switch", "-q", "discount")
