"""``recorder sessions`` and ``recorder check``: list the vault's sessions, and check them."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core import messages as M
from ..core.check import check_session
from ..core.errors import RecorderError, render
from ..core.journal import scan
from ..core.ledger import LedgerReport
from ..core.ledger import findings as ledger_findings
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.store import SessionStatus, list_sessions
from ..i18n import translate
from .common import EXIT_FAILED, EXIT_OK, ledger_report, open_vault, read_passphrase, say
from .output import local_time

STATE_WORDS = {
    "recording": translate("CLI", "recording"),
    "sealed": translate("CLI", "sealed"),
    "recovered": translate("CLI", "recovered after interruption"),
    "unfinished": translate("CLI", "interrupted"),
    "damaged": translate("CLI", "damaged"),
    "missing": translate("CLI", "MISSING (listed in the vault's ledger, cannot be read)"),
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sessions", help=translate("CLI", "list recordings (recovers interrupted ones)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sessions)
    p = sub.add_parser("check", help=translate("CLI", "check recordings in the vault"))
    p.add_argument("session", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)


def cmd_sessions(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    statuses = list_sessions(vault)
    keys = None
    if args.passphrase_file:
        keys = vault.unlock(read_passphrase(args, "Passphrase: "))
    rows: list[dict[str, Any]] = []
    for st in statuses:
        row: dict[str, Any] = {"id": st.id, "state": st.state, "start": st.created_utc, "locked": keys is None}
        if st.state == "damaged":
            row["problem"] = _why_damaged(st)
        elif keys is not None:
            row.update(_details(vault, keys.recording, st.id))
        rows.append(row)
    # Sessions the ledger lists and that cannot be read are listed too, never silently left out (issue 12 §3).
    for problem in _ledger_problems(ledger_report(vault)):
        if problem["session"] is not None:
            rows.append({"id": problem["session"], "state": "missing", "start": None, "locked": False, **problem})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not rows:
        say(QT_TRANSLATE_NOOP("CLI", "No recordings yet."))
    for row in rows:
        state = STATE_WORDS.get(row["state"], row["state"])
        if row["state"] == "missing":
            say(QT_TRANSLATE_NOOP("CLI", "{id}  {state}"), id=row["id"], state=state)
        elif row["state"] == "damaged":
            # Nothing of it can be read (a start of "None", an end of "?", 0.0 s said nothing): say why instead.
            say(QT_TRANSLATE_NOOP("CLI", "{id}  {state}: {problem}"), id=row["id"], state=state, problem=row["problem"])
        elif row["locked"]:
            say(
                QT_TRANSLATE_NOOP(
                    "CLI", "{id}  {start}  {state}  (case, end and length are locked: give the passphrase to see them)"
                ),
                id=row["id"],
                start=local_time(row["start"]),
                state=state,
            )
        else:
            say(
                QT_TRANSLATE_NOOP("CLI", "{id}  {case}  {start} – {end}  {seconds:.1f} s  {state}  {checked}"),
                id=row["id"],
                case=row.get("case") or "",
                start=local_time(row["start"]),
                end=local_time(row.get("end")) or "?",
                seconds=row.get("audio_seconds", 0.0),
                state=state,
                checked=translate("CLI", "checked") if row.get("checked") else translate("CLI", "NOT CHECKED"),
            )
            _say_call(row.get("audio_seconds", 0.0), row.get("other_audio_seconds"))
    return EXIT_OK


# A call (FORMAT §4.5): the length above is the microphone's track; the other party's is said too, and that it is a
# call at all, which the list did not show.
CALL_LINE = QT_TRANSLATE_NOOP("CLI", "  A call: me {me:.1f} s, the other party {other:.1f} s of audio.")


def _say_call(me: float, other: float | None) -> None:
    if other is not None:
        say(CALL_LINE, me=me, other=other)


def _other_seconds(s: Any) -> float | None:
    """The other party's audio in seconds (a call's second track), None when the session is not a call."""
    return round(s.other_frames / s.other_rate, 3) if s.other_rate else None


def _why_damaged(st: SessionStatus) -> str:
    """The sentence that says why a session's journal cannot be read, in the user's language."""
    try:
        scan(st.journal, quick=True)
    except RecorderError as exc:
        return exc.sentence(translate)
    except OSError:
        pass
    return st.problem or ""


def _details(vault: Any, recording: Any, session_id: str) -> dict[str, Any]:
    """Case, times and length from the decrypted chain; ``checked`` is the full check's verdict.

    One pass: the check reads every record anyway, and its summary is the chain's (it also survives a record
    that fails authentication, where a plain read would raise)."""
    try:
        result = check_session(vault, recording, session_id)
    except RecorderError as exc:
        return {"problem": exc.sentence(translate), "checked": False}
    s, ok = result.summary, result.ok
    return {
        "case": s.case,
        "start": s.start_utc,
        "end": s.end_utc,
        "audio_seconds": round(s.audio_seconds, 3),
        **({"other_audio_seconds": _other_seconds(s)} if s.other_rate else {}),
        "entries": s.entries,
        "sealed": s.sealed,
        "unsigned_tail": s.unsigned_tail,
        "checked": ok,
        "fingerprint": s.fingerprint,
    }


def cmd_check(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    keys = vault.unlock(read_passphrase(args, "Passphrase: "))
    ids = [args.session] if args.session else [st.id for st in list_sessions(vault)]
    missing = {p["session"] for p in _ledger_problems(ledger_report(vault))}
    if args.session and args.session not in {st.id for st in list_sessions(vault)}:
        if args.session in missing:
            ids = []  # the ledger's sentence below says what became of it
        else:
            raise RecorderError(M.SESSION_NOT_FOUND, session=args.session)
    all_ok = True
    out = []
    for sid in ids:
        result = check_session(vault, keys.recording, sid)
        all_ok &= result.ok
        s = result.summary
        out.append(
            {
                "session": sid,
                "ok": result.ok,
                "state": result.state,
                "entries": s.entries,
                "audio_seconds": round(s.audio_seconds, 3),
                **({"other_audio_seconds": _other_seconds(s)} if s.other_rate else {}),
                "sealed": s.sealed,
                "unsigned_tail": s.unsigned_tail,
                "end": s.end_utc,
                "problems": [str(p) for p in result.problems],
            }
        )
        if args.json:
            continue
        if result.ok:
            say(
                QT_TRANSLATE_NOOP("CLI", "{session}: all checks hold ({entries} entries, {seconds:.1f} s of audio)."),
                session=sid,
                entries=s.entries,
                seconds=s.audio_seconds,
            )
            _say_call(s.audio_seconds, _other_seconds(s))
            if s.unsigned_tail:
                say(
                    QT_TRANSLATE_NOOP(
                        "CLI",
                        "  The last %n entries (after the last signature, before the interruption at {end}) are "
                        "hash-chained but not signed.",
                        None,
                        1,
                    ),
                    n=s.unsigned_tail,
                    end=local_time(s.end_utc),
                )
        else:
            say(QT_TRANSLATE_NOOP("CLI", "{session}: CHECK FAILED."), session=sid)
            for p in result.problems:
                say(QT_TRANSLATE_NOOP("CLI", "  {problem}"), problem=str(p))
    # What the ledger lists and cannot be read, and a ledger cut short or altered, fail the check (issue 12 §3).
    for problem in _ledger_problems(ledger_report(vault)):
        all_ok = False
        out.append({"ok": False, "state": "missing" if problem["session"] else "ledger", **problem})
        if not args.json:
            say(
                QT_TRANSLATE_NOOP("CLI", "{session}: CHECK FAILED."),
                session=problem["session"] or translate("CLI", "The vault's ledger"),
            )
            say(QT_TRANSLATE_NOOP("CLI", "  {problem}"), problem=problem["problems"][0])
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    return EXIT_OK if all_ok else EXIT_FAILED


def _ledger_problems(report: LedgerReport) -> list[dict[str, Any]]:
    """Each problem the ledger shows, as {"session": id or None (the ledger itself), "problems": [sentence]}."""
    return [
        {"session": params.get("session"), "problems": [render(M.CTX, message, params, translate)]}
        for problem, message, params in ledger_findings(report)
        if problem
    ]
