"""Checks for give() in points.py: a gift moves all its points, or changes nothing at all.

Each check makes a new database file with two accounts, Ana (50 points) and Bo (10),
and looks at it through your connection and through a second one, as another program would.
"""

import sqlite3

import pytest

from tutor.checks import CheckFailure


class Bank:
    def __init__(self, points, path):
        self.points = points
        self.path = path
        self.connection = points.connect(str(path))
        self.ana = points.open_account(self.connection, "Ana", 50)
        self.bo = points.open_account(self.connection, "Bo", 10)

    def seen_by_you(self):
        return {"Ana": self.points.points_of(self.connection, self.ana),
                "Bo": self.points.points_of(self.connection, self.bo)}

    def saved(self):
        """What another program sees in the file: only what was committed."""
        with sqlite3.connect(self.path) as other:
            rows = dict(other.execute("SELECT name, points FROM accounts").fetchall())
        other.close()
        return rows


@pytest.fixture
def bank(files, tmp_path):
    made = Bank(files.python_module("points"), tmp_path / "points.db")
    yield made
    made.connection.close()


def give(bank, from_id, to_id, amount):
    """Call give(); an SQL error that gets out of it becomes a sentence."""
    try:
        bank.points.give(bank.connection, from_id, to_id, amount)
    except sqlite3.Error as error:
        raise CheckFailure(
            f"give(connection, {from_id}, {to_id}, {amount}) stopped with the SQL error "
            f"{type(error).__name__}: {error}. Catch it around the transaction "
            "(except sqlite3.IntegrityError:) and raise the ValueError the task asks for "
            "instead.", "points.py") from None


def refused(bank, from_id, to_id, amount, reason, message):
    try:
        give(bank, from_id, to_id, amount)
    except ValueError as error:
        assert message in str(error), (
            f"give(connection, {from_id}, {to_id}, {amount}) raised ValueError, good, but its "
            f"message should say {message!r}, and it says {str(error)!r}.")
        return
    raise CheckFailure(
        f"give(connection, {from_id}, {to_id}, {amount}) should raise ValueError ({reason}), "
        "but it raised nothing.", "points.py")


def nothing_changed(bank, what):
    before = {"Ana": 50, "Bo": 10}
    saved = bank.saved()
    assert saved == before, (
        f"After {what}, the file should still hold {before}, but another program now sees "
        f"{saved}: half of the gift was saved. Put both UPDATEs in one transaction (with "
        "connection:) and let the error leave the with block, so that it rolls back.")
    yours = bank.seen_by_you()
    assert yours == before, (
        f"After {what}, nothing was saved, good, but your own connection still sees {yours}: "
        "the first UPDATE is waiting in an open transaction, and the next commit() would save "
        "it. Roll it back: raise the error inside the with connection: block.")


def test_give_moves_the_points_and_saves_them(bank):
    give(bank, bank.ana, bank.bo, 20)
    saved = bank.saved()
    assert saved == {"Ana": 30, "Bo": 30}, (
        f"After Ana gives Bo 20 points, another program should see Ana 30 and Bo 30, but it "
        f"sees {saved}. Both UPDATEs must happen, and be committed.")


def test_give_to_a_missing_account_changes_nothing(bank):
    refused(bank, bank.ana, 99, 20, "there is no account 99", "99")
    nothing_changed(bank, "a gift from Ana to account 99, which does not exist")


def test_give_from_a_missing_account_changes_nothing(bank):
    refused(bank, 99, bank.bo, 20, "there is no account 99", "99")
    nothing_changed(bank, "a gift from account 99, which does not exist, to Bo")


def test_give_more_than_you_have_changes_nothing(bank):
    refused(bank, bank.bo, bank.ana, 11, "Bo has only 10 points", "Not enough points.")
    nothing_changed(bank, "Bo tried to give 11 points when he has 10")


def test_a_failed_gift_is_not_saved_by_the_next_one(bank):
    try:
        give(bank, bank.ana, 99, 20)
    except ValueError:
        pass
    give(bank, bank.bo, bank.ana, 5)
    saved = bank.saved()
    assert saved == {"Ana": 55, "Bo": 5}, (
        "Ana's gift to the missing account 99 failed, then Bo gave Ana 5 points. The file "
        f"should hold Ana 55 and Bo 5, but it holds {saved}: the failed gift's first UPDATE was "
        "never rolled back, so the next commit saved it too. Raise the error inside the with "
        "connection: block, so that it rolls back.")
