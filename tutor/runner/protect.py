"""The instructor's files, read-only for the learner's code (Linux mount namespaces).

Learner code runs as the learner's own user, who can write the course folder
when the course was installed in their data folder. Code that found the
check's test file (through the call stack, say) could then rewrite it into a
test that always passes, for this check and every later one.

So the check's child, before any learner code runs, moves into a mount
namespace of its own in which the instructor's folders are bind-mounted
read-only: a write there fails with "Read-only file system" (EROFS), for the
child and every process it starts, and for no one else. An unprivileged user
first enters a user namespace of its own (same user and group inside), which
is what lets it mount; whether the system allows that is tried once per
process, in a throwaway child. About 1 ms per check.

Where the system does not allow this (not Linux, a container without the
right, unprivileged user namespaces switched off), protect() says so and the
check runs as before: the course folder is then only as safe as its file
permissions.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
MS_RDONLY = 0x1
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 0x40000


def folders_to_protect(test_files: Iterable[Path], workspace: Path) -> list[str]:
    """The folders of the instructor's test files: every one not holding the workspace
    (the learner's tests in a TDD exercise live there, and the learner's code may write)."""
    learner = os.path.realpath(workspace)
    folders = {os.path.realpath(path.parent) for path in test_files}
    return sorted(
        folder
        for folder in folders
        if not is_within(learner, folder) and not is_within(folder, learner)
    )


def protect(folders: list[str], new_user_namespace: bool | None = None) -> bool:
    """Make these folders read-only for this process and its children. In a check's child,
    single-threaded, before learner code runs. False when it could not be done.

    new_user_namespace: None decides by the user (root needs none); True tests that path.
    """
    if os.environ.get("TUTOR_INSIDE_SANDBOX") == "1":
        return True  # the sandbox (sandbox.py) bound every folder but the workspace read-only
    if not folders or not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
    except (OSError, ImportError):
        return False
    as_user = os.getuid() != 0 if new_user_namespace is None else new_user_namespace
    # A user namespace cannot be left again: one whose ids could not be set (a security
    # module may allow the unshare but not the mapping) would leave the check running as
    # "nobody", and git would then refuse the learner's own repository. So try it first
    # in a process of its own.
    if as_user and not _user_namespace_works(libc):
        return False
    if not _enter(libc, as_user):
        return False
    for folder in folders:
        path = os.fsencode(folder)
        if libc.mount(path, path, None, MS_BIND | MS_REC, None) != 0:
            return False
        if libc.mount(b"none", path, None, MS_BIND | MS_REMOUNT | MS_RDONLY, None) != 0:
            return False
    return True


_user_namespaces: bool | None = None  # asked once per process (the warm helper's children inherit)


def try_user_namespaces() -> None:
    """Ask now whether a user namespace can be set up (a long-lived process, before it
    forks its checks: each then knows without trying again)."""
    inside_sandbox = os.environ.get("TUTOR_INSIDE_SANDBOX") == "1"
    if sys.platform.startswith("linux") and os.getuid() != 0 and not inside_sandbox:
        with contextlib.suppress(OSError, ImportError):
            import ctypes

            _user_namespace_works(ctypes.CDLL(None, use_errno=True))


def user_namespaces_allowed() -> bool:
    """Whether this process may make a user namespace with its own ids (tried once)."""
    try_user_namespaces()
    return bool(_user_namespaces)


def _user_namespace_works(libc: Any) -> bool:
    global _user_namespaces
    if _user_namespaces is None:
        pid = os.fork()
        if pid == 0:  # the trial: never returns, whatever happens in it
            try:
                os._exit(0 if _enter(libc, as_user=True) else 1)
            finally:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        _user_namespaces = os.waitstatus_to_exitcode(status) == 0
    return _user_namespaces


def _enter(libc: Any, as_user: bool) -> bool:
    """A mount namespace of our own (in a user namespace of our own when as_user)."""
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWNS | (CLONE_NEWUSER if as_user else 0)) != 0:
        return False
    try:
        if as_user:  # the same user and group inside; no other ids exist there
            _write(f"/proc/{os.getpid()}/setgroups", "deny")
            _write(f"/proc/{os.getpid()}/uid_map", f"{uid} {uid} 1")
            _write(f"/proc/{os.getpid()}/gid_map", f"{gid} {gid} 1")
    except OSError:
        return False
    # Private: the read-only mounts made next must not spread back to the rest of the system.
    return bool(libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None) == 0)


def is_within(path: str, folder: str) -> bool:
    """Both as real paths: path is folder or somewhere below it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _write(path: str, text: str) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)
