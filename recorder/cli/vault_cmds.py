"""``recorder init`` and ``recorder passwd``: create a vault, change its passphrase."""

from __future__ import annotations

import argparse

from ..core.messages import QT_TRANSLATE_NOOP
from ..core.vault import Vault
from ..i18n import translate
from .common import EXIT_OK, home_of, read_passphrase, say


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help=translate("CLI", "create an evidence vault"))
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("passwd", help=translate("CLI", "change the vault passphrase"))
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_passwd)


def cmd_init(args: argparse.Namespace) -> int:
    home = home_of(args)
    passphrase = read_passphrase(args, "Choose a passphrase: ", confirm=True)
    Vault.create(home, passphrase)
    say(QT_TRANSLATE_NOOP("CLI", "Evidence vault created in {home}."), home=home)
    say(
        QT_TRANSLATE_NOOP(
            "CLI", "Keep the passphrase safe: if it is forgotten, the recordings cannot be opened by anyone."
        )
    )
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    vault = Vault.open(home_of(args))
    old = read_passphrase(args, "Current passphrase: ")
    new = read_passphrase(args, "New passphrase: ", confirm=True, file_attr="new_passphrase_file")
    vault.change_passphrase(old, new)
    say(QT_TRANSLATE_NOOP("CLI", "The passphrase was changed. Recordings were not touched."))
    return EXIT_OK
