def best_streak(results):
    """Bug: after a loss the count starts again at 1 instead of 0."""
    best = 0
    current = 0
    for result in results:
        if result == "W":
            current = current + 1
            if current > best:
                best = current
        else:
            current = 1
    return best
