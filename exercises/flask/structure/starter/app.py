"""The library's website. Everything is in this one file, for now."""

from flask import Flask, abort, render_template

app = Flask(__name__)

BOOKS = ["Dune", "Beloved", "Matilda"]


@app.route("/")
def home():
    return render_template("home.html")


@app.route("/books/")
def shelf():
    return render_template("shelf.html", books=BOOKS)


@app.route("/books/<int:number>")
def book(number):
    if not 1 <= number <= len(BOOKS):
        abort(404)
    return render_template("book.html", number=number, title=BOOKS[number - 1])


if __name__ == "__main__":
    app.run()
