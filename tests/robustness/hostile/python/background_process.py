# Leaves programs running that try to outlive the check: a plain child, a double fork
# that calls setsid() (leaves the process group), and a subprocess. Each sleeps 30 s.
import os
import subprocess
import sys
import time


def answer():
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(30)
        os._exit(0)
    if os.fork() == 0:
        time.sleep(30)
        os._exit(0)
    time.sleep(0.2)
    return 42
