"""The learner's page in a real DOM (linkedom in quickjs): events, timers, fetch, storage,
and errors said at the learner's own file and line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tutor.checks.dom import BrowserPage, preload
from tutor.checks.failure import CheckFailure
from tutor.checks.web import WsgiClient

PAGE = """<!doctype html>
<html>
<head><title>Shopping</title></head>
<body>
  <input id="item"> <button id="add">Add</button>
  <ul id="list"></ul>
  <p id="count">0 items</p>
  <button id="hello" onclick="sayHello()">Hello</button>
  <form id="signup"><input id="name" name="name"><button>Send</button></form>
  <script src="script.js"></script>
</body>
</html>
"""

SCRIPT = """let items = [];
const list = document.querySelector("#list");
function render() {
  list.innerHTML = "";
  for (const item of items) {
    list.innerHTML += "<li>" + item + "</li>";
  }
  document.getElementById("count").textContent = items.length + " items";
}
document.querySelector("#add").addEventListener("click", function () {
  const field = document.querySelector("#item");
  items.push(field.value);
  field.value = "";
  render();
  localStorage.setItem("items", JSON.stringify(items));
});
function sayHello() {
  console.log("hello", items.length);
}
document.getElementById("signup").addEventListener("submit", function (event) {
  event.preventDefault();
  console.log("signed up", document.querySelector("#name").value);
});
"""


def page_with(tmp_path: Path, script: str, html: str = PAGE, **options: object) -> BrowserPage:
    (tmp_path / "index.html").write_text(html, encoding="utf-8")
    (tmp_path / "script.js").write_text(script, encoding="utf-8")
    return BrowserPage(tmp_path, **options)  # type: ignore[arg-type]


def failure_of(action: object) -> CheckFailure:
    with pytest.raises(CheckFailure) as caught:
        action()  # type: ignore[operator]
    return caught.value


def test_typing_and_clicking_change_the_page_as_in_a_browser(tmp_path: Path) -> None:
    page = page_with(tmp_path, SCRIPT)
    page.type("#item", "milk")
    page.click("#add")
    page.type("#item", "eggs")
    page.click("#add")
    assert page.all("#list li") == ["milk", "eggs"]  # innerHTML += works
    assert page.text("#count") == "2 items"
    assert page.value("#item") == ""
    assert page.storage == {"items": '["milk","eggs"]'}


def test_inline_handlers_and_submit_with_prevent_default(tmp_path: Path) -> None:
    page = page_with(tmp_path, SCRIPT)
    page.click("#hello")
    page.type("#name", "Ana")
    page.press("#name", "Enter")  # Enter in a field submits its form
    page.click("#signup button")  # and so does its button
    assert page.console == ["hello 0", "signed up Ana", "signed up Ana"]
    assert not page.reloaded


def test_a_form_without_prevent_default_is_explained(tmp_path: Path) -> None:
    script = "document.querySelector('form').addEventListener('submit', function () {});\n"
    page = page_with(tmp_path, script)
    failure = failure_of(lambda: page.submit("#signup"))
    assert "event.preventDefault()" in str(failure)
    assert page.reloaded


def test_every_page_starts_fresh(tmp_path: Path) -> None:
    first = page_with(tmp_path, SCRIPT)
    first.type("#item", "milk")
    first.click("#add")
    second = BrowserPage(tmp_path)  # the same scripts again: no "already declared"
    assert second.all("#list li") == []
    assert second.storage == {}
    given = BrowserPage(tmp_path, storage={"items": '["tea"]'})
    assert given.storage == {"items": '["tea"]'}


def test_timers_run_on_a_clock_the_check_moves(tmp_path: Path) -> None:
    script = """let ticks = 0;
