"""ResidentRunner: one sandboxed helper that outlives `tutor check`, for the next ones.

A sandboxed `tutor check` cannot fork its check early (prestart.py): bwrap
starts a new Python, which must import pytest before it can check, and that
costs the learner ~0.3 s a check. So the first sandboxed `tutor check` of a
learner leaves its helper (runner/helper.py, in the sandbox) running, and
later ones connect to it and have it fork their check, as the TUI's warm
helper does. It serves any exercise of the course, one check at a time, and
leaves after IDLE_SECONDS without a check.

Where it is found: `<data folder>/helper/` (0700, the user's own): `socket`,
`info.json` (its pid, its token, what it was started with) and `lock`. The
sandbox hides the data folder, so no learner code can reach that socket; the
front end makes and binds the listening socket and hands the helper only its
descriptor, so nothing inside the sandbox could listen in the helper's place.
A check's child closes every descriptor it inherits before learner code runs
(child.py), and the helper is not dumpable (helper.not_dumpable).

It is replaced when anything it was started with changes: the tutor's code,
the Python, the user, the environment, or the folders it must show (the stamp).
A check that needs a folder it does not show (a TDD check's scratch copies)
gets a helper of its own, as without a resident one.

TUTOR_RESIDENT_HELPER=0 gives every `tutor check` its own helper (the test
suite's default); TUTOR_RESIDENT_IDLE sets the idle time in seconds.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import tutor
from tutor.runner import cgroup, sandbox
from tutor.runner.warm import WarmRunner

if TYPE_CHECKING:
    from tutor.runner.cancel import CancelToken
    from tutor.runner.request import CheckRequest
    from tutor.runner.result import Result

SWITCH_ENV = "TUTOR_RESIDENT_HELPER"  # "0": every `tutor check` starts its own helper
IDLE_ENV = "TUTOR_RESIDENT_IDLE"
IDLE_SECONDS = 600.0
# Not part of what the helper was started with: they change between two shells' checks,
# or between two terminals (tmux panes, terminal tabs, ssh logins) of one learner, who
# would otherwise replace the helper at every check, killing a check still running in it.
VOLATILE_ENV = frozenset(
    {"PWD", "OLDPWD", "SHLVL", "_", "COLUMNS", "LINES", "TERM", "COLORTERM", "WINDOWID"}
    | {"GPG_TTY", "STY", "WINDOW", "SSH_TTY", "SSH_CONNECTION", "SSH_CLIENT"}
)
VOLATILE_PREFIXES = ("TMUX", "TERM_", "KONSOLE_", "VTE_", "ITERM_", "WT_", "ALACRITTY_")
FOLDER_NAME = "helper"

_launched: list[subprocess.Popen[bytes]] = []  # kept: the helper outlives this process


def wanted() -> bool:
    """Use a resident helper for `tutor check`? Only where checks are sandboxed."""
    switched_off = os.environ.get(SWITCH_ENV, "1").lower() in ("0", "off", "no")
    return not switched_off and hasattr(socket, "AF_UNIX") and sandbox.wanted()


def start_ahead(course: str | None = None) -> None:
    """Start the learner's resident helper now (`tutor start`), so that their first
    `tutor check` finds it warm: ~150 ms less for the first check. Nothing where the
    resident helper is not used, or when one that fits is running already."""
    if not wanted():
        return
    make_cache_folder()
    runner = ResidentRunner(sandbox.learner_view(course))  # the view `tutor check` asks for
    try:
        with contextlib.suppress(OSError):  # the check will say what is wrong, if anything
            runner._connect_or_launch()
    finally:
        runner.close()  # the helper goes on; it warms up once this connection ends


def idle_seconds() -> float:
    try:
        return max(1.0, float(os.environ.get(IDLE_ENV, IDLE_SECONDS)))
    except ValueError:
        return IDLE_SECONDS


def folder() -> Path:
    from tutor import locations

    return locations.make_private(locations.home_dir()) / FOLDER_NAME


def make_cache_folder() -> None:
    """The rewrite cache's folder, made before the helper's view is chosen: a first check
    would otherwise need a folder the resident helper does not show (sandbox.view_for)."""
    from tutor import locations

    with contextlib.suppress(OSError):
        home = locations.make_private(locations.home_dir())
        (locations.cache_dir(home) / "rewritten-tests").mkdir(parents=True, exist_ok=True)


def _private_folder(path: Path) -> Path:
    """The rendezvous folder: made 0700, and refused unless it is a real folder of ours."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    found = os.lstat(path)
    if not os.path.isdir(path) or os.path.islink(path) or found.st_uid != os.getuid():
        raise OSError(f"{path} is not a folder of this user's own")
    if found.st_mode & 0o077:
        os.chmod(path, 0o700)
    return path


