"""Thumbnails of photo attachments for report.pdf (report.html shows the archive's members themselves): made with
Pillow at export from the original bytes, which the exporter already holds decrypted in memory, and kept only as
small JPEGs in memory until the PDF is drawn — nothing decrypted is written to disk.

A photo is whatever bytes were attached, possibly hostile: a decompression bomb or a corrupt file yields None
(report.pdf then says so in a sentence), never an exception or a long stall. Qt-free, like the rest of the core."""

from __future__ import annotations

import html
import io
import re
import warnings
from collections.abc import Callable

from ..core.messages import QT_TRANSLATE_NOOP

MAX_SIDE = 320  # pixels: shown about 42 mm wide in report.pdf, about 190 dpi
# Pixels decoded in full. A JPEG is decoded at 1/8 scale (``draft``), so even 200 megapixels (the importer's
# limit for a photo) become about three; other formats (PNG, GIF, TIFF …) are decoded whole, 50 megapixels
# being about 200 MB while decoded — above that, a screenshot is not what it claims. A progressive JPEG keeps
# the whole image's coefficients while decoding even at 1/8 scale (168 megapixels: 509 MB peak, measured), so it
# has the lower limit too (48 megapixels: 157 MB).
MAX_PIXELS_JPEG = 200_000_000
MAX_PIXELS_OTHER = 50_000_000
QUALITY = 85
MAX_PHOTO_BYTES = 64 * 1024 * 1024  # a photo read back from a package to print its report
_THUMB = re.compile(r'<img class="thumb" src="([^"]*)"')
NOT_SHOWN = QT_TRANSLATE_NOOP(
    "Report", "(This photo cannot be shown here: it could not be read safely as an image. The file is in the package.)"
)


def wanted(entry: dict[str, object]) -> bool:
    """An attachment the report shows as a photo (the same test as report.html's thumbnail)."""
    body = entry.get("body")
    media_type = str(body.get("media_type", "")) if isinstance(body, dict) else ""
    return entry.get("kind") == "attachment" and media_type.startswith("image/")


def thumbnail(data: bytes) -> bytes | None:
    """A JPEG of at most MAX_SIDE pixels a side, upright (EXIF orientation) and flattened onto white (PDF/A-1
    allows no transparency); None when the bytes are not an image Pillow reads within the limits above."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            # Pillow's own bomb check warns from 89 megapixels: the limits above decide instead (its hard error,
            # from 179 megapixels, still refuses before any decoding).
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                baseline = im.format == "JPEG" and not im.info.get("progressive")
                limit = MAX_PIXELS_JPEG if baseline else MAX_PIXELS_OTHER
                if im.width * im.height > limit:
                    return None
                im.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced scale; others: no effect
                im.thumbnail((MAX_SIDE, MAX_SIDE))
                small = ImageOps.exif_transpose(im)
                if small.mode in ("RGBA", "LA", "PA") or "transparency" in small.info:
                    rgba = small.convert("RGBA")
                    flat = Image.new("RGB", rgba.size, "white")
                    flat.paste(rgba, mask=rgba.getchannel("A"))
                else:
                    flat = small.convert("RGB")
                out = io.BytesIO()
                flat.save(out, "JPEG", quality=QUALITY)
                return out.getvalue()
    except Exception:  # Pillow's decoders raise many types for hostile bytes; all mean "not shown", and the
        return None  # attachment itself is in the archive whatever happens here


def of_page(page: str, read: Callable[[str, int], bytes]) -> dict[str, bytes | None]:
    """The thumbnails of the photos a report page shows, by member name, their bytes read by ``read(name, limit)``
    (printing a package's report, recorder.gui.print_report): a member that cannot be read is None, like a bad
    image."""
    found: dict[str, bytes | None] = {}
    for src in _THUMB.findall(page):
        name = html.unescape(src)
        if name not in found:
            try:
                data = read(name, MAX_PHOTO_BYTES)
            except Exception:  # the package's reader refuses in several ways (missing, too large, damaged)
                found[name] = None
                continue
            found[name] = thumbnail(data)
    return found
