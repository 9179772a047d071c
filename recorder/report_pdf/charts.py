"""Charts of report.pdf, drawn with QPainter from the facts alone: the visit (tags on a time axis) and, when the
case has a call log, contacts per day. Each returns a QImage the document embeds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

WIDTH, HEIGHT = 1600, 300  # pixels, shown about 17 cm wide: sharp enough in print


def _font(family: str, pixels: int) -> QFont:
    """A font by pixel size: the image is printed about 17 cm wide, so 28 pixels read as about 9 points."""
    font = QFont(family)
    font.setPixelSize(pixels)
    return font


def _image(height: int = HEIGHT) -> tuple[QImage, QPainter]:
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return image, painter


def visit_chart(facts: dict[str, Any], labels: dict[str, str], family: str) -> QImage | None:
    """The tags that make the facts, on the audio's time axis (minutes from the start of the recording)."""
    points: list[tuple[int, str]] = []
    visit = facts.get("visit") or {}
    for key in ("start", "end"):
        if isinstance(visit.get(key), dict):
            points.append((int(visit[key].get("offset_ms", 0)), str(visit[key].get("code"))))
    stayed = facts.get("stayed_after_asked") or {}
    if isinstance(stayed.get("asked"), dict):
        points.append((int(stayed["asked"].get("offset_ms", 0)), "asked-to-leave"))
    for key in ("id", "entered_home", "threats", "contacted_others"):
        for p in facts.get(key) or []:
            if isinstance(p, dict):
                points.append((int(p.get("offset_ms", 0)), str(p.get("code"))))
    if not points:
        return None
    points.sort()
    image, painter = _image()
    left, right, axis_y = 60, WIDTH - 60, HEIGHT - 70
    span = max(points[-1][0], 60_000)
    painter.setPen(QPen(QColor("#333"), 3))
    painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
    painter.setFont(_font(family, 28))
    minutes = span // 60_000 + 1
    step = max(1, minutes // 10)
    for m in range(0, minutes + 1, step):
        x = left + (right - left) * (m * 60_000) / span
        if x > right + 1:
            break
        painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 10))
        painter.drawText(QRectF(x - 60, axis_y + 14, 120, 40), Qt.AlignmentFlag.AlignHCenter, f"{m} min")
    if isinstance(visit.get("start"), dict) and isinstance(visit.get("end"), dict):
        a = left + (right - left) * int(visit["start"].get("offset_ms", 0)) / span
        b = left + (right - left) * int(visit["end"].get("offset_ms", 0)) / span
        painter.fillRect(QRectF(a, axis_y - 18, max(b - a, 2), 14), QColor("#9ec5e8"))
    for row, (offset, code) in enumerate(points):
        x = left + (right - left) * offset / span
        colour = QColor("#b00020") if code in ("threat", "insult", "entered-home") else QColor("#1f4e79")
        painter.setPen(QPen(colour, 3))
        top = 8 + (row % 5) * 36
        painter.drawLine(QPointF(x, top + 32), QPointF(x, axis_y - 20))
        painter.drawText(QRectF(x - 200, top, 400, 34), Qt.AlignmentFlag.AlignHCenter, labels.get(code, code))
    painter.end()
    return image


def calls_chart(per_day: dict[str, Any], family: str) -> QImage | None:
    """Contacts per day, stacked: calls received (answered), missed, rejected or blocked, messages."""
    days = sorted(per_day)
    if not days:
        return None
    image, painter = _image(360)
    left, right, bottom, top = 70, WIDTH - 20, 300, 20
    parts = (("calls_in", "#1f4e79"), ("missed", "#e08a00"), ("rejected", "#b00020"), ("messages_in", "#6a9f3a"))
    totals = [sum(int(per_day[d].get(k, 0) or 0) for k, _ in parts) for d in days]
    most = max(max(totals), 1)
    width = (right - left) / len(days)
    painter.setFont(_font(family, 26))
    for i, day in enumerate(days):
        y = bottom
        for key, colour in parts:
            n = int(per_day[day].get(key, 0) or 0)
            h = (bottom - top) * n / most
            painter.fillRect(QRectF(left + i * width + 2, y - h, max(width - 4, 1), h), QColor(colour))
            y -= h
        if len(days) <= 16 or i % max(1, len(days) // 10) == 0:
            painter.setPen(QColor("#333"))
            painter.drawText(
                QRectF(left + i * width - 40, bottom + 6, width + 80, 40), Qt.AlignmentFlag.AlignHCenter, day[5:]
            )
    painter.setPen(QPen(QColor("#333"), 2))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    painter.drawText(QRectF(0, top - 10, left - 8, 30), Qt.AlignmentFlag.AlignRight, str(most))
    painter.end()
    return image
