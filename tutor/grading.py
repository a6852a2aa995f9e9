"""The Grader: runs the checks of one exercise, whatever its kind.

What "check this exercise" means is the kind's (tutor/kinds/: tests, tdd,
git, quiz); the Grader gives the kinds what they need to run the runner: a
request made from an exercise, a way to run it (forked here, through the warm
helper, or in the child forked before the course was loaded), and cancelling.

Each check has a CheckHandle with its own cancel token, made when the check is
asked for (Grader.begin(), before the snapshot) and passed down to the warm
helper: a cancel is never cleared by a later check, nor lost because it came
before the runner started.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tutor import kinds
from tutor.course.model import Exercise
from tutor.kinds.base import instructor_tests, overlay
from tutor.runner import CheckRequest, WarmRunner, messages, run_check
from tutor.runner.cancel import CancelToken
from tutor.runner.prestart import PrestartedChild
from tutor.runner.result import Result
from tutor.runner.session import RunnerSession

__all__ = ["CheckHandle", "Grader", "instructor_tests", "overlay"]


class CheckHandle:
    """One check, from the moment it is asked for: cancel() stops it, and only it."""

    def __init__(self) -> None:
        self.token = CancelToken()

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


class Grader:
    """Runs checks by forking from this process (CLI) or through a warm helper (TUI).

    warm: through a warm helper (the TUI, which must not fork itself).
    reuse_setup: this process checks again and again (`tutor watch`): keep
        pytest's parsed settings between checks (in the grader's RunnerSession,
        ended by close()).
    prestarted: the first check's child, forked before the course was loaded
        so that it imports pytest meanwhile (`tutor check`); closed with the grader.
    """

    def __init__(
        self,
        warm: bool = False,
        reuse_setup: bool = False,
        prestarted: PrestartedChild | None = None,
    ) -> None:
        self._warm: WarmRunner | None = None
        # What this grader's checks keep between them (rewritten tests, pytest's settings).
        self._session = RunnerSession(reuse_setup=reuse_setup)
        self._prestarted = prestarted
        self._handle: CheckHandle | None = None  # the check begun last
        # Where checks keep rewritten test modules between runs (set by the Tutor).
        self.cache_folder: Path | None = None
        if warm:
            self._warm = WarmRunner()
            self._warm.start()

    def close(self) -> None:
        self._session.close()
        if self._warm is not None:
            self._warm.close()
        if self._prestarted is not None:
            self._prestarted.close()
            self._prestarted = None

    def begin(self) -> CheckHandle:
        """A handle for the next check, to pass to grade(): cancelling it stops that
        check even before grade() is called."""
        self._handle = CheckHandle()
        return self._handle

    def cancel(self) -> None:
        """Stop the check begun last; a TDD check also runs nothing more. A check
        begun later is not affected."""
        if self._handle is not None:
            self._handle.cancel()

    def run(self, request: CheckRequest) -> Result:
        token = self._handle.token if self._handle is not None else None
        if token is not None and token.cancelled:
            return _stopped(request.exercise_id)
        if self._warm is not None:
            return self._warm.check(request, cancel=token)
        if self._prestarted is not None:
            child, self._prestarted = self._prestarted, None
            return child.run(request)
        return run_check(request, session=self._session, cancel=token)

    @property
    def cancelled(self) -> bool:
        """The learner asked to stop: a kind that runs several checks runs no more."""
        return self._handle is not None and self._handle.cancelled

    def stopped(self, exercise: Exercise) -> Result:
        return _stopped(exercise.id)

    def grade(
        self,
        exercise: Exercise,
        workspace: Path,
        answers: Mapping[int, str] | None = None,
        handle: CheckHandle | None = None,
    ) -> Result:
        """Check the exercise as its kind says (answers: to its questions, from 0).

        handle: from begin(), when the check was asked for earlier; else a new one.
        """
        from tutor.empty_files import explain_empty_files

        self._handle = handle or CheckHandle()
        result = kinds.of(exercise).grade(exercise, workspace, self, answers or {})
        return explain_empty_files(exercise, workspace, result)

    def grade_quiz(self, exercise: Exercise, answers: Mapping[int, str]) -> Result:
        """Grade answers alone (an exercise with questions needs no workspace)."""
        return self.grade(exercise, exercise.folder, answers)

    def request(self, exercise: Exercise, workspace: Path, test_files: list[Path]) -> CheckRequest:
        return CheckRequest(
            exercise_id=exercise.id,
            workspace=workspace,
            test_files=test_files,
            timeout=exercise.timeout,
            steps=[step.tests for step in exercise.steps],
            plugin_options={
                "tutor-workspace": str(workspace),
                "tutor-exercise": str(exercise.folder),
            },
            cache_folder=self.cache_folder,
        )


def _stopped(exercise_id: str) -> Result:
    return Result(status="error", exercise=exercise_id, message=messages.STOPPED)
