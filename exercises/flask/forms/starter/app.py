"""Ask the library for a book: a form, and a list of the books people want."""

from flask import Flask, redirect, render_template, request, url_for

app = Flask(__name__)

WANTED = []


@app.route("/")
def home():
    return render_template("wanted.html", wanted=WANTED)


# TODO: the route for POST /wanted


if __name__ == "__main__":
    app.run()
