"""Sentences of the trusted-time layer: why a stamp waits or was rejected, and what a token proves.

Marked like the core's sentences (context ``Messages``) so ``pyside6-lupdate`` collects them; the GUI
translates with Qt, the CLI with :mod:`recorder.i18n`.
"""

from ..core.messages import QT_TRANSLATE_NOOP

# -- bad input -------------------------------------------------------------------------------------------
BAD_TSA_URL = QT_TRANSLATE_NOOP(
    "Messages", "The time-stamp authority address {url} is not an http:// or https:// address."
)
ROOT_UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages", "The file {path} cannot be read as a PEM root certificate, so it was not added."
)

# -- a stamp that waits (the authority could not be asked) ----------------------------------------------
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Messages", "The time-stamp authority {authority} could not be reached ({detail}); the stamp waits in the queue."
)
# The {detail} of UNREACHABLE for the common reasons, in words (the system's own is English in every language).
DETAIL_NO_NAME = QT_TRANSLATE_NOOP("Messages", "its address could not be looked up: no network, or a wrong address")
DETAIL_REFUSED = QT_TRANSLATE_NOOP("Messages", "the connection was refused")
DETAIL_CUT = QT_TRANSLATE_NOOP("Messages", "the connection was cut")
DETAIL_NO_NETWORK = QT_TRANSLATE_NOOP("Messages", "there is no network")
TIMED_OUT = QT_TRANSLATE_NOOP(
    "Messages",
    "The time-stamp authority {authority} did not answer within {seconds} s; the stamp waits in the queue.",
)
HTTP_ERROR = QT_TRANSLATE_NOOP(
    "Messages", "The time-stamp authority {authority} answered with HTTP error {code}; the stamp waits in the queue."
)
NOT_YET_SENT = QT_TRANSLATE_NOOP("Messages", "Not sent yet; the stamp waits in the queue.")

# -- a stamp that was rejected (the authority answered, the answer does not hold) ----------------------------
GARBAGE = QT_TRANSLATE_NOOP("Messages", "The answer from {authority} is not a time-stamp token.")
REFUSED = QT_TRANSLATE_NOOP("Messages", "The time-stamp authority {authority} refused to stamp ({detail}).")
OTHER_IMPRINT = QT_TRANSLATE_NOOP(
    "Messages", "The token from {authority} is for other data, not for this recording's entry."
)
OTHER_NONCE = QT_TRANSLATE_NOOP(
    "Messages", "The token from {authority} does not answer this request (the request's number differs)."
)
WRONG_PURPOSE = QT_TRANSLATE_NOOP(
    "Messages", "The certificate that signed the token from {authority} is not meant for time-stamping."
)
EXPIRED = QT_TRANSLATE_NOOP(
    "Messages",
    "The certificate that signed the token from {authority} was not valid at the stamped time {time}.",
)
UNTRUSTED = QT_TRANSLATE_NOOP(
    "Messages",
    "The token from {authority} is not issued under a trusted root certificate. "
    "If you trust this authority, add its root certificate (--tsa-root).",
)
BAD_SIGNATURE = QT_TRANSLATE_NOOP("Messages", "The token from {authority} does not verify: {detail}.")
NO_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Messages", "The token from {authority} does not carry the certificate that signed it."
)

# -- what tokens prove (the archive verifier's statements) ----------------------------------------------------
WHAT_FIRST = QT_TRANSLATE_NOOP("Messages", "the session's first entry")
WHAT_CHECKPOINT = QT_TRANSLATE_NOOP("Messages", "the checkpoint at entry {seq}")
WHAT_SEAL = QT_TRANSLATE_NOOP("Messages", "the seal (the session's last entry)")
WHAT_ENTRY = QT_TRANSLATE_NOOP("Messages", "entry {seq}")
WHAT_SITTING = QT_TRANSLATE_NOOP("Messages", "review sitting {sitting} (the later annotations added in it)")
SITTING_DEVICE_CLOCK = QT_TRANSLATE_NOOP(
    "Messages",
    "The later annotations of review sitting {sitting} are dated by the owner's device clock alone "
    "(the sitting ended at {time} by that clock): no trusted time stamp covers them.",
)
EXISTED_BY = QT_TRANSLATE_NOOP("Messages", "{what} existed no later than {time}, stamped by {authority}.")
STAMPED_LATE = QT_TRANSLATE_NOOP(
    "Messages",
    "That stamp was obtained {minutes} min after the entry was written (no authority answered earlier); "
    "it still proves the entry existed no later than {time}.",
)
CLOCK_OFF = QT_TRANSLATE_NOOP(
    "Messages",
    "The device clock differed from the time of {authority} by {seconds} s when this stamp was received "
    "(more than 2 minutes): the times the device wrote in the recording may be off by as much.",
)
CLOCK_OK = QT_TRANSLATE_NOOP("Messages", "The device clock agreed with the time of {authority} to within {seconds} s.")
TOKEN_BAD = QT_TRANSLATE_NOOP("Messages", "The time-stamp token {name} does not hold: {reason}")
TOKEN_UNKNOWN_ENTRY = QT_TRANSLATE_NOOP(
    "Messages", "The time-stamp token {name} covers a hash that is not an entry of this session."
)
TOKEN_NAME_DIFFERS = QT_TRANSLATE_NOOP(
    "Messages", "The time-stamp token {name} is named for another entry than the one it covers (moved)."
)
TOKEN_MISSING = QT_TRANSLATE_NOOP("Messages", "The time-stamp list names {name}, but the archive does not contain it.")
TOKEN_LIST_BAD = QT_TRANSLATE_NOOP("Messages", "The time-stamp list {name} is damaged: {detail}.")
CARRIED_ROOT = QT_TRANSLATE_NOOP(
    "Messages",
    "That token holds under the root certificate kept in the archive, {subject}, which is not in the public "
    "root store: compare its SHA-256 fingerprint {sha256} with the one the authority publishes.",
)
NO_STAMPS = QT_TRANSLATE_NOOP(
    "Messages", "This session has no trusted time stamp: its times rest on the device clock alone."
)
STAMPS_WAITING = QT_TRANSLATE_NOOP(
    "Messages",
    "%n time stamps for this session were still waiting for an authority when it was exported.",
    None,
    1,  # plural: the number is the parameter n
)

# -- for the report: how a shared fingerprint corroborates timing ------------------------------------------
SHARE_EXPLAINED = QT_TRANSLATE_NOOP(
    "Messages",
    "While recording, the app shows the recording's current fingerprint (a short code, and a QR code carrying "
    "the full chain hash). If it was sent to someone else during the recording — a message, an e-mail — that "
    "message, timed by the service that carried it, shows the recording had reached that point by then: the "
    "chain hash it carries appears in this archive's journal, and nothing recorded before it can have been "
    "changed afterwards without changing that hash.",
)
