import sys


def answer():
    sys.exit("bye")
