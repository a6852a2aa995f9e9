"""Nothing lost: `tutor check` and the TUI killed with SIGKILL at random moments, and two
processes checking one exercise at once.

After the kills: every workspace file holds what was last saved, every git
repository passes `git fsck`, the progress database passes
`PRAGMA integrity_check`, no process is left running, and the tutor starts
and checks normally.

TUTOR_KILL_ROUNDS (default 200) and TUTOR_TUI_KILL_ROUNDS (default 20) set how
many kills; the defaults keep each test near a minute on a busy 2-core machine.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from robust_course import (
    EDIT_FILE,
    Learner,
    describe,
    screen,
    tmux,
    wait_for,
    wait_for_no_leftovers,
)

from tutor.app_state import Tutor

CLI_KILLS = int(os.environ.get("TUTOR_KILL_ROUNDS", "200"))
TUI_KILLS = int(os.environ.get("TUTOR_TUI_KILL_ROUNDS", "20"))

# A passing version of each exercise's file, with a round number so each save differs.
VERSIONS = {
    "robust-py": "def answer():\n    return 42  # version {n}\n",
    "robust-js": "function answer() {{\n  return 42;  // version {n}\n}}\n",
    "robust-sql": "SELECT name FROM people ORDER BY name;  -- version {n}\n",
    "robust-html": (
        '<!DOCTYPE html>\n<html lang="en">\n<body>\n<h1>Hello</h1>\n'
        "<!-- version {n} -->\n</body>\n</html>\n"
    ),
}


def save(path: Path, text: str) -> None:
    """As an editor saves: a new file renamed into place."""
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def children_commands(pid: int) -> list[str]:
    names = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            data = Path(f"/proc/{entry}/stat").read_bytes()
        except OSError:
            continue
        fields = data[data.rindex(b")") + 2 :].split()
        if int(fields[1]) == pid:
            names.append(data[data.index(b"(") + 1 : data.rindex(b")")].decode(errors="replace"))
    return names


def head(workspace: Path) -> str:
    """The commit the workspace's branch points at (read from the file: no git process)."""
    try:
        return (workspace / ".git" / "refs" / "heads" / "main").read_text()
    except OSError:
        return ""


def git_fsck(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(folder), "fsck", "--full", "--no-progress"],
        capture_output=True,
        text=True,
        check=False,
    )


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def assert_sound(learner: Learner, saved: dict[str, str]) -> None:
    """Files as saved, repositories and database sound, nothing running, checks work."""
    left = wait_for_no_leftovers(learner.marker, seconds=15)
    assert not left, f"left running:\n{describe(left)}"
    for exercise_id, text in saved.items():
        workspace = learner.workspace(exercise_id)
        assert (workspace / EDIT_FILE[exercise_id]).read_text(encoding="utf-8") == text
        fsck = git_fsck(workspace)
        assert fsck.returncode == 0, fsck.stdout + fsck.stderr
        assert "error" not in fsck.stderr.lower(), fsck.stderr
    assert integrity(learner.home / "progress.sqlite3") == "ok"


def start_all(learner: Learner, exercise_ids: list[str]) -> None:
    with Tutor(course_root=learner.course, home=learner.home) as tutor:
        for exercise_id in exercise_ids:
            tutor.start(tutor.exercise(exercise_id))


