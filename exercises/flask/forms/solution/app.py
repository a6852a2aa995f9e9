"""Ask the library for a book: a form, and a list of the books people want."""

from flask import Flask, redirect, render_template, request, url_for

app = Flask(__name__)

WANTED = []


@app.route("/")
def home():
    return render_template("wanted.html", wanted=WANTED)


@app.route("/wanted", methods=["POST"])
def want():
    title = request.form.get("title", "").strip()
    if not title:
        return render_template("message.html", message="A request needs a title."), 400
    WANTED.append(title)
    return redirect(url_for("home"), code=303)


if __name__ == "__main__":
    app.run()
