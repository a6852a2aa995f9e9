def best_streak(results):
    """Bug: counts all the wins, not the wins in a row."""
    return results.count("W")
