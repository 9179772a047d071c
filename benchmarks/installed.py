"""Make the checkout start like an installed app before timing a start-up.

An installed app (pip, or the PyInstaller bundle) has its modules compiled to bytecode already, as PySide6 and
every other library in the virtualenv has. A source checkout run with PYTHONDONTWRITEBYTECODE=1 (set on some
machines, including the project's) compiles every ``recorder`` module again at each launch: about 50 ms of CPU
that no user pays and that the bare-window baseline does not pay either. So the start-up benchmarks compile the
package once (into the git-ignored ``__pycache__`` folders) before measuring.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_package() -> None:
    if not compileall.compile_dir(str(ROOT / "recorder"), quiet=1):
        raise SystemExit("could not compile the recorder package")
