"""A to-do list as a JSON API."""

from flask import Flask, request

app = Flask(__name__)

TASKS = []


def find(task_id):
    for task in TASKS:
        if task["id"] == task_id:
            return task
    return None


@app.route("/api/tasks")
def all_tasks():
    return TASKS


@app.route("/api/tasks", methods=["POST"])
def add_task():
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get("title"), str):
        return {"error": "A task needs a title."}, 400
    title = data["title"]
    if not title.strip():
        return {"error": "A task needs a title."}, 400
    task = {"id": len(TASKS) + 1, "title": title.strip(), "done": False}
    TASKS.append(task)
    return task, 201


@app.route("/api/tasks/<int:task_id>")
def one_task(task_id):
    task = find(task_id)
    if task is None:
        return {"error": "There is no such task."}, 404
    return task


if __name__ == "__main__":
    app.run()
