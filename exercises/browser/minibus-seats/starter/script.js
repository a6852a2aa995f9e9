// The minibus counter: see the task.
