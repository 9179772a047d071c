"""``recorder import``: bring files from a phone (or anywhere) into a case with custody (issue 14)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import translate
from ..importing.files import import_files
from .common import EXIT_OK, open_vault, say, unlock


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import", help=translate("CLI", "import files (call recordings, screenshots, backups) into a case, sealed")
    )
    p.add_argument("--case", metavar="NAME", required=True)
    p.add_argument(
        "--source", metavar="TEXT", help=translate("CLI", "where the files come from, e.g. “Xiaomi call recorder”")
    )
    p.add_argument("paths", nargs="+", metavar="FILE|FOLDER")
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    keys = unlock(args, vault)  # the passphrase: an earlier import of the same bytes must be found
    result = import_files(vault, keys.recording, args.case, [Path(p) for p in args.paths], args.source)
    for f in result.files:
        say("Imported {name} ({size} bytes, SHA-256 {sha256}).", name=f.name, size=f.size, sha256=f.sha256)
    say(
        "{count} files imported into “{case}” as import {session}, sealed. Their content before the import is "
        "not proven by this app; from now on any change is detected.",
        count=len(result.files),
        case=args.case,
        session=result.session,
    )
    return EXIT_OK
