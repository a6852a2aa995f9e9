def answer():
    return int(input("How much? "))
