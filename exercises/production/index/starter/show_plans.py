"""Show how SQLite would run each query in queries.sql, with the indexes in indexes.sql.

Use it in a shell, in your exercise folder:

    python show_plans.py

It builds the tables from notes.sql in memory, runs indexes.sql, then prints
EXPLAIN QUERY PLAN for each query. SCAN means every row is read; SEARCH ...
USING INDEX means the index leads straight to the rows.
"""

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).parent


def statements(path):
    """The statements in the file, one at a time, without -- comment lines."""
    found, current = [], ""
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    if current.strip():
        found.append(current.strip())
    return found


def main():
    connection = sqlite3.connect(":memory:")
    connection.executescript((HERE / "notes.sql").read_text(encoding="utf-8"))
    for statement in statements(HERE / "indexes.sql"):
        try:
            connection.execute(statement)
        except sqlite3.Error as error:
            print(f"indexes.sql: SQL error: {error}\n  in: {statement}")
            return 1
    made = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    ).fetchall()
    print("Indexes:")
    for name, sql in made:
        print(f"  {sql}" if sql else f"  {name} (made by a UNIQUE or PRIMARY KEY rule)")
    for query in statements(HERE / "queries.sql"):
        print(f"\n{query}")
        for row in connection.execute("EXPLAIN QUERY PLAN " + query):
            print(f"  {row[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
