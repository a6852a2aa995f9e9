# Swallows the KeyboardInterrupt or SystemExit a timeout might raise: only a kill stops it.
def answer():
    while True:
        try:  # noqa: SIM105 - written out as a beginner would
            sum(range(1000))
        except BaseException:
            pass
