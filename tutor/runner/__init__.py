"""One isolated pytest run -> Result: run_check (fork or spawn) and WarmRunner."""

from tutor.runner.request import CheckRequest
from tutor.runner.result import Result, TestResult, Where
from tutor.runner.run import run_check
from tutor.runner.warm import WarmRunner

__all__ = ["CheckRequest", "Result", "TestResult", "WarmRunner", "Where", "run_check"]
