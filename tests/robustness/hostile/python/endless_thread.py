# A thread that never ends (not a daemon): Python would wait for it for ever at exit.
import threading


def spin():
    while True:
        sum(range(1000))


def answer():
    threading.Thread(target=spin).start()
    return 42
