"""The course setting `share_folder`: each learner's export, written there after every check.

Where a workshop room has a folder every computer can write (a network share,
a folder on the instructor's machine), the tutor writes the learner's export
to SHARE_FOLDER/<learner>.zip after each check, so `tutor report FOLDER
--watch` always shows the class as it is. The folder is the transport: no
network code. Each file is written whole and then renamed into place
(export._write_zip), so the report never reads half an export.
"""

from __future__ import annotations

import getpass
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.instructor.export import LEARNER_SETTING, ExportError, export_progress

if TYPE_CHECKING:
    from tutor.app_state import Tutor

SHARE_ERROR_SETTING = "share_error"  # why the last shared export failed, for `tutor progress`


def learner_name(tutor: Tutor) -> str:
    """The name given with `tutor progress --export --learner`, else $TUTOR_LEARNER, else
    the computer account's name."""
    given = tutor.progress.get_setting(LEARNER_SETTING)
    if isinstance(given, str) and given.strip():
        return given.strip()
    try:
        return os.environ.get("TUTOR_LEARNER", "").strip() or getpass.getuser()
    except (KeyError, OSError):  # no account name (a container without /etc/passwd entry)
        return "learner"


def share_file(folder: Path, learner: str) -> Path:
    """folder/<learner>.zip, the name made safe for any file system."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", learner).strip(".-") or "learner"
    return folder / f"{safe[:64]}.zip"


def share_export(tutor: Tutor) -> Path | None:
    """Write the learner's export into the course's share folder; None when the course has
    none or it cannot be written (a check must never fail because the share is away: the
    reason is kept, and the next check tries again)."""
    if not tutor.course.share_folder:
        return None
    folder = Path(os.path.expanduser(tutor.course.share_folder))
    learner = learner_name(tutor)
    target = share_file(folder, learner)
    try:
        if not folder.is_dir():
            raise OSError(f"the folder {folder} is not there (is the shared folder mounted?)")
        export_progress(tutor, learner, target, regrade=False)
        # An export is private (0600) to its learner; this one is for the instructor's
        # account to read: who else can, the shared folder's own permissions decide.
        target.chmod(0o644)
    except (OSError, ExportError) as error:
        tutor.progress.set_setting(SHARE_ERROR_SETTING, f"{target}: {error}")
        return None
    tutor.progress.set_setting(SHARE_ERROR_SETTING, None)
    return target
