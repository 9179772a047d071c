"""``recorder import``, ``recorder import-log`` and ``recorder log``: evidence from a phone (or anywhere) brought into
a case with custody, and the pattern of calls and messages computed from its logs (issue 14)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.messages import QT_TRANSLATE_NOOP
from ..core.session import Session
from ..core.vault import Vault
from ..i18n import translate
from ..importing import iphone_encrypted, pattern
from ..importing import marks as marking
from ..importing.files import import_files
from ..importing.logs import case_pattern, import_log, local_zone_name
from ..timestamp.cli_options import add_tsa_options, start_stamper
from ..timestamp.cli_options import check_args as check_tsa_args
from .common import EXIT_OK, UsageError, open_vault, read_passphrase, say, unlock
from .output import shown


def tell(text: str, **params: object) -> None:
    """Print a sentence already translated (each literal is in ``translate("CLI", …)``, so lupdate collects it).
    Text parameters (file names, sources as found) are shown escaped, as :func:`say` does (issue 12 §5)."""
    print(text.format(**{k: shown(v) if isinstance(v, str) else v for k, v in params.items()}) if params else text)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import", help=translate("CLI", "import files (call recordings, screenshots, backups) into a case, sealed")
    )
    p.add_argument("--case", metavar="NAME", required=True)
    p.add_argument(
        "--source", metavar="TEXT", help=translate("CLI", "where the files come from, e.g. “Xiaomi call recorder”")
    )
    p.add_argument("paths", nargs="+", metavar="FILE|FOLDER")
    add_tsa_options(p, recording=False)  # an import is stamped with trusted time as a recording is
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "import-log",
        help=translate("CLI", "import a call log or message backup (SMS Backup & Restore XML, CSV template)"),
    )
    p.add_argument("--case", metavar="NAME", required=True)
    p.add_argument("--source", metavar="TEXT", help=translate("CLI", "where the backup comes from"))
    p.add_argument(
        "--time-zone",
        metavar="ZONE",
        help=translate("CLI", "the phone's time zone, e.g. Asia/Shanghai (default: this computer's)"),
    )
    p.add_argument("--collector", metavar="NUMBER", action="append", default=[])
    p.add_argument("--family", metavar="NUMBER", action="append", default=[])
    p.add_argument(
        "--backup-passphrase-file",
        metavar="FILE",
        help=translate("CLI", "an encrypted iPhone backup's passphrase, on the first line of FILE"),
    )
    p.add_argument("path", metavar="FILE|FOLDER")
    add_tsa_options(p, recording=False)
    p.set_defaults(func=cmd_import_log)

    p = sub.add_parser(
        "mark",
        help=translate("CLI", "mark a number as the collector's (company, platform, person) or a family member's"),
    )
    p.add_argument("--case", metavar="NAME", required=True)
    p.add_argument("--as", dest="role", choices=marking.ROLES, required=True)
    p.add_argument("--company", metavar="TEXT", help=translate("CLI", "the company that collects, as you know it"))
    p.add_argument("--platform", metavar="TEXT", help=translate("CLI", "the lending app or platform of the debt"))
    p.add_argument("--person", metavar="TEXT", help=translate("CLI", "the person's name, as given"))
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.set_defaults(func=cmd_mark)

    p = sub.add_parser("log", help=translate("CLI", "the pattern of calls and messages in a case's imported logs"))
    p.add_argument("--case", metavar="NAME", required=True)
    p.add_argument("--profile", choices=pattern.PROFILES, default="cn-cba-2026")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_log)


def _stamping(args: argparse.Namespace, vault: Vault) -> Callable[[Session], Callable[[], None]]:
    """Trusted time stamps for the import session (its start and seal), as for a recording."""
    check_tsa_args(args)  # a bad address or root file: exit 2 before anything is imported

    def on_start(session: Session) -> Callable[[], None]:
        return start_stamper(args, session, vault).stop

    return on_start


def cmd_import(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    keys = unlock(args, vault)  # the passphrase: an earlier import of the same bytes must be found
    paths = [Path(p) for p in args.paths]
    result = import_files(vault, keys.recording, args.case, paths, args.source, on_start=_stamping(args, vault))
    for f in result.files:
        tell(
            translate("CLI", "Imported {name} ({size} bytes, SHA-256 {sha256})."),
            name=f.name,
            size=f.size,
            sha256=f.sha256,
        )
    say(
        QT_TRANSLATE_NOOP(
            "CLI",
            "%n files imported into “{case}” as import {session}, sealed. Their content before the import is "
            "not proven by this app; from now on any change is detected.",
            None,
            1,  # plural: "1 file imported" (issue 13 item 9); the number is n
        ),
        n=len(result.files),
        case=args.case,
        session=result.session,
    )
    return EXIT_OK


def _backup_passphrase(args: argparse.Namespace) -> str | None:
    """An encrypted iPhone backup's passphrase (from --backup-passphrase-file, else asked), None for anything else."""
    path = Path(args.path)
    if not (path.is_dir() and iphone_encrypted.is_encrypted(path)):
        return None
    if args.backup_passphrase_file:
        return read_passphrase(args, "", file_attr="backup_passphrase_file")
    if not sys.stdin.isatty():
        raise UsageError(
            translate("CLI", "This iPhone backup is encrypted: give its passphrase with --backup-passphrase-file FILE.")
        )
    return getpass.getpass(translate("CLI", "Passphrase of the iPhone backup: "))