setTimeout(function () { console.log("once"); }, 1000);
const every = setInterval(function () {
  ticks += 1;
  document.body.dataset.ticks = ticks;
  if (ticks === 3) { clearInterval(every); }
}, 200);
"""
    page = page_with(tmp_path, script, html="<body><script src='script.js'></script></body>")
    assert page.console == []
    page.advance(500)
    assert page.attribute("body", "data-ticks") == "2"
    page.advance(2000)
    assert page.attribute("body", "data-ticks") == "3"
    assert page.console == ["once"]


def test_async_code_and_fetch_answered_by_a_fake(tmp_path: Path) -> None:
    script = """async function load() {
  const response = await fetch("/api/notes");
  const notes = await response.json();
  for (const note of notes) {
    document.querySelector("#list").innerHTML += "<li>" + note.text + "</li>";
  }
}
async function save(text) {
  const response = await fetch("/api/notes", {method: "POST", body: JSON.stringify({text}),
    headers: {"Content-Type": "application/json"}});
  console.log(response.status, (await response.json()).id);
}
load();
"""
    notes = {"/api/notes": [{"text": "milk"}], "POST /api/notes": (201, {"id": 7})}
    page = page_with(tmp_path, script, fetch=notes)
    assert page.all("#list li") == ["milk"]
    page.evaluate("save('eggs')")
    assert page.console == ["201 7"]
    assert page.requests[-1]["method"] == "POST"
    assert page.requests[-1]["headers"] == {"content-type": "application/json"}


def test_fetch_reaches_the_learners_own_wsgi_app(tmp_path: Path) -> None:
    def app(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("200 OK", [("Content-Type", "application/json")])
        return [b'[{"text": "from the app"}]']

    script = """fetch("/api/notes").then(function (r) { return r.json(); })
  .then(function (notes) { document.querySelector("#count").textContent = notes[0].text; });
"""
    page = page_with(tmp_path, script, fetch=WsgiClient(app))
    assert page.text("#count") == "from the app"


def test_a_page_in_a_folder_finds_its_scripts_as_a_browser_does(tmp_path: Path) -> None:
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "list.html").write_text(
        "<ul id='list'></ul><script src='list.js'></script><script src='/static/more.js'></script>"
    )
    (tmp_path / "static" / "list.js").write_text("console.log('beside the page');\n")
    (tmp_path / "static" / "more.js").write_text("console.log('from the root');\nlet x = ;\n")
    (tmp_path / "list.js").write_text("console.log('wrong folder');\n")
    failure = failure_of(lambda: BrowserPage(tmp_path, "static/list.html"))
    assert (failure.file, failure.line) == ("static/more.js", 2)
    (tmp_path / "static" / "more.js").write_text("console.log('from the root');\n")
    page = BrowserPage(tmp_path, "static/list.html")
    assert page.console == ["beside the page", "from the root"]


def test_a_slow_server_answers_on_the_pages_clock(tmp_path: Path) -> None:
    script = """const count = document.querySelector("#count");
count.textContent = "Loading...";
fetch("/api/notes").then(function (r) { return r.json(); })
  .then(function (notes) { count.textContent = notes.length + " notes"; })
  .catch(function () { count.textContent = "failed"; });
