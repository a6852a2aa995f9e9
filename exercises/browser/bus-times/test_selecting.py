"""Checks for the bus timetable: script.js finds elements with CSS selectors.

Each check loads index.html with script.js (the `browser` fixture). To tell a
selector from a number typed in by hand, some checks also run script.js on
another morning's timetable, in a page of their own (in a scratch folder, so
nothing in the learner's folder changes).
"""

from tutor.checks import CheckFailure
from tutor.checks.dom import browser_for

SCRIPT = "script.js"
FIRST_BUS = "8:10 Number 4 to the station"
LATE = ["8:25 Number 12 to the hospital", "9:05 Number 7 to the market"]
ON_TIME = [FIRST_BUS, "8:40 Number 4 to the station"]

OTHER_MORNING = """<!DOCTYPE html>
<html lang="en">
  <head><meta charset="utf-8"><title>Buses</title><script src="script.js" defer></script></head>
  <body>
    <h1>Buses from the main gate</h1>
    <ul id="stops"><li>Main gate</li><li>Park</li></ul>
    <ul id="buses">
      <li class="bus late">7:50 Number 9 to the park</li>
      <li class="bus late">8:20 Number 4 to the station</li>
      <li class="bus">8:35 Number 12 to the hospital</li>
      <li class="bus late">9:00 Number 7 to the market</li>
      <li class="bus">9:30 Number 9 to the park</li>
    </ul>
    <p>Next bus: <span id="next"></span></p>
    <p>Late this morning: <span id="late-count"></span></p>
  </body>
</html>
"""
OTHER_FIRST = "7:50 Number 9 to the park"
OTHER_LATE = [
    "7:50 Number 9 to the park",
    "8:20 Number 4 to the station",
    "9:00 Number 7 to the market",
]


def line_of(files, words):
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def other_morning(files, tmp_path):
    """script.js, run on a page with another timetable."""
    (tmp_path / "index.html").write_text(OTHER_MORNING, encoding="utf-8")
    (tmp_path / SCRIPT).write_text(files.read(SCRIPT), encoding="utf-8")
    return browser_for(tmp_path)()


def clean(lines):
    return [" ".join(line.split()) for line in lines]


def test_next_shows_the_first_bus_of_the_timetable(browser, files, tmp_path):
    shown = browser().text("#next")
    if shown == "Main gate":
        raise CheckFailure(
            "#next shows 'Main gate', the first <li> of the whole page, which is in the list of "
            "stops. querySelector gives the first match in the page, so search inside the "
            'timetable: the selector "#buses li" means "an li inside #buses".',
            SCRIPT,
            line_of(files, '"li"'),
        )
    if shown != FIRST_BUS:
        raise CheckFailure(
            f"#next should show the first bus of the timetable, '{FIRST_BUS}', but it shows "
            f"{shown!r}. Find the first li inside #buses with document.querySelector, and put "
            "its textContent into next.textContent.",
            SCRIPT,
            line_of(files, "next"),
        )
    other = other_morning(files, tmp_path).text("#next")
    if other != OTHER_FIRST:
        raise CheckFailure(
            f"On another morning, whose first bus is '{OTHER_FIRST}', #next still shows "
            f"{other!r}. Copy the text from the page with textContent rather than typing it "
            "into script.js, so the page stays right when the timetable changes.",
            SCRIPT,
            line_of(files, "8:10"),
        )


def test_late_count_shows_how_many_buses_are_late(browser, files, tmp_path):
    shown = browser().text("#late-count")
    if shown != "2":
        raise CheckFailure(
            "This morning two buses have the class late, so #late-count should show 2, but it "
            f"shows {shown!r}. document.querySelectorAll finds every match; the list it gives "
            "has a length.",
            SCRIPT,
            line_of(files, "late"),
        )
    other = other_morning(files, tmp_path).text("#late-count")
    if other != "3":
        raise CheckFailure(
            "On another morning, with three late buses, #late-count still shows "
            f"{other!r}, not 3. Count the buses with querySelectorAll(...).length instead of "
            "writing the number yourself.",
            SCRIPT,
            line_of(files, "late-count"),
        )


def test_each_late_bus_is_printed_to_the_console(browser, files, tmp_path):
    printed = clean(browser().console)
    # Other lines (the learner's own notes) may be there too; the buses must be the late ones.
    if [line for line in printed if line in LATE + ON_TIME] != LATE:
        missing = [bus for bus in LATE if bus not in printed]
        extra = [line for line in printed if line in ON_TIME]
        said = ", then ".join(f"'{line}'" for line in printed) or "nothing"
        if any(LATE[0] in line and LATE[1] in line for line in printed):
            said = "the whole list in one line"
        detail = (f"It misses {missing[0]!r}. " if missing else "") + (
            f"It also shows {extra[0]!r}, which is not a late bus. " if extra else ""
        )
        raise CheckFailure(
            f"The console should show the two late buses, one line each: '{LATE[0]}', then "
            f"'{LATE[1]}'. It shows {said}. {detail}Loop over the list from querySelectorAll "
            "with for (const bus of ...) and print each bus's textContent.",
            SCRIPT,
            line_of(files, "console.log") or line_of(files, "TODO 3"),
        )
    other = clean(other_morning(files, tmp_path).console)
    if [line for line in other if "Number" in line] != OTHER_LATE:
        raise CheckFailure(
            "On another morning, with three late buses, the console should show those three, "
            f"but it shows {', then '.join(other) or 'nothing'}. Print the textContent of each "
            "bus you found, not words written into script.js.",
            SCRIPT,
            line_of(files, "console.log"),
        )
