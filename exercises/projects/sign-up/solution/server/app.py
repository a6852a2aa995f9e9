"""The Riverside Walking Club's sign-up: the page, and an API that checks every member."""

from flask import Flask, request

app = Flask(__name__)

MEMBERS = []


def problems_with(data):
    """Every problem with a sign-up, as sentences, in the form's order."""
    problems = []
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append("Please tell us your name.")
    email = data.get("email")
    email = email.strip() if isinstance(email, str) else ""
    at = email.find("@")
    if at < 1 or "." not in email[at + 1 :]:
        problems.append("Please give an email address like name@example.com.")
    elif any(member["email"] == email.lower() for member in MEMBERS):
        problems.append("That email address has already signed up.")
    age = data.get("age")
    if isinstance(age, bool) or not isinstance(age, int):
        problems.append("Please give your age in years.")
    elif age < 16:
        problems.append("Members must be 16 or older.")
    return problems


@app.route("/")
def page():
    return app.send_static_file("index.html")


@app.route("/api/signup", methods=["POST"])
def sign_up():
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return {"errors": ["Send the form as JSON."]}, 400
    problems = problems_with(data)
    if problems:
        return {"errors": problems}, 400
    member = {"name": data["name"].strip(), "email": data["email"].strip().lower()}
    MEMBERS.append(member)
    return member, 201


if __name__ == "__main__":
    app.run()
