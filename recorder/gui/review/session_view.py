"""Reviewing one past session (issue 5): waveform with markers, events list, playback from memory, integrity,
and later annotations kept in the session's review chain.

``SessionView(vault, keys, session_id)`` is self-contained: the main window opens it for a past session; tests
open it on its own. It loads off the GUI thread and emits :attr:`loaded` (or :attr:`failed` with a sentence).
Call :meth:`close` (or :meth:`shutdown`) when done: it stops playback, seals the review sitting and waits for
its background work.
"""

from __future__ import annotations

import bisect
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import crypto
from ...core.check import CheckResult, check_session
from ...core.errors import RecorderError
from ...core.peaks import AudioReader, SessionAccess, Timeline, open_timeline
from ...core.progress import CancelFlag, Progress
from ...core.review import Annotation, Review, ReviewSitting, load_review
from ...core.tracks import OtherOnTimeline, TrackMap
from ...core.vault import Vault, VaultKeys
from .annotate import TAG, AnnotationDialog
from .background import Background
from .events_panel import EventsPanel
from .integrity import IntegrityPanel
from .markers import Marker, clock_text, local_time, markers_of
from .player import SPEEDS, Player
from .track_controls import TrackControls
from .waveform import WaveformView

log = logging.getLogger(__name__)
JUMP_SECONDS = 5


@dataclass
class Loaded:
    access: SessionAccess
    timeline: Timeline
    review: Review
    track_map: TrackMap | None = None  # a call's other party on the timeline (issue 16 §4)
    other_peaks: Any = None  # its peaks there


def sentence(exc: BaseException) -> str:
    if isinstance(exc, RecorderError):
        return exc.sentence(QCoreApplication.translate)
    if isinstance(exc, crypto.InvalidTag):
        return QCoreApplication.translate("Review", "The recording is damaged or was altered and cannot be read.")
    return QCoreApplication.translate("Review", "The recording could not be opened ({what}).").format(
        what=type(exc).__name__
    )


