"""report.pdf from the report page: the same HTML (in the reader's language) laid out by QTextDocument on A4 pages
of a QPdfWriter (PDF/A-1b), each page headed with the case and the vault key and footed "page x of y"; page 1
begins with a QR code of the vault key's fingerprint; each recording's facts are followed by a chart of the visit,
and a call log's figures by the contacts per day. The font is the one shipped in resources/fonts (Chinese and
Latin), embedded as a subset with ToUnicode, so the text can be searched and copied."""

from __future__ import annotations

import html
import io
import os
import re
import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from ..archive.report_model import ReportPdfInput
from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP
from ..resources import resources_dir
from . import charts, pdfa

FONT_FILE = "fonts/DroidSansFallbackFull.ttf"
FONT_MISSING = QT_TRANSLATE_NOOP(
    "Messages", "The font for report.pdf is missing ({path}); reinstall the app. No package was written."
)
DPI = 300
QR_PX = 110  # about 29 mm: read by a phone from the printed page
_app: QGuiApplication | None = None  # the QApplication made here, kept alive
_family: str | None = None
_lock = threading.Lock()


class ReportFontMissing(RecorderError):
    pass


def _ensure_app() -> None:
    """Qt's fonts and painting need a QGuiApplication: the app's own, or (from the command line) an offscreen one —
    a QApplication, so that widgets made later in the same process (the app, a test) can still be made."""
    global _app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication([])


def _font_family() -> str:
    global _family
    if _family is None:
        path = resources_dir() / FONT_FILE
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise ReportFontMissing(FONT_MISSING, path=str(path))
        _family = families[0]
    return _family


def _qimage_of_qr(text: str) -> QImage:
    import segno

    buf = io.BytesIO()
    segno.make(text, error="m").save(buf, kind="png", scale=10, border=2)
    image = QImage()
    image.loadFromData(buf.getvalue(), "PNG")
    return image


# No cell borders: QTextDocument lays out and draws bordered (CSS) tables about three times slower, and a case of
# 5,000 events must stay within the benchmark's 3 s. No backgrounds and no underlines either: Qt draws those as
# paths in the document's own coordinates, which pass PDF/A-1's limit for real numbers (32,767) about ten pages
# in, and PDFBox Preflight then refuses the file; warnings, later and unsigned rows are told by their colour.
TABLE = '<table cellspacing="0" cellpadding="3" width="100%">'
# The timeline (the one table with a header row, up to thousands of rows) is laid out as paragraphs whose columns
# are tab stops, not as table cells: QTextDocument lays out and draws such a paragraph 2–3 times faster than a row,
# and it was two thirds of the benchmark's time. Its header is repeated every ROWS_PER_HEAD rows (about a page).
ROWS_PER_HEAD = 40
TIMELINE_STYLE = (
    "p.tl{white-space:pre-wrap;margin-top:0;margin-bottom:3px}"
    "p.tlh{white-space:pre-wrap;font-weight:bold;margin-top:6px;margin-bottom:3px}"
    "p.tl-later{white-space:pre-wrap;margin-top:0;margin-bottom:3px;color:#1a3ca0}"
    "p.tl-unsigned{white-space:pre-wrap;margin-top:0;margin-bottom:3px;color:#b00000}"
)
STYLE = (
    "body{font-size:10pt} h1{font-size:18pt} h2{font-size:14pt;margin-top:14pt} h3{font-size:12pt;margin-top:10pt}"
    "th{text-align:left} td{vertical-align:top} .warn{color:#8a4b00}"
    ".later{color:#1a3ca0} .unsigned{color:#b00000} a{text-decoration:none}" + TIMELINE_STYLE
)
_TIMELINE = re.compile(r"<table><thead>(.*?)</thead><tbody>(.*?)</tbody></table>", re.S)
_ROW = re.compile(r"<tr(\s[^>]*)?>(.*?)</tr>", re.S)
_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", re.S)
_CLASS = re.compile(r'class="([^"]*)"')
_SPACE = re.compile(r"\s+")


