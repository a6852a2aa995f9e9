# Reads raw memory with ctypes (which can also write it).
import ctypes

ctypes.string_at(id(0), 8)


def answer():
    return 0
