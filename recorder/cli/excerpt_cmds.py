"""``recorder excerpt`` and ``recorder verify-excerpt``: a stretch of a recording as a signed folder anyone can
check, and its check (issue 15 §3, FORMAT §8)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core import messages as M
from ..core.errors import RecorderError, render
from ..core.messages import QT_TRANSLATE_NOOP
from ..i18n import translate
from .common import UsageError, open_vault, read_passphrase, say
from .output import shown

# Said through say(), so named here for the translations' collector.
WRITTEN = QT_TRANSLATE_NOOP(
    "CLI", "Excerpt of {session} written to {path}: {seconds} s, {wav} bytes as WAV, {small} bytes as Opus."
)
VERIFIED = QT_TRANSLATE_NOOP("CLI", "VERIFIED: the excerpt is signed and whole.")
NOT_VERIFIED = QT_TRANSLATE_NOOP("CLI", "NOT VERIFIED: the excerpt fails the checks below.")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("excerpt", help=translate("CLI", "export a stretch of a recording, signed, as a folder"))
    p.add_argument("session", nargs="?")
    p.add_argument("--case", metavar="NAME", help=translate("CLI", "the recording of this case holding the start tag"))
    p.add_argument(
        "--from", dest="start", metavar="TIME|TAG", required=True, help=translate("CLI", "start: h:m:s or a tag")
    )
    p.add_argument("--to", dest="end", metavar="TIME|TAG", required=True, help=translate("CLI", "end: h:m:s or a tag"))
    p.add_argument("-o", "--output", metavar="DIR", required=True)
    p.add_argument(
        "--archive",
        metavar="FULL.zip",
        help=translate("CLI", "the full archive of this recording, named in the excerpt"),
    )
    p.set_defaults(func=cmd_excerpt)

    p = sub.add_parser("verify-excerpt", help=translate("CLI", "check an excerpt folder (exit 0 authentic, 1 not)"))
    p.add_argument("folder")
    p.add_argument("--original", metavar="FULL.zip", help=translate("CLI", "the full archive it was cut from"))
    p.set_defaults(func=cmd_verify_excerpt)


def cmd_excerpt(args: argparse.Namespace) -> int:
    from ..archive.excerpt import find_session, make_excerpt
    from ..archive.excerpt_text import CROSSES
    from ..archive.export import sessions_of_case
    from ..core.store import list_sessions

    if bool(args.session) == bool(args.case):
        raise UsageError(translate("CLI", "Name one recording, or a case with --case NAME."))
    vault = open_vault(args)
    if args.session and args.session not in {st.id for st in list_sessions(vault)}:
        raise RecorderError(M.SESSION_NOT_FOUND, session=args.session)
    keys = vault.unlock(read_passphrase(args, "Passphrase: "))
    ids = [args.session] if args.session else sessions_of_case(vault, keys, args.case)
    sid = find_session(vault, keys, ids, args.start)
    archive = Path(args.archive) if args.archive else None
    result = make_excerpt(vault, keys, sid, args.start, args.end, Path(args.output), archive=archive)
    say(
        WRITTEN,
        session=sid,
        path=str(result.folder),
        seconds=f"{result.frames / result.rate:.1f}",
        wav=result.wav_size,
        small=result.compressed_size,
    )
    if result.crosses:
        print(render("Excerpt", CROSSES, {"n": len(result.crosses)}, translate))
    return 0


def cmd_verify_excerpt(args: argparse.Namespace) -> int:
    from ..archive.excerpt_check import check_excerpt

    report = check_excerpt(Path(args.folder), Path(args.original) if args.original else None)
    if report.ok:
        say(VERIFIED)
    elif report.readable:
        say(NOT_VERIFIED)
    for text in report.texts(report.problems, translate):
        print("  ✗ " + shown(text))
    for text in report.texts(report.statements, translate):
        print("  • " + shown(text))
    return report.exit_code
