"""The learner's page in a real DOM: load it, click and type as a person would, read it back.

    page = browser("index.html")          # the `browser` fixture
    page.type("#item", "milk")
    page.click("#add")
    assert page.all("#list li") == ["milk"]

linkedom (a DOM from the npm registry, bundled in vendor/linkedom.js) runs in
quickjs with dom_harness.js around it (and dom_fills.js for what linkedom leaves
out). Loading the library costs ~45 ms, so one context is loaded per process
(`preload()`; the warm helper loads it before it forks, so a check inherits it)
and every page gets its own window, document, storage and clock inside it (see
dom_harness.js).

A page's scripts run as one function made for that page (`_page_source`): each
script sits in its own block of SLOT_LINES lines, so an error's line number
says which file and line it came from (dom_errors.py).
"""

from __future__ import annotations

import json
import posixpath
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import quickjs

from tutor.checks.dom_errors import SLOT_LINES, Slot, explain, read_learner_file
from tutor.checks.dom_fetch import FetchAnswer, answer_fetch, served_site, served_text
from tutor.checks.dom_runaway import (
    calls_without_end,
    fetches_without_end,
    place_in_kept_stack,
    place_in_stack,
    place_of_endless_jobs,
    promises_without_end,
    timers_without_end,
)
from tutor.checks.failure import CheckFailure

VENDOR = Path(__file__).with_name("vendor")
HARNESS = Path(__file__).with_name("dom_harness.js")
FILLS = Path(__file__).with_name("dom_fills.js")  # what linkedom leaves out of a browser
DEFAULT_TIME_LIMIT = 2.0
MEMORY_LIMIT = 256 * 1024 * 1024
MOST_JOBS = 100_000  # promise jobs in one settle: more means a chain that never ends
MOST_FETCH_ROUNDS = 200

# quickjs-ng has no Intl; linkedom asks for it when it loads.
_INTL_SHIM = """
if (typeof Intl === "undefined") globalThis.Intl = {
  Collator: function () {
    return {compare: function (a, b) { return a < b ? -1 : a > b ? 1 : 0; }};
  },
  NumberFormat: function () {
    return {format: function (n) { return String(Math.round(n * 1e6) / 1e6); }};
  },
};
"""

# The names a page's scripts see as globals, passed to the page's function.
_PAGE_NAMES = (
    "window", "document", "self", "console", "localStorage", "sessionStorage", "setTimeout",
    "setInterval", "clearTimeout", "clearInterval", "requestAnimationFrame",
    "cancelAnimationFrame", "fetch", "alert", "confirm", "prompt", "location", "navigator",
    "performance", "Event", "CustomEvent", "UIEvent", "MouseEvent", "KeyboardEvent",
    "FocusEvent", "SubmitEvent", "InputEvent", "HTMLElement", "Node", "Element", "FormData",
)  # fmt: skip

_context: quickjs.Context | None = None


def _discard_context() -> None:
    """After a runaway page (an endless loop or promise chain, all the memory), load afresh.

    Its jobs may still be queued and its state half-changed; the next page must not
    inherit either. Loading again costs ~45 ms, once.
    """
    global _context
    _context = None


def preload() -> quickjs.Context:
    """The one quickjs context with the DOM library loaded (made on first use)."""
    global _context
    if _context is None:
        context = quickjs.Context()
        context.set_memory_limit(MEMORY_LIMIT)
        context.eval(_INTL_SHIM)
        context.eval((VENDOR / "linkedom.js").read_text(encoding="utf-8"))
        context.eval(FILLS.read_text(encoding="utf-8"))
        context.eval(HARNESS.read_text(encoding="utf-8"))
        _context = context
    return _context


