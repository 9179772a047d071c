"""The fingerprint to share while recording, as text and as a QR code (issue 7, item 6).

Sending the current fingerprint to someone the user trusts (a message, an e-mail) leaves a record outside the
device, timed by that service, that this session's chain had reached this point by then. The short code
(``chain.fingerprint``) is for reading out; the message and the QR code carry the full chain hash, which is what
a verifier compares with the archive. Qt-free: the GUI shows the SVG or PNG bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import segno

from ..core.chain import fingerprint
from ..core.environment import parse_utc
from ..core.messages import QT_TRANSLATE_NOOP

# The message's lines, translated in context "Share"; the codes and the time stay as they are.
SHARE_LINES = (
    QT_TRANSLATE_NOOP("Share", "Evidence Recorder, recording {session}"),
    QT_TRANSLATE_NOOP("Share", "fingerprint {code}"),
    QT_TRANSLATE_NOOP("Share", "chain hash {hash}"),
    QT_TRANSLATE_NOOP("Share", "device time {time}"),
)


def device_time(utc: str) -> str:
    """The device's time as people read it: local, with its UTC offset ("2026-03-01 21:30:05 UTC+08:00")."""
    try:
        local = parse_utc(utc).astimezone()
    except ValueError:
        return utc
    offset = local.strftime("%z")
    return local.strftime("%Y-%m-%d %H:%M:%S") + f" UTC{offset[:3]}:{offset[3:]}"


def share_text(
    session_id: str, chain_hash: str, utc: str, translate: Callable[[str, str], str] = lambda _c, t: t
) -> str:
    """The message to send, in the user's language (``translate(context, text)``); the session id, fingerprint
    and chain hash stay in ASCII, which every messenger keeps intact."""
    values = {
        "session": session_id,
        "code": fingerprint(chain_hash),
        "hash": chain_hash,
        "time": device_time(utc),
    }
    return "\n".join(translate("Share", line).format(**values) for line in SHARE_LINES)


def _qr(text: str) -> segno.QRCode:
    return segno.make(text, error="m", micro=False)


def qr_svg(text: str, scale: int = 4) -> bytes:
    """The QR code of ``text`` as an SVG document (black on white, with the standard quiet zone)."""
    buf = io.BytesIO()
    _qr(text).save(buf, kind="svg", scale=scale, xmldecl=True, light="#fff")
    return buf.getvalue()


def qr_png(text: str, scale: int = 6) -> bytes:
    """The QR code of ``text`` as PNG bytes."""
    buf = io.BytesIO()
    _qr(text).save(buf, kind="png", scale=scale, light="#fff")
    return buf.getvalue()
