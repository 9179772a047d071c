"""What the user sees while recording: the big Record/Stop button, pause, clocks, level meter, input name,
"saved up to", the fingerprint, quick tags, the note field, attachments, who is here, and the running list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .cases import shown_case
from .note_field import NoteField
from .recording import LoggedEvent
from .settings import QuickTag
from .tag_bar import TagBar
from .visitors_card import VisitorsCard
from .words import input_text, visitors_sentence

RECORD_KEY = "F9"
NOTE_KEY = "N"  # enters the note field; Enter or Escape leaves it (issue 13 item 4)
METER_FLOOR_DB = -60.0
_BUTTON_STYLE = "QPushButton#record {{ background:{bg}; color:white; border-radius:6px; }}"
# Audio reaches the disk (fsynced) at least once a second: within this much of the recorded time, all is saved.
SAVED_SLACK_S = 1.5


def clock(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


class RecordPanel(QWidget):
    record_clicked = Signal()
    pause_clicked = Signal()
    attach_clicked = Signal()
    share_clicked = Signal()

    def __init__(self, shortcut_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recording = False
        self.paused = False
        self.locked = False
        self.case_name = ""
        self.input_name = ""
        self.events: list[LoggedEvent] = []

        self.case_label = QLabel()
        self.record_button = QPushButton()
        self.record_button.setObjectName("record")
        self.record_button.setMinimumHeight(72)
        self.record_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        big = QFont(self.record_button.font())
        big.setPointSize(big.pointSize() + 8)
        big.setBold(True)
        self.record_button.setFont(big)
        self.record_button.clicked.connect(self.record_clicked)
        self.pause_button = QPushButton()
        self.pause_button.setMinimumHeight(72)
        self.pause_button.clicked.connect(self.pause_clicked)

        self.elapsed_label = QLabel()
        self.saved_label = QLabel()
        self.input_label = QLabel()
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.fingerprint_label.setFont(mono)
        self.share_button = QPushButton()
        self.share_button.clicked.connect(self.share_clicked)
        self.meter = QProgressBar()
        self.meter.setRange(0, int(-METER_FLOOR_DB * 10))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(14)
        self.status: Any = None  # the engine's last status: the clocks keep the final one after the stop

        self.tag_bar = TagBar(shortcut_parent)
        self.note_field = NoteField()
        # A plain letter: a focused text field takes it first (ShortcutOverride), so typing "N" in a note is safe.
        self.note_shortcut = QShortcut(QKeySequence(NOTE_KEY), shortcut_parent)
        self.note_shortcut.activated.connect(self._enter_note)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self.attach_clicked)
        self.visitors_card = VisitorsCard()
        self.event_list = QListWidget()
        self.event_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # While the vault is locked, what was typed or read from it is hidden (issue 13 item 6); this says why.
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        self.locked_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.locked_note.hide()

        self.top = top = QHBoxLayout()  # call mode's switch joins it (call_mode.py)
        top.addWidget(self.record_button, 3)
        top.addWidget(self.pause_button, 1)
        facts = QGridLayout()
        facts.addWidget(self.elapsed_label, 0, 0)
        facts.addWidget(self.saved_label, 0, 1)
        facts.addWidget(self.input_label, 1, 0)
        fp_row = QHBoxLayout()
        fp_row.addWidget(self.fingerprint_label)
        fp_row.addWidget(self.share_button)
        fp_row.addStretch(1)
        facts.addLayout(fp_row, 1, 1)
        facts.setColumnStretch(0, 1)
        facts.setColumnStretch(1, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_field, 1)
        note_row.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_label)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addWidget(self.meter)
        layout.addWidget(self.tag_bar)
        layout.addLayout(note_row)
        body = QHBoxLayout()
        body.addWidget(self.event_list, 3)
        body.addWidget(self.visitors_card, 2)
        body.addWidget(self.locked_note, 5)
        layout.addLayout(body, 1)
        self.set_recording(False)

    # -- state from the controller -------------------------------------------------------------------------
    def set_tags(self, tags: list[QuickTag]) -> None:
        self.tag_bar.set_tags(tags)

    def set_case(self, name: str) -> None:
        self.case_name = name
        self.retranslate()

    def set_recording(self, recording: bool) -> None:
        if recording and not self.recording:
            self.visitors_card.clear()  # who was here last time is not who is here now
            self.status = None  # nor are its clocks
        self.recording = recording
        if not recording:
            self.paused = False
            self.meter.setValue(0)
        for w in (self.pause_button, self.note_field, self.attach_button, self.visitors_card, self.share_button):
            w.setEnabled(recording)
        self.tag_bar.set_active(recording)
        self.retranslate()

    def _enter_note(self) -> None:
        if self.note_field.isEnabled():
            self.note_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_locked(self, locked: bool) -> None:
        """After a lock: hide the case name, the running list and who is here until the vault is unlocked (they
        were typed or read while it was open). Recording goes on; a new recording's own list and card show (there
        is nothing in them yet), its case name (read from the vault) stays hidden."""
        self.locked = locked
        self._hide_content(locked)
        self.retranslate()

    def _hide_content(self, hide: bool) -> None:
        self.event_list.setVisible(not hide)
        self.visitors_card.setVisible(not hide)
        self.locked_note.setVisible(hide)

    def clear_events(self) -> None:
        self.events = []
        self.event_list.clear()
        self._hide_content(False)

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self.retranslate()

    def show_status(self, st: Any) -> None:
        self.status = st
        self._show_clocks()
        if (st.input_name or "") != self.input_name:
            # Described once per input (the sound server is asked then), not on every poll of the status.
            self.input_name = st.input_name or ""
            self.input_label.setText(self.tr("Input: {name}").format(name=input_text(self.input_name or None)))
        if st.fingerprint:
            self.fingerprint_label.setText(self.tr("Fingerprint: {code}").format(code=st.fingerprint))
        # Paused or without input, the meter shows no signal (not its last value) and is greyed: nothing is heard.
        listening = st.state == "recording"
        self.meter.setEnabled(listening)
        level = st.level_peak_dbfs if listening and st.level_peak_dbfs is not None else METER_FLOOR_DB
        self.meter.setValue(int((max(METER_FLOOR_DB, min(0.0, float(level))) - METER_FLOOR_DB) * 10))

    def _show_clocks(self) -> None:
        """The recorded time (the audio's own clock, as in the list and the review) and whether it is all on disk:
        a tick when it is, else how far the disk has it — never two clocks that look like lost audio."""
        st = self.status
        recorded = float(getattr(st, "audio_s", 0.0) or 0.0)
        saved = float(getattr(st, "saved_up_to_s", 0.0) or 0.0)
        if self.paused or getattr(st, "state", "") == "paused":
            self.elapsed_label.setText(self.tr("Recorded {time} (paused)").format(time=clock(recorded)))
        else:
            self.elapsed_label.setText(self.tr("Recorded {time}").format(time=clock(recorded)))
        if st is None:
            self.saved_label.setText("")
        elif recorded - saved <= SAVED_SLACK_S:
            self.saved_label.setText(self.tr("✓ All saved to disk"))
        else:
            self.saved_label.setText(self.tr("Saving… on disk up to {time}").format(time=clock(saved)))
        self.saved_label.setToolTip(
            self.tr(
                "Saved means written to the disk, so a crash or a power cut keeps it. "
                "The app saves at least once a second."
            )
        )

    def add_event(self, ev: LoggedEvent) -> None:
        self.events.append(ev)
        self.event_list.addItem(self.describe(ev))
        self.event_list.scrollToBottom()

    def describe(self, ev: LoggedEvent) -> str:
        d = ev.detail
        kind = ev.kind
        from .call_mode import describe as call_text  # a call's start and its other party's events

        call = call_text(kind, d)
        if call is not None:
            text = call
        elif kind == "started":
            text = self.tr("Recording started ({name})").format(name=input_text(d.get("input") or None))
        elif kind == "stopped":
            text = self.tr("Recording stopped and sealed")
        elif kind == "tag":
            text = self.tr("Tag: {label}").format(label=QuickTag(d.get("code", ""), "", d.get("label") or None).text())
        elif kind == "note":
            text = self.tr("Note: {text}").format(text=d.get("text", ""))
        elif kind == "attachment":
            text = self.tr("Attached: {name}").format(name=d.get("name", ""))
        elif kind == "visitors":
            text = self.tr("Who is here: {visitors}").format(visitors=visitors_sentence(d.get("card") or d))
        elif kind == "paused":
            text = self.tr("Paused")
        elif kind == "resumed":
            text = self.tr("Resumed")
        elif kind == "input-lost":
            text = self.tr("Input lost; the recording goes on and marks the gap")
        elif kind == "input-resumed":
            text = self.tr("Input back")
        elif kind == "input-changed":
            text = self.tr("The computer switched to another input: {name}").format(
                name=d.get("device") or self.tr("unknown")
            )
        elif kind == "gap":
            text = self.tr("Gap of {seconds} s").format(seconds=f"{d.get('seconds', 0):.1f}")
        else:
            text = kind
        return f"{clock(ev.at_s)}  {text}"

    # -- words ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        case = shown_case(self.case_name) if self.case_name else self.tr("(none chosen)")  # built-in: in our words
        name = self.tr("(hidden while locked)") if self.locked else case
        self.case_label.setText(self.tr("Case: {name}").format(name=name))
        self.locked_note.setText(
            self.tr(
                "Locked: the case, the notes, who is here and the list of events are hidden until you unlock. "
                "Recording, tags and notes still work."
            )
        )
        if self.recording:
            self.record_button.setText(self.tr("■ Stop ({key})").format(key=RECORD_KEY))
            self.record_button.setStyleSheet(_BUTTON_STYLE.format(bg="#37474f"))
        else:
            self.record_button.setText(self.tr("● Record ({key})").format(key=RECORD_KEY))
            self.record_button.setStyleSheet(_BUTTON_STYLE.format(bg="#c62828"))
        self.record_button.setToolTip(
            self.tr("Starts and stops recording; the {key} key does the same").format(key=RECORD_KEY)
        )
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))
        self.attach_button.setText(self.tr("Attach photo or file…"))
        self.share_button.setText(self.tr("Share…"))
        self.event_list.setToolTip(
            self.tr("Times are positions in the recorded audio (pauses and gaps not counted), as in the review window.")
        )
        if not self.recording:
            self._show_clocks()
            self.input_label.setText(self.tr("Input: {name}").format(name=input_text(self.input_name or None)))
            self.fingerprint_label.setText(self.tr("Fingerprint: {code}").format(code="—"))
        else:
            self.input_label.setText(self.tr("Input: {name}").format(name=input_text(self.input_name or None)))
        self.event_list.clear()
        for ev in self.events:
            self.event_list.addItem(self.describe(ev))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