"""
    page = page_with(tmp_path, script, fetch={"/api/notes": [1, 2]}, fetch_delay=1000)
    assert page.text("#count") == "Loading..."
    page.advance(999)
    assert page.text("#count") == "Loading..."
    page.advance(1)
    assert page.text("#count") == "2 notes"
    slow_and_down = page_with(tmp_path, script, fetch_delay=500)
    assert slow_and_down.text("#count") == "Loading..."
    slow_and_down.advance(500)
    assert slow_and_down.text("#count") == "failed"


def test_a_fetch_with_no_server_fails_as_in_a_browser(tmp_path: Path) -> None:
    script = "fetch('/api').catch(function (e) { console.log('failed:', e.name); });\n"
    assert page_with(tmp_path, script).console == ["failed: TypeError"]


def test_a_selector_that_finds_nothing_names_the_learners_line_and_the_id(tmp_path: Path) -> None:
    script = "const button = document.querySelector('#ad');\nbutton.addEventListener('click', f);\n"
    failure = failure_of(lambda: page_with(tmp_path, script))
    assert failure.file == "script.js" and failure.line == 2
    assert "document.querySelector('#ad') found nothing" in str(failure)
    assert "Did you mean 'add'?" in str(failure)


def test_errors_in_handlers_and_inline_handlers_name_the_right_line(tmp_path: Path) -> None:
    script = "function sayHello() {\n  consol.log('hi');\n}\n"
    page = page_with(tmp_path, script)
    failure = failure_of(lambda: page.click("#hello"))
    assert (failure.file, failure.line) == ("script.js", 2)
    assert "Did you mean 'console'?" in str(failure)
    html = PAGE.replace('onclick="sayHello()"', 'onclick="sayHelo()"')
    page = page_with(tmp_path, script, html=html)
    failure = failure_of(lambda: page.click("#hello"))
    assert (failure.file, failure.line) == ("index.html", 8)
    assert "sayHelo" in str(failure) and "Did you mean 'sayHello'?" in str(failure)


def test_an_inline_script_is_blamed_on_the_html_file(tmp_path: Path) -> None:
    html = "<body>\n<p id='x'></p>\n<script>\nlet x = ;\n</script>\n</body>\n"
    failure = failure_of(lambda: page_with(tmp_path, "", html=html))
    assert (failure.file, failure.line) == ("index.html", 4)
    assert "JavaScript cannot read this" in str(failure)


def test_a_missing_script_file_is_said_plainly(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<script src='app.js'></script>")
    failure = failure_of(lambda: BrowserPage(tmp_path))
    assert "The page needs app.js" in str(failure)


HOSTILE = {
    "loop-in-handler": (
        "const add = document.querySelector('#add');\n"
        "add.addEventListener('click', () => {\n  while (true) {}\n});\n",
        lambda page: page.click("#add"), "ran for more than", 2,
    ),
    "loop-in-onclick": (
        "document.querySelector('#add').onclick = function () {\n  for (;;) {}\n};\n",
        lambda page: page.click("#add"), "ran for more than", 1,
    ),
    "loop-in-timer": (
        "let ticks = 0;\nsetTimeout(function () {\n  for (;;) {\n    ticks++;\n  }\n}, 10);\n",
        lambda page: page.advance(50), "ran for more than", 4,
    ),
    "timers-without-end": (
        "let count = 0;\nsetInterval(() => {\n  count++;\n}, 1);\n",
        lambda page: page.advance(10**9), "timers kept running", 2,
    ),
    "endless-promises": (
        "function again() {\n  return Promise.resolve().then(again);\n}\nagain();\n",
        None, "never finished", 2,
    ),
    "million-elements": (
        "const list = document.querySelector('#list');\n"
        "for (let i = 0; i < 1000000; i++) {\n  list.append(document.createElement('li'));\n}\n",
        None, "ran for more than|memory", 3,
    ),
    "loop-in-fetch-callback": (
        "fetch('/x').then(function () {\n  while (true) {}\n});\n",
        None, "ran for more than", 1,
    ),
    "fetch-again-and-again": (
        "function load() {\n  fetch('/x').then(load);\n}\nload();\n",
        None, "kept fetching", 2,
    ),
    "calls-itself": (
        "function down(n) {\n  return down(n + 1);\n}\n"
        "document.querySelector('#add').addEventListener('click', () => down(0));\n",
        lambda page: page.click("#add"), "kept calling itself", 2,
    ),
}  # fmt: skip


@pytest.mark.parametrize(("script", "action", "words", "line"), HOSTILE.values(), ids=HOSTILE)
def test_hostile_pages_are_stopped_with_a_plain_message_and_their_line(
    tmp_path: Path, script: str, action: object, words: str, line: int
) -> None:
    import re

    started = time.monotonic()

    def run() -> None:
        page = page_with(tmp_path, script, time_limit=0.5, fetch={"/x": "ok"})
        if action is not None:
            action(page)  # type: ignore[operator]

    failure = failure_of(run)
    assert re.search(words, str(failure)), str(failure)
    assert (failure.file, failure.line) == ("script.js", line), str(failure)
    assert time.monotonic() - started < 10
    assert page_with(tmp_path, SCRIPT).count("#list li") == 0  # the next page is unharmed


def test_an_await_in_an_endless_loop_is_stopped_with_its_line(tmp_path: Path) -> None:
    # No stack exists between promise jobs, and an await calls no .then: the line is
    # the first await inside a loop in the page's scripts.
    script = (
        "let n = 0;\nasync function spin() {\n  while (true) {\n    n++;\n    await null;\n"
        "  }\n}\nspin();\n"
    )
    failure = failure_of(lambda: page_with(tmp_path, script, time_limit=0.5))
    assert "never finished" in str(failure) and "an await inside a loop" in str(failure)
    assert (failure.file, failure.line) in {("script.js", 3), ("script.js", 5)}


def test_a_promise_that_never_settles_leaves_the_page_as_it_is(tmp_path: Path) -> None:
    script = """const count = document.querySelector("#count");
