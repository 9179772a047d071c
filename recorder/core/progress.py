"""Long work (opening, checking, exporting, verifying) is a plain function with a progress callback and a
cancel flag; the GUI runs it on a worker (DESIGN §4)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # (done, total), in bytes or items
CancelFlag = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled; whatever was being made has been removed."""


def no_progress(done: int, total: int) -> None:
    return None


def never() -> bool:
    return False
