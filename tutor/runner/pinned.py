"""What pytest is told in a check's child: every setting pinned, nothing taken from outside.

Kept free of pytest imports: `tutor check` prepares a check (and forks the
child that imports pytest) before the parent would pay ~90 ms to import it.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from tutor.runner.request import CheckRequest
from tutor.source_loader import SourceOnlyLoader  # noqa: F401 (re-exported)

CHECKS_PLUGIN = "tutor.checks.plugin"

# Bound once, at import: learner code runs in the child and may replace os._exit.
hard_exit = os._exit


def checks_plugin_available() -> bool:
    try:
        return importlib.util.find_spec(CHECKS_PLUGIN) is not None
    except ImportError:
        return False


def child_environment(base: dict[str, str]) -> dict[str, str]:
    """The environment learner code and pytest see: no outside pytest settings."""
    env = {k: v for k, v in base.items() if k not in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS")}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONBREAKPOINT"] = "0"  # a learner's breakpoint() does nothing in a check
    return env


def pytest_arguments(
    request: CheckRequest, ini_file: Path, load_checks_plugin: bool = False
) -> list[str]:
    """pytest's command line for a check.

    The checks plugin is normally not named here: the child registers the module it
    imported, because `-p NAME` scans every installed package's entry points first
    (~5 ms per check). load_checks_plugin names it, so that pytest reports why a
    broken plugin cannot be imported.
    """
    args = [
        "-c", str(ini_file),
        f"--rootdir={request.workspace}",
        "-p", "no:cacheprovider",
        "-p", "no:faulthandler",  # the child installs its own, to a file the parent reads
        "--noconftest",
        *("-p", "no:doctest", "-p", "no:junitxml", "-p", "no:pastebin", "-p", "no:stepwise"),
        *("-p", "no:setuponly", "-p", "no:setupplan"),  # unused plugins: less to set up
        # --pdb is never used, and sparing pdb's import saves a few ms per check. A learner's
        # breakpoint() does nothing (PYTHONBREAKPOINT=0); pdb.set_trace() reads stdin, which
        # is /dev/null, and stops at once. The checks plugin declares --trace and --pdb,
        # which pytest's unittest support reads.
        "-p", "no:debugging",
        "--import-mode=importlib",
        "--capture=no",  # the reporter caps and keeps output per test itself
        "--tb=native",  # pytest's own report is only a fallback; its default costs ~80 ms
        # The checks plugin is imported before the fork, so pytest cannot rewrite it.
        "-W", "ignore::pytest.PytestAssertRewriteWarning",
        "-q",
    ]  # fmt: skip
    if load_checks_plugin:
        args += ["-p", CHECKS_PLUGIN]
    args += [f"--{key}={value}" for key, value in request.plugin_options.items()]
    args += _confcutdir(request.test_files)
    args += [str(path) for path in request.test_files]
    return args


def _confcutdir(test_files: list[Path]) -> list[str]:
    """Collection starts at the test files' own folder.

    pytest otherwise starts at the pinned ini's folder's parent: from / for a course
    outside /tmp, making a node for every file and folder beside the path at each
    level (a course's other exercises), ~3 ms per check. Conftests are off
    (--noconftest), so this only leaves out the folders above: a package's
    __init__.py there is no longer set up as a test package (setup_module), which
    no course uses. Left out for a missing folder, which pytest reports itself.
    """
    folders = {os.path.dirname(os.path.abspath(path)) for path in test_files}
    if not folders or not all(os.path.isdir(folder) for folder in folders):
        return []
    return [f"--confcutdir={os.path.commonpath(sorted(folders))}"]


def write_pinned_ini(folder: Path) -> Path:
    ini = folder / "pytest.ini"
    ini.write_text("[pytest]\n", encoding="utf-8")
    return ini
