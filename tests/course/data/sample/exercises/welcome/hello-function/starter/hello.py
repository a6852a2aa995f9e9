def hello(name):
    pass
