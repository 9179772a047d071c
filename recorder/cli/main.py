"""The command line (DESIGN §6). A thin layer: parse, call the core, print one sentence per outcome."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from .. import __version__
from ..core.errors import RecorderError
from ..i18n import set_language, translate
from ..stop_signals import CATCHER, Interrupted
from . import argparse_words
from .common import EXIT_ERROR, error_sentence
from .output import flush_quietly, quiet_when_unread, shown

# Each module adds its own sub-commands with register(subparsers).
COMMAND_MODULES = (
    "vault_cmds",
    "session_cmds",
    "record_cmds",
    "archive_cmds",
    "import_cmds",
    "excerpt_cmds",
    "complaint_cmds",
)
# Which module has which command: a command loads only its own module (``record`` needs no archive code, and
# every import is start-up time and CPU before the first block is recorded).
MODULE_OF = {
    "init": "vault_cmds",
    "passwd": "vault_cmds",
    "sessions": "session_cmds",
    "check": "session_cmds",
    "record": "record_cmds",
    "devices": "record_cmds",
    "export": "archive_cmds",
    "verify": "archive_cmds",
    "import": "import_cmds",
    "import-log": "import_cmds",
    "log": "import_cmds",
    "mark": "import_cmds",
    "excerpt": "excerpt_cmds",
    "verify-excerpt": "excerpt_cmds",
    "complaint": "complaint_cmds",
}

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Bad usage is exit 2 with a sentence, as everywhere else.
        self.print_usage(sys.stderr)
        print(shown(message), file=sys.stderr)  # it may quote what was typed ("invalid choice: …")
        sys.exit(EXIT_ERROR)


def build_parser(modules: tuple[str, ...] = COMMAND_MODULES) -> argparse.ArgumentParser:
    argparse_words.install()  # argparse's own words (usage, its errors) in the user's language too
    p = _Parser(
        prog="recorder",
        description=translate("CLI", "Evidence Recorder: record visits and calls as evidence that anyone can verify."),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"recorder {__version__}",
        help=translate(argparse_words.CTX, argparse_words.VERSION_HELP),
    )
    p.add_argument(
        "--home",
        metavar="DIR",
        help=translate("CLI", "the vault folder (default: $RECORDER_HOME or the user data folder)"),
    )
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate("CLI", "read the passphrase from the first line of FILE instead of asking for it"),
    )
    p.add_argument(
        "--lang",
        choices=("zh_CN", "zh_TW", "en"),
        help=translate("CLI", "the language of the messages (default: the system's)"),
    )
    p.add_argument("--record", action="store_true", help=translate("CLI", "open the app already recording"))
    p.add_argument("--self-test", action="store_true", help=translate("CLI", "open, record 1 s, seal, check, exit"))
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    # Opening the app needs none of the commands; importing them (archive, timestamps …) slows its start.
    for name in modules:
        try:
            module = importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}":
                raise
            continue
        module.register(sub)
    return p


def _move_globals_first(argv: list[str]) -> list[str]:
    """Let global options stand after the command too (``recorder sessions --home X``)."""
    takes_value = {"--home", "--passphrase-file", "--lang"}
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        key = a.split("=", 1)[0]
        if key in takes_value:
            if "=" in a:
                front.append(a)
            elif i + 1 < len(argv):
                front += [a, argv[i + 1]]
                i += 1
            else:
                rest.append(a)
        else:
            rest.append(a)
        i += 1
    return front + rest


def main(argv: list[str]) -> int:
    quiet_when_unread()  # `recorder verify x.zip | head -1`: a reader that goes away is not a failure
    command: str | None = None
    try:
        set_language(_peek_lang(argv))
        command = _named_command(argv)
        return _run(argv)
    except Interrupted as exc:
        # A signal before a recording existed (a recording that exists is sealed by its own code, exit 0), or one
        # that ended a command recording nothing: one sentence, nothing left half-made (issue 12 §4).
        print(shown(_interrupted_sentence(command)), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:  # no catcher installed (the CLI called in-process)
        print(shown(_interrupted_sentence(command)), file=sys.stderr)
        return 130
    finally:
        flush_quietly()


def _interrupted_sentence(command: str | None) -> str:
    if command in (None, "record"):
        return translate("CLI", "Stopped before a recording began: nothing was recorded.")
    return translate("CLI", "Stopped by Ctrl-C or SIGTERM before the command finished. Nothing was changed.")


def _run(argv: list[str]) -> int:
    parser = build_parser(_modules_for(_named_command(argv)))
    args = parser.parse_args(_move_globals_first(argv))
    if args.lang:
        set_language(args.lang)
    if args.command is None:
        from ..app import run_app  # the GUI only when asked for; the CLI never loads Qt

        return run_app(args)
    if args.command != "record":
        # Only `record` has something to seal; any other command is simply interrupted where it is.
        CATCHER.raise_from_now()
    # What the command has to say, it says in sentences; the modules' log lines (English, for the log file) are not
    # for the terminal. ``record`` writes them to the vault's log file, as the app does.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        return int(args.func(args))
    except RecorderError as exc:
        print(shown(error_sentence(exc)), file=sys.stderr)
        return exc.exit_code


def _named_command(argv: list[str]) -> str | None:
    """The command word in argv; "" when help is asked for first; None when argv holds only global options."""
    skip = False
    for a in argv:
        if skip:
            skip = False
        elif a in ("-h", "--help"):
            return ""
        elif a in ("--home", "--passphrase-file", "--lang"):
            skip = True
        elif not a.startswith("-"):
            return a
    return None


def _modules_for(command: str | None) -> tuple[str, ...]:
    if command is None:
        return ()  # the app
    if command in MODULE_OF:
        return (MODULE_OF[command],)
    return COMMAND_MODULES  # help, or an unknown word: argparse lists every command


def _peek_lang(argv: list[str]) -> str | None:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return None
