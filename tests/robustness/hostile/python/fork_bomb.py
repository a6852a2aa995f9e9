# A fork bomb with a fuse: 5 doublings (32 processes), each copy sleeping 20 s and
# then ending, so a containment bug cannot take the machine down.
import os
import time


def answer():
    original = os.getpid()
    for _ in range(5):
        os.fork()
    if os.getpid() != original:
        time.sleep(20)
        os._exit(0)
    return 42
