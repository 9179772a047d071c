"""Sentences of complaint packages (context ``Complaint``), collected by pyside6-lupdate; Qt-free."""

from __future__ import annotations

from ..core.messages import QT_TRANSLATE_NOOP

CTX = "Complaint"

UNKNOWN_CHANNEL = QT_TRANSLATE_NOOP("Complaint", "“{channel}” is not a channel this app knows: choose one of {known}.")
CHANNEL_FILE = QT_TRANSLATE_NOOP("Complaint", "The channel file {path} cannot be read: {why}.")
ARCHIVE_NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "Complaint", "The evidence package {path} does not verify, so no complaint is made from it."
)
ARCHIVE_OTHER_CASE = QT_TRANSLATE_NOOP("Complaint", "The evidence package {path} is not of the case “{case}”.")
OUT_EXISTS = QT_TRANSLATE_NOOP("Complaint", "{path} already exists. Choose another folder name; nothing was changed.")
OUT_FOLDER = QT_TRANSLATE_NOOP("Complaint", "The folder for {path} does not exist or cannot be written to.")
NOT_AN_EXCERPT = QT_TRANSLATE_NOOP("Complaint", "{path} is not an excerpt that verifies, so it is not attached.")
# Said of a package that was made, each for one thing left out or missing:
NO_TAGS = QT_TRANSLATE_NOOP(
    "Complaint", "The case has no tags: the narrative says only what the recordings and the call log show."
)
NO_VISITORS = QT_TRANSLATE_NOOP(
    "Complaint", "The case has no visitors card: fill in who came yourself in the fields that ask for it."
)
NO_CALL_LOG = QT_TRANSLATE_NOOP(
    "Complaint", "The case has no call log: the package names no collectors' numbers unless the visitors card has them."
)
LEFT_OUT_FILE = QT_TRANSLATE_NOOP("Complaint", "{name} is not attached: {why}.")
WHY_TOO_BIG = QT_TRANSLATE_NOOP("Complaint", "larger than this channel accepts ({size} bytes, at most {limit})")
WHY_TYPE = QT_TRANSLATE_NOOP("Complaint", "this channel accepts no .{ext} files")
WHY_COUNT = QT_TRANSLATE_NOOP("Complaint", "this channel accepts at most {limit} files")
WHY_TOTAL = QT_TRANSLATE_NOOP("Complaint", "the files together would exceed this channel's {limit} bytes")
LEFT_OUT_SENTENCES = QT_TRANSLATE_NOOP(
    "Complaint",
    "The narrative's draft left out %n sentences to stay within {limit} characters; they are in cover.txt.",
    None,
    1,  # plural: the number is the parameter n
)
NO_REPORT_PDF = QT_TRANSLATE_NOOP(
    "Complaint", "The evidence package holds no report.pdf: the report is attached as report.html where allowed."
)
UNVERIFIED_CHANNEL = QT_TRANSLATE_NOOP(
    "Complaint", "This channel's form could not be checked when its limits were written ({date}): {note}"
)
