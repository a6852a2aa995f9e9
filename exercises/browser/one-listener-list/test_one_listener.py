"""Checks for the jobs list: one click listener on the list handles every job, old and new.

The checks click the buttons and texts of jobs that were in the page from the start and
of jobs added with the form, then look at what is left and which <li> has the class
done. The last check reads where the page listens for clicks (page.listeners).
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"
FIRST_JOBS = ["Sweep the floor", "Water the plants"]


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="jobs.addEventListener"):
    raise CheckFailure(message, SCRIPT, line_of(files, words) or line_of(files, "addEventListener"))


def add_job(page, text):
    page.type("#job", text)
    page.submit("#add-form")


def job(number):
    return f"#jobs li:nth-child({number})"


def test_a_remove_button_removes_its_own_job(browser, files):
    page = browser()
    page.click(f"{job(2)} .remove")
    left = page.all("#jobs .job")
    if left != ["Sweep the floor"]:
        fail(
            files,
            "After a click on the Remove button of 'Water the plants', the list should hold "
            f"only 'Sweep the floor', but it holds {left}. Find the job's <li> from the "
            'button that was clicked, event.target.closest("li"), and remove that one.',
        )


def test_a_job_added_later_can_be_removed_too(browser, files):
    page = browser()
    add_job(page, "Mop the hall")
    if page.all("#jobs .job") != [*FIRST_JOBS, "Mop the hall"]:
        fail(
            files,
            "Adding a job with the form no longer works: after adding 'Mop the hall', the "
            f"list holds {page.all('#jobs .job')}. The form's listener was written for you; "
            "put it back as it was.",
            "addForm.addEventListener",
        )
    page.click(f"{job(3)} .remove")
    left = page.all("#jobs .job")
    if left != FIRST_JOBS:
        fail(
            files,
            "The check added the job 'Mop the hall' and clicked its Remove button, but the "
            f"list still holds {left}. A listener given to each button when the page loads "
            "misses buttons made later. Put one click listener on the list itself "
            "(jobs.addEventListener): clicks on every button inside it reach it.",
        )


def test_a_click_on_a_job_marks_it_done_and_back(browser, files):
    page = browser()
    add_job(page, "Mop the hall")
    for number, name in ((1, "Sweep the floor"), (3, "Mop the hall")):
        page.click(f"{job(number)} .job")
        if page.all("#jobs .job") != [*FIRST_JOBS, "Mop the hall"]:
            fail(
                files,
                f"A click on the text '{name}' removed a job: the list now holds "
                f"{page.all('#jobs .job')}. Remove a job only when the click was on a "
                'Remove button: check event.target.classList.contains("remove") first.',
                "remove",
            )
        if not page.has_class(job(number), "done"):
            fail(
                files,
                f"After a click on the text '{name}', its <li> should have the class done, "
                "but it does not. In the list's listener, when event.target has the class "
                'job, add done to its <li>: event.target.closest("li").',
                "job",
            )
    page.click(f"{job(1)} .job")
    if page.has_class(job(1), "done"):
        fail(
            files,
            "A second click on 'Sweep the floor' should take the class done away, but it is "
            "still there. classList.toggle adds a class that is missing and removes one "
            "that is there.",
            "done",
        )


def test_only_the_list_listens_for_clicks(browser, files):
    page = browser()
    page.click(job(1))  # the <li> itself, beside its text and button
    if page.all("#jobs .job") != FIRST_JOBS:
        fail(
            files,
            "The check clicked the first job's <li>, beside its text and its button, and "
            f"the job was removed: the list holds {page.all('#jobs .job')}. Remove a job "
            'only when event.target is a Remove button (classList.contains("remove")).',
            "remove",
        )
    page.assert_listens("#jobs", "click")
    elsewhere = [where for where in page.listeners("click") if not where.startswith("ul#jobs")]
    if elsewhere:
        fail(
            files,
            "The jobs should need only one click listener, on the list, but the page also "
            f"listens for clicks on: {', '.join(elsewhere)}. Take those listeners away "
            "(the loop over the buttons too): the list's listener hears every click inside it.",
            "for (",
        )
