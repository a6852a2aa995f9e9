def can_vote(age):
    """Bug: the edge is in the wrong place (16 instead of 18)."""
    return age >= 16