def _columns(cells: list[str]) -> str:
    """A row's cells as one line of tab-separated columns (their own white space collapsed, as in a cell)."""
    return "\t".join(_SPACE.sub(" ", cell).strip() for cell in cells)


def _timeline_paragraphs(found: re.Match[str]) -> str:
    head = f'<p class="tlh">{_columns(_CELL.findall(found.group(1)))}</p>'
    out = []
    for i, (attrs, inner) in enumerate(_ROW.findall(found.group(2))):
        if i % ROWS_PER_HEAD == 0:
            out.append(head)
        marked = _CLASS.search(attrs or "")  # later annotations, unsigned rows: their colour
        cls = f"tl-{marked.group(1)}" if marked else "tl"
        out.append(f'<p class="{cls}">{_columns(_CELL.findall(inner))}</p>')
    return "".join(out) or head


def _cut_long_tables(page: str) -> str:
    page = _TIMELINE.sub(_timeline_paragraphs, page)
    return re.sub(r"<table(\s[^>]*)?>", lambda m: m.group(0) if "cellspacing" in m.group(0) else TABLE, page)


def _set_tab_stops(doc: QTextDocument, device: QPagedPaintDevice, width: float) -> None:
    """Tab stops at the timeline's columns, each as wide as its widest text (at most 40 % of the page), and its
    rows indented to the last column where they wrap, so the details read as a column."""
    blocks = []
    block = doc.begin()
    while block.isValid():
        if "\t" in block.text():
            blocks.append(block)
        block = block.next()
    if not blocks:
        return
    bold = QFont(doc.defaultFont())
    bold.setBold(True)
    metrics = QFontMetricsF(bold, device)
    widths: list[float] = []
    for b in blocks:
        for i, text in enumerate(b.text().split("\t")[:-1]):
            w = metrics.horizontalAdvance(text)
            if i == len(widths):
                widths.append(w)
            elif w > widths[i]:
                widths[i] = w
    gap = metrics.horizontalAdvance("M") / 2
    # Margins are in the device's pixels, tab positions in pixels of 1/96 inch (Qt scales them to the device).
    scale = 96 / device.logicalDpiX()
    stops, x = [], 0.0
    for w in widths:
        x = min(x + min(w, width * 0.4) + gap, width * 0.8)  # the details keep at least a fifth of the page
        stops.append(QTextOption.Tab(x * scale, QTextOption.TabType.LeftTab))
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for b in blocks:
        fmt = b.blockFormat()
        fmt.setTabPositions(stops)
        fmt.setLeftMargin(x)
        fmt.setTextIndent(-x)
        cursor.setPosition(b.position())
        cursor.setBlockFormat(fmt)
    cursor.endEditBlock()


def _img(name: str, image: QImage, width_px: float) -> str:
    """An image at the body's width (HTML pixels are 1/96 inch in QTextDocument), its height in proportion."""
    height = width_px * image.height() / max(image.width(), 1)
    return f'<p><img src="{name}" width="{int(width_px)}" height="{int(height)}"></p>'


_THUMB = re.compile(r'<img class="thumb" src="([^"]*)"[^>]*>')
THUMB_PX = 128  # the longer side, in HTML pixels (1/96 inch): 34 mm, within the timeline's details column


def _thumbnail(found: re.Match[str], source: ReportPdfInput, images: dict[str, QImage]) -> str:
    """report.html's thumbnail (the archive's member) as the small JPEG made at export, or the sentence saying
    it cannot be shown. The JPEG is opaque RGB (flattened onto white), so the PDF holds no soft mask (PDF/A-1)."""
    path = html.unescape(found.group(1))
    if path not in source.thumbnails:  # none made (a caller that passes no photos): left out, as report.html's link
        return ""
    jpeg, image = source.thumbnails[path], QImage()
    if jpeg is None or not image.loadFromData(jpeg, "JPEG") or image.isNull():
        return f"<i>{html.escape(source.no_thumbnail)}</i>"
    name = f"photo-{len(images)}.jpg"
    images[name] = image.convertToFormat(QImage.Format.Format_RGB32)
    scale = THUMB_PX / max(image.width(), image.height(), 1)
    return f'<img src="{name}" width="{round(image.width() * scale)}" height="{round(image.height() * scale)}">'


