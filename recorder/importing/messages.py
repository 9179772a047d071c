"""Sentences of the import (context ``Messages``, collected by lupdate; see recorder/core/messages.py)."""

from ..core.messages import QT_TRANSLATE_NOOP

NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("Messages", "There is nothing to import in {path}. Nothing was imported.")
IMPORT_MISSING = QT_TRANSLATE_NOOP("Messages", "The file {path} does not exist. Nothing was imported.")
IMPORT_UNREADABLE = QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read. Nothing was imported.")
IMPORT_TOO_BIG = QT_TRANSLATE_NOOP(
    "Messages",
    "The file {path} is larger than {limit} MB, more than one import can hold. Nothing was imported.",
)
IMPORT_CHANGED = QT_TRANSLATE_NOOP(
    "Messages", "The file {path} changed while it was being imported. Nothing was imported; please try again."
)
ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "Messages",
    "The file {path} was already imported on {when} (as “{name}”, import {session}). Nothing was imported.",
)
SAME_FILE_TWICE = QT_TRANSLATE_NOOP(
    "Messages", "The files {path} and {other} have the same content; import only one of them. Nothing was imported."
)
