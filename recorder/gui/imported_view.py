"""An import session seen by the user (issue 14 §1): its files, each labelled "imported, not recorded by this app";
a recording decoded in memory (PyAV) with its waveform and playback through the review player; an image shown as a
thumbnail; and what each file states about itself, read from the file. Nothing decoded is written to disk."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ..core.errors import RecorderError
from ..core.store import SessionReader
from ..core.timeline_cache import PEAK_FRAMES
from ..core.vault import Vault, VaultKeys
from .i18n import sentence
from .review.player import Player
from .review.waveform import WaveformView
from .worker import Runner


class MemoryAudio:
    """Decoded PCM held in memory, read by frame range as the review player reads a session's audio."""

    def __init__(self, pcm: bytes) -> None:
        self.samples = np.frombuffer(pcm, dtype="<i2")

    @property
    def total_frames(self) -> int:
        return int(len(self.samples))

    def read(self, start: int, count: int) -> np.ndarray:
        start = max(0, start)
        return self.samples[start : start + max(0, count)]

    def peaks(self) -> np.ndarray:
        whole = len(self.samples) // PEAK_FRAMES * PEAK_FRAMES
        bins = self.samples[:whole].reshape(-1, PEAK_FRAMES)
        pairs = np.empty((len(bins), 2), dtype="<i2")
        if len(bins):
            pairs[:, 0], pairs[:, 1] = bins.min(axis=1), bins.max(axis=1)
        return pairs


def is_import_session(vault: Vault, keys: VaultKeys, session_id: str) -> bool:
    from ..importing.files import is_import_start

    try:
        reader = SessionReader(vault, keys.recording, session_id)
        return bool(reader.scan.frames) and is_import_start(json.loads(reader.record(0)[1]))
    except (RecorderError, ValueError, OSError):
        return False


class ImportedView(QWidget):
    def __init__(self, vault: Vault, keys: VaultKeys, session_id: str, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.reader = SessionReader(vault, keys.recording, session_id)
        self.session_id, self.runner = session_id, runner
        self.entries = [e for e, _ in self.reader.entries() if e.get("kind") == "import"]
        self.player: Player | None = None
        self.audio: MemoryAudio | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd; padding:6px;")
        self.files = QListWidget()
        for entry in self.entries:
            body = entry.get("body") or {}
            self.files.addItem(str(body.get("folder_path") or body.get("name")))
        self.files.currentRowChanged.connect(self.show_file)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waveform = WaveformView()
        self.play_button = QPushButton()
        self.play_button.clicked.connect(self.toggle_play)
        layout = QVBoxLayout(self)
        for w in (self.banner, self.files, self.facts, self.picture, self.waveform, self.play_button):
            layout.addWidget(w)
        self.retranslate()
        self._show_media(None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Imported files ({session})").replace("{session}", self.session_id))
        self.banner.setText(
            self.tr(
                "Imported, not recorded by this app. What happened to these files before the import is not proven; "
                "from the import on, any change is detected."
            )
        )
        self.play_button.setText(self.tr("Play / pause"))

    def _bytes(self, entry: dict[str, Any]) -> bytes:
        return self.reader.blob(str(entry["body"]["blob"]), str(entry["payload"]["sha256"]))

    def _show_media(self, kind: str | None) -> None:
        self.picture.setVisible(kind == "image")
        self.waveform.setVisible(kind == "audio")
        self.play_button.setVisible(kind == "audio")

    def show_file(self, row: int) -> None:
        if self.player is not None:
            self.player.shutdown()
            self.player = None
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        body = entry.get("body") or {}
        media = str(body.get("media_type", ""))
        read = body.get("read_from_file") if isinstance(body.get("read_from_file"), dict) else None
        lines = [f"SHA-256 {entry['payload']['sha256']}, {entry['payload']['size']} bytes"]
        if read is not None:
            tags = ", ".join(f"{k}: {v}" for k, v in sorted((read.get("tags") or {}).items()))
            head = self.tr("Read from the file, not measured by this app ({reader} {version}):")
            head = head.replace("{reader}", str(read.get("reader"))).replace(
                "{version}", str(read.get("reader_version"))
            )
            shown = {k: v for k, v in read.items() if k not in ("reader", "reader_version", "tags")}
            lines.append(f"{head} {shown} {tags}")
        self.facts.setText("\n".join(lines))
        if media.startswith("image/"):
            pixmap = QPixmap()
            pixmap.loadFromData(self._bytes(entry))
            self.picture.setPixmap(pixmap.scaled(320, 320, Qt.AspectRatioMode.KeepAspectRatio))
            self._show_media("image")
        elif media.startswith("audio/") or media == "video/3gpp":
            data = self._bytes(entry)

            def work(_p: Any, _c: Any) -> tuple[bytes, int]:
                from ..importing.audio import decode

                return decode(data)

            self._show_media("audio")
            self.runner.submit(work, self._decoded, self._not_decoded)
        else:
            self._show_media(None)

    def _decoded(self, result: object) -> None:
        assert isinstance(result, tuple)
        pcm, rate = result
        self.audio = MemoryAudio(pcm)
        self.waveform.set_audio(self.audio.peaks(), self.audio.total_frames, rate)
        self.waveform.read_samples = self.audio.read
        self.player = Player(self.audio, rate, self)  # type: ignore[arg-type]
        self.player.position_changed.connect(self.waveform.set_playhead)

    def _not_decoded(self, exc: BaseException) -> None:
        self._show_media(None)
        text = sentence(exc) if isinstance(exc, RecorderError) else self.tr("This file could not be decoded as audio.")
        self.facts.setText(self.facts.text() + "\n" + text)

    def toggle_play(self) -> None:
        if self.player is not None:
            self.player.toggle()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self.player is not None:
            self.player.shutdown()
        super().closeEvent(event)
