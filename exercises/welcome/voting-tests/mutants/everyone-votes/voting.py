def can_vote(age):
    """Bug: the age is never looked at."""
    return True
