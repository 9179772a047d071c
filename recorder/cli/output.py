"""What the command line writes: user text shown safely, and output that survives a reader going away.

Names typed by a user or found in a file (a case, a session argument, an archive member) may hold a line feed,
an ANSI escape sequence that repaints the terminal, or U+202E that turns the rest of the line around. Printed raw,
they could make a line say something it does not; :func:`shown` writes such characters as visible escapes.
Bytes that are not text in the system's encoding (an argument Python kept with surrogate escapes) are shown as
``\\xNN`` instead of failing to print.

``recorder verify x.zip | head -1``: the reader closes the pipe after one line. :func:`quiet_when_unread` makes
the rest of the output go nowhere instead of raising BrokenPipeError, so the exit code stays the command's own.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import TextIO

# Characters that change how a terminal shows what follows: bidirectional embeddings, overrides and isolates,
# and the invisible marks that steer them.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(c: str) -> str:
    o = ord(c)
    if c in _NAMED:
        return _NAMED[c]
    if 0xDC80 <= o <= 0xDCFF:  # a byte that was not text (surrogateescape): show the byte
        return f"\\x{o - 0xDC00:02x}"
    if o <= 0xFF:
        return f"\\x{o:02x}"
    if o <= 0xFFFF:
        return f"\\u{o:04x}"
    return f"\\U{o:08x}"


def _needs_escape(c: str) -> bool:
    o = ord(c)
    return o < 0x20 or 0x7F <= o <= 0x9F or c in _BIDI or 0xD800 <= o <= 0xDFFF or c in "\u2028\u2029"


def shown(text: str) -> str:
    """``text`` as it may be printed on one terminal line: control, bidirectional and surrogate characters are
    written as escapes (``\\n``, ``\\x1b``, ``\\u202e``, ``\\xff``); everything else, CJK included, as it is."""
    if not any(_needs_escape(c) for c in text):
        return text
    return "".join(_escape(c) if _needs_escape(c) else c for c in text)


def valid_text(text: str) -> bool:
    """False when ``text`` holds bytes that were not text in the system's encoding (surrogate escapes)."""
    return not any(0xD800 <= ord(c) <= 0xDFFF for c in text)


class _QuietWhenUnread:
    """sys.stdout, except that once its reader has gone, writes go to /dev/null instead of raising."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.unread = False

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._silence()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._silence()

    def _silence(self) -> None:
        # What is still buffered, and all that follows, goes to /dev/null: Python's own flush at exit then has
        # nothing to fail on (it would print "Exception ignored" and change the exit code).
        self.unread = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def quiet_when_unread() -> None:
    """Install the pipe-safe standard output (once; a no-op when stdout is not a real file)."""
    if isinstance(sys.stdout, _QuietWhenUnread) or sys.stdout is None:
        return
    try:
        sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):
        return  # captured by a test harness: nothing to break
    sys.stdout = _QuietWhenUnread(sys.stdout)  # type: ignore[assignment]


def flush_quietly() -> None:
    """Flush stdout at the end of a command; a reader that went away is not a failure of the command."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        stream.flush()
    except BrokenPipeError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass


class NativeMessagesToLog:
    """While recording, what C libraries write straight to file descriptor 2 (PortAudio's "Expression … failed
    in pa_linux_alsa.c", ALSA's "ALSA lib …" when a device goes away) goes to the log file, one log line each;
    the program's own sentences (sys.stderr) still reach the terminal. Those lines mean nothing to the user,
    and the sentence about the lost input says what happened (issue 12 §5).

    A no-op when sys.stderr is not file descriptor 2 (the command run in-process, its output captured)."""

    def __init__(self, log: logging.Logger) -> None:
        self._log = log
        self._saved: int | None = None
        self._stderr: TextIO | None = None
        self._reader: threading.Thread | None = None

    def __enter__(self) -> NativeMessagesToLog:
        stream = sys.stderr
        try:
            if stream is None or stream.fileno() != 2:
                return self
            stream.flush()
            saved = os.dup(2)
            r, w = os.pipe()
        except (OSError, ValueError, AttributeError):
            return self
        os.dup2(w, 2)
        os.close(w)
        self._saved, self._stderr = saved, stream
        terminal = open(  # noqa: SIM115 - closed in __exit__
            os.dup(saved), "w", encoding=stream.encoding, errors=stream.errors, buffering=1
        )
        sys.stderr = terminal
        self._reader = threading.Thread(target=self._read, args=(r,), name="native-stderr", daemon=True)
        self._reader.start()
        return self

    def _read(self, fd: int) -> None:
        pending = b""
        try:
            while chunk := os.read(fd, 4096):
                *lines, pending = (pending + chunk).split(b"\n")
                for line in lines:
                    if line.strip():
                        self._log.info("from an audio library: %s", line.decode("utf-8", "replace")[:500])
        except OSError:
            pass
        finally:
            os.close(fd)

    def __exit__(self, *_exc: object) -> None:
        if self._saved is None or self._stderr is None:
            return
        ours = sys.stderr
        try:
            ours.flush()
        except (OSError, ValueError):
            pass
        os.dup2(self._saved, 2)  # the pipe's last writer closes: its reader ends
        os.close(self._saved)
        sys.stderr = self._stderr
        try:
            ours.close()
        except (OSError, ValueError):
            pass
        if self._reader is not None:
            self._reader.join(timeout=2)
        self._saved = None


def local_time(utc: object) -> str:
    """A recorded UTC time (ISO 8601 ending in ``Z``) as a person reads it: this computer's local time with its
    offset, e.g. ``2026-12-06 21:07:50 (UTC+08:00)``. Anything that is not such a time is returned as it is."""
    from datetime import datetime

    if not isinstance(utc, str) or not utc:
        return "" if utc is None else str(utc)
    try:
        when = datetime.fromisoformat(utc.replace("Z", "+00:00"))
    except ValueError:
        return utc
    if when.tzinfo is None:
        return utc
    local = when.astimezone()
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"{local:%Y-%m-%d %H:%M:%S} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
