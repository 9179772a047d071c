"""Opens the desktop app. Kept apart so that the command line never imports Qt."""

from __future__ import annotations

import argparse
import sys


def run_app(args: argparse.Namespace) -> int:
    try:
        from .gui.application import run
    except ImportError as exc:  # the GUI issue builds recorder.gui.application
        print(f"The desktop app is not available in this build ({exc}).", file=sys.stderr)
        return 2
    return int(run(args))
