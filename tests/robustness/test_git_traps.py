"""Learner code that plants programs for git to run: the tutor's own git commands run none.

The learner's solution.py, run by a real `tutor check`, writes hooks into the
workspace's .git, sets core.fsmonitor, core.pager, core.editor, diff.external,
core.hooksPath, gpg.program with log.showSignature, and a filter and a textconv
driver named in .gitattributes. Each planted program writes a marker file when
run. After the check (its snapshot), `tutor history`, `diff`, `restore` and
`reset`, no marker exists; then plain git, with the repository's own settings,
runs them (so the traps were real, and the test can fail).
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from robust_course import Learner

from tutor.workspace import gitcli

TRAPS = (
    "post-commit", "pre-commit", "commit-msg", "post-rewrite", "post-checkout",
    "reference-transaction", "post-index-change", "pre-auto-gc",
)  # fmt: skip

PLANTING_SOLUTION = '''
import os, stat
from pathlib import Path

MARKERS = {markers!r}
git = Path(__file__).resolve().parent / ".git"


def program(name):
    """A shell script that leaves a marker when something runs it."""
    path = git / ("trap-" + name)
    path.write_text("#!/bin/sh\\ntouch " + MARKERS + "/" + name + "\\ncat\\n")
    path.chmod(0o755)
    return str(path)


(git / "hooks").mkdir(exist_ok=True)
(git / "elsewhere-hooks").mkdir(exist_ok=True)
for hook in {traps!r}:
    for folder in ("hooks", "elsewhere-hooks"):
        target = git / folder / hook
        target.write_text("#!/bin/sh\\ntouch " + MARKERS + "/hook-" + folder + "-" + hook + "\\n")
        target.chmod(0o755)
with open(git / "config", "a") as config:
    config.write(
        "[core]\\n"
        f"\\tfsmonitor = {{program('fsmonitor')}}\\n"
        f"\\tpager = {{program('pager')}}\\n"
        f"\\teditor = {{program('editor')}}\\n"
        f"\\thooksPath = {{git / 'elsewhere-hooks'}}\\n"
        "[diff]\\n"
        f"\\texternal = {{program('diff-external')}}\\n"
        '[diff "trap"]\\n'
        f"\\ttextconv = {{program('textconv')}}\\n"
        '[filter "trap"]\\n'
        f"\\tclean = {{program('filter-clean')}}\\n"
        f"\\tsmudge = {{program('filter-smudge')}}\\n"
        "[log]\\n\\tshowSignature = true\\n"
        "[gpg]\\n"
        f"\\tprogram = {{program('gpg')}}\\n"
    )
Path(__file__).with_name(".gitattributes").write_text("* filter=trap diff=trap\\n")
Path(__file__).with_name("notes.txt").write_text("a new file for git add to clean\\n")


def answer():
    return 41
'''


def planted(markers: Path) -> list[str]:
    return sorted(path.name for path in markers.iterdir())


def test_programs_planted_for_git_are_never_run_by_the_tutor(
    learner: Learner, tmp_path: Path
) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    workspace = learner.start("robust-py")
    (workspace / "solution.py").write_text(
        PLANTING_SOLUTION.format(markers=str(markers), traps=TRAPS)
    )
    result = learner.check_json("robust-py")
    assert result["status"] == "fail", result
    assert (workspace / ".git" / "trap-fsmonitor").is_file()  # the planting did run
    (workspace / "solution.py").write_text("def answer():\n    return 40\n")
    learner.check_json("robust-py")  # a second snapshot, with a commit and a clean filter
    history = learner.run("history", "robust-py")
    assert history.returncode == 0, history.stderr
    assert learner.run("diff", "robust-py").returncode == 0
    assert learner.run("restore", "robust-py", _start_sha(workspace)).returncode == 0
    reset = learner.run("reset", "robust-py")
    assert reset.returncode == 0, reset.stderr + reset.stdout
    assert planted(markers) == []

    # Plain git, with the repository's own settings, does run them: the traps were real.
    plain = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    plain.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", **gitcli.AUTHOR_ENV)
    (workspace / ".gitattributes").write_text("* filter=trap diff=trap\n")  # reset took it
    (workspace / "solution.py").write_text("def answer():\n    return 39\n")
    for command in (["add", "-A"], ["commit", "-q", "-m", "by hand"], ["status"]):
        subprocess.run(["git", *command], cwd=workspace, env=plain, capture_output=True,
                       check=False, timeout=30)  # fmt: skip
    time.sleep(0.1)
    assert {"fsmonitor", "filter-clean", "hook-elsewhere-hooks-post-commit"} <= set(
        planted(markers)
    )


def _start_sha(workspace: Path) -> str:
    log = gitcli.Repo(workspace).run("log", "--reverse", "--format=%H")
    return log.splitlines()[0]


def test_a_lock_dated_in_the_future_is_cleared(learner: Learner) -> None:
    """A planted (or wrong-clock) index.lock must not block every check and reset for ever."""
    workspace = learner.start("robust-py")
    lock = workspace / ".git" / "index.lock"
    lock.write_text("")
    future = time.time() + 10 * 365 * 24 * 3600
    os.utime(lock, (future, future))
    (workspace / "solution.py").write_text("def answer():\n    return 42\n")
    result = learner.check_json("robust-py")
    assert result["status"] == "pass", result
    assert not lock.exists()
    reset = learner.run("reset", "robust-py")
    assert reset.returncode == 0, reset.stderr + reset.stdout
