"""The one base of every error the tutor raises on purpose.

Imports nothing, so a front end can always catch it, even when importing the
part that raised it is what failed.
"""


class TutorError(Exception):
    """Something asked of the tutor cannot be done.

    The message is already plain words for the person at the keyboard: what
    happened and what to try. Front ends show it as it is; any other exception
    is a bug in the tutor.
    """
