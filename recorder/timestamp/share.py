"""The fingerprint to share while recording, as text and as a QR code (issue 7, item 6).

Sending the current fingerprint to someone the user trusts (a message, an e-mail) leaves a record outside the
device, timed by that service, that this session's chain had reached this point by then. The short code
(``chain.fingerprint``) is for reading out; the message and the QR code carry the full chain hash, which is what
a verifier compares with the archive. Qt-free: the GUI shows the SVG or PNG bytes.
"""

from __future__ import annotations

import io

import segno

from ..core.chain import fingerprint


def share_text(session_id: str, chain_hash: str, utc: str) -> str:
    """The message to send: plain ASCII so every messenger keeps it intact."""
    return (
        f"Evidence Recorder session {session_id}\n"
        f"fingerprint {fingerprint(chain_hash)}\n"
        f"chain hash {chain_hash}\n"
        f"device time {utc}"
    )


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