async function load() {
  await new Promise(() => {});
  count.textContent = "loaded";
}
document.querySelector("#add").addEventListener("click", load);
"""
    started = time.monotonic()
    page = page_with(tmp_path, script)
    page.click("#add")
    page.advance(60_000)
    assert page.text("#count") == "0 items"  # as in a browser: the rest of load never runs
    assert time.monotonic() - started < 2


def test_timers_set_from_timers_wait_at_least_4_ms_as_in_a_browser(tmp_path: Path) -> None:
    script = "let runs = 0;\nfunction tick() {\n  runs++;\n  setTimeout(tick, 0);\n}\ntick();\n"
    page = page_with(tmp_path, script)
    page.advance(100)
    # Five runs with no wait, then one each 4 ms: about 30, never endless.
    assert 20 <= page.evaluate("runs") <= 35


def test_the_library_loads_once_and_a_page_is_cheap(tmp_path: Path) -> None:
    preload()
    (tmp_path / "index.html").write_text(PAGE)
    (tmp_path / "script.js").write_text(SCRIPT)
    started = time.perf_counter()
    for _ in range(5):
        BrowserPage(tmp_path).click("#add")
    # Five pages in well under one library load (~45 ms): the library is not reloaded.
    assert (time.perf_counter() - started) / 5 < 0.040


def test_innerhtml_takes_a_number_or_null_as_a_browser_does(tmp_path: Path) -> None:
    script = """const list = document.querySelector("#list");
document.querySelector("#count").innerHTML = 3;
list.innerHTML = null;
list.insertAdjacentHTML("beforeend", 4);
"""
    page = page_with(tmp_path, script)
    assert page.text("#count") == "3"
    assert page.text("#list") == "4"


def test_a_misspelt_method_is_named_though_quickjs_does_not_name_it(tmp_path: Path) -> None:
    script = (
        "const add = document.querySelector('#add');\nadd.addEventlistener('click', () => {});\n"
    )
    failure = failure_of(lambda: page_with(tmp_path, script))
    assert (failure.file, failure.line) == ("script.js", 2)
    assert str(failure).startswith("script.js line 2: addEventlistener is not a function")
    assert "Did you mean 'addEventListener'? Capital letters count." in str(failure)


def test_choosing_in_a_select_sets_its_value_as_in_a_browser(tmp_path: Path) -> None:
    html = (
        '<select id="size"><option value="s">Small</option><option value="m" selected>'
        'Medium</option><option>Large</option></select>\n<p id="out"></p>\n'
        '<script src="script.js"></script>\n'
    )
    script = """const size = document.querySelector("#size");
const out = document.querySelector("#out");
out.textContent = size.value;
size.addEventListener("change", () => {
  out.textContent = size.value + " " + size.selectedIndex;
});
"""
    page = page_with(tmp_path, script, html=html)
    assert page.text("#out") == "m"
    page.choose("#size", "s")
    assert (page.text("#out"), page.value("#size")) == ("s 0", "s")
    page.choose("#size", "Large")  # an option without a value: its text
    assert page.text("#out") == "Large 2"
    assert page.evaluate('(size.value = "m", size.selectedIndex)') == 1


FORM = """<form id="order">
  <input id="name" name="name" value="Ana">
  <input type="checkbox" id="gift" name="gift">
  <textarea id="note" name="note">Thanks</textarea>
  <select name="size"><option>S</option><option selected>M</option></select>
  <button>Order</button>