def cmd_import_log(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    keys = unlock(args, vault)
    zone = args.time_zone or local_zone_name()
    marks = {"collector": args.collector, "family": args.family}
    done = import_log(
        vault, keys.recording, args.case, Path(args.path), args.source, zone, marks, _stamping(args, vault),
        backup_passphrase=_backup_passphrase(args),
    )  # fmt: skip
    tell(
        translate(
            "CLI",
            "Imported {path} into “{case}” as import {session}, sealed: {rows} calls and messages read by the "
            "{parser} parser, times in {zone}.",
        ),
        path=args.path,
        case=args.case,
        session=done.result.session,
        rows=done.rows,
        parser=done.parser,
        zone=zone,
    )
    return EXIT_OK


def cmd_mark(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    unlock(args, vault)  # marks are the owner's statements
    bodies = [marking.mark_body(n, args.role, args.company, args.platform, args.person) for n in args.numbers]
    session = marking.mark_numbers(vault, args.case, bodies)
    tell(
        translate("CLI", "Marked {numbers} in “{case}” ({mark}), signed as marks {session}."),
        numbers=", ".join(b["number"] for b in bodies),
        case=args.case,
        mark=mark_words(bodies[0]),
        session=session,
    )
    return EXIT_OK


def mark_words(mark: dict[str, object] | None) -> str:
    """A mark in words: its role, then the labels given (“the collector's; company: …; platform: …”)."""
    if not mark:
        return ""
    role = {
        "collector": translate("CLI", "the collector's"),
        "family": translate("CLI", "family"),
        "colleague": translate("CLI", "a colleague"),
        "contact": translate("CLI", "another contact"),
        "none": translate("CLI", "no mark"),
    }.get(str(mark.get("role")), str(mark.get("role")))
    parts = [role]
    for key, word in (
        ("company", translate("CLI", "company: {text}")),
        ("platform", translate("CLI", "platform: {text}")),
        ("person", translate("CLI", "person: {text}")),
    ):
        if mark.get(key):
            parts.append(word.format(text=mark[key]))
    return "; ".join(parts)


def cmd_log(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    keys = unlock(args, vault)
    facts = case_pattern(vault, keys.recording, args.case, args.profile)
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not facts["rows"]:
        tell(translate("CLI", "No call log or messages have been imported into “{case}”."), case=args.case)
        return EXIT_OK
    t = facts["total"]
    if facts["merged"]:
        say(
            QT_TRANSLATE_NOOP("CLI", "%n calls or messages present in two imported logs were counted once.", None, 1),
            n=facts["merged"],
        )
    tell(translate("CLI", "Times in {zone} (the phone's time zone, as stated at the import)."), zone=facts["time_zone"])
    tell(
        translate(
            "CLI",
            "In total: {calls} calls received ({answered} answered, {missed} missed, {rejected} rejected or blocked), "
            "{out} calls made, {msg_in} messages received, {msg_out} sent.",
        ),
        calls=t["calls_in"],
        answered=t["answered"],
        missed=t["missed"],
        rejected=t["rejected"],
        out=t["calls_out"],
        msg_in=t["messages_in"],
        msg_out=t["messages_out"],
    )
    for number, info in facts["per_number"].items():
        c = info["total"]
        label = info.get("label")
        tell(
            translate(
                "CLI",
                "  {number}{mark}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages",
            ),
            number=number,
            mark=f" ({mark_words(label)})" if label else "",
            calls=c["calls_in"],
            missed=c["missed"],
            rejected=c["rejected"],
            msg_in=c["messages_in"],
        )
    for day, c in facts["per_day"].items():
        tell(
            translate(
                "CLI",
                "  {day}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages received",
            ),
            day=day,
            calls=c["calls_in"],
            missed=c["missed"],
            rejected=c["rejected"],
            msg_in=c["messages_in"],
        )
    rules = facts["rules"]
    window = facts["restricted_hours"]
    if window:
        tell(
            translate("CLI", "Contacts between {start} and {end} ({rule}): {count}."),
            start=window["from"],
            end=window["to"],
            rule=rules["title"],
            count=window["count"],
        )
    g = facts["guideline"]
    for item in g.get("over_unanswered_per_day", []):
        tell(
            translate(
                "CLI", "{day}: {n} unanswered calls from {number} — exceeds guideline “{rule}” (at most {limit} a day)."
            ),
            day=item["day"],
            n=item["unanswered"],
            number=item["number"],
            rule=rules["title"],
            limit=item["limit"],
        )
    for item in g.get("over_calls_in_7_days", []):
        tell(
            translate("CLI", "7 days up to {day}: {n} calls from {number} — more than {limit}, exceeds “{rule}”."),
            day=item["span_end"],
            n=item["calls"],
            number=item["number"],
            limit=item["limit"],
            rule=rules["title"],
        )
    for item in g.get("calls_after_conversation", []):
        tell(
            translate(
                "CLI", "{when}: a call from {number} within 7 days after a conversation on {talk} — exceeds “{rule}”."
            ),
            when=item["local"],
            number=item["number"],
            talk=item["conversation"],
            rule=rules["title"],
        )
    if not rules.get("source"):
        tell(translate("CLI", "No rule is cited for this region: the counts are shown without a guideline."))
    if facts["rows_from_screenshots"]:
        say(
            QT_TRANSLATE_NOOP("CLI", "%n of these calls were read from screenshots and confirmed by you.", None, 1),
            n=facts["rows_from_screenshots"],
        )
    if facts["family"]["count"]:
        tell(
            translate("CLI", "Contacts with numbers marked as family, colleagues or other contacts: {count}."),
            count=facts["family"]["count"],
        )
    return EXIT_OK
