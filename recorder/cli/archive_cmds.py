"""``recorder export`` and ``recorder verify``: the sealed archive from the command line (issue 6)."""

from __future__ import annotations

import argparse
import getpass
import stat
import sys
from pathlib import Path
from typing import Any

from ..archive import report_words as W
from ..archive.findings import Finding
from ..archive.verify import is_encrypted, verify_archive
from ..core import messages as M
from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP
from ..i18n import current_language, translate
from ..timestamp.cli_options import add_tsa_options, send_before_export
from ..timestamp.cli_options import check_args as check_tsa_args
from .common import EXIT_ERROR, UsageError, open_vault, read_passphrase, say, warn
from .output import shown

# The verdict names the file checked (issue 15 §1): several packages are often checked one after another.
VERIFIED = QT_TRANSLATE_NOOP("CLI", "VERIFIED: the evidence package {name} is authentic and complete.")
NOT_VERIFIED = QT_TRANSLATE_NOOP("CLI", "NOT VERIFIED: the evidence package {name} fails the checks below.")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help=translate("CLI", "export recordings as one sealed evidence package (zip)"))
    p.add_argument("session", nargs="?")
    p.add_argument("--case", metavar="NAME", help=translate("CLI", "export every recording of this case"))
    p.add_argument("-o", "--output", metavar="OUT.zip", required=True)
    p.add_argument(
        "--profile", choices=("cn", "tw", "hk", "us"), default="cn", help=translate("CLI", "restricted-hours rules")
    )
    p.add_argument(
        "--lang",
        choices=("zh_CN", "zh_TW", "en"),
        help=translate("CLI", "language of the report (default: the language of the program)"),
    )
    enc = p.add_mutually_exclusive_group()
    enc.add_argument("--encrypt-to", metavar="AGE_RECIPIENT", help=translate("CLI", "encrypt to an age public key"))
    enc.add_argument("--encrypt-passphrase", action="store_true", help=translate("CLI", "encrypt with a passphrase"))
    p.add_argument("--export-passphrase-file", metavar="FILE")
    p.add_argument(
        "--excerpt",
        action="append",
        metavar="[RECORDING@]FROM..TO",
        help=translate("CLI", "carry a stretch in the package as an excerpt (FROM, TO: h:m:s or a tag); repeatable"),
    )
    p.add_argument(
        "--excerpts-from",
        action="append",
        metavar="DIR",
        help=translate("CLI", "carry excerpt folders made with “recorder excerpt” (one, or a folder of them)"),
    )
    add_tsa_options(p, recording=False)  # waiting time stamps are sent first, so the package carries them
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("verify", help=translate("CLI", "verify an evidence package (exit 0 authentic, 1 not)"))
    p.add_argument("archive")
    p.add_argument("--json", action="store_true")
    key = p.add_mutually_exclusive_group()
    key.add_argument(
        "--identity", metavar="AGE_KEY_FILE", help=translate("CLI", "age key to open an encrypted package")
    )
    key.add_argument("--export-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_verify)


def _export_passphrase(args: argparse.Namespace, confirm: bool) -> str:
    if args.export_passphrase_file:
        return read_passphrase(args, "", file_attr="export_passphrase_file")
    if not sys.stdin.isatty():
        raise UsageError(
            translate("CLI", "A passphrase for the package is needed: give --export-passphrase-file FILE.")
        )
    first = getpass.getpass(translate("CLI", "Passphrase for the evidence package: "))
    if confirm and getpass.getpass(translate("CLI", "Type the passphrase again: ")) != first:
        raise RecorderError(M.PASSPHRASES_DIFFER)
    if not first:
        raise RecorderError(M.EMPTY_PASSPHRASE)
    return first


def _pdf_renderer() -> Any:
    """report.pdf is made with Qt (an offscreen QGuiApplication), loaded only for an export."""
    from ..report_pdf.render import render

    return render


def cmd_export(args: argparse.Namespace) -> int:
    # Loaded here: `recorder verify` is timed from its process start, and needs none of the exporter.
    from ..archive.archive_excerpts import parse_specs, specs_from_folders
    from ..archive.export import export_archive, sessions_of_case
    from ..core.store import list_sessions

    if bool(args.session) == bool(args.case):
        raise UsageError(translate("CLI", "Name one recording, or a case with --case NAME."))
    if args.export_passphrase_file and not args.encrypt_passphrase:
        raise UsageError(translate("CLI", "--export-passphrase-file goes with --encrypt-passphrase."))
    vault = open_vault(args)
    if args.session and args.session not in {st.id for st in list_sessions(vault)}:
        raise RecorderError(M.SESSION_NOT_FOUND, session=args.session)
    check_tsa_args(args)  # a bad --tsa or --tsa-root is exit 2 before any passphrase is asked
    excerpts = parse_specs(args.excerpt or [])  # a bad one is a sentence before any passphrase is asked
    excerpts += [spec for folder in args.excerpts_from or [] for spec in specs_from_folders(Path(folder))]
    export_pw = _export_passphrase(args, confirm=True) if args.encrypt_passphrase else None
    keys = vault.unlock(read_passphrase(args, "Passphrase: "))
    ids = [args.session] if args.session else sessions_of_case(vault, keys, args.case)
    stamped = sum(1 for o in send_before_export(args, vault, ids) if o.token is not None)
    if stamped:
        say(
            QT_TRANSLATE_NOOP(
                "CLI", "%n time stamps that were waiting were obtained and go into the package.", None, 1
            ),
            n=stamped,
        )
    result = export_archive(
        vault,
        keys,
        ids,
        Path(args.output),
        language=args.lang or current_language(),
        profile=args.profile,
        encrypt_to=args.encrypt_to,
        encrypt_passphrase=export_pw,
        pdf=_pdf_renderer(),
        excerpts=excerpts,
    )
    say(
        QT_TRANSLATE_NOOP(
            "CLI", "Exported %n recordings to {path} ({size} bytes). Vault key fingerprint: {fingerprint}", None, 1
        ),
        n=len(result.sessions),
        path=str(result.path),
        size=result.size,
        fingerprint=result.identity_fingerprint,
    )
    return 0


MAX_IDENTITY_FILE = 64 * 1024  # bytes of an age identity file (a key is one 74-character line)


def _regular_file(path: Path) -> None:
    """A package is a regular file: a FIFO, a device or a folder would block or mislead the reading (exit 2)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # missing or unreadable: the verifier's own sentence says so
    if not stat.S_ISREG(mode):
        raise UsageError(
            translate("CLI", "{path} is not a regular file: give the evidence package itself (a .zip file)."),
            path=shown(str(path)),
        )


def cmd_verify(args: argparse.Namespace) -> int:
    path = Path(args.archive)
    _regular_file(path)
    identity = None
    passphrase = None
    if args.identity:
        try:
            # Bounded: an age identity file is a few lines; /dev/zero or a disk image is not read for ever.
            with open(args.identity, "rb") as f:
                raw = f.read(MAX_IDENTITY_FILE + 1)
            if len(raw) > MAX_IDENTITY_FILE:
                raise UnicodeDecodeError("utf-8", b"", 0, 1, "too long for an identity file")
            identity = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            raise RecorderError(M.PASSPHRASE_FILE_UNREADABLE, path=str(args.identity)) from None
    elif args.export_passphrase_file:
        passphrase = read_passphrase(args, "", file_attr="export_passphrase_file")
    elif is_encrypted(path) and sys.stdin.isatty():
        passphrase = getpass.getpass(translate("CLI", "Passphrase for the evidence package: "))
    report = verify_archive(path, identity=identity, passphrase=passphrase)
    if args.json:
        print(report.to_json(translate))
        return report.exit_code
    if report.ok:
        say(VERIFIED, name=path.name)
    elif not report.readable:
        for p in report.problems:
            warn(p.text(translate))
        return EXIT_ERROR
    else:
        say(NOT_VERIFIED, name=path.name)
    # Sentences about an untrusted archive may quote its member names: shown escaped, one line each.
    for p in report.problems:
        print("  ✗ " + shown(_worded(p).text(translate)))
    for s in report.statements:
        print("  • " + shown(_worded(s).text(translate)))
    return report.exit_code


def _worded(finding: Finding) -> Finding:
    """A finding whose seal reason and source kind are words in the user's language, not the journal's tokens
    ("sealed at … (stopped by you)", was "(stopped)"); the JSON output keeps the tokens."""
    params = dict(finding.params)
    if params.get("reason") in W.SEAL_REASONS:
        params["reason"] = W.seal_reason(params["reason"], translate)
    if params.get("kind") in W.SOURCE_KINDS:
        params["kind"] = W.source_kind(params["kind"], translate)
    return Finding(finding.message, params)
