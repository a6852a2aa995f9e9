"""Run a .sql file on a fresh copy of the library, and print what it gives.

Use it in a shell, in your exercise folder:

    python run_sql.py titles.sql

The library is built from library.sql each time, so nothing you run here
changes it for the next run (or for the checks).
"""

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).parent


def statements(script):
    """The statements in script, one at a time."""
    found, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    if current.strip():
        found.append(current.strip())
    return found


def show(cursor):
    names = [column[0] for column in cursor.description]
    rows = cursor.fetchall()
    print(" | ".join(names))
    for row in rows:
        print(" | ".join("NULL" if value is None else str(value) for value in row))
    print(f"({len(rows)} row{'' if len(rows) == 1 else 's'})\n")


def main(arguments):
    if len(arguments) != 1:
        print("Give the name of a .sql file, like this: python run_sql.py titles.sql")
        return 1
    path = Path(arguments[0])
    if not path.is_file():
        print(f"There is no file called {path} in this folder.")
        return 1
    connection = sqlite3.connect(":memory:")
    connection.executescript((HERE / "library.sql").read_text(encoding="utf-8"))
    for statement in statements(path.read_text(encoding="utf-8")):
        code = "\n".join(
            line for line in statement.splitlines() if not line.strip().startswith("--")
        ).strip()
        if not code:
            continue
        print(code)
        try:
            cursor = connection.execute(code)
        except sqlite3.Error as error:
            print(f"SQL error: {error}\n")
            return 1
        if cursor.description:
            show(cursor)
        else:
            print(f"(changed {cursor.rowcount} row{'' if cursor.rowcount == 1 else 's'})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
