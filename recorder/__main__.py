"""Entry point: ``recorder`` opens the app; ``recorder COMMAND`` runs the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--ocr-child"]:
        # The packaged app reading a screenshot in a child process of its own (recorder/importing/ocr.py).
        from .importing.ocr_child import main as ocr_child

        return ocr_child()
    # First of all, before anything is imported: a Ctrl-C or SIGTERM from now on is noted, not lost in an import
    # or fatal between a recording's start and its seal (recorder/stop_signals.py, issue 12 §4).
    from .stop_signals import CATCHER

    CATCHER.install()
    from .cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
