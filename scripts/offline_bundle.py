#!/usr/bin/env python3
"""Build an offline bundle: the tutor's wheel (with the course inside) plus every
dependency, for each supported Python and platform, and the one command that
installs it on a machine with no network.

    python scripts/offline_bundle.py OUT_DIR              # every target (needs the package index)
    python scripts/offline_bundle.py OUT_DIR --here       # only this Python on this machine

On the learner's machine (no network):

    python3 -m venv tutor-env
    tutor-env/bin/pip install --no-index --find-links OUT_DIR/wheelhouse offline-coding-tutor

`pip download --python-version X` evaluates dependency markers against the
running Python, not X (pip #13296, #11010), so the packages that only some
targets need are named explicitly per target below.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST_NAME = "offline-coding-tutor"

PYTHONS = ("3.10", "3.11", "3.12", "3.13")
PLATFORMS = {
    "linux-x86_64": ("manylinux2014_x86_64", "manylinux_2_17_x86_64", "manylinux_2_28_x86_64"),
    "linux-aarch64": ("manylinux2014_aarch64", "manylinux_2_17_aarch64", "manylinux_2_28_aarch64"),
    "windows-amd64": ("win_amd64",),
    "macos-arm64": ("macosx_11_0_arm64", "macosx_12_0_arm64", "macosx_14_0_arm64"),
}


def extra_requirements(python: str, platform: str) -> list[str]:
    """What markers would add on the target but not on the Python running pip."""
    extras = []
    if python == "3.10":
        extras += ["tomli>=2", "exceptiongroup>=1.1"]
    if platform.startswith("windows"):
        extras.append("colorama")
    return extras


def run(command: list[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def build_wheel(wheelhouse: Path) -> Path:
    with tempfile.TemporaryDirectory() as scratch:
        run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", scratch, str(ROOT)])
        built = next(Path(scratch).glob("*.whl"))
        target = wheelhouse / built.name
        target.write_bytes(built.read_bytes())
        return target


def download_for_here(wheelhouse: Path, own_wheel: Path) -> None:
    run([sys.executable, "-m", "pip", "download", "-d", str(wheelhouse), str(own_wheel)])


def download_for(wheelhouse: Path, own_wheel: Path, python: str, platform: str) -> None:
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "-d",
        str(wheelhouse),
        "--only-binary=:all:",
        "--implementation",
        "cp",
        "--python-version",
        python,
    ]
    for tag in PLATFORMS[platform]:
        command += ["--platform", tag]
    run(command + [str(own_wheel), *extra_requirements(python, platform)])


def write_installers(out: Path) -> None:
    (out / "install.sh").write_text(
        "#!/bin/sh\n"
        "# Install the tutor with no network: ./install.sh [venv-folder]\n"
        "set -e\n"
        'here="$(cd "$(dirname "$0")" && pwd)"\n'
        'venv="${1:-$HOME/tutor-env}"\n'
        'python3 -m venv "$venv"\n'
        # No version check: on a machine with no network pip would wait for it to time out.
        f'"$venv/bin/pip" install --disable-pip-version-check --no-index '
        f'--find-links "$here/wheelhouse" {DIST_NAME}\n'
        'echo "Installed. Start the tutor with: $venv/bin/tutor"\n'
    )
    (out / "install.sh").chmod(0o755)
    (out / "install.bat").write_text(
        "@echo off\r\n"
        "rem Install the tutor with no network: install.bat [venv-folder]\r\n"
        'set VENV=%1\r\nif "%VENV%"=="" set VENV=%USERPROFILE%\\tutor-env\r\n'
        "py -3 -m venv %VENV%\r\n"
        f"%VENV%\\Scripts\\pip install --disable-pip-version-check --no-index "
        f"--find-links %~dp0wheelhouse {DIST_NAME}\r\n"
        "echo Installed. Start the tutor with: %VENV%\\Scripts\\tutor\r\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--here", action="store_true", help="only this Python and platform")
    parser.add_argument("--python", action="append", choices=PYTHONS)
    parser.add_argument("--platform", action="append", choices=sorted(PLATFORMS))
    args = parser.parse_args(argv)
    wheelhouse = args.out / "wheelhouse"
    wheelhouse.mkdir(parents=True, exist_ok=True)
    own_wheel = build_wheel(wheelhouse)
    if args.here:
        download_for_here(wheelhouse, own_wheel)
    else:
        for python in args.python or PYTHONS:
            for platform in args.platform or sorted(PLATFORMS):
                download_for(wheelhouse, own_wheel, python, platform)
    write_installers(args.out)
    size = sum(p.stat().st_size for p in wheelhouse.iterdir()) / 2**20
    print(f"Bundle ready in {args.out}: {len(list(wheelhouse.iterdir()))} wheels, {size:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
