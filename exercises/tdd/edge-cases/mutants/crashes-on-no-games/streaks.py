def best_streak(results):
    """Bug: looks at the last game without checking there is one (IndexError on [])."""
    streaks = []
    current = 0
    for result in results:
        if result == "W":
            current = current + 1
        else:
            streaks.append(current)
            current = 0
    if results[-1] == "W":
        streaks.append(current)
    return max(streaks, default=0)
