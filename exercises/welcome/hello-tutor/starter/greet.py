def greet(name):
    # TODO: use the parameter `name`, so that greet("Ada") gives back "Hello, Ada!"
    return "Hello, world!"
