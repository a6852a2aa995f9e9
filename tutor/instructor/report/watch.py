"""`tutor report FOLDER --watch`: remake the class report whenever an export in FOLDER changes.

Polling, not file-system events: a shared network folder often sends none.
Learners' tutors write their exports whole and rename them into place
(tutor/instructor/export_share.py), so a changed name, size or time means a new export.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

Signature = tuple[tuple[str, int, int], ...]


def exports_in(folder: Path) -> list[Path]:
    """The export files in folder, by name (the .partial files being written are not)."""
    return sorted(path for path in folder.glob("*.zip") if path.is_file())


def signature(folder: Path) -> Signature:
    found = []
    for path in exports_in(folder):
        try:
            info = path.stat()
        except OSError:  # renamed away between the listing and now: the next round sees it
            continue
        found.append((path.name, info.st_mtime_ns, info.st_size))
    return tuple(found)


def watch(
    folder: Path,
    remake: Callable[[list[Path]], None],
    interval: float = 5.0,
    rounds: int | None = None,
) -> int:
    """Call remake(exports) now and after each change, looking every interval seconds; stop
    after rounds looks (None: until Ctrl+C). Returns how many times the page was made."""
    seen: Signature | None = None
    made = looked = 0
    while rounds is None or looked < rounds:
        now = signature(folder)
        if now != seen:
            remake(exports_in(folder))
            seen, made = now, made + 1
        looked += 1
        if rounds is None or looked < rounds:
            time.sleep(interval)
    return made
