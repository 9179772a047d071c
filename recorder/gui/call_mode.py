"""Call mode in the app (issue 16 §1, §3, §6): a switch beside Record that makes the next recording a call — the
microphone ("me") and what the computer plays ("the other party") as two tracks of one session
(recorder/audio/call.py) — two level meters on the state strip while a call is recorded, the words for the other
party's track, and, the first time call mode is used (here or on the command line: the memory is shared,
recorder/audio/call_notice.py), one line on the laws of recording calls, as a banner: never a dialog in the way
of a recording.

The switch is remembered in the settings and cannot be turned while a recording runs (a recording is one thing or
the other from its start).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..audio.call_notice import notice_due, notice_shown
from .help_menu import TextDialog
from .record_panel import METER_FLOOR_DB
from .words import input_text


def other_failed_sentence(error: Any) -> str:
    """Why the other party's sound is not being recorded while the microphone is (a banner's words)."""
    params = dict(getattr(error, "params", None) or {})
    if params.get("device") and not params.get("reason"):
        return QCoreApplication.translate(
            "CallMode",
            "There is no output called “{device}” whose sound can be recorded, so the other party's sound is not "
            "being recorded. Your microphone is recording.",
        ).format(device=params["device"])
    if error is None:
        return QCoreApplication.translate(
            "CallMode",
            "The other party's sound is no longer being recorded because of an unexpected error. Your microphone "
            "goes on recording.",
        )
    return QCoreApplication.translate(
        "CallMode",
        "The other party's sound (what the computer plays) cannot be recorded here ({reason}), so only your "
        "microphone is being recorded.",
    ).format(reason=str(params.get("reason") or "—"))


def other_lost_paused_sentence() -> str:
    """The other party's output lost while the call is paused (banner)."""
    return QCoreApplication.translate(
        "CallMode",
        "The computer's sound (the other party) was lost while the recording is paused. When you resume, your "
        "microphone is recorded, and the other party's sound as soon as it is back; the gap is recorded.",
    )


def other_lost_too_sentence() -> str:
    """The other party's output lost while the microphone is lost too (banner)."""
    return QCoreApplication.translate(
        "CallMode",
        "The computer's sound (the other party) can no longer be recorded either. Each is recorded again as soon as "
        "it is back; the gaps are recorded.",
    )


def other_back_paused_sentence(device: str) -> str:
    """The other party's output back while the call is paused (banner)."""
    return QCoreApplication.translate(
        "CallMode", "The other party's sound is back (“{device}”); it is recorded when you resume."
    ).format(device=device or "—")


def laws_sentence() -> str:
    return QCoreApplication.translate(
        "CallMode",
        "Laws on recording calls differ: in some places every party to the call must agree to be recorded.",
    )


def describe(kind: str, d: dict[str, Any]) -> str | None:
    """A running-list line of a call (its start, or an event of the other party's track); None: not a call's."""
    other = d.get("track") == "other"
    if kind == "started" and "other" in d:
        me = input_text(d.get("input") or None)
        if not d["other"]:
            return QCoreApplication.translate(
                "CallMode", "Call recording started (me: {me}; the other party's sound could not be opened)"
            ).format(me=me)
        return QCoreApplication.translate(
            "CallMode", "Call recording started (me: {me}; the other party: {other})"
        ).format(me=me, other=d["other"])
    if other and kind == "input-lost":
        return QCoreApplication.translate(
            "CallMode", "The other party's sound lost ({device}); the gap is recorded"
        ).format(device=d.get("device") or "—")
    if other and kind == "input-resumed":
        return QCoreApplication.translate("CallMode", "The other party's sound is back ({device})").format(
            device=d.get("device") or "—"
        )
    if other and kind == "gap":
        return QCoreApplication.translate("CallMode", "The other party: gap of {seconds} s").format(
            seconds=f"{d.get('seconds', 0):.1f}"
        )
    return None


