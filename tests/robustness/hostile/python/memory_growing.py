def answer():
    hoard = []
    for _ in range(100):  # 10 GB at most, 100 MB at a time: far past the memory limit
        hoard.append(bytearray(100_000_000))
    return 42
