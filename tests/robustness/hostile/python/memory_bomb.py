def answer():
    # One zero too many: ten thousand million places, 80 GB.
    places = [0] * 10_000_000_000
    return len(places)
