# Decisions with if, elif and else.


def is_freezing(temperature):
    return temperature < 0


def water_state(temperature):
    if temperature < 0:
        return "ice"
    elif temperature >= 100:
        return "steam"
    else:
        return "water"
