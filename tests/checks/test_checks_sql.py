"""SQL in sqlite3: seeded databases, the learner's statements with lines, row diffs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tutor.checks.failure import CheckFailure
from tutor.checks.sql import Db, assert_rows, split_statements

FailureOf = Callable[[Callable[[], object]], CheckFailure]


def seeded(samples: Path) -> Db:
    db = Db(samples)
    db.seed(samples / "seed.sql")
    return db


def test_a_good_query_gives_the_rows_of_its_select(samples: Path) -> None:
    with seeded(samples) as db:
        rows = db.run_file("good_query.sql")
        assert_rows(rows, [("Cy", 45), ("Ana", 31)])
        assert db.columns == ["name", "age"]
        assert db.tables() == ["members"]
        assert db.query("SELECT count(*) FROM members WHERE town = ?", ["York"]) == [(1,)]


def test_statements_keep_the_line_they_start_on() -> None:
    script = "-- two tables\nCREATE TABLE a (x);\n\nINSERT INTO a VALUES (1); SELECT x\nFROM a;"
    assert [(s.line, s.text) for s in split_statements(script)] == [
        (2, "CREATE TABLE a (x);"),
        (4, "INSERT INTO a VALUES (1);"),
        (4, "SELECT x\nFROM a;"),
    ]


def test_a_misspelt_keyword_names_its_line_and_the_fix(
    samples: Path, failure_of: FailureOf
) -> None:
    with seeded(samples) as db:
        error = failure_of(lambda: db.run_file("bad_query.sql"))
    assert str(error) == (
        "bad_query.sql line 4: near \"members\": syntax error. 'FORM' is not an SQL word. "
        "Did you mean FROM?\n  The statement starts: SELECT name, age"
    )
    assert (error.file, error.line) == ("bad_query.sql", 4)


def test_unknown_tables_and_columns_suggest_real_ones(samples: Path, failure_of: FailureOf) -> None:
    with seeded(samples) as db:
        table = str(failure_of(lambda: db.run_script("SELECT * FROM member;")))
        column = str(failure_of(lambda: db.run_script("\nSELECT nme FROM members;")))
    assert table.startswith("query.sql line 1: no such table: member. Did you mean 'members'?")
    assert column.startswith("query.sql line 2: no such column: nme. Did you mean 'name'?")


def test_a_missing_query_file_and_an_empty_one_are_explained(
    tmp_path: Path, failure_of: FailureOf
) -> None:
    (tmp_path / "empty.sql").write_text("-- write your query here\n")
    with Db(tmp_path) as db:
        assert str(failure_of(lambda: db.run_file("query.sql"))).startswith(
            "There is no file called query.sql in your exercise folder."
        )
        assert str(failure_of(lambda: db.run_file("empty.sql"))) == (
            "empty.sql has no SQL statements in it yet."
        )


def test_row_diff_lists_missing_and_extra_rows(failure_of: FailureOf) -> None:
    error = failure_of(lambda: assert_rows([("Ana", 31), ("Bo", 17)], [("Ana", 31), ("Cy", 45)]))
    assert str(error) == (
        "Your query gives some wrong rows.\n"
        "  Missing (expected, but not in your result):\n    ('Cy', 45)\n"
        "  Extra (in your result, but not expected):\n    ('Bo', 17)"
    )


def test_row_diff_counts_rows_order_and_columns(failure_of: FailureOf) -> None:
    assert str(failure_of(lambda: assert_rows([], [("Ana",)]))).startswith(
        "Your query gives 0 rows, but 1 was expected."
    )
    assert str(failure_of(lambda: assert_rows([(2,), (1,)], [1, 2], ordered=True))).startswith(
        "Your query gives the right rows, but in the wrong order. Check the ORDER BY."
    )
    assert str(failure_of(lambda: assert_rows([("Ana",)], [("Ana", 31)]))).startswith(
        "Your query gives rows with 1 column, but each row should have 2."
    )
    assert_rows([(2,), (1,)], [1, 2])  # order does not matter unless asked


def test_learners_transactions_run_as_written(tmp_path: Path) -> None:
    (tmp_path / "query.sql").write_text(
        "CREATE TABLE t (x REAL);\nBEGIN;\nINSERT INTO t VALUES (0.1);\nINSERT INTO t VALUES "
        "(0.2);\nCOMMIT;\nSELECT sum(x) FROM t;\n"
    )
    with Db(tmp_path) as db:
        rows = db.run_file("query.sql")
    assert rows == [(0.30000000000000004,)]
    assert_rows(rows, [(0.3,)])  # floats compare rounded
