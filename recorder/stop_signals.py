"""SIGINT (Ctrl-C) and SIGTERM, caught from the first moment of the process (issue 12 §4).

Python's own Ctrl-C raises KeyboardInterrupt wherever the main thread happens to be: inside an import (where it
was seen to be lost, and the recording went on), or between the session's start and the code that would seal it
(which then stayed open). SIGTERM by default kills the process outright. So the command line installs
:data:`CATCHER` before it loads anything else, and a signal is *noted*, never raised, until the program is at a
point where it can act on it:

- before a recording exists, the program checks (:meth:`Catcher.check`) at its steps and ends with one sentence
  and exit 130 (SIGINT) or 143 (SIGTERM), having created nothing;
- once a recording exists, the code that owns it looks at :attr:`Catcher.signum` (``recorder record``) or is
  handed the signal (:meth:`Catcher.forward_to`, the window) and stops and seals it with the reason FORMAT names:
  ``stopped`` for SIGINT, ``terminated`` for SIGTERM;
- commands that record nothing (check, export, verify …) switch to :meth:`Catcher.raise_from_now`: the signal
  then raises :class:`Interrupted` at once, their ``finally`` blocks clean up, and the same sentence and exit code
  follow.

The handler only stores a number (or raises, or calls the forwarded target): it never takes a lock, so it cannot
deadlock with the code it interrupts. Qt-free: used by the command line, ``--record`` and the window alike.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)
# The seal reason for each signal (docs/FORMAT.md, "Seal reasons").
REASONS: dict[int, str] = {int(signal.SIGINT): "stopped", int(signal.SIGTERM): "terminated"}


def reason(signum: int) -> str:
    """The seal reason for a signal: ``stopped`` (SIGINT, like Stop in the app) or ``terminated`` (SIGTERM)."""
    return REASONS.get(int(signum), "stopped")


def exit_code(signum: int) -> int:
    """The shell's convention: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM)."""
    return 128 + int(signum)


class Interrupted(BaseException):
    """A signal ended the command (a BaseException, like KeyboardInterrupt: ``except Exception`` lets it pass)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = int(signum)

    @property
    def exit_code(self) -> int:
        return exit_code(self.signum)


class Catcher:
    """Notes SIGINT and SIGTERM; see the module docstring for what is done with them."""

    def __init__(self) -> None:
        self.signum: int | None = None  # the first signal received
        self.installed = False
        self._raising = False
        self._target: Callable[[int], None] | None = None

    def install(self) -> None:
        """Catch both signals from now on (main thread only, as Python requires)."""
        for sig in SIGNALS:
            signal.signal(sig, self._on_signal)
        self.installed = True

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if self.signum is None:
            self.signum = signum
        target = self._target
        if target is not None:
            target(signum)
        elif self._raising:
            raise Interrupted(signum)

    def check(self) -> None:
        """Raise :class:`Interrupted` if a signal came; for the steps before a recording exists."""
        if self.signum is not None:
            raise Interrupted(self.signum)

    def raise_from_now(self) -> None:
        """A command that records nothing: a signal noted so far, and every later one, raises :class:`Interrupted`."""
        if not self.installed:
            self.install()
        self._raising = True
        self.check()

    def forward_to(self, target: Callable[[int], None]) -> None:
        """Hand every signal to ``target`` (called in the main thread, between two of its bytecodes); a signal
        that came before is handed over at once."""
        if not self.installed:
            self.install()
        self._target = target
        if self.signum is not None:
            target(self.signum)

    def reset(self) -> None:
        """Forget what was noted (tests that run several commands in one process)."""
        self.signum = None
        self._raising = False
        self._target = None


CATCHER = Catcher()
