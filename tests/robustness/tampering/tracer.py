# Installs a tracer, which sees (and could change) every frame of the checker.
import sys

sys.settrace(lambda frame, event, arg: None)


def answer():
    return 0