@pytest.mark.slow
def test_sigkill_tutor_check_at_random_moments(learner: Learner) -> None:
    """CLI_KILLS kills over four exercises at once (one lane each, sharing the progress db)."""
    exercise_ids = list(VERSIONS)
    start_all(learner, exercise_ids)
    per_lane = max(1, CLI_KILLS // len(exercise_ids))
    phases: Counter[str] = Counter()
    saved: dict[str, str] = {}
    lock = threading.Lock()

    def lane(index: int, exercise_id: str) -> None:
        chooser = random.Random(1000 + index)
        path = learner.workspace(exercise_id) / EDIT_FILE[exercise_id]
        save(path, VERSIONS[exercise_id].format(n=0))
        began = time.monotonic()
        learner.check_json(exercise_id)  # one whole check: how long this lane's take
        durations = [time.monotonic() - began]  # whole runs seen; the machine's load varies
        kills = 0
        for round_number in range(1, 4 * per_lane + 1):
            if kills == per_lane:
                break
            text = VERSIONS[exercise_id].format(n=round_number)
            save(path, text)
            head_before = head(path.parent)
            with lock:
                saved[exercise_id] = text
            started = time.monotonic()
            process = subprocess.Popen(
                learner.command("check", exercise_id, "--json"),
                env=learner.environment(),
                cwd=learner.scratch,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            # The first ~60% of a run is Python importing the tutor: half the kills land
            # there (they are quick), half later, in the check, snapshot and progress write.
            whole = statistics.median(durations[-5:])
            share = chooser.uniform(0.6, 1.05) if kills % 2 else chooser.uniform(0, 0.6)
            kill_at = started + whole * share
            while time.monotonic() < kill_at and process.poll() is None:
                time.sleep(0.005)
            if process.poll() is not None:  # it ended first: learn how long runs take now
                durations.append(time.monotonic() - started)
                with lock:
                    phases["ended before the kill (not counted)"] += 1
                continue
            children = children_commands(process.pid)
            if any(name.startswith("git") for name in children):
                phase = "during a git snapshot"
            elif children:
                phase = "during the check"
            elif head(path.parent) != head_before:
                phase = "after the snapshot (writing progress)"
            else:
                phase = "starting up"
            # Now and then the whole group, as a power cut would (git mid-write too).
            whole_group = kills % 10 == 9
            with lock:
                phases[phase + (", whole group" if whole_group else "")] += 1
            with contextlib.suppress(ProcessLookupError):
                if whole_group:
                    os.killpg(process.pid, signal.SIGKILL)
                else:
                    process.kill()
            kills += 1
            process.wait(timeout=30)

    with ThreadPoolExecutor(max_workers=len(exercise_ids)) as pool:
        list(pool.map(lane, range(len(exercise_ids)), exercise_ids))
    print(f"\nkills of tutor check: {dict(phases)}")
    counted = sum(n for phase, n in phases.items() if "not counted" not in phase)
    assert counted == per_lane * len(exercise_ids), phases

    assert_sound(learner, saved)
    before = learner.progress()
    for exercise_id in exercise_ids:
        result = learner.check_json(exercise_id)
        assert result["status"] == "pass", result
    after = learner.progress()
    for exercise_id in exercise_ids:
        assert after[exercise_id]["attempts"] == before[exercise_id]["attempts"] + 1
        assert after[exercise_id]["status"] == "done"


def test_two_checks_at_once_lose_no_progress_update(learner: Learner) -> None:
    """Two `tutor check` processes on the same exercise, three times at once: six attempts."""
    start_all(learner, ["robust-py"])
    rounds = 3
    for _ in range(rounds):
        processes = [
            subprocess.Popen(
                learner.command("check", "robust-py", "--json"),
                env=learner.environment(),
                cwd=learner.scratch,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for process in processes:
            out, err = process.communicate(timeout=120)
            assert process.returncode == 1, err  # the starter fails its checks
            assert '"status": "fail"' in out
    assert learner.progress()["robust-py"]["attempts"] == 2 * rounds
    assert git_fsck(learner.workspace("robust-py")).returncode == 0


# --- the TUI ---------------------------------------------------------------------

TYPED = "xq7 kill"


def one_saved_state(text: str, before: str) -> bool:
    """text is `before` with a prefix of TYPED inserted at one place: an editor's save."""
    extra = len(text) - len(before)
    if not 0 <= extra <= len(TYPED):
        return False
    typed = TYPED[:extra]
    return any(
        text[at : at + extra] == typed and text[:at] + text[at + extra :] == before
        for at in range(len(before) + 1)
    )


def tui_lane(learner: Learner, session: str, rounds: int, seed: int) -> Counter[str]:
    """Start the TUI, open the exercise, type (and sometimes check), SIGKILL it."""
    chooser = random.Random(seed)
    path = learner.workspace("robust-py") / "solution.py"
    moments: Counter[str] = Counter()
    env = learner.environment({"TERM": "xterm-256color"})
    exports = " ".join(f"{k}={shlex_quote(v)}" for k, v in env.items())
    command = f"exec env -i {exports} " + " ".join(map(shlex_quote, learner.command()))
    for _ in range(rounds):
        before = path.read_text(encoding="utf-8") if path.exists() else None
        tmux("kill-session", "-t", session)
        tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command)
        pid = int(tmux("list-panes", "-t", session, "-F", "#{pane_pid}").stdout.split()[0])
        assert wait_for(session, "press c to continue"), screen(session)
        tmux("send-keys", "-t", session, "c")
        assert wait_for(session, "Press F5"), screen(session)
        if before is None:
            before = path.read_text(encoding="utf-8")
        kill_at = time.monotonic() + chooser.uniform(0.0, 2.5)
        check_after = chooser.randrange(len(TYPED) + 1)  # F5 after this many keys
        moment = "typing"
        for count, key in enumerate(TYPED):
            if count == check_after:
                tmux("send-keys", "-t", session, "F5")
                moment = "checking"
            if time.monotonic() >= kill_at:
                break
            tmux("send-keys", "-t", session, "-l", key)
            time.sleep(chooser.uniform(0.0, 0.15))
        time.sleep(max(0.0, kill_at - time.monotonic()))
        moments[moment] += 1
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        tmux("kill-session", "-t", session)
        after = path.read_text(encoding="utf-8")
        assert one_saved_state(after, before), f"{before!r} became {after!r}"
    return moments


def shlex_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux to give the TUI a terminal")
def test_sigkill_the_tui_while_typing_and_checking(tmp_path: Path) -> None:
    """Two learners at once, each TUI killed TUI_KILLS / 2 times."""
    from robust_course import new_learner

    learners = [new_learner(tmp_path / f"learner{n}") for n in range(2)]
    sessions = [f"robust-{learner.marker[-12:]}" for learner in learners]
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            counts = list(
                pool.map(
                    tui_lane,
                    learners,
                    sessions,
                    [max(1, TUI_KILLS // 2)] * 2,
                    [7, 8],
                )
            )
    finally:
        for session in sessions:
            tmux("kill-session", "-t", session)
    print(f"\nTUI kills: {dict(sum(counts, Counter()))}")
    for learner in learners:
        text = learner.workspace("robust-py").joinpath("solution.py").read_text()
        assert_sound(learner, {"robust-py": text})
        result = learner.check_json("robust-py")  # the tutor works afterwards
        assert result["status"] in ("fail", "error")
        assert learner.progress()["robust-py"]["attempts"] >= 1
