"""Photos and screenshots (issue 14 §1): what an image file states about itself — its format, size and EXIF time
and device — read with Pillow as facts *of the file* (the phone wrote them; this app did not observe them)."""

from __future__ import annotations

import io
import struct
import warnings
from typing import Any

# EXIF tags worth keeping (the rest of an EXIF block is camera settings, or personal data such as GPS).
KEPT = ("Make", "Model", "Software", "DateTime", "DateTimeOriginal", "DateTimeDigitized", "OffsetTime",
        "OffsetTimeOriginal", "ImageDescription", "UserComment")  # fmt: skip
MAX_PIXELS = 200_000_000  # a larger "image" is a decompression bomb, not a screenshot
MAX_TAG_CHARS = 500


def is_image(media_type: str) -> bool:
    return media_type.startswith("image/")


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.split(b"\x00", 1)[0].decode("utf-8", "replace")
    return str(value).strip()[:MAX_TAG_CHARS]


def probe(data: bytes) -> dict[str, Any] | None:
    """Format, width, height and the kept EXIF tags; None when Pillow cannot read the bytes as an image."""
    from PIL import ExifTags, Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                if im.width * im.height > MAX_PIXELS:
                    return None
                exif = im.getexif()
                found: dict[str, str] = {}
                for ifd in (exif, exif.get_ifd(ExifTags.IFD.Exif)):
                    for key, value in ifd.items():
                        name = ExifTags.TAGS.get(key)
                        if name in KEPT and _text(value):
                            found.setdefault(name, _text(value))
                import PIL

                return {
                    "reader": "Pillow",
                    "reader_version": str(PIL.__version__),
                    "format": str(im.format),
                    "width": int(im.width),
                    "height": int(im.height),
                    "tags": found,
                }
    except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError, OSError,
            ValueError, SyntaxError, struct.error):  # fmt: skip
        return None
