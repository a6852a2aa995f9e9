# Tries to write 1 GB into the exercise folder.
def answer():
    block = b"\0" * 1_000_000
    with open("huge.bin", "wb") as out:
        for _ in range(1000):
            out.write(block)
    return 42
