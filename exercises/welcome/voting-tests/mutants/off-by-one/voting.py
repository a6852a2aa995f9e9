def can_vote(age):
    """Bug: at exactly 18 the answer is False (> instead of >=)."""
    return age > 18
