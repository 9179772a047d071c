"""Opens the desktop app. Kept apart so that the command line never imports Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_app(args: argparse.Namespace) -> int:
    early = None
    if getattr(args, "record", False) and not getattr(args, "self_test", False):
        # Recording first, the window after: Qt and the window take longer to load than the microphone to open.
        from . import quick_start
        from .core.vault import default_home
        from .logs import setup_logging

        home = Path(args.home).expanduser() if getattr(args, "home", None) else default_home()
        setup_logging(home)
        early = quick_start.start(home, getattr(args, "lang", None))
    try:
        from .gui.application import run
    except ImportError as exc:  # a build without the GUI
        if early is not None:
            early.abandon()
        print(f"The desktop app is not available in this build ({exc}).", file=sys.stderr)
        return 2
    return int(run(args, early))
