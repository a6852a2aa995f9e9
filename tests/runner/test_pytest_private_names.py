"""pytest's private names the runner uses (tutor/runner/pytest_private.py).

The canary fails as soon as a pytest release drops one of them; the other
tests show that each use then takes the plain path instead of failing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _pytest import config as pytest_config
from _pytest.assertion import rewrite as pytest_rewrite

import tutor.runner
from tutor.runner import CheckRequest, prepared, pytest_private, rewrite_cache
from tutor.runner.pinned import pytest_arguments, write_pinned_ini
from tutor.runner.reporter import CappedOutput

RUNNER = Path(tutor.runner.__file__).parent


def test_every_private_pytest_name_the_runner_uses_still_exists() -> None:
    assert pytest_private.missing() == []


def test_the_list_names_every_private_pytest_name_the_runner_code_uses() -> None:
    listed = {attribute.rpartition(".")[2] for _, attribute in pytest_private.USED}
    used = set()
    for source in RUNNER.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        # pytest_rewrite._x, config._x, Config.X, from _pytest.config import x
        used |= set(re.findall(r"pytest_(?:rewrite|config)\.(\w+)", text))
        used |= set(re.findall(r"\bconfig\.(_\w+)\(", text))
        used |= set(re.findall(r"Config\.(\w+)\(", text))
        used |= set(re.findall(r'(?:hasattr|getattr)\((?:pytest_\w+|config), "(\w+)"', text))
    assert {"_rewrite_test", "_read_pyc", "get_config", "_ensure_unconfigure"} <= used
    assert used - {"rewrite"} <= listed | {"Config"}, used - listed


def test_a_missing_private_name_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(pytest_config, "get_config")
    assert pytest_private.missing() == ["_pytest.config.get_config"]


def test_without_get_config_the_child_runs_pytest_main(monkeypatch: pytest.MonkeyPatch) -> None:
    assert prepared.start([]) is not None  # the fast path, while pytest has it
    monkeypatch.delattr(pytest_config, "get_config")
    assert prepared.start([]) is None  # the plain path: the child calls pytest.main


def test_without_do_configure_no_session_is_started_ahead(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "test_x.py").write_text("def test_x():\n    pass\n", encoding="utf-8")
    request = CheckRequest("x", tmp_path, [tmp_path / "test_x.py"])
    started = prepared.start([])
    assert started is not None
    arguments = pytest_arguments(request, write_pinned_ini(tmp_path))
    config = prepared.finish(started, request, arguments)
    assert config is not None
    monkeypatch.delattr(pytest_config.Config, "_do_configure")
    # The plain path: the spare child runs pytest.main once its request came.
    assert prepared.start_session(config, CappedOutput(100)) is None
    assert not getattr(config, "_configured", False)


def test_without_rewrite_test_pytest_rewrites_on_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    test_file = tmp_path / "test_x.py"
    test_file.write_text("def test_x():\n    assert 1 == 1\n", encoding="utf-8")
    monkeypatch.delattr(pytest_rewrite, "_rewrite_test")
    rewrite_cache.RewriteCache().use_in_child(
        [test_file]
    )  # no error, and nothing put in pytest's place
    assert not hasattr(pytest_rewrite, "_rewrite_test")
