import os


def answer():
    os._exit(3)
