def greet(name):
    # TODO: give back a greeting for name, like "Hello, Ann!"
    return ""
