"""The learner's copy of each exercise: a git repo, snapshots, reset, restore."""

from tutor.workspace.errors import WorkspaceError
from tutor.workspace.workspace import Snapshot, Workspace, find_exercise_id

__all__ = ["Snapshot", "Workspace", "WorkspaceError", "find_exercise_id"]
