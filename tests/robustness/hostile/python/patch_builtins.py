# Breaks, at import, what a check's own machinery might use in the same process:
# the ways out (os._exit, sys.exit), printing, opening files, and json.
import builtins
import json
import os
import sys

os._exit = lambda code: None
sys.exit = lambda *args: None
builtins.print = None
builtins.open = None
json.dumps = lambda *args, **kwargs: "not json"
json.loads = lambda *args, **kwargs: {}


def answer():
    return 42
