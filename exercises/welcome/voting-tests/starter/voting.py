def can_vote(age):
    """True when someone of this age may vote: at 18 or older."""
    return age >= 18