class BrowserPage:
    """One page of the learner's, loaded with its scripts, ready to be used."""

    def __init__(
        self,
        workspace: Path,
        name: str = "index.html",
        *,
        fetch: FetchAnswer | None = None,
        storage: Mapping[str, str] | None = None,
        session_storage: Mapping[str, str] | None = None,
        time_limit: float = DEFAULT_TIME_LIMIT,
        fetch_delay: float = 0,
    ) -> None:
        self.workspace = workspace
        # A slow server: each fetch is answered fetch_delay ms later on the page's clock
        # (page.advance), so a check can see what the page shows while it waits.
        self._fetch_delay = float(fetch_delay)
        # An address such as "/" is a page the learner's app sends (fetch=WsgiClient(app)):
        # the page and its scripts are asked from the app, as a browser would.
        self._site = served_site(name, fetch)
        self.name = f"the page at {name}" if self._site else name
        self.time_limit = time_limit
        self._fetch = fetch
        self._slots: dict[int, Slot] = {}
        self.html = self._read(name)
        self.context = preload()
        self.context.set_time_limit(time_limit)
        self._drain_jobs()  # what an earlier page left queued (a runaway one discarded it all)
        url = name.lstrip("/") if self._site else name
        self._js(
            f"__tutor_dom.open({json.dumps(_whole_document(self.html))}, {json.dumps(url)}, "
            f"{json.dumps(dict(storage or {}))}, {json.dumps(dict(session_storage or {}))}); 0",
            "opening the page",
        )
        self._run_scripts()
        self._js("__tutor_dom.page.loaded(); 0", f"loading {name}")
        self.settle()

    def __repr__(self) -> str:
        return f"BrowserPage({self.name!r})"

    # --- running the page's scripts -------------------------------------------

    def _read(self, name: str) -> str:
        """A file of the page: from the learner's folder, or asked from their app."""
        if self._site is None:
            return read_learner_file(self.workspace, name)
        return served_text(self._site, name) or ""

    @property
    def _page_file(self) -> str | None:
        """The learner's file that holds the page's HTML (none when their app makes it)."""
        return None if self._site else self.name

    def _script_path(self, src: str) -> str:
        """Where a script's src points: asked of the learner's app as written, or the
        file found as a browser finds it (beside the page, or from the folder's root)."""
        return src.split("?")[0] if self._site else _beside_page(self.name, src)

    def _file_name(self, src: str) -> str:
        """A script's name in messages: a served "/static/notes.js" is static/notes.js."""
        return src.lstrip("/") if self._site else src

    def _run_scripts(self) -> None:
        scripts = json.loads(self._js("__tutor_dom.page.scripts()", "reading the page"))
        parts: list[tuple[Slot, str]] = []
        if any(script["module"] for script in scripts):
            from tutor.checks.jsmodules import RUNTIME

            self.context.eval(RUNTIME)  # a fresh module registry for each page
        for script in scripts:
            if script["module"]:
                parts.extend(self._module_parts(script))
            elif script["src"] is not None:
                src = self._script_path(script["src"])
                source = self._read(src)
                parts.append((Slot(self._file_name(src), 1, source), source))
            else:
                first = _line_of(self.html, script["text"])
                parts.append((Slot(self.name, first, script["text"]), script["text"]))
        self._js(self._page_source(parts), f"running the scripts of {self.name}")

    def _module_parts(self, script: dict[str, Any]) -> list[tuple[Slot, str]]:
        """A `<script type="module">` and the files it imports, each in a slot of its own."""
        from tutor.checks import jsmodules

        if script["src"] is not None:
            src = self._script_path(script["src"])
            entry, source, first = self._file_name(src), self._read(src), 1
        else:
            entry, source = self.name, script["text"]
            first = _line_of(self.html, source)

        def read(name: str) -> str | None:
            if name == entry:
                return source
            if self._site is not None:
                return served_text(self._site, "/" + name, missing_ok=True)
            path = self.workspace / name
            return path.read_text(encoding="utf-8") if path.is_file() else None

        pieces = jsmodules.link_all(entry, read, jsmodules.link(source, entry))
        parts = [
            (Slot(name, first if name == entry else 1, text), definition)
            for name, text, definition in pieces
        ]
        slot, last = parts[-1]
        parts[-1] = (slot, f"{last}\n__tutor_load({json.dumps(entry)});")
        return parts

    def _page_source(self, parts: list[tuple[Slot, str]]) -> str:
        """One function for the page: its globals as parameters, each script in a slot."""
        lines = [
            f"__tutor_dom.page.run(function ({', '.join(_PAGE_NAMES)}, __tutor_page) {{",
            "__tutor_page.compile = function (__tutor_code) {"
            " var __tutor_slot = __tutor_page.nextSlot++;"
            " __tutor_page.inlineSlots[__tutor_slot] = __tutor_code;"
            " return eval('\\n'.repeat(__tutor_slot * __tutor_dom.SLOT_LINES - 1)"
            " + '(function (event) {' + __tutor_code + '\\n})'); };"
            " __tutor_page.evaluate = function (__tutor_code) { return eval(__tutor_code); };",
        ]
        for number, (slot, source) in enumerate(parts, start=1):
            self._slots[number] = slot
            lines.extend([""] * (number * SLOT_LINES - len(lines) - 1))
            lines.extend(source.splitlines() or [""])
        lines.append(f"}}, {json.dumps(list(_PAGE_NAMES))});")
        self.context.eval(f"__tutor_dom.page.nextSlot = {len(parts) + 1}")
        return "\n".join(lines) + "\n0"

    # --- what a person does ------------------------------------------------------

    def click(self, selector: str) -> None:
        """Click the element, as a mouse does (a submit button also submits its form)."""
        self._act(selector, "click", "clicking {}")

    def type(self, selector: str, text: str) -> None:
        """Type text into a field, one key at a time (keydown, input, keyup)."""
        self._act(selector, f"type(el, {json.dumps(text)})", "typing into {}")

    def press(self, selector: str, key: str) -> None:
        """Press one key in an element (Enter in a field also submits its form)."""
        action = "enter(el)" if key == "Enter" else f"key(el, {json.dumps(key)})"
        self._act(selector, action, f"pressing {key} in {{}}")

    def choose(self, selector: str, value: str) -> None:
        """Pick an option of a <select> (by its value, or its text)."""
        self._act(selector, f"choose(el, {json.dumps(value)})", "choosing in {}")

    def submit(self, selector: str = "form", *, reload_ok: bool = False) -> None:
        """Submit a form, as pressing its button does."""
        self._act(selector, "submit(el, null)", "submitting {}")
        if not reload_ok:
            self._no_reload()

    def focus(self, selector: str) -> None:
        self._act(selector, "focus(el)", "putting the cursor in {}")

    def blur(self) -> None:
        """Take the cursor out of whatever has it (a changed field fires change)."""
        self._js("__tutor_dom.page.blur(); 0", "leaving a field")
        self.settle()

    def advance(self, ms: float) -> None:
        """Let `ms` milliseconds pass: timers due by then run, in order.

        Each timer runs under the time limit; all of them together get it once more,
        so timers that start each other again and again cannot hold the check forever.
        """
        until = json.dumps(float(ms))
        target = self._js(f"__tutor_dom.page.clock.now + {until}", "reading the clock")
        deadline = time.monotonic() + self.time_limit
        while self._js(f"__tutor_dom.page.runNextTimer({target})", "running a timer"):
            self.settle()
            if time.monotonic() > deadline:
                file, line = self._place_in("__tutor_dom.page.clock.lastStack")
                _discard_context()
                raise timers_without_end(file or self.name, line, self.time_limit, ms)
        self.settle()

    def listeners(self, event: str = "click") -> list[str]:
        """Where the page's scripts listen for `event`: ["button#add (script.js line 9)"]."""
        found = json.loads(self._js(f"__tutor_dom.page.listeners({json.dumps(event)})"))
        self._add_inline_slots()
        said = []
        for listener in found:
            file, line = place_in_stack(listener["stack"], self._slots)
            at = f" ({file} line {line})" if file and line else ""
            said.append(f"{listener['on']}{at}")
        return said

    def assert_listens(self, selector: str, event: str = "click") -> None:
        """Fail, saying where the listeners are, when nothing hears `event` on the element."""
        element = self._element(selector, f"looking for {event} listeners on {selector}")
        code = f"__tutor_dom.page.listensOn({element}, {json.dumps(event)})"
        if self._js(code, "reading the page's listeners"):
            return
        elsewhere = self.listeners(event)
        where = (
            f" The page's {event} listeners are on: {', '.join(elsewhere)}."
            if elsewhere
            else f" No script of the page listens for {event} at all."
        )
        raise CheckFailure(
            f"Nothing listens for {_a(event)} {event} on {selector}, so {_a(event)} {event} there "
            "does nothing."
            f'{where} Call addEventListener("{event}", ...) on the element you find with '
            f'document.querySelector("{selector}").',
            self._page_file,
        )

    def answer_dialogs(
        self, *, confirm: Sequence[bool] = (), prompt: Sequence[str | None] = ()
    ) -> None:
        """What confirm() and prompt() will answer next (by default: OK, and no text)."""
        answers = {"confirm": list(confirm), "prompt": list(prompt)}
        self._js(f"__tutor_dom.page.answers = {json.dumps(answers)}; 0", "setting answers")

    # --- what the page shows -----------------------------------------------------

    def exists(self, selector: str) -> bool:
        return bool(self._js(f"!!__tutor_dom.page.document.querySelector({json.dumps(selector)})"))

    def count(self, selector: str) -> int:
        return int(self._query_all(selector, "length"))

    def text(self, selector: str) -> str:
        """The element's text, spaces and line breaks squeezed, as a reader sees it."""
        return " ".join(self._query(selector, "el.textContent").split())

    def all(self, selector: str) -> list[str]:
        """The text of every matching element, in page order."""
        found = self._query_all(selector, "map(function (el) { return el.textContent; })")
        return [" ".join(text.split()) for text in json.loads(found)]

    def value(self, selector: str) -> str:
        return str(self._query(selector, "el.value === undefined ? '' : String(el.value)"))

    def attribute(self, selector: str, name: str) -> str | None:
        return self._query(selector, f"el.getAttribute({json.dumps(name)})")

    def has_class(self, selector: str, name: str) -> bool:
        return bool(self._query(selector, f"el.classList.contains({json.dumps(name)})"))

    def is_checked(self, selector: str) -> bool:
        return bool(self._query(selector, "!!el.checked"))

    def html_of(self, selector: str) -> str:
        return str(self._query(selector, "el.outerHTML"))

    @property
    def console(self) -> list[str]:
        """What the page's scripts wrote with console.log (and .error, .warn...)."""
        return json.loads(self._js("JSON.stringify(__tutor_dom.page.console)"))

    @property
    def alerts(self) -> list[str]:
        """The messages of alert(), confirm() and prompt(), in order."""
        return json.loads(self._js("JSON.stringify(__tutor_dom.page.alerts)"))

    @property
    def storage(self) -> dict[str, str]:
        """localStorage as the page left it (fresh for each page unless given)."""
        return json.loads(self._js("__tutor_dom.page.storage('local')"))

    @property
    def session_storage(self) -> dict[str, str]:
        return json.loads(self._js("__tutor_dom.page.storage('session')"))

    @property
    def requests(self) -> list[dict[str, Any]]:
        """Every fetch the page made: url, method, headers, body."""
        made = json.loads(self._js("JSON.stringify(__tutor_dom.page.fetchLog)"))
        return [{key: value for key, value in request.items() if key != "id"} for request in made]

    @property
    def reloaded(self) -> bool:
        """True when a form was sent the old way (the page would have reloaded)."""
        return bool(self._js("__tutor_dom.page.reloads.length > 0"))

    def evaluate(self, expression: str) -> Any:
        """A JavaScript expression in the page's scope (its own functions and variables)."""
        code = f"JSON.stringify([__tutor_dom.page.evaluate({json.dumps('(' + expression + ')')})])"
        result = self._js(code, f"working out {expression}")
        self.settle()
        return None if result is None else json.loads(result)[0]

    # --- plumbing ----------------------------------------------------------------

    def settle(self) -> None:
        """Run promise jobs until none is left, answering the page's fetches between them."""
        for _ in range(MOST_FETCH_ROUNDS):
            self._drain_jobs()
            requests = json.loads(self._js("__tutor_dom.page.takeFetches()", "fetching"))
            if not requests:
                return
            for request in requests:
                status, headers, body = answer_fetch(self._fetch, request)
                if self._fetch_delay > 0:
                    call = (
                        f"answerLater({self._fetch_delay}, {request['id']}, "
                        f"{json.dumps(status)}, {json.dumps(headers)}, {json.dumps(body)})"
                    )
                elif status is None:
                    call = f"failFetch({request['id']}, {json.dumps(body)})"
                else:
                    call = (
                        f"answerFetch({request['id']}, {status}, {json.dumps(headers)}, "
                        f"{json.dumps(body)})"
                    )
                self._js(f"__tutor_dom.page.{call}; 0", f"answering fetch {request['url']}")
        file, line = self._place_in("__tutor_dom.page.lastFetchStack")
        raise fetches_without_end(file or self.name, line)

    def _drain_jobs(self) -> None:
        for _ in range(MOST_JOBS):
            try:
                if not self.context.execute_pending_job():
                    return
            except quickjs.JSException as error:
                raise self._explain(str(error), "running a promise's .then") from None
        self._add_inline_slots()
        file, line = place_of_endless_jobs(self.context, self._slots, self.time_limit)
        _discard_context()
        raise promises_without_end(file or self.name, line, MOST_JOBS)

    def _place(self, stack: str) -> tuple[str | None, int | None]:
        self._add_inline_slots()
        return place_in_stack(stack, self._slots)

    def _place_in(self, expression: str) -> tuple[str | None, int | None]:
        """The learner's line in a stack the harness kept (where a timer or fetch began)."""
        self._add_inline_slots()
        return place_in_kept_stack(self.context, expression, self._slots)

    def _act(self, selector: str, action: str, doing: str) -> None:
        element = self._element(selector, doing.format(selector))
        verb = action if "(" in action else f"{action}(el)"
        code = f"(function () {{ var el = {element}; return __tutor_dom.page.{verb}; }})()"
        self._js(code + "; 0", doing.format(selector))
        self.settle()

    def _element(self, selector: str, doing: str) -> str:
        expression = f"__tutor_dom.page.document.querySelector({json.dumps(selector)})"
        if not self._js(f"!!{expression}", doing):
            ids = self._ids()
            raise CheckFailure(
                f"The check tried {doing}, but {self.name} has no element that matches "
                f"'{selector}'.{_id_hint(selector, ids)} Check the HTML: the tag, id or class "
                "the task names, spelt the same way.",
                self._page_file,
            )
        return expression

    def _query(self, selector: str, what: str) -> Any:
        element = self._element(selector, f"reading {selector}")
        return self._js(f"(function () {{ var el = {element}; return {what}; }})()")

    def _query_all(self, selector: str, what: str) -> Any:
        found = f"Array.from(__tutor_dom.page.document.querySelectorAll({json.dumps(selector)}))"
        code = f"JSON.stringify({found}.{what})" if what != "length" else f"{found}.length"
        return self._js(code, f"reading {selector}")

    def _ids(self) -> list[str]:
        code = (
            "JSON.stringify(Array.from(__tutor_dom.page.document.querySelectorAll('[id]'))"
            ".map(function (el) { return el.id; }))"
        )
        return json.loads(self.context.eval(code))

    def _no_reload(self) -> None:
        if self.reloaded:
            raise CheckFailure(
                f"The form in {self.name} was sent the old way, so a browser would load the "
                "page again and lose everything the script did. In the form's submit "
                "listener, call event.preventDefault() first: addEventListener('submit', "
                "function (event) { event.preventDefault(); ... }).",
                self._page_file,
            )

    def _js(self, code: str, doing: str = "reading the page") -> Any:
        try:
            return self.context.eval(code)
        except quickjs.StackOverflow as error:
            file, line = self._place(str(error))
            _discard_context()
            raise calls_without_end(file or self.name, line, doing) from None
        except quickjs.JSException as error:
            raise self._explain(str(error), doing) from None

    def _explain(self, message: str, doing: str) -> CheckFailure:
        if "interrupted" in message or "out of memory" in message or not message.strip():
            failure = explain(message, self._slots, doing, [], self.time_limit)
            _discard_context()
            return failure
        self._add_inline_slots()
        try:
            ids = self._ids()
        except quickjs.JSException:
            ids = []
        return explain(message, self._slots, doing, ids, self.time_limit, self._finds)

    def _finds(self, how: str, selector: str) -> bool:
        """Whether document.querySelector / getElementById(selector) finds an element now."""
        method = "getElementById" if how.endswith("getElementById") else "querySelector"
        try:
            code = f"!!__tutor_dom.page.document.{method}({json.dumps(selector)})"
            return bool(self.context.eval(code))
        except quickjs.JSException:
            return False

    def _add_inline_slots(self) -> None:
        """Inline handlers compiled so far, each found back in the HTML for its line."""
        try:
            compiled = json.loads(
                self.context.eval("JSON.stringify(__tutor_dom.page.inlineSlots || {})")
            )
        except quickjs.JSException:
            return
        for number, code in compiled.items():
            self._slots.setdefault(int(number), Slot(self.name, _line_of(self.html, code), code))