def _page_html(source: ReportPdfInput, width_px: float) -> tuple[str, dict[str, QImage]]:
    """The report page made ready for QTextDocument: no script (the facts go into the XMP), a stylesheet Qt reads,
    the QR code and the charts put in where they belong; returns the images by the names the page uses."""
    family = _font_family()
    page = re.sub(r"<script\b.*?</script>", "", source.html, flags=re.S | re.I)
    page = re.sub(r"<style\b.*?</style>", f"<style>{STYLE}</style>", page, flags=re.S | re.I)
    page = re.sub(r'<div class="running">.*?</div>', "", page, flags=re.S)
    images: dict[str, QImage] = {"qr.png": _qimage_of_qr(source.key_fingerprint)}
    page = _THUMB.sub(lambda found: _thumbnail(found, source, images), page)
    page = _cut_long_tables(page)
    qr = f'<p><img src="qr.png" width="{QR_PX}" height="{QR_PX}"><br>{source.key_fingerprint}</p>'
    page = page.replace("<h1>", qr + "<h1>", 1)
    for sid, facts in (source.facts.get("sessions") or {}).items():
        if not isinstance(facts, dict):
            continue
        chart = charts.visit_chart(facts, source.tag_labels, family)
        if chart is not None:
            name = f"visit-{sid}.png"
            images[name] = chart
            page = page.replace(f"<!--chart:{sid}-->", _img(name, chart, width_px))
        for i, log in enumerate(facts.get("call_log") or []):
            per_day = (log.get("pattern") or {}).get("per_day") if isinstance(log, dict) else None
            chart = charts.calls_chart(per_day, family) if isinstance(per_day, dict) else None
            if chart is not None:
                name = f"calls-{sid}-{i}.png"
                images[name] = chart
                page = page.replace(f"<!--calls:{sid}-->", _img(name, chart, width_px), 1)
    return page, images


def render(source: ReportPdfInput) -> bytes:
    """report.pdf (PDF/A-1b) of the report page ``source.html``. Raises ReportFontMissing without the font."""
    with _lock:  # one document at a time: the font registration and Qt's font cache are shared
        _ensure_app()
        return _render(source)


def _render(source: ReportPdfInput) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(DPI)
    writer.setTitle(source.case)
    writer.setCreator(pdfa.PRODUCER)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 14, 15, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint(source, writer)
    buffer.close()
    return pdfa.fix_up(
        bytes(data.data()), title=source.case, created_utc=source.created_utc, facts_json=source.facts_json
    )


def paint(source: ReportPdfInput, device: QPagedPaintDevice) -> int:
    """Lay the report out on ``device``'s pages (a QPdfWriter, or a QPrinter with the user's page setup): each
    page headed with the case and the vault key and footed "page x of y". Returns the number of pages."""
    family = _font_family()
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(dpi)
    head_h = dpi * 0.3  # about 7.6 mm for the header line, the same for the footer
    body = QSizeF(area.width(), area.height() - 2 * head_h)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(QFont(family, 10))
    page, images = _page_html(source, body.width() * 96 / dpi * 0.95)
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(page)
    _set_tab_stops(doc, device, body.width())
    doc.setPageSize(body)
    pages = doc.pageCount()

    painter = QPainter(device)
    small = QFont(family, 8)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.setFont(small)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(0, 0, body.width(), head_h), Qt.AlignmentFlag.AlignLeft, _header(source))
            painter.drawText(
                QRectF(0, area.height() - head_h * 0.8, body.width(), head_h),
                Qt.AlignmentFlag.AlignHCenter,
                _page_of(source, index + 1, pages),
            )
            painter.save()
            painter.translate(0, head_h - index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def _header(source: ReportPdfInput) -> str:
    return source.page_head or f"{source.case} · {source.key_fingerprint}"


def _page_of(source: ReportPdfInput, page: int, pages: int) -> str:
    return source.page_of.replace("{pages}", str(pages)).replace("{page}", str(page))
