"""The `tutor` subcommands, one module per group.

Each module has `register(subparsers)`, which adds its subcommands and sets
`handler` on each. Modules import the core (course, git, pytest) and Rich
inside their handlers, so `tutor --help` starts fast.
"""
