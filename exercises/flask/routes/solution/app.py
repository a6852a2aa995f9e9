"""A library's website, made with Flask."""

from flask import Flask

app = Flask(__name__)


@app.route("/")
def home():
    return "<h1>The library</h1>"


@app.route("/hours")
def hours():
    return "<p>Open from 9 to 5.</p>"


@app.route("/books/<int:number>")
def book(number):
    return f"<p>Book number {number}.</p>"


if __name__ == "__main__":
    app.run()