class SessionView(QWidget):
    loaded = Signal()
    failed = Signal(str)
    checked = Signal(object)  # CheckResult
    annotation_added = Signal(object)  # Annotation

    def __init__(self, vault: Vault, keys: VaultKeys, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.keys, self.session_id = vault, keys, session_id
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timeline: Timeline | None = None
        self.review: Review | None = None
        self.markers: list[Marker] = []
        self._marker_frames: list[int] = []
        self.player: Player | None = None
        self.sitting: ReviewSitting | None = None
        # Trusted-time settings as the recording uses them (the main window passes the app's; alone: the defaults,
        # RECORDER_TSA): a closed sitting's seal is stamped with them (FORMAT §6.1).
        self.stamp_settings: Callable[[], dict[str, Any]] = dict
        self.stamp_thread: threading.Thread | None = None
        self._access: SessionAccess | None = None
        self._audio: AudioReader | None = None
        self._other: OtherOnTimeline | None = None  # a call's other party
        self._background = Background()
        self._closed = False
        self._annotation: AnnotationDialog | None = None
        # A review window is closed like any document window: Escape or Ctrl+W (issue 13 item 5).
        for seq in (
            QKeySequence(Qt.Key.Key_Escape),
            QKeySequence("Ctrl+W"),
            QKeySequence(QKeySequence.StandardKey.Close),
        ):
            QShortcut(seq, self, self.close)
        self._build()
        self._set_enabled(False)
        task = self._background.start(self._load)
        task.progressed.connect(self._loading_progress)
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_failed)

    # -- layout -------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.loading = QProgressBar(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.waveform = WaveformView(self)
        self.play_button = QPushButton(self)
        self.time_label = QLabel("0:00:00.0", self)
        self.speed = QComboBox(self)
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.zoom_in = QPushButton("+", self)
        self.zoom_out = QPushButton("−", self)
        self.fit_button = QPushButton(self)
        self.annotate_button = QPushButton(self)
        self.excerpt_button = QPushButton(self)  # the stretch dragged over on the waveform (issue 15 §3)
        self.excerpt_button.setEnabled(False)
        self.keys_hint = QLabel(self)
        self.tracks = TrackControls(self)  # a call's two tracks; hidden for one track
        self.tracks.hide()
        transport = QHBoxLayout()
        for w in (self.play_button, self.time_label, self.speed, self.zoom_out, self.zoom_in, self.fit_button):
            transport.addWidget(w)
        transport.addStretch(1)
        transport.addWidget(self.annotate_button)
        self.integrity = IntegrityPanel(self)
        self.events = EventsPanel(48000, self._image_bytes, self)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.waveform, 1)
        lv.addLayout(transport)
        lv.addWidget(self.tracks)
        # The excerpt button beside the keys' hint, not in the transport row: the window must still fit a 1366×768
        # screen at 150 % (tests/test_gui_sizes.py).
        self.keys_hint.setWordWrap(True)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.keys_hint, 1)
        hint_row.addWidget(self.excerpt_button)
        lv.addLayout(hint_row)
        lv.addWidget(self.integrity)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.events)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.loading)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.play_button.clicked.connect(self.toggle_play)
        self.speed.currentIndexChanged.connect(self._speed_chosen)
        self.zoom_in.clicked.connect(lambda: self.waveform.zoom(2.0))
        self.zoom_out.clicked.connect(lambda: self.waveform.zoom(0.5))
        self.fit_button.clicked.connect(self.waveform.fit)
        self.annotate_button.clicked.connect(self.open_annotation_dialog)
        self.waveform.seek_requested.connect(self.seek)
        self.waveform.marker_clicked.connect(self.go_to_marker)
        self.waveform.stretch_selected.connect(lambda a, b: self.excerpt_button.setEnabled(b > a))
        self.excerpt_button.clicked.connect(self.export_excerpt)
        self.events.event_activated.connect(self.seek)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (again, when the user switches language)."""
        self.setWindowTitle(self.tr("Recording {session}").format(session=self.session_id))
        if self.timeline is not None:
            self._title(self.timeline)
        elif not self.loading.isHidden():
            self.title.setText(self.tr("Opening the recording…"))
        self._playing_changed(self.player.playing if self.player else False)
        self.speed.setToolTip(self.tr("Playback speed"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Whole recording"))
        self.annotate_button.setText(self.tr("Add annotation…"))
        self.excerpt_button.setText(self.tr("Export excerpt…"))
        self.excerpt_button.setToolTip(self.tr("Drag over the waveform to choose the stretch"))
        self.keys_hint.setText(self.tr("Space: play or pause · ←/→: previous or next marker"))
        if self._other is not None:
            self.waveform.set_lane_labels(self.tr("Me"), self.tr("The other party"))
        self._refresh_markers()  # tag names and kinds are shown in the current language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.events.retranslate()
            self.tracks.retranslate()
        super().changeEvent(event)

    def export_excerpt(self, folder: Any = None) -> None:
        from .excerpt_action import export_selection

        text = export_selection(self, folder)
        if text:
            self._show_message(text)

    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.play_button, self.speed, self.zoom_in, self.zoom_out, self.fit_button, self.annotate_button,
            self.tracks,
        ):  # fmt: skip
            w.setEnabled(on)

    # -- loading (background) --------------------------------------------------------------------------------------
    def _load(self, progress: Progress, cancel: CancelFlag) -> Loaded:
        timeline, access = open_timeline(self.vault, self.keys.recording, self.session_id, progress, cancel)
        review = load_review(self.vault, self.keys, self.session_id, head=timeline.head)
        loaded = Loaded(access, timeline, review, TrackMap.of(timeline))
        if loaded.track_map is not None and timeline.other is not None:
            loaded.other_peaks = loaded.track_map.peaks(timeline.other.peaks)
        return loaded

    def _loading_progress(self, done: int, total: int) -> None:
        self.loading.setMaximum(max(1, total))
        self.loading.setValue(done)

    def _on_failed(self, exc: Any) -> None:
        text = sentence(exc)
        self.loading.hide()
        self.title.setText(self.tr("This recording cannot be shown."))
        self._show_message(text)
        self.failed.emit(text)

    def _on_loaded(self, result: Loaded) -> None:
        if self._closed:
            return
        self._access, self.timeline, self.review = result.access, result.timeline, result.review
        t = self.timeline
        self.loading.hide()
        self._audio = AudioReader(self._access, t)
        if result.track_map is not None and t.other is not None:
            self._other = OtherOnTimeline(AudioReader(self._access, t.other), result.track_map)
        self.player = Player(self._audio, t.rate, self, other=self._other.read if self._other else None)
        self.player.position_changed.connect(self._position_changed)
        self.player.playing_changed.connect(self._playing_changed)
        self.player.damaged.connect(
            lambda: self._show_message(self.tr("Playback stopped: this part of the audio is damaged or was altered."))
        )
        self.events.model.rate = t.rate
        self.waveform.read_samples = self._audio.read
        self.waveform.set_audio(t.peaks, t.total_frames, t.rate)
        if self._other is not None and self.player.mix is not None:
            self.waveform.set_other(result.other_peaks, self._other.read)
            self.waveform.set_lane_labels(self.tr("Me"), self.tr("The other party"))
            self.tracks.attach(self.player.mix)
            self.tracks.show()
        self._title(t)
        if t.damaged_at is not None:
            self._show_message(
                self.tr(
                    "The recording is damaged or was altered from entry {n} on. Everything before it is shown; "
                    "the check below says what failed."
                ).format(n=t.damaged_at)
            )
        self.integrity.show_source(t)
        self.integrity.show_review(self.review)
        self._refresh_markers()
        self._set_enabled(True)
        self._position_changed(0)
        self.loaded.emit()
        check = self._background.start(self._check)
        check.progressed.connect(self.integrity.set_progress)
        check.succeeded.connect(self._on_checked)
        check.failed.connect(lambda exc: self.integrity.show_error(sentence(exc)))

    def _check(self, progress: Progress, cancel: CancelFlag) -> CheckResult:
        return check_session(self.vault, self.keys.recording, self.session_id, progress, cancel)

    def _on_checked(self, result: CheckResult) -> None:
        if self._closed or self.timeline is None:
            return
        self.integrity.show_result(result, self.timeline)
        self.checked.emit(result)

    def _title(self, t: Timeline) -> None:
        start = next((e.utc for e in t.events if e.kind == "start"), None)
        live = (t.source or {}).get("live") is True
        parts = [t.case or "", local_time(start, with_date=True), clock_text(t.total_frames, t.rate)]
        if not live:
            parts.append(self.tr("not a live recording"))
        self.title.setText(" · ".join(p for p in parts if p))

    def _refresh_markers(self) -> None:
        if self.timeline is None or self.review is None:
            return
        self.markers = markers_of(self.timeline, self.review.annotations)
        self._marker_frames = [m.frame for m in self.markers]
        self.waveform.set_markers(self.markers)
        self.events.set_markers(self.markers)

    def _image_bytes(self, m: Marker) -> bytes | None:
        """A photo's original bytes, decrypted in memory (never written anywhere)."""
        if self._access is None or m.blob is None:
            return None
        try:
            return self._access.blob(*m.blob)
        except (OSError, ValueError, RecorderError, crypto.InvalidTag):
            return None

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- playback and navigation --------------------------------------------------------------------------------
    def position(self) -> int:
        return self.player.position() if self.player else 0

    def seek(self, frame: int) -> None:
        if self.player is not None:
            self.player.seek(frame)

    def toggle_play(self) -> None:
        if self.player is None:
            return
        if self.player.playing:
            self.player.pause()
        elif not self.player.play():
            self._show_message(self.tr("No sound output was found, so the recording cannot be played here."))

    def go_to_marker(self, index: int) -> None:
        if 0 <= index < len(self.markers):
            self.seek(self.markers[index].frame)
            self.events.select_frame(self.markers[index])

    def next_marker(self) -> None:
        i = bisect.bisect_right(self._marker_frames, self.position())
        if i < len(self.markers):
            self.go_to_marker(i)

    def previous_marker(self) -> None:
        # While playing, a marker just passed counts as the current one: step over it to the one before.
        slack = self.timeline.rate // 2 if self.player and self.player.playing and self.timeline else 0
        i = bisect.bisect_left(self._marker_frames, self.position() - slack) - 1
        if i >= 0:
            self.go_to_marker(i)

    def _speed_chosen(self) -> None:
        if self.player is not None:
            self.player.set_speed(float(self.speed.currentData()))

    def _position_changed(self, frame: int) -> None:
        rate = self.timeline.rate if self.timeline else 48000
        total = self.timeline.total_frames if self.timeline else 0
        self.time_label.setText(f"{clock_text(frame, rate, tenths=True)} / {clock_text(total, rate)}")
        self.waveform.set_playhead(frame)

    def _playing_changed(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        rate = self.timeline.rate if self.timeline else 48000
        if key == Qt.Key.Key_Space:
            self.toggle_play()
        elif key == Qt.Key.Key_Right:
            self.seek(self.position() + JUMP_SECONDS * rate) if shift else self.next_marker()
        elif key == Qt.Key.Key_Left:
            self.seek(self.position() - JUMP_SECONDS * rate) if shift else self.previous_marker()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.waveform.zoom(2.0)
        elif key == Qt.Key.Key_Minus:
            self.waveform.zoom(0.5)
        elif key == Qt.Key.Key_Home:
            self.seek(0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- later annotations ----------------------------------------------------------------------------------------
    def open_annotation_dialog(self) -> AnnotationDialog | None:
        if self.timeline is None:
            return None
        if self._annotation is not None and self._annotation.isVisible():
            # One form at a time: a second press (Space on the focused button) brings the open one forward.
            self._annotation.raise_()
            self._annotation.activateWindow()
            return self._annotation
        selected = self.events.selected_marker()
        event = selected if selected is not None and not selected.later and selected.seq is not None else None
        dialog = AnnotationDialog(self.position(), self.timeline.rate, event, self)
        dialog.accepted.connect(lambda: self._annotation_from(dialog))
        dialog.finished.connect(lambda _r: self._annotation_closed(dialog))
        self._annotation = dialog
        dialog.open()
        return dialog

    def _annotation_closed(self, dialog: AnnotationDialog) -> None:
        if self._annotation is dialog:
            self._annotation = None

    def _annotation_from(self, dialog: AnnotationDialog) -> None:
        about = dialog.about()
        ref = (about.seq, about.hash) if about is not None and about.seq is not None and about.hash else None
        frame = None if ref else dialog.frame
        if dialog.kind() == TAG:
            code, label = dialog.tag()
            self.add_annotation(tag=(code, label), text=dialog.text() or None, frame=frame, about=ref)
        else:
            self.add_annotation(text=dialog.text(), frame=frame, about=ref)
        dialog.deleteLater()

    def add_annotation(
        self,
        text: str | None = None,
        tag: tuple[str, str] | None = None,
        frame: int | None = None,
        about: tuple[int, str] | None = None,
    ) -> Annotation | None:
        """Add a later note (``text``) or tag (``tag`` = (code, label)) at ``frame`` and/or about an event."""
        if self.timeline is None or self.review is None:
            return None
        try:
            if self.sitting is None:
                known = (self.timeline.head, self.timeline.entries)
                self.sitting = ReviewSitting.open(self.vault, self.keys, self.session_id, known=known)
            rate = self.timeline.rate
            if tag is not None:
                ann = self.sitting.add_tag(tag[0], tag[1], frame=frame, rate=rate, about=about, text=text)
            else:
                ann = self.sitting.add_note(text or "", frame=frame, rate=rate, about=about)
        except RecorderError as exc:
            QMessageBox.warning(self, self.tr("Not added"), sentence(exc))
            return None
        self.review.annotations.append(ann)
        self._refresh_markers()
        self.integrity.show_review(self.review)
        self.annotation_added.emit(ann)
        return ann

    # -- closing ------------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop playback, seal the review sitting, finish background work, release the journal. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self.player is not None:
            self.player.shutdown()
        self._background.stop()
        if self.sitting is not None:
            try:
                self.sitting.close()
            except RecorderError as exc:
                log.warning("review sitting not sealed: %s", exc)
            self._stamp_sitting(self.sitting)
        if self._audio is not None:
            self._audio.close()
        if self._other is not None:
            self._other.close()

    def _stamp_sitting(self, sitting: ReviewSitting) -> None:
        """Queue the closed sitting's seal for a trusted time stamp and send it on a worker (never this thread);
        a stamp that cannot be sent now waits in the session's queue for the next launch."""
        if sitting.seal_hash is None:
            return
        from ...timestamp.authorities import StampSettings
        from ...timestamp.stamper import stamp_review_sitting

        try:
            settings = StampSettings.from_mapping(self.stamp_settings())
            self.stamp_thread = stamp_review_sitting(
                self.vault.session_dir(self.session_id), self.session_id, sitting.seal_hash, settings
            )
        except (OSError, RecorderError) as exc:
            log.warning("review sitting not queued for a time stamp: %s", exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
