def grains_on(square):
    if not 1 <= square <= 64:
        raise ValueError("square must be between 1 and 64")
    return 2 ** (square - 1)
