"""The fingerprint to share while recording: text a person can send, and its QR code as SVG and PNG."""

from __future__ import annotations

import struct
import subprocess
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import segno

from recorder.core.chain import fingerprint
from recorder.core.session import Session, Source
from recorder.core.vault import Vault
from recorder.timestamp.share import qr_png, qr_svg, share_text


def test_share_text_carries_the_full_chain_hash(vault: Vault) -> None:
    session = Session.start(vault, "Call", Source("test tone", live=False, kind="test-signal"))
    session.append_audio(b"\x00\x00" * 480, rate=48000)
    session.seal()
    assert session.last_checkpoint_hash is not None
    text = share_text(session.id, session.last_checkpoint_hash, "2026-11-22T14:03:10.000000Z")
    assert session.id in text and session.last_checkpoint_hash in text
    assert session.fingerprint is not None and session.fingerprint in text
    assert text.isascii()


def _png_pixels(png: bytes) -> tuple[int, int, bytes]:
    """Width, height and the raw scanlines of a PNG (what any image reader would decode)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, width, height, data = 8, 0, 0, b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        assert zlib.crc32(kind + body) == struct.unpack(">I", png[pos + 8 + length : pos + 12 + length])[0]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            data += body
        pos += 12 + length
    return width, height, zlib.decompress(data)


def test_qr_code_as_svg_and_png() -> None:
    h = "ab" * 32
    text = share_text("20261122T140310Z-abcdef", h, "2026-11-22T14:03:10.000000Z")
    svg = qr_svg(text)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    modules = segno.make(text, error="m", micro=False).symbol_size(scale=1)  # the code's size with quiet zone
    width, height, raw = _png_pixels(qr_png(text, scale=3))
    assert (width, height) == (modules[0] * 3, modules[1] * 3)
    assert len(set(raw)) >= 2  # black and white modules, not a blank image
    assert fingerprint(h) in text


def test_a_stock_decoder_reads_the_qr_code_back(tmp_path: Path) -> None:
    text = share_text("20261122T140310Z-abcdef", "0f" * 32, "2026-11-22T14:03:10.000000Z")
    (tmp_path / "qr.png").write_bytes(qr_png(text))
    done = subprocess.run(["zbarimg", "-q", "--raw", tmp_path / "qr.png"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.rstrip("\n") == text
