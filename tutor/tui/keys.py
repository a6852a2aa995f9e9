"""Every key of the TUI, in one place, so they can be changed (or translated) here alone.

Why these keys:
- The editor takes every printable key, Tab (indent) and Escape (leave the
  editor), and ctrl+a/e/k/u/w/x/c/v/z/y/d for editing (ctrl+a selects all, as
  in the editors learners know; Home goes to the start of a line); so the tutor's own
  actions use function keys, with a ctrl+letter the editor leaves free as a
  second choice (ctrl+r for check, as in many IDEs).
- F5 during a check starts it over, as re-running does in an IDE; ctrl+t
  (which no editor key uses) only stops it. Shift+F5, the IDEs' "stop",
  arrives under a different key name in different terminals, so it is not used.
- TextArea binds F6 (select line) and F7 (select all); CodeEditor drops
  those, and the exercise screen's keys take priority over the focused widget.
- F1-F10 reach a plain Linux console (it sends its own codes for F1-F5,
  which Textual knows).
- F12 opens a terminal in the exercise's folder; F12 again returns to the
  editor. Inside the terminal every other key goes to the shell (Tab, Escape,
  ctrl+c), so the tutor's keys there are function keys and ctrl+q.
- ctrl+g always brings the keyboard back to the editor (at the first failing
  check's line when there is one), from the check list, the lesson or the
  terminal; so it is in the footer, and the title bar names the pane that has
  the keyboard.
- `show=True` keys appear in the footer; at 80 columns about nine fit, so
  the footer shows the ones a learner needs most (F7/F8 Prev/Next and F4
  History make room for Terminal, Help and ctrl+g), and the help screen and the
  command palette (ctrl+p) list the rest.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

# Each list is some screen's or widget's BINDINGS, so it has BINDINGS' type (lists are
# invariant: a list[Binding] would not do). Every entry here is a Binding all the same.

APP: list[BindingType] = [
    Binding("f1", "help", "Help", tooltip="Keys, how checks work, where your files are"),
    Binding("ctrl+q", "quit", "Quit", priority=True, tooltip="Save everything and leave"),
    Binding("f11", "reference", "Reference", show=False, tooltip="Search the reference pages"),
    Binding("f9", "toggle_contrast", "Contrast", show=False, tooltip="High-contrast colours"),
]

COURSE_TREE: list[BindingType] = [
    Binding("enter", "select_cursor", "Open", tooltip="Open the exercise (or fold a lesson)"),
]

COURSE_MAP: list[BindingType] = [
    Binding("c", "continue", "Continue", tooltip="Go back to where you left off"),
    Binding("n", "next_unfinished", "Next not done", show=False),
]

# Help and Quit come first on the exercise screen, so a narrow window (60
# columns) still shows them; the app's own F1 and ctrl+q are the same keys.
ALWAYS_SHOWN: list[BindingType] = [
    Binding("ctrl+q", "app.quit", "Quit", priority=True, tooltip="Save everything and leave"),
    Binding("f1", "app.help", "Help", tooltip="Keys, how checks work, where your files are"),
]

LESSON: list[BindingType] = [
    *ALWAYS_SHOWN,
    Binding(
        "f5",
        "check",
        "Check",
        priority=True,
        tooltip="Run the checks (while they run: start over with your files now)",
    ),
    Binding(
        "ctrl+g",
        "goto_failure",
        "Editor",
        tooltip="Back to the editor: to the first failing check's line, when there is one",
        priority=True,
    ),
    Binding("ctrl+r", "check", "Check", show=False, priority=True),
    Binding(
        "ctrl+t", "stop_check", "Stop check", show=False, priority=True, tooltip="Stop a check"
    ),
    Binding("f2", "hint", "Hint", tooltip="Show one more hint", priority=True),
    Binding(
        "f3", "toggle_reader", "Lesson", tooltip="Show or hide the lesson pages", priority=True
    ),
    Binding(
        "f12",
        "toggle_terminal",
        "Terminal",
        tooltip="A shell in this exercise's folder (F12 again: back to the editor)",
        priority=True,
    ),
    Binding(
        "f7",
        "previous_exercise",
        "Prev",
        show=False,
        tooltip="The exercise before this one",
        priority=True,
    ),
    Binding(
        "f8",
        "next_exercise",
        "Next",
        show=False,
        tooltip="The exercise after this one",
        priority=True,
    ),
    Binding("f10", "back", "Map", tooltip="Back to the course map", priority=True),
    Binding(
        "f4",
        "history",
        "History",
        show=False,  # room in the footer for ctrl+g; the help screen lists it
        tooltip="Your snapshots: compare, restore",
        priority=True,
    ),
    Binding(
        "f6",
        "solution",
        "Solution",
        show=False,
        tooltip="The model answer (once you have passed)",
        priority=True,
    ),
    Binding(
        "ctrl+o",
        "page_view",
        "Page as text",
        show=False,
        tooltip="Your web page as a browser would show it, with what its scripts printed",
        priority=True,
    ),
    Binding("ctrl+n", "next_file", "Next file", show=False),
    Binding("ctrl+s", "save", "Save", show=False, tooltip="Files save by themselves; this too"),
]

EDITOR: list[BindingType] = [
    Binding("ctrl+a", "select_all", "Select all", show=False, tooltip="Select the whole file"),
    Binding(
        "ctrl+home", "cursor_file_start", "File start", show=False, tooltip="Go to the first line"
    ),
    Binding("ctrl+end", "cursor_file_end", "File end", show=False, tooltip="Go to the last line"),
    Binding(
        "alt+z",
        "toggle_wrap",
        "Wrap lines",
        show=False,
        tooltip="Wrap long lines to fit the pane, or scroll sideways",
    ),
]

EDITOR_TABS: list[BindingType] = [
    Binding("ctrl+f", "find", "Find", show=False, tooltip="Find words in the file"),
]

FIND_BAR: list[BindingType] = [
    Binding("escape", "close", "Close", tooltip="Close the find bar, back to the editor"),
]

PAGE_VIEW: list[BindingType] = [
    Binding("escape,ctrl+o,f10", "close", "Back", tooltip="Back to the exercise"),
]

HISTORY: list[BindingType] = [
    Binding("escape,f10", "back", "Back"),
    Binding("enter", "show_diff", "Compare"),
    Binding("r", "restore", "Restore", tooltip="Make your files as they were then"),
]

CLOSE: list[BindingType] = [
    Binding("escape,f10,q", "close", "Back"),
]
