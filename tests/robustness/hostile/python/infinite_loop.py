def answer():
    n = 0
    while n >= 0:
        n = n + 1
    return 42
