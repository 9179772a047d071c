"""One set of limits, for what is written and for what is read (issue 11 §4).

The session writer refuses input beyond these at once, with a sentence (:class:`TooLong`); the exporter never
writes an archive beyond them; the archive verifier refuses an untrusted archive beyond them. One module, so
that nothing the app records can make an archive its own verifier refuses (docs/FORMAT.md §7.8).
"""

from __future__ import annotations

from .errors import RecorderError
from .messages import QT_TRANSLATE_NOOP

# -- what the user types (characters, as Python counts them: code points) --------------------------------------
MAX_NOTE_CHARS = 10_000  # a note, live or in a review sitting: pages of text, far below a journal line
MAX_TAG_CHARS = 200  # a tag's label or its free text
MAX_NAME_CHARS = 255  # an attachment's file name
# One line read from `recorder record`'s standard input (bytes, before decoding); longer lines are refused.
MAX_INPUT_LINE = 64 * 1024

# -- journal entries (bytes of one canonical JSON line, without its line feed) ----------------------------------
MAX_JOURNAL_LINE = 1024 * 1024
MAX_JSON_DEPTH = 32  # nesting of arrays and objects in canonical JSON (core.canonical)

# -- archives (docs/FORMAT.md §7.8) --------------------------------------------------------------------------
MAX_MEMBERS = 100_000  # files in one archive; counted from the end record, before the central directory is read
MAX_MEMBER_NAME = 512  # characters of a member's path
MAX_SMALL_MEMBER = 16 * 1024 * 1024  # manifest, SHA256SUMS, keys, signatures, stamps: read whole
MAX_REPORT = 64 * 1024 * 1024
MAX_MEMBER = 0xFFFFFFFE  # the largest single member: its size fits the zip's 32-bit fields (FORMAT §7.1)
MAX_TOTAL = 256 * 1024**3  # all members together, uncompressed
MAX_CENTRAL_DIRECTORY = 64 * 1024 * 1024  # bytes; far more than MAX_MEMBERS central records can need

# One sentence per kind of input, so that each is translated whole.
NOTE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "The note is {length} characters long; at most {limit} are kept. Nothing was added."
)
TAG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "The tag is {length} characters long; at most {limit} are kept. Nothing was added."
)
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "The file name is {length} characters long; at most {limit} are kept. Nothing was added."
)
ENTRY_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "This entry would be {length} bytes long; at most {limit} are kept. Nothing was added."
)
LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "The line is {length} bytes long; at most {limit} are read. Nothing was added."
)


class TooLong(RecorderError):
    """Input beyond one of the limits above, refused before anything is written."""


def check_text(text: str, limit: int, message: str) -> str:
    """``text`` unchanged if it is within ``limit`` characters, else :class:`TooLong` with ``message``."""
    if len(text) > limit:
        raise TooLong(message, length=len(text), limit=limit)
    return text


def check_line(line: bytes) -> bytes:
    """One line of input (bytes) within MAX_INPUT_LINE, else :class:`TooLong`."""
    if len(line) > MAX_INPUT_LINE:
        raise TooLong(LINE_TOO_LONG, length=len(line), limit=MAX_INPUT_LINE)
    return line


def check_note(text: str) -> str:
    return check_text(text, MAX_NOTE_CHARS, NOTE_TOO_LONG)


def check_tag(text: str) -> str:
    return check_text(text, MAX_TAG_CHARS, TAG_TOO_LONG)


def check_name(text: str) -> str:
    return check_text(text, MAX_NAME_CHARS, NAME_TOO_LONG)
