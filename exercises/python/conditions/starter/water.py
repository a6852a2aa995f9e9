# Decisions with if, elif and else.


def is_freezing(temperature):
    # TODO: return True when the temperature is below 0, otherwise False.
    pass


def water_state(temperature):
    # TODO: return "ice" below 0, "steam" at 100 or more, and "water" otherwise.
    pass