def stamp() -> str:
    """What the helper was started with: a helper whose stamp differs is replaced."""
    parts = [sys.executable, sys.version, str(os.getuid()), str(sandbox.program())]
    root = os.path.dirname(tutor.__file__)
    for top, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".pth")):
                found = os.stat(os.path.join(top, name))
                parts.append(f"{top}/{name}:{found.st_size}:{found.st_mtime_ns}")
    kept = sorted(
        (key, value)
        for key, value in os.environ.items()
        if key not in VOLATILE_ENV and not key.startswith(VOLATILE_PREFIXES)
    )
    parts.append(json.dumps(kept))
    text = "\n".join(parts).encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(text):08x}-{zlib.adler32(text):08x}-{len(text)}"


def _is_helper(pid: int) -> bool:
    """pid is still a resident helper of this user (a pid can be reused after it ends)."""
    try:
        if os.stat(f"/proc/{pid}").st_uid != os.getuid():
            return False
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            words = handle.read().split(b"\0")
    except OSError:
        return False
    return b"tutor.runner.helper" in words and b"--listen" in words


def _read_info(place: Path) -> dict[str, object]:
    try:
        found = json.loads((place / "info.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _write_info(place: Path, info: dict[str, object]) -> None:
    temporary = place / f".info.{os.getpid()}.json"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        json.dump(info, out)
    os.replace(temporary, place / "info.json")


def _view_of(info: dict[str, object]) -> sandbox.View:
    shown = info.get("view")
    if not isinstance(shown, dict):
        return sandbox.View()
    read_only, writable = shown.get("read_only", []), shown.get("writable", [])
    return sandbox.View(frozenset(map(str, read_only)), frozenset(map(str, writable)))


def running() -> dict[str, object] | None:
    """The resident helper's info.json, if one is running (`tutor doctor`)."""
    info = _read_info(folder())
    pid = info.get("pid")
    return info if isinstance(pid, int) and _is_helper(pid) else None


def stop() -> bool:
    """Stop the resident helper, if one runs; whether there was one."""
    info = running()
    if info is None:
        return False
    pid = info["pid"]
    assert isinstance(pid, int)
    with contextlib.suppress(OSError):
        os.killpg(pid, signal.SIGTERM)  # bwrap and the helper in it: one process group
    made = cgroup.from_facts(info.get("cgroup"))
    if made is not None:
        made.remove()  # once its processes have ended (what is left is killed)
    return True


class ResidentRunner(WarmRunner):
    """A WarmRunner whose helper lives on after this process, found through a socket."""

    def __init__(self, view: sandbox.View | None = None) -> None:
        super().__init__(warm_up=False, sandboxed=True, view=view)
        self._connection: socket.socket | None = None
        self._helper_pid: int | None = None
        self._own: WarmRunner | None = None  # for a check the resident helper cannot see

    @property
    def pid(self) -> int | None:
        return self._helper_pid if self._connection is not None else super().pid

    def alive(self) -> bool:
        if self._connection is None:
            return super().alive()
        return self._helper_pid is not None and _is_helper(self._helper_pid)

    def start(self) -> None:
        if self.alive():
            return
        self._disconnect()
        if not sandbox.wanted():  # bwrap turned out not to work here: as without a resident
            super().start()
            return
        try:
            self._connect_or_launch()
        except OSError:
            self._disconnect()
            super().start()

    def _connect_or_launch(self) -> None:
        import fcntl

        place = _private_folder(folder())
        wanted_stamp = stamp()
        with open(place / "lock", "a", encoding="utf-8") as lock:
            os.chmod(place / "lock", 0o600)
            fcntl.flock(lock, fcntl.LOCK_EX)  # two `tutor check`s at once start one helper
            info = _read_info(place)
            pid = info.get("pid")
            known = isinstance(pid, int) and _is_helper(pid)
            if known and info.get("stamp") == wanted_stamp and _view_of(info).covers(self._view):
                with contextlib.suppress(OSError):
                    assert isinstance(pid, int)
                    self._attach(place, pid, str(info.get("token", "")))
                    self._cgroup = cgroup.from_facts(info.get("cgroup"))
                    return
            if known:
                assert isinstance(pid, int)
                with contextlib.suppress(OSError):
                    os.killpg(pid, signal.SIGTERM)
            self._launch(place, wanted_stamp)

    def _launch(self, place: Path, wanted_stamp: str) -> None:
        address = place / "socket"
        with contextlib.suppress(FileNotFoundError):
            address.unlink()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(str(address))
            os.chmod(address, 0o600)
            listener.listen(16)
            token = os.urandom(16).hex()
            view = sandbox.tutor_view().union(self._view)
            command = [*sandbox.command(view, die_with_parent=False), sys.executable]
            command += ["-m", "tutor.runner.helper", token, "--cold"]
            command += ["--listen", str(listener.fileno()), "--idle", str(idle_seconds())]
            # All its checks' processes together (cgroup.py): the cgroup lives as long as it.
            made = cgroup.new_for_helper(self._cgroup_memory_mb)
            if made is not None:
                command = made.wrap(command)
                cgroup.keep(made)
            env = dict(os.environ)
            package_root = str(Path(tutor.__file__).resolve().parent.parent)
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                cwd="/",
                pass_fds=(listener.fileno(),),
                start_new_session=True,  # its own group: the terminal's Ctrl+C is not for it
            )
        finally:
            listener.close()  # the helper holds its own copy
        _launched.append(process)
        shown = {"read_only": sorted(self._view.read_only), "writable": sorted(self._view.writable)}
        info = {"pid": process.pid, "token": token, "stamp": wanted_stamp, "view": shown}
        info["cgroup"] = made.facts() if made is not None else None
        _write_info(place, info)
        self._attach(place, process.pid, token)
        self._cgroup = made

    def _attach(self, place: Path, pid: int, token: str) -> None:
        from tutor.runner.wire import EventReader

        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            connection.connect(str(place / "socket"))
        except OSError:
            connection.close()
            raise
        self._connection, self._helper_pid, self._token = connection, pid, token
        self.sandboxed = True
        self._answered = False
        self._reader = EventReader(connection.fileno(), token)

    def _send(self, message: dict[str, object]) -> bool:
        if self._connection is None:
            return super()._send(message)
        with self._write_lock:
            try:
                self._connection.sendall(json.dumps(message).encode() + b"\n")
                return True
            except OSError:
                return False

    def check(
        self,
        request: CheckRequest,
        isolation: str | None = None,
        cancel: CancelToken | None = None,
    ) -> Result:
        if sandbox.wanted() and not self._view.covers(sandbox.view_for(request)):
            if self._own is None:  # e.g. a TDD check's scratch copies in /tmp
                self._own = WarmRunner(warm_up=False, view=self._view)
            return self._own.check(request, isolation, cancel)
        return super().check(request, isolation, cancel)

    def _stop_process(self) -> None:
        """A helper that did not answer, or died: stop it, so the next check starts anew."""
        pid = self._helper_pid if self._connection is not None else None
        self._disconnect()
        if pid is not None and _is_helper(pid):
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
        super()._stop_process()

    def _disconnect(self) -> None:
        connection, self._connection, self._reader = self._connection, None, None
        if connection is not None:
            connection.close()

    def close(self) -> None:
        """Leave the helper running for the next `tutor check`; close what is ours."""
        resident = self._connection is not None
        self._disconnect()
        if resident:
            self._cgroup = None  # the helper's, which goes on with it
        super()._stop_process()
        if self._own is not None:
            self._own.close()
            self._own = None
