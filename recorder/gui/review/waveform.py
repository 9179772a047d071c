"""The waveform: drawn from cached peaks, with zoom, markers and the playhead. Clicking moves the playhead.

A call (issue 16 §4) has two lanes, the microphone's above the other party's, each labelled; the ruler, the
markers, the playhead and a dragged stretch span both. A one-track session is drawn exactly as before."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core import crypto
from ...core.timeline_cache import PEAK_FRAMES
from .markers import KIND_WORDS, Marker, clock_text, tr

MARKER_COLOURS = {
    "tag": QColor("#c0392b"),
    "note": QColor("#2471a3"),
    "attachment": QColor("#7d3c98"),
    "visitors": QColor("#b9770e"),
    "pause": QColor("#7f8c8d"),
    "resume": QColor("#7f8c8d"),
    "gap": QColor("#e67e22"),
    "input": QColor("#16a085"),
    "interrupted": QColor("#000000"),
    "later": QColor("#1e8449"),
}
RULER = 18  # pixels of time ruler at the top
FLAG = 8  # marker flag size
MIN_FRAMES_PER_PX = 16
DRAG_PX = 4  # a press that moves less than this is a click (seek), more a drag (a stretch)
LABELS_UP_TO = 60  # markers in view beyond which their texts are left to the tooltip and the list


class WaveformView(QWidget):
    """Shows the frames [start, start + width × frames_per_px) of the session's audio."""

    seek_requested = Signal(int)  # a frame
    marker_clicked = Signal(int)  # an index into markers
    stretch_selected = Signal(int, int)  # first frame, end frame (exclusive) dragged over; (-1, -1) when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMouseTracking(True)
        self.peaks = np.zeros((0, 2), dtype="<i2")
        self.total_frames = 0
        self.rate = 48000
        self.markers: list[Marker] = []
        self.playhead = 0
        self.start = 0
        self.frames_per_px = 1.0
        self._cache: QPixmap | None = None
        # Reads (start frame, count) -> int16 samples, for detail beyond the peaks; None draws from peaks only.
        self.read_samples: Callable[[int, int], np.ndarray] | None = None
        self._cache_key: tuple[object, ...] | None = None
        # A stretch dragged over with the left button (issue 15 §3: an excerpt), in frames.
        self.selection: tuple[int, int] | None = None
        self._press_x: float | None = None
        # A call's other party on the same timeline: its peaks and reader, and the two lanes' labels.
        self.other_peaks: np.ndarray | None = None
        self.read_other: Callable[[int, int], np.ndarray] | None = None
        self.lane_labels: tuple[str, str] = ("", "")

    # -- data ---------------------------------------------------------------------------------------------
    def set_audio(self, peaks: np.ndarray, total_frames: int, rate: int) -> None:
        self.peaks, self.total_frames, self.rate = peaks, total_frames, rate
        self.fit()

    def set_other(self, peaks: np.ndarray, read: Callable[[int, int], np.ndarray] | None) -> None:
        """Show a call's other party below the microphone (``peaks`` on the same timeline as :meth:`set_audio`'s)."""
        self.other_peaks, self.read_other = peaks, read
        self.setMinimumHeight(200)
        self._cache = None
        self.update()

    def set_lane_labels(self, me: str, other: str) -> None:
        self.lane_labels = (me, other)
        self._cache = None
        self.update()

    def set_markers(self, markers: list[Marker]) -> None:
        self.markers = markers
        self._cache = None
        self.update()

    def set_playhead(self, frame: int) -> None:
        frame = max(0, min(frame, self.total_frames))
        if frame == self.playhead:
            return
        self.playhead = frame
        span = self.visible_frames()
        if not self.start <= frame < self.start + span:
            self.start = self._clamp_start(frame - span // 8)
        self.update()

    # -- geometry -------------------------------------------------------------------------------------------
    def fit(self) -> None:
        """Show the whole session."""
        self.start = 0
        self.frames_per_px = max(MIN_FRAMES_PER_PX, self.total_frames / max(1, self.width()))
        self.update()

    def visible_frames(self) -> int:
        return int(self.frames_per_px * max(1, self.width()))

    def x_for_frame(self, frame: int) -> float:
        return (frame - self.start) / self.frames_per_px

    def frame_for_x(self, x: float) -> int:
        return max(0, min(self.total_frames, int(self.start + x * self.frames_per_px)))

    def zoom(self, factor: float, around: int | None = None) -> None:
        """Zoom by ``factor`` (>1 zooms in) keeping frame ``around`` (default: the playhead) in place."""
        around = self.playhead if around is None else around
        x = self.x_for_frame(around)
        most = max(MIN_FRAMES_PER_PX, self.total_frames / max(1, self.width()))
        self.frames_per_px = max(MIN_FRAMES_PER_PX, min(most, self.frames_per_px / factor))
        if not 0 <= x <= self.width():
            x = self.width() / 2
        self.start = self._clamp_start(int(around - x * self.frames_per_px))
        self.update()

    def _clamp_start(self, start: int) -> int:
        return max(0, min(start, max(0, self.total_frames - self.visible_frames())))

    def marker_at(self, x: float, y: float) -> int | None:
        """The marker whose line or flag is within a few pixels of (x, y), nearest first."""
        best, best_d = None, 5.0
        for i, m in enumerate(self.markers):
            d = abs(self.x_for_frame(m.frame) - x)
            if d <= best_d:
                best, best_d = i, d
        return best

    # -- Qt -------------------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(800, 200)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.total_frames and self.frames_per_px * event.oldSize().width() >= self.total_frames:
            self.fit()
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        hit = self.marker_at(pos.x(), pos.y())
        if hit is not None:
            self.marker_clicked.emit(hit)
        else:
            self._press_x = pos.x()
            if self.selection is not None:  # a new click or drag replaces the stretch
                self.select(0, 0)
                self.stretch_selected.emit(-1, -1)
            self.seek_requested.emit(self.frame_for_x(pos.x()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press_x is not None:
            self._press_x = None
            if self.selection is not None:
                self.stretch_selected.emit(*self.selection)
        super().mouseReleaseEvent(event)

    def select(self, first: int, end: int) -> None:
        """Show a stretch as selected (frames ``first`` … ``end`` − 1), or none when ``end`` ≤ ``first``."""
        first, end = max(0, first), min(self.total_frames, end)
        self.selection = (first, end) if end > first else None
        self.update()

    def _drag(self, x: float) -> None:
        assert self._press_x is not None
        if self.selection is None and abs(x - self._press_x) < DRAG_PX:
            return  # a click, not yet a drag
        a, b = sorted((self.frame_for_x(self._press_x), self.frame_for_x(x)))
        self.select(a, b)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_x is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag(event.position().x())
        hit = self.marker_at(event.position().x(), event.position().y())
        if hit is None:
            self.setToolTip("")
        else:
            m = self.markers[hit]
            word = tr(KIND_WORDS.get(m.kind, m.kind))
            self.setToolTip(f"{clock_text(m.frame, self.rate)} · {word}: {m.text}")
        super().mouseMoveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25**steps, self.frame_for_x(event.position().x()))
        else:
            self.start = self._clamp_start(int(self.start - steps * self.visible_frames() / 10))
            self.update()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.drawPixmap(0, 0, self._background())
        if self.selection is not None:
            a, b = (self.x_for_frame(f) for f in self.selection)
            p.fillRect(QRectF(a, 0, max(1.0, b - a), self.height()), QColor(41, 128, 185, 60))
        x = self.x_for_frame(self.playhead)
        p.setPen(QPen(QColor("#d35400"), 2))
        p.drawLine(QLineF(x, 0, x, self.height()))
        p.end()

    def _background(self) -> QPixmap:
        """Waveform, ruler and markers, redrawn only when the view or the markers change, not as the playhead
        moves; markers are batched per colour and per pixel column, so thousands of them draw at once."""
        key = (
            self.start, self.frames_per_px, self.width(), self.height(), id(self.markers), len(self.markers),
            self.lane_labels,
        )  # fmt: skip
        if self._cache is not None and self._cache_key == key:
            return self._cache
        pix = QPixmap(max(1, self.width()), max(1, self.height()))
        pix.fill(QColor("#fbfbfb"))
        p = QPainter(pix)
        self._draw_ruler(p)
        if self.other_peaks is None:
            self._draw_lane(p, RULER, self.height(), self._columns())
        else:
            split = RULER + (self.height() - RULER) / 2
            self._draw_lane(p, RULER, split, self._columns())
            self._draw_lane(p, split, self.height(), self._columns(self.other_peaks, self.read_other), "#7d6608")
            p.setPen(QPen(QColor("#aab7b8"), 1))
            p.drawLine(QPointF(0, split), QPointF(self.width(), split))
        self._draw_markers(p)
        if self.other_peaks is not None:
            self._draw_lane_labels(p, split)
        p.end()
        self._cache, self._cache_key = pix, key
        return pix

    def _draw_lane(
        self, p: QPainter, top: float, bottom: float, columns: tuple[np.ndarray, np.ndarray], colour: str = "#5d6d7e"
    ) -> None:
        mid = top + (bottom - top) / 2
        half = (bottom - top) / 2 - 2
        lows, highs = columns
        p.setPen(QPen(QColor(colour), 1))
        lines = [
            QLineF(x, mid - hi * half, x, mid - lo * half) for x, (lo, hi) in enumerate(zip(lows, highs, strict=True))
        ]
        if lines:
            p.drawLines(lines)
        p.setPen(QPen(QColor("#d5d8dc"), 1))
        p.drawLine(QPointF(0, mid), QPointF(self.width(), mid))

    def _draw_lane_labels(self, p: QPainter, split: float) -> None:
        """Each lane's name at its left, on a light box so that it reads over the waveform (below the row of
        marker texts in the upper lane)."""
        metrics = p.fontMetrics()
        tops = (RULER + FLAG + metrics.height() + 5, split + 3)
        for text, top in zip(self.lane_labels, tops, strict=True):
            if not text:
                continue
            box = QRectF(3, top, metrics.horizontalAdvance(text) + 8, metrics.height() + 2)
            p.fillRect(box, QColor(255, 255, 255, 210))
            p.setPen(QPen(QColor("#1b2631"), 1))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _draw_markers(self, p: QPainter) -> None:
        h = self.height()
        columns: dict[tuple[str, bool], set[int]] = {}
        visible: list[tuple[int, Marker]] = []
        for m in self.markers:
            x = round(self.x_for_frame(m.frame))
            if -FLAG <= x <= self.width():
                columns.setdefault((m.kind, m.later), set()).add(x)
                visible.append((x, m))
        if len(visible) <= LABELS_UP_TO:
            # Few enough to read: each marker's text beside its flag, cut to fit before the next one.
            metrics = p.fontMetrics()
            p.setPen(QPen(QColor("#34495e"), 1))
            for i, (x, m) in enumerate(visible):
                after = (nx for nx, n in visible[i + 1 :] if n.later == m.later)  # the next flag in the same row
                room = next(after, self.width()) - x - FLAG - 4
                text = m.text or tr(KIND_WORDS.get(m.kind, m.kind))
                if room > 24:
                    y = h - FLAG - 3 if m.later else RULER + FLAG + metrics.ascent()
                    p.drawText(QPointF(x + FLAG + 2, y), metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
        for (kind, later), xs in columns.items():
            colour = MARKER_COLOURS.get(kind, QColor("#444444"))
            p.setPen(QPen(colour, 1, Qt.PenStyle.DashLine if later else Qt.PenStyle.SolidLine))
            p.drawLines([QLineF(x, RULER, x, h) for x in xs])
            p.setBrush(colour)
            y = h - FLAG - 1 if later else RULER
            p.drawRects([QRectF(x, y, FLAG, FLAG) for x in xs])

    def columns(self, lane: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """What each pixel column of a lane shows (0: the microphone, 1: a call's other party), −1…1."""
        if lane == 1 and self.other_peaks is not None:
            return self._columns(self.other_peaks, self.read_other)
        return self._columns()

    def _columns(
        self, peaks: np.ndarray | None = None, read: Callable[[int, int], np.ndarray] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Min and max (−1…1) for each pixel column, reduced from the peaks in one vectorised pass — or, zoomed
        in closer than the peaks' resolution, from the samples themselves (a few blocks decrypted in memory).
        Of the microphone's track unless ``peaks`` (and ``read``) of a call's other party are given."""
        if peaks is None:
            peaks, read = self.peaks, self.read_samples
        width = self.width()
        if not len(peaks) or width <= 0:
            return np.zeros(0), np.zeros(0)
        if read is not None and self.frames_per_px < PEAK_FRAMES:
            try:
                samples = read(self.start, self.visible_frames())
            except (crypto.InvalidTag, OSError, ValueError):  # damaged audio: the peaks still show the shape
                samples = None
            if samples is not None and len(samples):
                edges = (np.arange(width + 1) * self.frames_per_px).astype(np.int64)
                starts = edges[edges < len(samples)][:width]
                lows = np.minimum.reduceat(samples, starts) / 32768.0
                highs = np.maximum.reduceat(samples, starts) / 32768.0
                return lows, highs
        edges = (self.start + np.arange(width + 1) * self.frames_per_px) / PEAK_FRAMES
        edges = np.clip(edges.astype(np.int64), 0, len(peaks))
        last = int(np.searchsorted(edges, len(peaks)))  # columns past the end of the audio stay empty
        cols = max(0, min(width, last))
        if cols == 0:
            return np.zeros(0), np.zeros(0)
        starts = np.minimum(edges[:cols], len(peaks) - 1)
        lows = np.minimum.reduceat(peaks[:, 0], starts) / 32768.0
        highs = np.maximum.reduceat(peaks[:, 1], starts) / 32768.0
        return lows, highs

    def _draw_ruler(self, p: QPainter) -> None:
        span_s = self.visible_frames() / self.rate if self.rate else 1
        step = next((s for s in (1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600) if span_s / s <= 12), 7200)
        p.setPen(QPen(QColor("#566573"), 1))
        first = int(self.start / self.rate // step * step) if self.rate else 0
        t = first
        while self.rate and t * self.rate <= self.start + self.visible_frames():
            x = self.x_for_frame(t * self.rate)
            if x >= 0:
                p.drawLine(QLineF(x, RULER - 5, x, RULER))
                p.drawText(QPointF(x + 2, RULER - 6), clock_text(t * self.rate, self.rate))
            t += step
