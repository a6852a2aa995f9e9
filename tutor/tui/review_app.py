"""`tutor review EXPORT`: the instructor's full-screen code review of a learner's projects.

Left: the project's files, its milestones (what the checks said at export
time, and the verdict so far) and its commits. Middle: the file, line by
line, each comment shown under its line. Keys: c comments on the highlighted
line, a accepts the highlighted milestone, n asks for changes (with a note),
r shows the course's rubric for the project, [ and ] switch project, q quits.
Every change is saved at once, atomically, by the core
(tutor/kinds/review/session.py); this screen only shows it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from tutor.kinds.review.export_projects import ProjectCopy
from tutor.kinds.review.model import ACCEPTED, NEEDS_CHANGES
from tutor.kinds.review.session import ReviewSession
from tutor.safe_text import visible

MARKS = {ACCEPTED: "✓ accepted", NEEDS_CHANGES: "✗ needs changes", "": "· no verdict yet"}


class ReviewApp(App[int]):
    CSS = """
    #top { height: auto; padding: 0 1; background: $boost; }
    #left { width: 34; }
    #files, #milestones { height: auto; max-height: 12; }
    #commits { height: 1fr; }
    #lines { width: 1fr; height: 1fr; }
    #ask { dock: bottom; display: none; }
    #ask.asking { display: block; }
    .label { padding: 0 1; text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("c", "comment", "Comment on line"),
        Binding("a", "accept", "Accept milestone"),
        Binding("n", "needs_changes", "Needs changes"),
        Binding("r", "rubric", "Rubric"),
        Binding("right_square_bracket", "project(1)", "Next project"),
        Binding("left_square_bracket", "project(-1)", "Previous project"),
        Binding("escape", "cancel", "Cancel", show=False),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.project_index = 0
        self.file_name = ""
        self._asking: tuple[str, str] | None = None  # ("comment", file:line) / ("note", milestone)

    @property
    def project(self) -> ProjectCopy:
        return self.session.projects[self.project_index]

    def compose(self) -> ComposeResult:
        yield Static(id="top")
        with Horizontal():
            with Vertical(id="left"):
                yield Static("Files", classes="label")
                yield OptionList(id="files")
                yield Static("Milestones", classes="label")
                yield OptionList(id="milestones")
                yield Static("Commits (Enter shows one)", classes="label")
                yield OptionList(id="commits")
            yield OptionList(id="lines")
        yield Input(id="ask")
        yield Footer()

    def on_mount(self) -> None:
        self.show_project()

    # --- showing -----------------------------------------------------------------

    def show_project(self) -> None:
        project = self.project
        head = (project.head or "-")[:7]
        count = len(self.session.projects)
        self.query_one("#top", Static).update(
            f"Review of {visible(self.session.export.learner)}: "
            f"{visible(project.exercise.title)} (project {self.project_index + 1} of {count}, "
            f"last commit {head}). Saved to {self.session.output}"
        )
        files = self.query_one("#files", OptionList)
        files.clear_options()
        names = project.files()
        files.add_options([Option(visible(name), id=f"file-{n}") for n, name in enumerate(names)])
        commits = self.query_one("#commits", OptionList)
        commits.clear_options()
        commits.add_options(
            Option(f"{c.sha[:7]} {c.when[:10]} {visible(c.subject)}", id=f"commit-{c.sha}")
            for c in project.commits[:200]
        )
        self.show_milestones()
        self.show_file(names[0] if names else "")

    def show_milestones(self) -> None:
        options = self.query_one("#milestones", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for state in self.session.milestones(self.project):
            reached = {True: "reached", False: "not reached", None: "not checked"}[state.reached]
            line = Text(f"{visible(state.title)}\n  {reached}, {MARKS[state.verdict]}")
            if state.note:
                line.append(f"\n  “{visible(state.note)}”", style="italic")
            options.add_option(Option(line, id=f"milestone-{state.id}"))
        if options.option_count:
            options.highlighted = min(highlighted or 0, options.option_count - 1)

    def show_file(self, name: str) -> None:
        self.file_name = name
        lines = self.query_one("#lines", OptionList)
        highlighted = lines.highlighted
        lines.clear_options()
        if not name:
            lines.add_option(Option("This project has no files in its last commit.", disabled=True))
            return
        comments = self.session.comments_on(self.project, name)
        text = self.project.text(name)
        for number, code in enumerate(text.splitlines() or [""], start=1):
            shown = Text(f"{number:>4} │ ", style="dim")
            shown.append(visible(code))
            for said in comments.get(number, []):
                shown.append(f"\n     ↳ {visible(said)}", style="bold yellow")
            lines.add_option(Option(shown, id=f"line-{number}"))
        if highlighted is not None and lines.option_count:
            lines.highlighted = min(highlighted, lines.option_count - 1)

    def show_commit(self, sha: str) -> None:
        """One commit's message and diff, in place of a file (no comments on it)."""
        self.file_name = ""
        lines = self.query_one("#lines", OptionList)
        lines.clear_options()
        for text in self.project.changes_in(sha).splitlines() or ["(nothing)"]:
            style = "green" if text.startswith("+") else "red" if text.startswith("-") else ""
            lines.add_option(Option(Text(visible(text), style=style)))

    def show_rubric(self) -> None:
        """The course's rubric for this project, in place of a file (no comments on it)."""
        self.file_name = ""
        lines = self.query_one("#lines", OptionList)
        lines.clear_options()
        rubric = self.session.rubric(self.project)
        for text in rubric.splitlines() or ["The course gives no rubric for this project."]:
            lines.add_option(Option(Text(visible(text))))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "files" and event.option is not None:
            self.show_file(str(event.option.prompt))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "commits" and event.option.id:
            self.show_commit(event.option.id.removeprefix("commit-"))
        elif event.option_list.id == "files":
            self.show_file(str(event.option.prompt))

    # --- acting --------------------------------------------------------------------

    def _highlighted_line(self) -> int | None:
        lines = self.query_one("#lines", OptionList)
        if lines.highlighted is None or not self.file_name:
            return None
        return lines.highlighted + 1

    def _highlighted_milestone(self) -> str | None:
        options = self.query_one("#milestones", OptionList)
        if options.highlighted is None:
            return None
        option_id = options.get_option_at_index(options.highlighted).id or ""
        return option_id.removeprefix("milestone-")

    def _ask(self, what: str, about: str, placeholder: str) -> None:
        self._asking = (what, about)
        ask = self.query_one("#ask", Input)
        ask.value = ""
        ask.placeholder = placeholder
        ask.add_class("asking")
        ask.focus()

    def action_comment(self) -> None:
        line = self._highlighted_line()
        if line is None:
            self.notify("Choose a file, then highlight a line of it (click it, or use the arrows).")
            return
        self._ask("comment", str(line), f"Your comment on {self.file_name} line {line}")

    def action_accept(self) -> None:
        milestone = self._highlighted_milestone()
        if milestone is not None:
            self.session.set_verdict(self.project, milestone, ACCEPTED, "")
            self.show_milestones()

    def action_needs_changes(self) -> None:
        milestone = self._highlighted_milestone()
        if milestone is not None:
            self._ask("note", milestone, "What should change? (Enter saves, Escape cancels)")

    def action_rubric(self) -> None:
        self.show_rubric()

    def action_project(self, step: int) -> None:
        self.project_index = (self.project_index + step) % len(self.session.projects)
        self.show_project()

    def action_cancel(self) -> None:
        self._close_ask()

    def _close_ask(self) -> None:
        self._asking = None
        ask = self.query_one("#ask", Input)
        ask.remove_class("asking")
        self.query_one("#lines", OptionList).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self._asking is None:
            return
        what, about = self._asking
        if what == "comment":
            self.session.comment(self.project, self.file_name, int(about), event.value)
            self.show_file(self.file_name)
        else:
            self.session.set_verdict(self.project, about, NEEDS_CHANGES, event.value)
            self.show_milestones()
        self._close_ask()
