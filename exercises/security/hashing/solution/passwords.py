"""Passwords: the app keeps only a salted, slow hash of each one, never the password."""

import hashlib
import hmac
import secrets


def _scrypt(password, salt):
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)


def hash_password(password):
    """A string to store in place of the password: the salt and the hash, in hex."""
    salt = secrets.token_bytes(16)
    return salt.hex() + "$" + _scrypt(password, salt).hex()


def check_password(password, stored):
    """True when password is the one that hash_password turned into stored."""
    salt_hex, _, hash_hex = stored.partition("$")
    worked_out = _scrypt(password, bytes.fromhex(salt_hex)).hex()
    return hmac.compare_digest(worked_out, hash_hex)
