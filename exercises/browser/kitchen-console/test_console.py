"""Checks for the kitchen rota's console (script.js).

The page is loaded with its script as a browser would (the `browser` fixture),
and the checks read what the script printed with console.log, in order.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def printed(browser):
    """The console's lines, spaces squeezed (loading the page says where a script stopped)."""
    return [" ".join(line.split()) for line in browser().console]


def shown(lines):
    """The console's lines as a reader would list them."""
    return ", then ".join(f"'{line}'" for line in lines) if lines else "nothing"


def test_the_script_runs_to_the_end_without_stopping(browser):
    # Loading the page fails with the script's own error, at its line, when it stops.
    browser()


def test_the_console_says_how_many_cooks_there_are(browser, files):
    lines = printed(browser)
    if "Cooks today: 3" in lines:
        return
    if "Cooks today:" in files.read(SCRIPT):
        raise CheckFailure(
            "The console should show the line 'Cooks today: 3', but it shows "
            f"{shown(lines)}. Keep the line that prints it and make it work: the console "
            "told you which word it does not know.",
            SCRIPT,
            line_of(files, "Cooks today"),
        )
    raise CheckFailure(
        "The line that printed 'Cooks today: 3' is gone from script.js. Put it back "
        '(console.log("Cooks today:", cooks.length);) and fix it rather than remove it: '
        "tutor reset dom-kitchen-console starts again from the starter, and saves your work first.",
        SCRIPT,
    )


def test_the_last_line_in_the_console_says_rota_ready(browser, files):
    lines = printed(browser)
    if lines and lines[-1].lower().strip(".!") == "rota ready":
        return
    if any("rota ready" in line.lower() for line in lines):
        raise CheckFailure(
            "'Rota ready' should be the last line in the console, after 'Cooks today: 3', "
            f"but the console shows {shown(lines)}. Move your console.log to the end of script.js.",
            SCRIPT,
            line_of(files, "Rota"),
        )
    if "rota ready" in files.read(SCRIPT).lower():
        raise CheckFailure(
            "script.js holds the words 'Rota ready', but they never reached the console: "
            f"it shows {shown(lines)}. Print them with console.log(...), with the words in "
            "quotes, not in a comment.",
            SCRIPT,
            line_of(files, "ota ready"),
        )
    raise CheckFailure(
        f"The console shows {shown(lines)}, but its last line should be 'Rota ready'. At the end "
        "of script.js, print it with console.log, the same way the first line is printed.",
        SCRIPT,
    )
