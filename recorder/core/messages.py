"""User-facing sentences raised by the core.

Each text is marked with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` collects it into the ``.ts`` files
under the context ``Messages``; the GUI translates them with Qt, the CLI with :mod:`recorder.i18n`.
This module stays Qt-free: the marker is a plain function that returns its text.
A plural sentence is marked ``QT_TRANSLATE_NOOP(ctx, "… %n …", None, 1)``: lupdate then marks it
``numerus="yes"`` (the ``1`` must be a number literal; it only tells lupdate, the real number is the parameter
``n`` given when the sentence is said, see :func:`recorder.core.errors.render`).
"""


def QT_TRANSLATE_NOOP(  # noqa: N802 - the name lupdate looks for
    context: str, text: str, disambiguation: str | None = None, plural_marker: int | None = None
) -> str:
    return text


CTX = "Messages"

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("Messages", "The passphrase is wrong. Nothing was changed; please try again.")
EMPTY_PASSPHRASE = QT_TRANSLATE_NOOP("Messages", "The passphrase is empty. Please choose a passphrase.")
NO_VAULT = QT_TRANSLATE_NOOP("Messages", "There is no evidence vault in {home}. Create one first with “recorder init”.")
VAULT_EXISTS = QT_TRANSLATE_NOOP("Messages", "An evidence vault already exists in {home}. Nothing was changed.")
VAULT_CORRUPT = QT_TRANSLATE_NOOP(
    "Messages", "The evidence vault file {path} is damaged and cannot be read. Nothing was changed."
)
VAULT_NEWER = QT_TRANSLATE_NOOP(
    "Messages",
    "The evidence vault in {home} was made by a newer version of this app (format {version}). "
    "Please update Evidence Recorder.",
)
HOME_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Messages", "The folder {home} cannot be written to. Please choose another folder or check its permissions."
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "Messages", "The disk is full. Everything recorded up to now is saved; please free some space."
)
SESSION_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no recording called {session} in this vault.")
SESSION_BUSY = QT_TRANSLATE_NOOP(
    "Messages", "The recording {session} is being written by another window or program. Nothing was changed."
)
SESSION_ENDED = QT_TRANSLATE_NOOP(
    "Messages", "The recording {session} has ended; nothing can be added to it. Start a new recording instead."
)
JOURNAL_CORRUPT = QT_TRANSLATE_NOOP(
    "Messages", "The recording file {path} is damaged at byte {offset}: {what}. Nothing was changed."
)
JOURNAL_NEWER = QT_TRANSLATE_NOOP(
    "Messages",
    "The recording file {path} was made by a newer version of this app (format {version}). "
    "Please update Evidence Recorder.",
)
NOT_A_JOURNAL = QT_TRANSLATE_NOOP("Messages", "The file {path} is not a recording made by this app.")
PASSPHRASE_FILE_UNREADABLE = QT_TRANSLATE_NOOP("Messages", "The passphrase file {path} cannot be read.")
PASSPHRASES_DIFFER = QT_TRANSLATE_NOOP("Messages", "The two passphrases are not the same. Please try again.")
ATTACHMENT_UNREADABLE = QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read, so it was not attached.")
WEAK_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Messages", "This passphrase is too easy to guess. {advice} Nothing was changed; please choose another."
)
HOME_IS_A_FILE = QT_TRANSLATE_NOOP(
    "Messages", "{home} is a file, not a folder, so it cannot hold an evidence vault. Nothing was changed."
)
KDF_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Messages",
    "The evidence vault file {path} asks for a key derivation this app does not accept ({what}). Nothing was changed.",
)
TEST_KDF_REFUSED = QT_TRANSLATE_NOOP(
    "Messages",
    "The test setting RECORDER_TEST_KDF_COST={value} is not accepted: it must be MEMORY_KIB:PASSES within the "
    "limits in docs/FORMAT.md. Nothing was changed.",
)
VAULT_REPLACED = QT_TRANSLATE_NOOP(
    "Messages",
    "The evidence vault file {path} was replaced by one with other keys, so your passphrase cannot open it (the "
    "passphrase is not the problem). Put your own vault file back, from a backup, to read your recordings.",
)
VAULT_REPLACED_WARNING = QT_TRANSLATE_NOOP(
    "Messages",
    "Warning: the evidence vault file {path} was replaced by one with other keys. New recordings are still "
    "encrypted to the keys this vault was made with, never to the new ones.",
)
LEDGER_GONE = QT_TRANSLATE_NOOP(
    "Messages", "The recording {session} is listed in the vault's ledger, but its file is gone: it was deleted."
)
LEDGER_FOLDER_GONE = QT_TRANSLATE_NOOP(
    "Messages", "The recording {session} is listed in the vault's ledger, but its folder is gone: it was deleted."
)
LEDGER_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "The recording {session} is listed in the vault's ledger, but its file was replaced by something that is not "
    "a recording file.",
)
LEDGER_LINK = QT_TRANSLATE_NOOP(
    "Messages", "The recording {session} is listed in the vault's ledger, but its file was replaced by a link."
)
LEDGER_UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages", "The recording {session} is listed in the vault's ledger, but its file cannot be read."
)
LEDGER_CUT_SHORT = QT_TRANSLATE_NOOP(
    "Messages", "The vault's ledger of recordings was cut short: it listed {before} recordings, now it lists {now}."
)
LEDGER_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "The vault's ledger of recordings was altered or damaged at line {line}."
)
LEDGER_REWRITTEN = QT_TRANSLATE_NOOP(
    "Messages",
    "The vault's ledger of recordings was rewritten: its entries are not the ones last written on this computer.",
)
LEDGER_CREATED = QT_TRANSLATE_NOOP(
    "Messages",
    "The vault had no ledger of its recordings; one was made now from the %n recordings present.",
    None,
    1,
)
LEDGER_ADDED = QT_TRANSLATE_NOOP(
    "Messages", "The recording {session} was not in the vault's ledger; it has been added."
)
