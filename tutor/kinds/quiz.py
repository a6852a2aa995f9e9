"""`kind = "quiz"`: questions answered in the TUI or with `tutor check`; no pytest at all."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.kinds.base import ExerciseReader, Kind, Question, details_of

if TYPE_CHECKING:
    from tutor.course.lines import KeyPath
    from tutor.course.model import Exercise
    from tutor.grading import Grader
    from tutor.kinds.proof import VerifyReport
    from tutor.runner.result import Result, TestResult


@dataclass(frozen=True)
class QuizDetails:
    questions: tuple[Question, ...] = ()


QUESTION_SCHEMA = {
    "description": "One quiz question.",
    "type": "object",
    "additionalProperties": False,
    "required": ["text", "answer"],
    "properties": {
        "text": {"description": "The question, in Markdown.", "type": "string", "minLength": 1},
        "choices": {
            "description": "The choices to pick from. Leave out for a short-answer question.",
            "type": "array",
            "items": {"type": "string"},
            "default": [],
        },
        "answer": {
            "description": "The right choice (or choices, as a list); for a short-answer "
            "question, the accepted answers.",
            "anyOf": [
                {"type": "string"},
                {"type": "array", "items": {"type": "string"}, "minItems": 1},
            ],
        },
        "explain": {
            "description": "Shown after answering: why the answer is right.",
            "type": "string",
            "default": "",
        },
    },
}


class QuizKind(Kind):
    name = "quiz"
    summary = "questions"
    schema_keys = {
        "questions": {
            "description": "quiz exercises: the questions, [[exercises.questions]] sections.",
            "type": "array",
            "items": {"$ref": "#/$defs/question"},
            "default": [],
        }
    }
    schema_defs = {"question": QUESTION_SCHEMA}
    needs_folder = False
    needs_tests = False
    needs_solution = False
    wants_hints = False
    has_files = False

    def read_details(self, raw: Mapping[str, Any], reader: ExerciseReader) -> QuizDetails:
        if not raw.get("questions"):
            reader.error("kind", "a quiz needs at least one [[exercises.questions]]")
        questions = []
        for position, question in enumerate(raw.get("questions", ())):
            choices = tuple(question.get("choices", ()))
            answer = question["answer"]
            answers = (answer,) if isinstance(answer, str) else tuple(answer)
            key: KeyPath = ("questions", position, "answer")
            if any(not normalise(item) for item in answers):
                reader.error(
                    key,
                    f"question {position + 1}: an answer is empty, so a learner who types "
                    "nothing would pass; write the right answer between the quotes",
                )
            elif choices:
                wrong = [item for item in answers if item not in choices]
                if wrong:
                    listed = ", ".join(f'"{item}"' for item in choices)
                    reader.error(
                        key,
                        f'question {position + 1}: the answer "{wrong[0]}" is not one of the '
                        f"choices ({listed}); copy it exactly from 'choices'",
                    )
                if len(set(choices)) != len(choices):
                    reader.warn(
                        ("questions", position, "choices"),
                        f"question {position + 1} repeats a choice",
                    )
            questions.append(
                Question(question["text"], choices, answers, question.get("explain", ""))
            )
        return QuizDetails(tuple(questions))

    def questions(self, exercise: Exercise) -> tuple[Question, ...]:
        return details_of(exercise, QuizDetails).questions

    def grade(
        self, exercise: Exercise, workspace: Path, grader: Grader, answers: Mapping[int, str]
    ) -> Result:
        from tutor.runner.result import Result, TestResult  # loading a course needs no result

        tests: list[TestResult] = []
        for number, question in enumerate(self.questions(exercise)):
            given = answers.get(number)
            message: str | None  # None: a right answer with nothing more to say
            right = given is not None and normalise(given) in {
                normalise(a) for a in question.answer
            }
            if given is None:
                message = "Not answered yet."
            elif right:
                message = question.explain or None
            else:
                message = f"'{given}' is not right. " + (question.explain or "Read the page again.")
            tests.append(
                TestResult(
                    name=question.text,
                    status="pass" if right else "fail",
                    message=message,
                    task_id=number + 1,
                )
            )
        all_right = bool(tests) and all(t.status == "pass" for t in tests)
        return Result(status="pass" if all_right else "fail", exercise=exercise.id, tests=tests)

    def groups(self, exercise: Exercise) -> tuple[()]:
        return ()  # task_id numbers the questions, one line each

    def feedback(self, exercise: Exercise, result: Result) -> tuple[str, ...]:
        return tuple(
            f"Question {number}: {test.message}"
            for number, test in enumerate(result.tests, start=1)
            if test.status != "pass" and test.message
        )

    def verify(self, exercise: Exercise, grader: Grader, report: VerifyReport) -> None:
        from tutor.kinds.proof import verdict

        questions = self.questions(exercise)
        if not questions:
            report.problems.append("the quiz has no questions")
            return
        for number, question in enumerate(questions, start=1):
            if not question.answer:
                report.problems.append(f"question {number} has no answer")
            choices = {normalise(choice) for choice in question.choices}
            for answer in question.answer:
                if choices and normalise(answer) not in choices:
                    report.problems.append(
                        f"question {number}: the answer '{answer}' is not one of its choices"
                    )
        unanswered = self.grade(exercise, exercise.folder, grader, {})
        report.starter = verdict(unanswered)
        if unanswered.status == "pass":
            report.problems.append("the quiz passes with no answers at all")
        right = {n: q.answer[0] for n, q in enumerate(questions) if q.answer}
        answered = self.grade(exercise, exercise.folder, grader, right)
        report.solution = verdict(answered)
        if answered.status != "pass":
            wrong = [t.name for t in answered.tests if t.status != "pass"]
            report.problems.append(f"the right answers do not pass: '{wrong[0] if wrong else '?'}'")


def normalise(answer: str) -> str:
    return " ".join(answer.strip().lower().split())
