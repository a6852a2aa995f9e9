"""Checks for passwords.py: a salted, slow hash, checked with hmac.compare_digest."""

import hashlib
import hmac
import secrets

import pytest

from tutor.checks import CheckFailure

PASSWORD = "correct horse battery"


work = []  # (name, args, kwargs) of every scrypt and pbkdf2_hmac call, for the work check


@pytest.fixture
def calls(monkeypatch):
    """Watch hashlib.scrypt, hashlib.pbkdf2_hmac and compare_digest while the checks run."""
    seen = []

    def watch(name, real):
        def watched(*args, **kwargs):
            seen.append(name)
            work.append((name, args, kwargs))
            return real(*args, **kwargs)
        return watched

    monkeypatch.setattr(hashlib, "scrypt", watch("scrypt", hashlib.scrypt))
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", watch("pbkdf2_hmac", hashlib.pbkdf2_hmac))
    monkeypatch.setattr(hmac, "compare_digest", watch("compare_digest", hmac.compare_digest))
    monkeypatch.setattr(secrets, "compare_digest", watch("compare_digest", secrets.compare_digest))
    work.clear()
    return seen


def functions(files):
    hash_password = files.python_function("passwords", "hash_password", "password")
    check_password = files.python_function("passwords", "check_password", "password, stored")
    return hash_password, check_password


def stored_text(hash_password, password=PASSWORD):
    stored = hash_password(password)
    if not isinstance(stored, str):
        raise CheckFailure(
            f"hash_password({password!r}) should return a string to store, but it returned "
            f"{stored!r}. Write the salt and the hash as hex: salt.hex() + \"$\" + digest.hex().",
            "passwords.py")
    return stored


def test_the_stored_text_does_not_hold_the_password(files, calls):
    hash_password, _ = functions(files)
    stored = stored_text(hash_password)
    assert PASSWORD not in stored, (
        f"hash_password({PASSWORD!r}) returned {stored!r}, which holds the password itself. "
        "Store only the salt and the hash, never the password.")
    plain = hashlib.sha256(PASSWORD.encode()).hexdigest()
    assert plain not in stored, (
        "hash_password gave a plain sha256 of the password, with no salt: fast to guess, and "
        "the same for everyone with this password. Use hashlib.scrypt with a random salt.")


def test_hashing_one_password_twice_gives_two_different_results(files, calls):
    hash_password, _ = functions(files)
    first, second = stored_text(hash_password), stored_text(hash_password)
    assert first != second, (
        f"hash_password gave {first!r} twice for the same password: there is no random salt, "
        "so every user with this password would have the same hash. Make a new salt with "
        "secrets.token_bytes(16) in each call, and store it with the hash.")


def test_the_hash_is_made_by_scrypt_or_pbkdf2(files, calls):
    hash_password, _ = functions(files)
    stored_text(hash_password)
    assert "scrypt" in calls or "pbkdf2_hmac" in calls, (
        "hash_password did not call hashlib.scrypt or hashlib.pbkdf2_hmac. A fast hash such as "
        "sha256 lets a thief try billions of guesses a second; use a slow one: "
        "hashlib.scrypt(password.encode(\"utf-8\"), salt=salt, n=2**14, r=8, p=1).")


def too_little_work(name, args, kwargs):
    """A sentence when one slow-hash call does less work than the lesson's numbers, else None."""
    if name == "scrypt":
        n, r = kwargs.get("n", 0), kwargs.get("r", 0)
        if n * r < 2**14 * 8:
            return (f"hashlib.scrypt was called with n={n} and r={r}: that is far less work than "
                    "the lesson's n=2**14, r=8, p=1, so a thief can try guesses much faster.")
    elif name == "pbkdf2_hmac":
        rounds = args[3] if len(args) > 3 else kwargs.get("iterations", 0)
        if rounds < 600_000:
            return (f"hashlib.pbkdf2_hmac was called with {rounds:,} rounds: that is far less "
                    "work than the lesson's 600,000, so a thief can try guesses much faster.")
    return None


def test_the_slow_hash_does_the_lessons_work(files, calls):
    hash_password, _ = functions(files)
    stored_text(hash_password)
    for name, args, kwargs in work:
        problem = too_little_work(name, args, kwargs)
        assert problem is None, (
            f"{problem} Use at least the lesson's numbers in passwords.py: bigger is slower "
            "for the thief, and still a fraction of a second for your app.")


def test_check_password_accepts_the_right_password(files, calls):
    hash_password, check_password = functions(files)
    stored = stored_text(hash_password)
    got = check_password(PASSWORD, stored)
    assert got is True, (
        f"check_password({PASSWORD!r}, stored) should be True for the password that made "
        f"stored, but it gave {got!r}. Hash the password again with the salt taken from "
        "stored, and the same n, r and p, then compare the two hashes.")


def test_check_password_refuses_every_other_password(files, calls):
    hash_password, check_password = functions(files)
    stored = stored_text(hash_password)
    for wrong in ("correct horse", "Correct horse battery", PASSWORD + " ", ""):
        got = check_password(wrong, stored)
        assert got is False, (
            f"check_password({wrong!r}, stored) should be False (the password was {PASSWORD!r}), "
            f"but it gave {got!r}.")


def test_check_password_compares_with_compare_digest(files, calls):
    hash_password, check_password = functions(files)
    stored = stored_text(hash_password)
    calls.clear()
    check_password(PASSWORD, stored)
    assert "compare_digest" in calls, (
        "check_password compared the hashes without hmac.compare_digest. == stops at the "
        "first difference, so the time it takes gives a clue to an attacker. Return "
        "hmac.compare_digest(new_hash, stored_hash).")
    assert "scrypt" in calls or "pbkdf2_hmac" in calls, (
        "check_password should hash the typed password again, with hashlib.scrypt or "
        "hashlib.pbkdf2_hmac and the stored salt, before comparing.")
