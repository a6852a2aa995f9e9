# A timer signal whose handler looks at frames, hoping to land while the guard is
# busy (the guard's own frame reads are let through there) and read its globals.
import signal
import sys

found = []


def look(signum, frame):
    here = getattr(sys, "_get" + "frame")()
    while here is not None:
        names = here.f_globals
        if "_S" in names and isinstance(names["_S"], dict) and "token" in names["_S"]:
            found.append(names["_S"]["token"])
        here = here.f_back


signal.signal(signal.SIGALRM, look)
signal.setitimer(signal.ITIMER_REAL, 0.0002, 0.0002)


def answer():
    signal.setitimer(signal.ITIMER_REAL, 0)
    return 42 if found else 0
