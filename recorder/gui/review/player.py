"""Playback of decrypted audio straight from memory (DESIGN P7): a QIODevice that decrypts the journal's records
for the frames being played, pulled by a QAudioSink. No file, no temporary copy, nothing in clear on disk.

A call (issue 16 §4) plays in stereo: both tracks of the same timeline frames, mixed as :class:`.mixer.Mix`
says at the moment each chunk is handed over (so mute, solo and balance are heard within the sink's buffer)."""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

from ...core import crypto
from ...core.peaks import AudioReader
from .mixer import Mix, Reader, pair_reader
from .stretch import TimeStretch

log = logging.getLogger(__name__)

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
CHUNK_FRAMES = 4096  # at most this much is decrypted and handed over per pull


class PcmStream(QIODevice):
    """Sequential read-only device: 16-bit mono PCM from ``start`` — or, given ``other`` (a call's other party on
    the same timeline) and ``mix``, 16-bit stereo; other speeds than 1× keep the pitch (:mod:`.stretch`)."""

    def __init__(
        self,
        audio: AudioReader,
        start: int,
        speed: float,
        parent: QObject | None = None,
        other: Reader | None = None,
        mix: Mix | None = None,
    ) -> None:
        super().__init__(parent)
        self._audio = audio
        self.speed = speed
        self._position = float(start)
        self.mix = mix if other is not None else None
        self._source: Reader = audio.read if other is None else pair_reader(audio.read, other)
        self.channels = 1 if self.mix is None else 2
        self._frame_bytes = 2 * self.channels
        channels = 0 if self.mix is None else 2
        self._stretch = (
            None if speed == 1.0 else TimeStretch(self._source, start, speed, audio.total_frames, channels=channels)
        )
        self._pending = b""
        self.damaged = False  # a record failed authentication while playing

    @property
    def position(self) -> float:
        return self._stretch.position if self._stretch is not None else self._position

    def isSequential(self) -> bool:
        return True

    def bytesAvailable(self) -> int:
        left = max(0, int((self._audio.total_frames - self.position) / self.speed))
        return left * self._frame_bytes + len(self._pending) + super().bytesAvailable()

    def atEnd(self) -> bool:
        return self.damaged or (not self._pending and self.position >= self._audio.total_frames)

    def readData(self, maxlen: int) -> bytes:  # type: ignore[override]
        try:
            return self._read(maxlen)
        except (crypto.InvalidTag, OSError, ValueError):
            self.damaged = True
            return b""

    def _read(self, maxlen: int) -> bytes:
        size = self._frame_bytes
        frames = min(maxlen // size, CHUNK_FRAMES)
        if frames <= 0 or self.atEnd():
            return b""
        if self._stretch is None:
            samples = self._source(int(self._position), frames)
            self._position += len(samples)
            return self._heard(samples)
        if len(self._pending) < frames * size:
            self._pending += self._heard(self._stretch.render(frames))
        out, self._pending = self._pending[: frames * size], self._pending[frames * size :]
        return out

    def _heard(self, samples: np.ndarray) -> bytes:
        return (samples if self.mix is None else self.mix.render(samples)).tobytes()

    def writeData(self, data: bytes) -> int:  # type: ignore[override]
        return -1


class Player(QObject):
    """Play/pause, seek and speed over an :class:`AudioReader` (and, for a call, the other party's audio on the
    same timeline, mixed by :attr:`mix`). The position is what reached the output."""

    position_changed = Signal(int)  # frame
    playing_changed = Signal(bool)
    damaged = Signal()  # playback stopped at audio that fails authentication

    def __init__(
        self, audio: AudioReader, rate: int, parent: QObject | None = None, other: Reader | None = None
    ) -> None:
        super().__init__(parent)
        self._audio = audio
        self._other = other
        self.mix: Mix | None = Mix() if other is not None else None  # changed in place by the track controls
        self.rate = rate
        self.speed = 1.0
        self._position = 0
        self._base = 0  # frame where the current sink run started
        self._sink: QAudioSink | None = None
        self._stream: PcmStream | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._tick)
        self.format = QAudioFormat()
        self.format.setSampleRate(rate)
        self.format.setChannelCount(1 if other is None else 2)
        self.format.setSampleFormat(QAudioFormat.SampleFormat.Int16)

    # -- state --------------------------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self._sink is not None

    @property
    def sink(self) -> QAudioSink | None:
        return self._sink

    def has_output(self) -> bool:
        return not QMediaDevices.defaultAudioOutput().isNull()

    def position(self) -> int:
        if self._sink is None:
            return self._position
        played = self._sink.processedUSecs() * self.rate * self.speed / 1_000_000
        return min(self._audio.total_frames, self._base + int(played))

    # -- commands -------------------------------------------------------------------------------------------
    def play(self) -> bool:
        """Start playing from the current position; False when there is no sound output."""
        if self._sink is not None:
            return True
        if self._position >= self._audio.total_frames:
            self._position = 0
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return False
        self._stream = self.stream_from(self._position)
        self._stream.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = QAudioSink(device, self.format, self)
        self._sink.stateChanged.connect(self._on_state)
        self._base = self._position
        self._sink.start(self._stream)
        self._timer.start()
        self.playing_changed.emit(True)
        return True

    def stream_from(self, frame: int) -> PcmStream:
        """The PCM this player hands to the sound output from ``frame`` on, at its speed and mix (not opened)."""
        return PcmStream(self._audio, frame, self.speed, self, other=self._other, mix=self.mix)

    def pause(self) -> None:
        if self._sink is None:
            return
        self._position = self.position()
        self._stop_sink()
        self.playing_changed.emit(False)
        self.position_changed.emit(self._position)

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def seek(self, frame: int) -> None:
        frame = max(0, min(frame, self._audio.total_frames))
        if self._sink is not None:
            self._stop_sink()
            self._position = frame
            self.play()
        else:
            self._position = frame
        self.position_changed.emit(frame)

    def set_speed(self, speed: float) -> None:
        speed = min(2.0, max(0.5, speed))
        if speed == self.speed:
            return
        was_playing = self.playing
        if was_playing:
            self._position = self.position()
            self._stop_sink()
        self.speed = speed
        if was_playing:
            self.play()

    def shutdown(self) -> None:
        self._stop_sink()

    # -- internals --------------------------------------------------------------------------------------------
    def _stop_sink(self) -> None:
        self._timer.stop()
        sink, stream = self._sink, self._stream
        self._sink = self._stream = None
        if sink is not None:
            sink.stateChanged.disconnect(self._on_state)
            sink.stop()
            sink.deleteLater()
        if stream is not None:
            stream.close()
            stream.deleteLater()

    def _tick(self) -> None:
        self.position_changed.emit(self.position())

    def _on_state(self, state: QAudio.State) -> None:
        sink = self._sink
        if sink is None:
            return
        if sink.error() not in (QAudio.Error.NoError, QAudio.Error.UnderrunError):
            log.warning("audio output stopped: %s", sink.error())
        damaged = self._stream is not None and self._stream.damaged
        ended = self._stream is not None and self._stream.atEnd() and not damaged
        if state == QAudio.State.StoppedState or (state == QAudio.State.IdleState and (ended or damaged)):
            self._position = self._audio.total_frames if ended else self.position()
            if damaged:
                self.damaged.emit()
            self._stop_sink()
            self.playing_changed.emit(False)
            self.position_changed.emit(self._position)