</form>
<p id="out"></p>
<script src="script.js"></script>
"""


def test_form_data_and_form_elements_work_as_in_a_browser(tmp_path: Path) -> None:
    script = """const form = document.querySelector("#order");
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  const sent = [...data].map(([key, value]) => key + "=" + value).join("&");
  document.querySelector("#out").textContent = sent + " " + form.elements.name.value;
});
"""
    page = page_with(tmp_path, script, html=FORM)
    page.type("#name", " Lee")
    page.click("#gift")
    page.click("#order button")
    assert page.text("#out") == "name=Ana Lee&gift=on&note=Thanks&size=M Ana Lee"
    assert not page.reloaded


def test_form_reset_puts_back_what_the_page_started_with(tmp_path: Path) -> None:
    script = """const form = document.querySelector("#order");
form.addEventListener("submit", (event) => {
  event.preventDefault();
  form.reset();
});
document.querySelector("#note").addEventListener("change", () => form.requestSubmit());
"""
    page = page_with(tmp_path, script, html=FORM)
    page.type("#name", "Bo")
    page.click("#gift")
    page.type("#note", "!")
    page.blur()  # change, then requestSubmit: the submit listener runs, as from a button
    assert (page.value("#name"), page.is_checked("#gift"), page.value("#note")) == (
        "Ana",
        False,
        "Thanks",
    )
    assert not page.reloaded


def test_a_selector_that_found_its_element_is_not_blamed_for_another_null(
    tmp_path: Path,
) -> None:
    script = "const note = document.querySelector('#list').dataset.note.trim();\n"
    failure = failure_of(lambda: page_with(tmp_path, script))
    assert (failure.file, failure.line) == ("script.js", 1)
    assert "found nothing" not in str(failure)
    assert "something on this line is undefined, so .trim cannot be used" in str(failure)


def test_assert_listens_says_where_the_listeners_are(tmp_path: Path) -> None:
    script = """const count = document.querySelector("#count");
count.addEventListener("click", () => {
  count.textContent = "1 item";
});
"""
    page = page_with(tmp_path, script)
    assert page.listeners("click") == ["p#count (script.js line 2)"]
    page.assert_listens("#count")
    page.assert_listens("#hello")  # onclick="sayHello()" in the HTML
    failure = failure_of(lambda: page.assert_listens("#add"))
    assert str(failure).startswith("Nothing listens for a click on #add, so a click there does")
    assert "The page's click listeners are on: p#count (script.js line 2)." in str(failure)
    page_with(tmp_path, "document.body.addEventListener('click', () => {});\n").assert_listens(
        "#add"
    )  # a listener around it hears the click too, as events bubble
    failure = failure_of(lambda: page_with(tmp_path, "").assert_listens("#item", "input"))
    assert str(failure).startswith("Nothing listens for an input on #item, so an input there")
    # addEventListener("click", save()) gives undefined: ignored, as in a browser.
    ignored = page_with(tmp_path, 'document.querySelector("#add").addEventListener("click", null);')
    ignored.click("#add")
    assert ignored.listeners("click") == []


def test_a_scripts_focus_moves_the_cursor_as_in_a_browser(tmp_path: Path) -> None:
    html = (
        '<button id="open">Open</button><div id="box" hidden><input id="name"></div>'
        '<p id="plain">text</p><script src="script.js"></script>'
    )
    script = (
        'const box = document.querySelector("#box");\n'
        'document.querySelector("#open").addEventListener("click", () => {\n'
        "  box.hidden = false;\n"
        '  document.querySelector("#name").focus();\n'
        "});\n"
        'document.addEventListener("keydown", (event) => {\n'
        '  if (event.key !== "Escape") return;\n'
        "  box.hidden = true;\n"
        '  document.querySelector("#open").focus();\n'
        "});\n"
    )
    page = page_with(tmp_path, script, html)
    page.click("#open")
    assert page.evaluate("document.activeElement.id") == "name"
    page.press("#name", "Escape")
    assert page.evaluate("document.activeElement.id") == "open"
    # A paragraph cannot take the cursor, and blur() gives it back to the body.
    page.evaluate('document.querySelector("#plain").focus()')
    assert page.evaluate("document.activeElement.id") == "open"
    page.evaluate('document.querySelector("#open").blur()')
    assert page.evaluate("document.activeElement.tagName") == "BODY"
