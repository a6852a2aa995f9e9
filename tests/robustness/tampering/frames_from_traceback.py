# Takes a frame from an exception's traceback (no sys._getframe), hidden from a
# reading of the code, and walks up to the checker's objects.
try:
    raise ValueError
except ValueError as error:
    frame = getattr(error.__traceback__, "tb_" + "frame")
found = []
while frame is not None:
    found.append(frame)
    frame = getattr(frame, "f_" + "back")


def answer():
    return 0
