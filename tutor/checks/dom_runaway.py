"""Where a runaway page is running away: the learner's file and line for the sentence.

A page that never stops (an endless chain of promises, timers that start each
other, fetches from their own .then, a function that calls itself) is stopped by
dom.py; these find the learner's line from a stack: one quickjs gives with its
error, one the harness kept (where a timer or a fetch was started), or one
caught by noting .then calls, or by interrupting the next job at once.
"""

from __future__ import annotations

import quickjs

from tutor.checks.dom_errors import Slot, place_of
from tutor.checks.failure import CheckFailure, where

Place = tuple[str | None, int | None]

# Where .then was last called: only while finding the line of a runaway chain.
NOTE_THEN = """(function () {
  var then = Promise.prototype.then;
  Promise.prototype.then = function (done, failed) {
    globalThis.__tutor_then_stack = new Error().stack;
    return then.call(this, done, failed);
  };
})(); 0"""


# The line of the first `await` inside a loop of a script (0 when none), read with acorn.
AWAIT_IN_LOOP = """(function (source) {
  var ast = null;
  [{sourceType: "module"}, {sourceType: "script", allowAwaitOutsideFunction: true}]
    .forEach(function (how) {
      if (ast) return;
      try {
        ast = __tutor_acorn_parse(source, Object.assign(
          {ecmaVersion: "latest", allowHashBang: true, locations: true}, how));
      } catch (e) { ast = null; }
    });
  var loops = /^(While|DoWhile|For|ForOf|ForIn)Statement$/;
  var found = 0;
  (function walk(node, inLoop) {
    if (found || !node || typeof node.type !== "string") return;
    if (node.type === "AwaitExpression" && inLoop) { found = node.loc.start.line; return; }
    var here = /Function/.test(node.type) ? false : inLoop || loops.test(node.type);
    Object.keys(node).forEach(function (key) {
      var value = node[key];
      if (Array.isArray(value)) value.forEach(function (v) { walk(v, here); });
      else if (key !== "loc" && value && typeof value.type === "string") walk(value, here);
    });
  })(ast, false);
  return found;
})(__tutor_source)"""


def placed(file: str | None, line: int | None, sentence: str) -> str:
    """ "script.js line 4: your page ..." when the place is known, else the sentence."""
    if not (file and line):
        return sentence
    return f"{where(file, line)}: {sentence[0].lower()}{sentence[1:]}"


def place_in_stack(stack: str, slots: dict[int, Slot]) -> Place:
    slot, line = place_of(stack, slots)
    return (slot.file, line) if slot else (None, None)


def place_in_kept_stack(context: quickjs.Context, expression: str, slots: dict[int, Slot]) -> Place:
    try:
        return place_in_stack(str(context.eval(f"String({expression} || '')")), slots)
    except quickjs.JSException:
        return None, None


def place_of_endless_jobs(
    context: quickjs.Context, slots: dict[int, Slot], time_limit: float, most_jobs: int = 100_000
) -> Place:
    """The learner's line in an endless chain of promise jobs (the context is spoilt after).

    Between jobs no JavaScript runs, so there is no stack to read. A chain of
    .then calls is found by noting where .then is called while it goes on. An
    `await` in an endless loop calls no .then: with a time limit already passed,
    quickjs interrupts the next job within a few thousand steps, and that stack
    has the line when the job was inside the learner's function at that moment.
    """
    context.eval(NOTE_THEN)
    for _ in range(1000):
        try:
            if not context.execute_pending_job():
                break
        except quickjs.JSException:
            break
    place = place_in_kept_stack(context, "globalThis.__tutor_then_stack", slots)
    if place[0] is not None:
        return place
    context.set_time_limit(1e-9)
    try:
        for _ in range(most_jobs):
            try:
                if not context.execute_pending_job():
                    break
            except quickjs.JSException as error:
                place = place_in_stack(str(error), slots)
                break
    finally:
        context.set_time_limit(time_limit)
    return place if place[0] is not None else await_in_a_loop(slots)


def await_in_a_loop(slots: dict[int, Slot]) -> Place:
    """The first `await` inside a loop in the page's scripts: the likely endless one."""
    from tutor.checks.jsmodules import _linker

    linker = _linker()
    for _, slot in sorted(slots.items()):
        linker.set("__tutor_source", slot.source)
        try:
            line = int(linker.eval(AWAIT_IN_LOOP))
        except (quickjs.JSException, TypeError, ValueError):
            continue
        if line:
            return slot.file, slot.first_line + line - 1
    return None, None


# --- the sentences -------------------------------------------------------------------


def timers_without_end(file: str, line: int | None, time_limit: float, ms: float) -> CheckFailure:
    return CheckFailure(
        placed(
            file,
            line,
            f"Your page's timers kept running for more than {time_limit:g} seconds while the "
            f"check let {ms:,.0f} ms pass: a setTimeout or setInterval may start itself again "
            "and again with little or no wait. Give each timer a wait in milliseconds, and stop "
            "a repeating one with clearInterval when its work is done.",
        ),
        file,
        line,
    )


def fetches_without_end(file: str, line: int | None) -> CheckFailure:
    return CheckFailure(
        placed(
            file,
            line,
            "Your page kept fetching, again and again, without stopping. Check that a fetch is "
            "not started again from its own .then.",
        ),
        file,
        line,
    )


def promises_without_end(file: str, line: int | None, most_jobs: int) -> CheckFailure:
    return CheckFailure(
        placed(
            file,
            line,
            f"Your page kept making new promises and never finished (more than {most_jobs:,} "
            "steps). Check for a .then or async function that starts itself again, or an await "
            "inside a loop that never ends.",
        ),
        file,
        line,
    )


def calls_without_end(file: str, line: int | None, doing: str) -> CheckFailure:
    return CheckFailure(
        placed(
            file,
            line,
            f"While {doing}, a function kept calling itself and never stopped. Check that it "
            "has a case where it returns without calling itself (or that an event handler does "
            "not fire its own event).",
        ),
        file,
        line,
    )
