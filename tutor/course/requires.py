"""Course-wide checks of `requires`: every id exists, and no lesson waits on itself."""

from __future__ import annotations

from collections.abc import Iterator

from tutor.course.lessons import LessonDraft
from tutor.spelling import closest_names


def check_requires(drafts: list[LessonDraft], claimed_ids: set[str]) -> None:
    """Report bad `requires` entries on their lessons, and drop them.

    A dropped entry leaves the lesson open rather than locked forever.
    `drafts` are in course order; `claimed_ids` also holds the ids of lessons
    that were left out, which have their own error already.
    """
    by_id = {draft.id: draft for draft in drafts}
    for draft in drafts:
        for required in list(draft.requires):
            if required in by_id:
                continue
            draft.requires.remove(required)
            if required in claimed_ids:
                continue  # that lesson exists but is broken; its own error says why
            close = closest_names(required, by_id, cutoff=0.6)
            suggestion = f": did you mean '{close[0]}'?" if close else ""
            draft.source.report(
                ("requires",),
                f"'requires' names '{required}', but no lesson has that id{suggestion}",
            )
    _break_cycles(drafts, by_id)
    _warn_backwards(drafts)


def _break_cycles(drafts: list[LessonDraft], by_id: dict[str, LessonDraft]) -> None:
    # Iterative depth-first search: a chain of 1,000 lessons would overflow recursion.
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    for start in drafts:
        if start.id in state:
            continue
        state[start.id] = 1
        path = [start.id]
        stack: list[tuple[LessonDraft, Iterator[str]]] = [(start, iter(list(start.requires)))]
        while stack:
            draft, pending = stack[-1]
            required = next(pending, None)
            if required is None:
                state[draft.id] = 2
                stack.pop()
                path.pop()
                continue
            seen = state.get(required)
            if seen == 1:
                cycle = [*path[path.index(required) :], required]
                draft.requires.remove(required)
                draft.source.report(
                    ("requires",),
                    f"'requires' goes round in a circle: {' -> '.join(cycle)}; no lesson in it "
                    f"could ever be opened, so remove one of these requirements",
                )
            elif seen is None:
                state[required] = 1
                path.append(required)
                stack.append((by_id[required], iter(list(by_id[required].requires))))


def _warn_backwards(drafts: list[LessonDraft]) -> None:
    position = {draft.id: index for index, draft in enumerate(drafts)}
    for draft in drafts:
        later = [item for item in draft.requires if position[item] > position[draft.id]]
        if later:
            draft.source.warn(
                ("requires",),
                f"'requires' names '{later[0]}', which comes later in the course; "
                f"learners will meet this lesson locked",
            )
