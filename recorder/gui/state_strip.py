"""What the recording is doing, unmistakable at a glance (issue 13 item 1): a strip across the window with an
icon, words and a colour for each state — not recording, recording, paused, microphone lost, stopped — and the
same state in the window title ("● Recording 00:12:31 — Evidence Recorder") and on the system tray's icon where
the desktop has a tray. Colours come from the palette (tinted like the banners), so a dark or high-contrast theme
keeps the words readable; the words and the icon carry the state on their own.

The clock is the recorded audio's own ("time since start of audio": pauses and lost input not counted), the same
clock the running list and the review window use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QSystemTrayIcon, QWidget

from .appearance import banner_colours
from .record_panel import clock

IDLE, RECORDING, PAUSED, INPUT_LOST, STOPPED = "idle", "recording", "paused", "input-lost", "stopped"
OTHER_LOST = "other-lost"  # call mode: the other party's sound (the computer's output) lost, the microphone on
_LEVEL = {
    IDLE: "info",
    RECORDING: "error",
    PAUSED: "warning",
    INPUT_LOST: "error",
    OTHER_LOST: "error",
    STOPPED: "info",
}


def state_icon(state: str, colour: QColor, size: int = 32) -> QPixmap:
    """A shape per state, so it reads without colour: a dot, two bars, a warning triangle, a square."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    m = size * 0.12
    box = QRectF(m, m, size - 2 * m, size - 2 * m)
    if state == RECORDING:
        p.drawEllipse(box)
    elif state == PAUSED:
        w = box.width() * 0.32
        p.drawRect(QRectF(box.left(), box.top(), w, box.height()))
        p.drawRect(QRectF(box.right() - w, box.top(), w, box.height()))
    elif state in (INPUT_LOST, OTHER_LOST):
        tri = QPainterPath()
        tri.moveTo(QPointF(box.center().x(), box.top()))
        tri.lineTo(QPointF(box.right(), box.bottom()))
        tri.lineTo(QPointF(box.left(), box.bottom()))
        tri.closeSubpath()
        p.drawPath(tri)
        p.setBrush(QColor("white"))
        bar = box.width() * 0.1
        cx = box.center().x()
        p.drawRect(QRectF(cx - bar / 2, box.top() + box.height() * 0.35, bar, box.height() * 0.35))
        p.drawRect(QRectF(cx - bar / 2, box.bottom() - box.height() * 0.2, bar, bar))
    else:
        p.drawRect(box.adjusted(box.width() * 0.1, box.height() * 0.1, -box.width() * 0.1, -box.height() * 0.1))
    p.end()
    return pix


class StateStrip(QFrame):
    """The strip itself; :class:`RecordingState` keeps it, the title and the tray in step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateStrip")
        self.state = IDLE
        self.icon = QLabel()
        self.words = QLabel()
        self.words.setWordWrap(True)
        font = self.words.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.words.setFont(font)
        self.row = layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.words, 1)  # a call's two level meters follow (recorder/gui/call_mode.py)
        self._styled: tuple[str, str] = ("", "")

    def show_state(self, state: str, words: str) -> None:
        if state != self.state or not self.accessibleName():
            self.setAccessibleName(words)  # once per state: a screen reader is not told the clock ten times a second
        self.state = state
        if self.words.text() != words:
            self.words.setText(words)
        self._restyle()

    def colours(self) -> tuple[QColor, QColor, QColor]:
        """(background, accent, text) of the current state, from the application's palette (the theme's: not this
        widget's own, which its style sheet has already tinted)."""
        return banner_colours(_LEVEL.get(self.state, "info"), QApplication.palette())

    def _restyle(self) -> None:
        background, accent, text = self.colours()
        key = (self.state, background.name() + accent.name() + text.name())
        if key == self._styled:
            return  # setting the same style sheet again would only post another PaletteChange
        self._styled = key
        self.setStyleSheet(
            f"QFrame#stateStrip {{ background:{background.name()}; border:1px solid {accent.name()};"
            f" border-left:8px solid {accent.name()}; border-radius:4px; }}"
            f" QFrame#stateStrip QLabel {{ color:{text.name()}; }}"
        )
        self.icon.setPixmap(state_icon(self.state, accent, self.words.fontMetrics().height() + 8))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()  # a new theme (dark, high contrast): the same roles, new colours
        super().changeEvent(event)


