"""What every command shares: the vault location, passphrases, and printing sentences in the user's language."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ..core import messages as M
from ..core.errors import RecorderError, render
from ..core.ledger import LedgerReport
from ..core.ledger import findings as ledger_findings
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.store import recover_all, review_ledger
from ..core.vault import VAULT_FILE, Vault, VaultKeys, default_home
from ..i18n import translate
from .output import shown

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
MAX_PASSPHRASE_LINE = 4096  # characters of a passphrase file's first line

# The prompts the commands give read_passphrase (which translates them), marked here so lupdate collects them
# (tests/test_cli_i18n.py checks that every prompt passed is one of these, translated).
PROMPTS = (
    QT_TRANSLATE_NOOP("CLI", "Passphrase: "),
    QT_TRANSLATE_NOOP("CLI", "Choose a passphrase: "),
    QT_TRANSLATE_NOOP("CLI", "Current passphrase: "),
    QT_TRANSLATE_NOOP("CLI", "New passphrase: "),
)


class UsageError(RecorderError):
    pass


def home_of(args: argparse.Namespace) -> Path:
    return Path(args.home).expanduser() if getattr(args, "home", None) else default_home()


def say(text: str, **params: object) -> None:
    """Print a translated CLI sentence (context ``CLI``) to stdout. Text parameters (names, ids, paths: what a
    user typed or a file held) are shown escaped: no line feed, terminal escape or U+202E reaches the terminal.

    ``text`` must be marked where it is written, ``say(QT_TRANSLATE_NOOP("CLI", "…"))``, or lupdate never collects
    it (tests/test_cli_i18n.py checks); a plural one, with ``%n``, as ``QT_TRANSLATE_NOOP("CLI", "…", None, 1)``
    and its number given as ``n=``."""
    print(said(text, **params))


def said(text: str, **params: object) -> str:
    """The sentence :func:`say` prints, for printing elsewhere (stderr: ``warn(said(…))``)."""
    if not params:
        return translate("CLI", text)
    return render("CLI", text, {k: shown(v) if isinstance(v, str) else v for k, v in params.items()}, translate)


def warn(text: str) -> None:
    """Print one sentence to stderr, escaped as :func:`shown` does (a sentence is one line)."""
    print(shown(text), file=sys.stderr)


def error_sentence(exc: RecorderError) -> str:
    return exc.sentence(translate)


def read_passphrase(
    args: argparse.Namespace, prompt: str, confirm: bool = False, file_attr: str = "passphrase_file"
) -> str:
    """The passphrase from ``--passphrase-file`` (first line), or asked on the terminal."""
    path = getattr(args, file_attr, None)
    if path:
        try:
            with open(path, encoding="utf-8") as f:
                # Bounded: a file of no line feeds (/dev/zero, a disk image given by mistake) is not read for ever.
                line = f.readline(MAX_PASSPHRASE_LINE + 1)
        except (OSError, UnicodeDecodeError):
            raise RecorderError(M.PASSPHRASE_FILE_UNREADABLE, path=str(path)) from None
        if len(line) > MAX_PASSPHRASE_LINE and not line.endswith("\n"):
            raise UsageError(
                translate(
                    "CLI",
                    "The first line of {path} is longer than {limit} characters: it is not a passphrase file.",
                ),
                path=str(path),
                limit=MAX_PASSPHRASE_LINE,
            )
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError(translate("CLI", "A passphrase is needed. Give it with --passphrase-file FILE."))
    first = getpass.getpass(translate("CLI", prompt))
    if confirm and getpass.getpass(translate("CLI", "Type the passphrase again: ")) != first:
        raise RecorderError(M.PASSPHRASES_DIFFER)
    return first


def open_vault(args: argparse.Namespace, recover: bool = True) -> Vault:
    """Open the vault and, as on every opening, recover interrupted sessions (no passphrase needed); say if its
    file was replaced, and what its ledger lists and cannot be read (issue 12 §2–§3)."""
    vault = Vault.open(home_of(args))
    if vault.replaced:
        warn(translate(M.CTX, M.VAULT_REPLACED_WARNING).format(path=vault.home / VAULT_FILE))
    if recover:
        for st in recover_all(vault):
            warn(
                translate("CLI", "Recording {session} was interrupted; it was closed at its last intact entry.").format(
                    session=st.id
                )
            )
        report = review_ledger(vault)
        _ledger_reports[id(vault)] = report
        for _problem, message, params in ledger_findings(report):
            warn(render(M.CTX, message, params, translate))
    return vault


_ledger_reports: dict[int, LedgerReport] = {}


def ledger_report(vault: Vault) -> LedgerReport:
    """The ledger's report made when :func:`open_vault` opened ``vault`` (made now if it did not)."""
    report = _ledger_reports.get(id(vault))
    return report if report is not None else review_ledger(vault)


def unlock(args: argparse.Namespace, vault: Vault) -> VaultKeys:
    return vault.unlock(read_passphrase(args, "Passphrase: "))