class CallSwitch(QPushButton):
    """The switch beside Record: checked, the next recording is a call."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callMode")
        self.setCheckable(True)
        self.setMinimumHeight(72)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # On, it stands out, and stays readable while a call is recorded (the switch is then fixed, so disabled:
        # greyed text would hide that this recording is a call). Palette roles, so a dark theme keeps it legible.
        self.setStyleSheet(
            "QPushButton#callMode:checked { font-weight: bold; border: 3px solid palette(highlight);"
            " border-radius: 6px; background: palette(base); color: palette(text); }"
        )
        self.toggled.connect(lambda _on: self.retranslate())
        self.retranslate()

    # The checked style's border (3 px a side) and a margin inside it, which the style's size hint does not count.
    FRAME_PX = 2 * (3 + 6)

    def sizeHint(self) -> QSize:
        """Wide enough for either state's words in bold: the style's hint measures the plain font without the
        checked border, so "☎ Call mode: on" was cut to "Call mode: or" and the state word could not be read."""
        hint = super().sizeHint()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        need = max(metrics.horizontalAdvance(t) for t in self._texts()) + self.FRAME_PX
        return QSize(max(hint.width(), need), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _texts(self) -> tuple[str, str]:
        return self.tr("☎ Call mode: on"), self.tr("☎ Call mode: off")

    def retranslate(self) -> None:
        on = self.isChecked()
        self.setText(self._texts()[0] if on else self._texts()[1])
        self.updateGeometry()  # the words' width changes with the language
        self.setToolTip(
            self.tr(
                "On: Record records a call on this computer as two tracks, your microphone (me) and what the "
                "computer plays (the other party). Chosen before recording starts."
            )
        )
        self.setAccessibleName(self.tr("Call mode"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CallMeters(QWidget):
    """Two level meters for the state strip while a call is recorded: me above, the other party below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me_label, self.other_label = QLabel(), QLabel()
        self.me, self.other = self._meter(), self._meter()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.me_label, 0, 0)
        grid.addWidget(self.me, 0, 1)
        grid.addWidget(self.other_label, 1, 0)
        grid.addWidget(self.other, 1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.retranslate()

    @staticmethod
    def _meter() -> QProgressBar:
        meter = QProgressBar()
        meter.setRange(0, int(-METER_FLOOR_DB * 10))
        meter.setTextVisible(False)
        meter.setFixedSize(160, 12)
        return meter

    def show_level(self, meter: QProgressBar, st: Any) -> None:
        """As the record panel's meter: no signal (greyed) when paused or without input."""
        listening = st is not None and st.state == "recording"
        meter.setEnabled(listening)
        level = st.level_peak_dbfs if listening and st.level_peak_dbfs is not None else METER_FLOOR_DB
        meter.setValue(int((max(METER_FLOOR_DB, min(0.0, float(level))) - METER_FLOOR_DB) * 10))
        name = getattr(st, "input_name", "") or ""
        meter.setToolTip(name)

    def retranslate(self) -> None:
        self.me_label.setText(self.tr("Me"))
        self.other_label.setText(self.tr("The other party"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CallModeHelp(TextDialog):
    """Help → Call mode: what it records, and what to do on macOS."""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Call mode"))
        self.body.setText(
            "\n\n".join(
                (
                    self.tr(
                        "Call mode records a call you take on this computer (WeChat, QQ, Skype, a softphone) as two "
                        "tracks of one recording: your microphone (me) and what the computer plays (the other "
                        "party). Turn on “Call mode” beside Record, then record as usual."
                    ),
                    self.tr(
                        "If either sound is lost, the other goes on being recorded and the gap is recorded; the "
                        "strip at the top says which."
                    ),
                    self.tr(
                        "On macOS, install a virtual output such as BlackHole and send the call's sound to it "
                        "(see the README)."
                    ),
                    laws_sentence(),
                )
            )
        )


class CallModeView(QObject):
    """Wires call mode into a main window: the switch, the strip's meters and words, the first-use line."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        panel, controller, state = window.record_panel, window.controller, window.state_view
        self.switch = CallSwitch()
        self.switch.setChecked(window.settings.call_mode)
        self.switch.toggled.connect(self._remember)
        panel.top.insertWidget(1, self.switch, 1)  # beside Record, before Pause
        self.meters = CallMeters()
        self.meters.hide()
        state.strip.row.addWidget(self.meters)
        controller.call_mode = self._call_mode
        controller.started.connect(self._started)
        controller.stopped.connect(self._stopped)
        controller.status_changed.connect(lambda st: self._level(self.meters.me, st))
        controller.other_status_changed.connect(lambda st: self._level(self.meters.other, st))
        controller.other_status_changed.connect(state.other_status)

    def _call_mode(self) -> bool:
        """Asked by the controller as a recording starts: a call or not, and from which output (the settings')."""
        self.window.controller.loopback = self.window.settings.call_output
        return self.switch.isChecked()

    def _remember(self, on: bool) -> None:
        self.window.settings.call_mode = on
        self.window.settings.sync()

    def _level(self, meter: QProgressBar, st: Any) -> None:
        if self.meters.isVisible():
            self.meters.show_level(meter, st)

    def _started(self, _session_id: str) -> None:
        call = self.window.controller.call
        self.switch.setEnabled(False)  # a recording is a call, or not, from its start
        self.window.state_view.call = call
        self.meters.setVisible(call)
        self.window.record_panel.meter.setVisible(not call)  # the strip's "Me" meter stands for it
        self.window.state_view.refresh()
        if call:
            self._first_use()

    def _stopped(self, _session_id: str, _reason: str) -> None:
        self.switch.setEnabled(True)
        self.meters.hide()
        self.window.record_panel.meter.show()
        self.window.banners.remove("other-input")
        self.window.state_view.call = False

    def _first_use(self) -> None:
        """Issue 16 §6: once for this vault folder, whether first used here or on the command line."""
        home = self.window.home
        if not notice_due(home):
            return
        self.window.banners.show_message(laws_sentence, "info", "call-laws")
        notice_shown(home)
