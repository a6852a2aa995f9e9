def best_streak(results):
    """The longest run of wins in a row.

    results is a list of games, oldest first: "W" for a win, "L" for a loss.
    best_streak(["W", "W", "L", "W"]) gives 2. With no wins at all, it gives 0.
    """
    best = 0
    current = 0
    for result in results:
        if result == "W":
            current = current + 1
            if current > best:
                best = current
        else:
            current = 0
    return best