def _whole_document(html: str) -> str:
    """A beginner's fragment made a whole document, on its first line (lines stay right).

    linkedom reads `<body>...` without `<html>` as a body inside a body.
    """
    lower = html.lower()
    if "<html" in lower:
        return html
    if "<body" in lower:
        return "<!DOCTYPE html><html>" + html + "</html>"
    return "<!DOCTYPE html><html><head></head><body>" + html + "</body></html>"


def _line_of(html: str, text: str) -> int:
    """The line of html where text starts (1 when it cannot be found)."""
    at = html.find(text) if text else -1
    return html.count("\n", 0, at) + 1 if at >= 0 else 1


def _a(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _id_hint(selector: str, ids: list[str]) -> str:
    from tutor.checks.failure import close_name

    if selector.startswith("#") and ids:
        return close_name(selector[1:], ids, own=False)
    return ""


def _beside_page(page: str, src: str) -> str:
    """The file a script's src names, found as a browser finds it: beside the page
    (static/list.html's "list.js" is static/list.js), or from the site's root for "/..."."""
    path = src.split("?")[0].split("#")[0]
    if path.startswith("/"):
        return posixpath.normpath(path.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), path))


def browser_for(workspace: Path) -> Callable[..., BrowserPage]:
    """The `browser` fixture's function: browser("index.html", fetch=..., storage=...)."""

    def open_page(name: str = "index.html", **options: Any) -> BrowserPage:
        return BrowserPage(workspace, name, **options)

    return open_page
