"""Where the tutor may make cgroups with memory and pids limits (for runner/cgroup.py).

- cgroup v2: in the cgroup this process runs in, where the memory and pids
  controllers reach it and it may write it (root; a cgroup delegated to the user,
  as systemd does with `Delegate=yes`). The kernel lets a cgroup other than the
  root pass limits to sub-groups only while it holds no process itself, so a tutor
  that is alone in its cgroup (`systemd-run --user --scope -p Delegate=yes tutor`)
  first moves itself into a leaf, `tutor-main-<pid>`, of it; one that shares its
  cgroup with other processes (a terminal's shell) gets no cgroup.
- cgroup v1 (older systems, and containers like the test machine): in the memory
  and pids hierarchies' folders of this process's cgroups, where it may write them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from typing import NamedTuple

V2_CONTROLLERS = ("memory", "pids")
CHECK_PREFIX = "tutor-check-"  # one per helper: tutor-check-<pid of the tutor>-<n>
MAIN_PREFIX = "tutor-main-"  # v2: the leaf the tutor moved itself into: tutor-main-<pid>


class Parents(NamedTuple):
    version: int
    memory: str  # the folder new cgroups are made in (v2: the one folder for both)
    pids: str


@functools.lru_cache(maxsize=1)
def parents() -> Parents | str:
    """Where this process may make cgroups with memory and pids limits, or why nowhere."""
    if not sys.platform.startswith("linux"):
        return f"cgroups need Linux; this is {sys.platform}"
    own = _own_cgroups()
    mounts = _cgroup_mounts()
    if "" in own and "" in mounts:
        v2 = _v2_parent(_join(mounts[""], own[""]))
        if not isinstance(v2, str):
            return v2
    else:
        v2 = "no cgroup v2 here"
    if all(c in own and c in mounts for c in V2_CONTROLLERS):
        memory, pids = (_join(mounts[c], own[c]) for c in V2_CONTROLLERS)
        if all(os.access(f, os.W_OK | os.X_OK) for f in (memory, pids)):
            return Parents(1, memory, pids)
        return f"{v2}; the cgroup v1 memory and pids folders ({memory}, {pids}) are not writable"
    return v2


def _v2_parent(folder: str) -> Parents | str:
    above = os.path.dirname(folder)
    if os.path.basename(folder).startswith(MAIN_PREFIX) and _gives_limits(above):
        return Parents(2, above, above)  # started by a tutor that moved into its leaf
    controllers = words(os.path.join(folder, "cgroup.controllers"))
    missing = [c for c in V2_CONTROLLERS if c not in controllers]
    if missing:
        lacking = " or ".join(missing)
        return f"the cgroup v2 the tutor runs in ({folder}) has no {lacking} controller"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the cgroup v2 the tutor runs in ({folder}) is not delegated to this user"
    subtree = os.path.join(folder, "cgroup.subtree_control")
    if _gives_limits(folder):
        return Parents(2, folder, folder)
    enable = " ".join(f"+{c}" for c in V2_CONTROLLERS)
    try:
        write(subtree, enable)
        return Parents(2, folder, folder)
    except OSError as error:
        refused = os.strerror(error.errno or 0)
    # EBUSY: the cgroup holds processes (the kernel's "no internal processes" rule).
    others = set(words(os.path.join(folder, "cgroup.procs"))) - {str(os.getpid())}
    if others:
        return (
            f"the cgroup v2 the tutor runs in ({folder}) holds other processes too, so it "
            f"cannot pass memory and pids limits to sub-groups ({refused})"
        )
    return _move_into_leaf(folder, subtree, enable)


def _gives_limits(folder: str) -> bool:
    subtree = os.path.join(folder, "cgroup.subtree_control")
    enabled = words(subtree)
    return all(c in enabled for c in V2_CONTROLLERS) and os.access(folder, os.W_OK | os.X_OK)


def _move_into_leaf(folder: str, subtree: str, enable: str) -> Parents | str:
    """Alone in a delegated cgroup: move into a leaf of it, so that it may pass limits."""
    leaf = os.path.join(folder, f"{MAIN_PREFIX}{os.getpid()}")
    try:
        os.makedirs(leaf, exist_ok=True)
        write(os.path.join(leaf, "cgroup.procs"), str(os.getpid()))
    except OSError as error:
        with contextlib.suppress(OSError):
            os.rmdir(leaf)
        return f"the tutor could not move into a cgroup of its own in {folder} ({error})"
    try:
        write(subtree, enable)
    except OSError as error:
        with contextlib.suppress(OSError):  # back where it was
            write(os.path.join(folder, "cgroup.procs"), str(os.getpid()))
            os.rmdir(leaf)
        return f"the cgroup v2 the tutor runs in ({folder}) gives no limits to sub-groups ({error})"
    return Parents(2, folder, folder)


def _own_cgroups() -> dict[str, str]:
    """Controller ("" for v2) -> this process's cgroup path, from /proc/self/cgroup."""
    found: dict[str, str] = {}
    with contextlib.suppress(OSError), open("/proc/self/cgroup", encoding="utf-8") as lines:
        for line in lines:
            _, controllers, path = line.rstrip("\n").split(":", 2)
            for controller in controllers.split(",") if controllers else [""]:
                found[controller] = path
    return found


def _cgroup_mounts() -> dict[str, tuple[str, str]]:
    """Controller ("" for v2) -> (mount point, root of the hierarchy there)."""
    found: dict[str, tuple[str, str]] = {}
    with contextlib.suppress(OSError), open("/proc/self/mountinfo", encoding="utf-8") as lines:
        for line in lines:
            before, _, after = line.partition(" - ")
            fields, kind = before.split(), after.split()
            if len(fields) < 5 or len(kind) < 3:
                continue
            where = (_unescape(fields[4]), _unescape(fields[3]))
            if kind[0] == "cgroup2":
                found.setdefault("", where)
            elif kind[0] == "cgroup":
                for option in kind[2].split(","):
                    found.setdefault(option, where)
    return found


def _join(mount: tuple[str, str], path: str) -> str:
    point, root = mount
    if root != "/" and (path == root or path.startswith(root + "/")):
        path = path[len(root) :]
    return os.path.normpath(point + "/" + path.lstrip("/"))


def _unescape(text: str) -> str:
    return text.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


swept: set[str] = set()  # the parent folders already swept by this process


def sweep_once(found: Parents) -> None:
    """Remove cgroups an earlier tutor left (it was killed before it could, or, for its
    v2 leaf, could not: it was in it): those of a process that is gone, and empty."""
    for parent in {found.memory, found.pids}:
        if parent in swept:
            continue
        swept.add(parent)
        with contextlib.suppress(OSError):
            for entry in os.scandir(parent):
                prefix = next(
                    (p for p in (CHECK_PREFIX, MAIN_PREFIX) if entry.name.startswith(p)), ""
                )
                owner = entry.name[len(prefix) :].split("-")[0]
                if prefix and owner.isdigit() and not alive(int(owner)):
                    with contextlib.suppress(OSError):
                        os.rmdir(entry.path)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def words(path: str) -> list[str]:
    try:
        with open(path, encoding="ascii") as file:
            return file.read().split()
    except OSError:
        return []


def write(path: str, text: str) -> None:
    with open(path, "w", encoding="ascii") as file:
        file.write(text)
