"""The book pages, as a blueprint."""

from flask import Blueprint, abort, render_template

bp = Blueprint("books", __name__)

BOOKS = ["Dune", "Beloved", "Matilda"]


@bp.route("/")
def shelf():
    return render_template("shelf.html", books=BOOKS)


@bp.route("/<int:number>")
def book(number):
    if not 1 <= number <= len(BOOKS):
        abort(404)
    return render_template("book.html", number=number, title=BOOKS[number - 1])