class RecordingState(QWidget):
    """Turns the controller's status and events into the strip, the window title and the tray icon.

    A QWidget only to hear LanguageChange; it shows nothing itself (the strip is placed by the window)."""

    def __init__(self, window: QWidget, base_title: Callable[[], str]) -> None:
        super().__init__(window)
        self.hide()
        self.window_ = window
        self.base_title = base_title
        self.strip = StateStrip()
        self.state = IDLE
        self.recorded_s = 0.0
        self.lost_since: datetime | None = None
        # Call mode (issue 16): the other party's track, told by call_mode.CallModeView.
        self.call = False
        self.other_lost = False
        self.other_device = ""
        self.other_lost_since: datetime | None = None
        self.app_icon = window.windowIcon()  # shown again when not recording
        self._look: tuple[str, str] = ("", "")
        self.tray = QSystemTrayIcon(window)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self.refresh()

    # -- from the controller ---------------------------------------------------------------------------------------
    def started(self) -> None:
        self.state, self.recorded_s, self.lost_since = RECORDING, 0.0, None
        self.other_lost, self.other_lost_since = False, None
        self.refresh()

    def other_status(self, st: Any) -> None:
        """A call's other track: lost (the output went away) or not; the microphone's state is kept apart."""
        lost = st.state == "input-lost"
        if st.input_name:
            self.other_device = st.input_name
        if lost and self.other_lost_since is None:
            self.other_lost_since = datetime.now()
        if not lost:
            self.other_lost_since = None
        if lost != self.other_lost:
            self.other_lost = lost
            if lost and self.state == RECORDING:
                self.state = OTHER_LOST
            elif not lost and self.state == OTHER_LOST:
                self.state = RECORDING
            self.refresh()

    def stopped(self, recorded_s: float | None = None) -> None:
        if recorded_s is not None:
            self.recorded_s = recorded_s
        self.state, self.lost_since = STOPPED, None
        self.refresh()

    def status(self, st: Any) -> None:
        if self.state in (IDLE, STOPPED):
            return  # the final status of a stopped recording arrives after the stop
        self.recorded_s = float(st.audio_s)
        state = {"paused": PAUSED, "input-lost": INPUT_LOST}.get(st.state, RECORDING)
        if state == RECORDING and self.call and self.other_lost:
            state = OTHER_LOST
        if state == INPUT_LOST and self.lost_since is None:
            self.lost_since = datetime.now()
        if state != INPUT_LOST and st.state != "paused":
            self.lost_since = None
        self.state = state
        self.refresh()

    def logged(self, ev: Any) -> None:
        """A line of the running list: the loss of the input is dated from when it began — the engine notices a
        silent input only after a while (2 s), and says how much audio was missing by then."""
        if ev.kind != "input-lost":
            return
        before = float((ev.detail or {}).get("seconds_before_noticed", 0.0))
        if (ev.detail or {}).get("track") == "other":
            self.other_lost = True
            self.other_device = str(ev.detail.get("device") or self.other_device)
            self.other_lost_since = datetime.now() - timedelta(seconds=max(0.0, before))
            if self.state == RECORDING:
                self.state = OTHER_LOST
            self.refresh()
            return
        self.lost_since = datetime.now() - timedelta(seconds=max(0.0, before))
        if self.state == RECORDING:
            self.state = INPUT_LOST
        self.refresh()

    # -- words -------------------------------------------------------------------------------------------------
    def words(self) -> str:
        t = clock(self.recorded_s)
        if self.state == RECORDING and self.call:
            return self.tr("Recording a call · me and the other party · {time} recorded").format(time=t)
        if self.state == RECORDING:
            return self.tr("Recording · {time} recorded").format(time=t)
        if self.state == OTHER_LOST:
            since = self.other_lost_since.strftime("%H:%M:%S") if self.other_lost_since else "—"
            return self.tr(
                "The other party's sound ({device}) lost since {since} · your microphone goes on recording · "
                "{time} recorded"
            ).format(device=self.other_device or "—", since=since, time=t)
        if self.state == INPUT_LOST and self.call and self.other_lost:
            # A headset (microphone and speakers in one) unplugged: neither track records until a device is back;
            # the words below would say the other party goes on, which is then untrue.
            since = self.lost_since.strftime("%H:%M:%S") if self.lost_since else "—"
            return self.tr(
                "Microphone and the other party's sound lost since {since} · recording resumes by itself when "
                "either is back · {time} recorded"
            ).format(since=since, time=t)
        if self.state == INPUT_LOST and self.call:
            since = self.lost_since.strftime("%H:%M:%S") if self.lost_since else "—"
            return self.tr(
                "Microphone lost since {since} · the other party's sound goes on being recorded · {time} recorded"
            ).format(since=since, time=t)
        if self.state == PAUSED:
            return self.tr("Paused · nothing is being recorded · {time} recorded so far").format(time=t)
        if self.state == INPUT_LOST:
            since = self.lost_since.strftime("%H:%M:%S") if self.lost_since else "—"
            return self.tr(
                "Microphone lost since {since} · recording resumes by itself when an input is back · {time} recorded"
            ).format(since=since, time=t)
        if self.state == STOPPED:
            return self.tr("Stopped · the recording was saved and sealed · {time} recorded").format(time=t)
        return self.tr("Not recording")

    def title_prefix(self) -> str:
        t = clock(self.recorded_s)
        if self.state == RECORDING:
            return self.tr("● Recording {time}").format(time=t)
        if self.state == PAUSED:
            return self.tr("❚❚ Paused {time}").format(time=t)
        if self.state == INPUT_LOST:
            return self.tr("⚠ Microphone lost {time}").format(time=t)
        if self.state == OTHER_LOST:
            return self.tr("⚠ Other party lost {time}").format(time=t)
        return ""

    def refresh(self) -> None:
        """Called on every poll of the engine (10 a second): only what changed is redrawn."""
        self.strip.show_state(self.state, self.words())  # the strip's icon is its symbol
        prefix = self.title_prefix()
        base = self.base_title()
        title = f"{prefix} — {base}" if prefix else base
        if self.window_.windowTitle() != title:
            self.window_.setWindowTitle(title)
        if self.tray.toolTip() != title:
            self.tray.setToolTip(title)
        _bg, accent, _text = self.strip.colours()
        look = (self.state, accent.name())
        if look != self._look:
            self._look = look
            state_image = QIcon(state_icon(self.state, accent, 64))
            self.tray.setIcon(state_image)
            # The taskbar shows the window's icon: while a recording runs, its state's (a dot, bars, a warning).
            self.window_.setWindowIcon(state_image if prefix else self.app_icon)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
