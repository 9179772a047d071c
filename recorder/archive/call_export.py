"""A call's second track and what is derived from the two in the archive (docs/FORMAT.md §7.10): the other party's
WAV parts, ``alignment.json`` and the stereo listening copy ``call-stereo.wav``.

The exporter walks the journal once for the microphone's audio (export.py), noting which records hold the other
party's blocks; their samples are then streamed from a second pass that decrypts only those records. Nothing is
held whole and nothing plain is written anywhere but into the archive being made: the listening copy is made from
the two tracks' WAV parts read back from that very file.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Protocol

from ..core import crypto
from ..core.chain import ChainSummary, entry_hash
from ..core.errors import RecorderError
from ..core.progress import CancelFlag, Cancelled, Progress
from ..core.store import SessionReader
from . import container, layout, wav
from .call_align import CallAlignment, stereo_chunks


class ZipSink(Protocol):
    """What this module needs of the exporter's archive being written (export.ZipSink)."""

    zip: container.ZipWriter
    when: tuple[int, int, int, int, int, int]

    def add_stream(self, path: str, chunks: Iterable[bytes | memoryview], size: int) -> None: ...


class CallExport:
    """One session's call work in the exporter: fed its entries by the first pass over the journal (``align``,
    :meth:`other_audio`), then the other party's parts and the derived members; nothing for a one-track session."""

    def __init__(self, reader: SessionReader, progress: Progress, done: list[int], total: int) -> None:
        self.reader = reader
        self.align = CallAlignment()
        self.records: list[int] = []  # the records of the other party's audio, streamed by the second pass
        self.parts: list[dict[str, Any]] = []
        self.share = progress_share(reader)  # the second pass's and the listening copy's part of the bar
        self._progress, self._done, self._total = progress, done, total

    def other_audio(self, s: ChainSummary, entry: dict[str, Any], entry_bytes: bytes, index: int) -> None:
        note_other_audio(s, entry, entry_bytes)
        self.records.append(index)

    def report(self, part: int, of: int) -> None:
        if self.share:
            self._progress(self._done[0] + self.share * part // max(of, 1), self._total)

    def add_other_parts(self, zout: ZipSink, part_frames: int, cancel: CancelFlag) -> None:
        self.parts = add_other_parts(zout, self.reader, self.align, self.records, part_frames, cancel, self.report)

    def add_derived(self, zout: ZipSink, me_parts: list[dict[str, Any]], cancel: CancelFlag) -> dict[str, Any] | None:
        """The manifest's ``call`` (None for a one-track session), its derived members written."""
        call = None
        if self.align.is_call:
            call = add_derived(zout, self.align, self.reader.id, me_parts, self.parts, cancel, self.report)
        self._done[0] += self.share
        return call


def note_other_audio(s: ChainSummary, entry: dict[str, Any], entry_bytes: bytes) -> None:
    """The exporter's summary for an audio entry of the other party's track (not the microphone's audio)."""
    body = entry["body"]
    s.end_utc = entry.get("utc")
    s.other_frames += int(body["frames"])
    s.other_rate = s.other_rate or int(body["rate"])
    s.head = entry_hash(entry_bytes)
    s.entries += 1


Report = Callable[[int, int], None]  # (done, of): the share of the progress bar a call's extra work has


def progress_share(reader: SessionReader) -> int:
    """How much of the export's progress a session's call work gets: its journal's size again when its first
    entries name a track (the other party's input is opened right after the microphone's), else 0. For the
    progress bar only: the export itself goes by the whole journal."""
    try:
        for i in range(1, min(4, len(reader.scan.frames))):
            if b'"track":' in reader.record(i)[1]:
                return int(reader.scan.size)
    except (crypto.InvalidTag, RecorderError, OSError):
        pass  # the export's own reading says what is wrong
    return 0


def add_other_parts(
    zout: ZipSink,
    reader: SessionReader,
    align: CallAlignment,
    indexes: list[int],
    part_frames: int,
    cancel: CancelFlag,
    report: Report,
) -> list[dict[str, Any]]:
    """The other party's WAV parts, streamed from the records at ``indexes`` (its audio entries, in order)."""
    sid = reader.id
    track = align.tracks["other"]
    total, rate = track.frames, track.rate
    if not total:
        return []
    payloads = _other_payloads(reader, indexes, cancel, report)
    return wav.add_parts(
        zout.add_stream,
        functools.partial(layout.other_name, sid),
        total,
        rate,
        part_frames,
        payloads,
        lambda: _damaged(indexes),
    )


class TrackDamaged(Exception):
    """A record of the other party's track that does not read back as the first pass read it (the exporter says
    so in its own sentence, naming the entry)."""

    def __init__(self, seq: int) -> None:
        super().__init__(seq)
        self.seq = seq


def _damaged(indexes: list[int]) -> TrackDamaged:
    return TrackDamaged(indexes[-1] if indexes else 0)


def _other_payloads(
    reader: SessionReader, indexes: list[int], cancel: CancelFlag, report: Report
) -> Iterator[memoryview]:
    records = reader.records_viewed(indexes)
    n = 0
    while True:
        try:
            _frame, entry_bytes, payload = next(records)
        except StopIteration:
            return
        except crypto.InvalidTag:
            raise _damaged(indexes[: n + 1]) from None
        n += 1
        if n % 256 == 0:
            if cancel():
                raise Cancelled()
            report(n, 2 * len(indexes))  # the first half of the call's share
        if b'"track":"other"' not in entry_bytes:  # the same records as the first pass found, or the vault changed
            raise _damaged(indexes[:n])
        yield payload


def add_derived(
    zout: ZipSink,
    align: CallAlignment,
    session_id: str,
    me_parts: list[dict[str, Any]],
    other_parts: list[dict[str, Any]],
    cancel: CancelFlag,
    report: Report,
) -> dict[str, Any]:
    """alignment.json and, when there is one, call-stereo.wav (made from the two tracks' parts as written into the
    archive). Returns the session's manifest ``call``."""
    name = layout.alignment_name(session_id)
    zout.add_stream(name, align.alignment_chunks(session_id), align.alignment_size(session_id))
    listening = align.listening()
    stereo: str | None = None
    if listening is not None:
        stereo = layout.listening_name(session_id)
        f = zout.zip.f
        f.flush()  # the parts' bytes are read back below, from the file itself
        chunks = stereo_chunks(
            align, listening, _samples_of(zout, f, me_parts, cancel), _samples_of(zout, f, other_parts, cancel)
        )
        zout.add_stream(stereo, _reported(chunks, listening.size, report), listening.size)
    other = align.tracks["other"]
    return {
        "other": {"rate": other.rate, "frames": other.frames, "parts": other_parts},
        "alignment": name,
        "listening": stereo,
    }


def _reported(chunks: Iterator[bytes], size: int, report: Report) -> Iterator[bytes]:
    """The listening copy's bytes, its progress told as the second half of the call's share."""
    written = 0
    for n, chunk in enumerate(chunks):
        written += len(chunk)
        if n % 16 == 0:
            report(size + written, 2 * size)
        yield chunk


def _samples_of(zout: ZipSink, f: IO[bytes], parts: list[dict[str, Any]], cancel: CancelFlag) -> Iterator[bytes]:
    """A track's sample bytes, read back from the archive being written (the parts after their headers), through
    a handle of its own (Windows has no pread): the writer goes on appending through ``f`` meanwhile."""
    where = {name: (offset, size) for name, size, _crc, offset in zout.zip.records}
    with open(f.name, "rb", buffering=0) as r:
        for part in parts:
            name = part["path"]
            offset, size = where[name]
            r.seek(offset + len(container.local_header(name, size, 0, zout.when)) + wav.HEADER_SIZE)
            left = size - wav.HEADER_SIZE
            while left > 0:
                if cancel():
                    raise Cancelled()
                data = r.read(min(left, layout.CHUNK))
                if not data:
                    raise OSError("the archive being written is shorter than its members")
                left -= len(data)
                yield data
