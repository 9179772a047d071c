"""``recorder complaint``: a package for one complaint channel, made from the case's sealed archive (issue 15 §4)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..core.messages import QT_TRANSLATE_NOOP
from ..i18n import current_language, translate
from .common import open_vault, read_passphrase, say, warn

WRITTEN = QT_TRANSLATE_NOOP(
    "CLI",
    "Complaint package for {channel} written to {path}: %n files attached, narrative {chars} of {limit} characters.",
    None,
    1,  # plural (no "(s)", issue 13 item 9): the number is the parameter n
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("complaint", help=translate("CLI", "make a complaint package for one channel from a case"))
    p.add_argument("--case", metavar="NAME", required=True)
    p.add_argument(
        "--to", dest="channel", metavar="CHANNEL", required=True, help="12378, 12321, police-110, nifa, cfpb"
    )
    p.add_argument("-o", "--output", metavar="DIR", required=True)
    p.add_argument(
        "--archive", metavar="FULL.zip", help=translate("CLI", "the case's sealed archive (made now when not given)")
    )
    p.add_argument(
        "--excerpt", metavar="DIR", action="append", default=[], help=translate("CLI", "an excerpt folder to attach")
    )
    p.set_defaults(func=cmd_complaint)


def cmd_complaint(args: argparse.Namespace) -> int:
    from ..archive.excerpt_check import check_excerpt
    from ..complaint import messages as M
    from ..complaint.case_facts import ComplaintError, read_case
    from ..complaint.package import build, load_channel, sentence, write

    channel = load_channel(args.channel)  # an unknown channel is exit 2 before any passphrase is asked
    out = Path(args.output)
    if out.exists():
        raise ComplaintError(M.OUT_EXISTS, path=str(out))
    excerpts = []
    for folder in args.excerpt:
        if not check_excerpt(Path(folder)).ok:
            raise ComplaintError(M.NOT_AN_EXCERPT, path=folder)
        excerpts.append((Path(folder).name, Path(folder)))
    made = None
    if args.archive:
        archive = Path(args.archive)
    else:
        from ..archive.export import export_archive, sessions_of_case
        from .archive_cmds import _pdf_renderer  # the report.pdf every export carries

        vault = open_vault(args)
        keys = vault.unlock(read_passphrase(args, "Passphrase: "))
        archive = made = out.with_name(f".{out.name}.evidence-{os.getpid()}.zip")
        ids = sessions_of_case(vault, keys, args.case)
        export_archive(vault, keys, ids, archive, language=current_language(), pdf=_pdf_renderer())
    try:
        facts = read_case(archive, args.case)
        if made is not None:
            facts.archive_name = "evidence.zip"
        pkg = build(facts, channel, excerpts)

        def render(message: str, params: dict) -> str:  # type: ignore[type-arg]
            return sentence(message, params, translate)

        write(pkg, facts, out, render)
        if made is not None:
            os.rename(made, out / "evidence.zip")
            made = None
    finally:
        if made is not None and made.exists():
            made.unlink()
    for message, params in pkg.notices:
        warn(sentence(message, params, translate))
    say(
        WRITTEN,
        channel=args.channel,
        path=str(out),
        n=len(pkg.attachments),
        chars=len(pkg.narrative),
        limit=pkg.narrative_limit,
    )
    return 0
