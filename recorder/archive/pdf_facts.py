"""The facts block of report.pdf (FORMAT §7.7): the canonical JSON facts document of report.html, base64-encoded,
as the one ``<er:facts>…</er:facts>`` element of the PDF's XMP metadata. PDF/A keeps the metadata stream
unfiltered, so it is found in the file's bytes without parsing the PDF; the verifier compares it byte for byte."""

from __future__ import annotations

import base64
import binascii
import re

NAMESPACE = "https://evidence-recorder.invalid/ns/facts/1/"
OPEN, CLOSE = b"<er:facts>", b"</er:facts>"
_BLOCK = re.compile(rb"<er:facts>([A-Za-z0-9+/=]*)</er:facts>")


def encode(facts_json: bytes) -> str:
    return base64.b64encode(facts_json).decode("ascii")


def facts_of(pdf: bytes) -> bytes | None:
    """The facts JSON bytes report.pdf carries, or None when it holds no such element, more than one, or one
    that is not base64."""
    if pdf.count(OPEN) != 1 or pdf.count(CLOSE) != 1:
        return None
    found = _BLOCK.search(pdf)
    if found is None:
        return None
    try:
        return base64.b64decode(found.group(1), validate=True)
    except (binascii.Error, ValueError):
        return None
