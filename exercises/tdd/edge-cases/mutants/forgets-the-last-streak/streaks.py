def best_streak(results):
    """Bug: a streak is only counted when a loss ends it, so one at the very end is lost."""
    best = 0
    current = 0
    for result in results:
        if result == "W":
            current = current + 1
        else:
            if current > best:
                best = current
            current = 0
    return best
