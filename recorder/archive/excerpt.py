"""Excerpts (issue 15 §3, FORMAT §8): a stretch of a recording, from a time or tag to a time or tag, as a folder
anyone can check — the original samples in a WAV, a small derived Opus copy for forms with size limits, and a
manifest naming the original and its frame range, all listed in a SHA256SUMS signed by the vault identity key.

The stretch is placed on the recorded audio's clock (as review shows it: pauses and gaps take no time). A
stretch crossing a pause or a gap is still only captured samples; the manifest lists what it crosses.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..core import crypto
from ..core.canonical import canonical_json
from ..core.chain import entry_hash, is_other_track
from ..core.environment import Moment
from ..core.errors import RecorderError
from ..core.fsutil import fsync_dir, os_errors
from ..core.store import RECORDING, SessionReader
from ..core.timeline import AudioClock, blocks_of
from ..core.vault import Vault, VaultKeys
from . import excerpt_text as T
from . import sshsig, wav

EXCERPT_FORMAT = "evidence-recorder-excerpt"
EXCERPT_VERSION = 1
NAMESPACE = "evidence-recorder-excerpt@v1"
PRINCIPAL = "evidence-recorder"

WAV_NAME = "excerpt.wav"
COMPRESSED_NAME = "excerpt.opus"
MANIFEST = "excerpt.json"
VERIFY_TEXT = "VERIFY.txt"
IDENTITY_PEM = "identity.pem"
IDENTITY_SSH = "identity.pub"
ALLOWED_SIGNERS = "allowed_signers"
SUMS = "SHA256SUMS"
SUMS_SIG = "SHA256SUMS.sig"
SUMS_SSHSIG = "SHA256SUMS.sshsig"
# The members SHA256SUMS lists, in its order (FORMAT §8.1).
LISTED = (WAV_NAME, COMPRESSED_NAME, MANIFEST, VERIFY_TEXT, IDENTITY_PEM, IDENTITY_SSH, ALLOWED_SIGNERS)

# The derived copy: Opus in Ogg, mono, speech settings; about 3 kB a second.
OPUS_RATES = (48000, 24000, 16000, 12000, 8000)
OPUS_BIT_RATE = 24000

_TIME = re.compile(r"^(?:(\d+):)?(?:(\d+):)?(\d+(?:\.\d+)?)$")


class ExcerptError(RecorderError):
    context = T.CTX


def allowed_signers(openssh_key: str) -> bytes:
    return f'{PRINCIPAL} namespaces="{NAMESPACE}" {openssh_key}\n'.encode()


@dataclass
class _Recording:
    """What the excerpt needs of a session: its entries (audio payloads left out), clock and chain head."""

    session: str
    case: str
    rate: int = 0
    frames: int = 0
    head: str = ""
    sealed: bool = False
    tags: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (frame, entry)
    breaks: list[dict[str, Any]] = field(default_factory=list)  # pauses and gaps, each with its frame


def _read(reader: SessionReader) -> _Recording:
    entries: list[dict[str, Any]] = []
    head, last_kind = "", ""
    for _frame, entry_bytes, _payload in reader.records():
        entry = json.loads(entry_bytes)
        head, last_kind = entry_hash(entry_bytes), str(entry.get("kind"))
        entries.append(entry)
    start = (entries[0].get("body") or {}) if entries else {}
    rec = _Recording(reader.id, str(start.get("case") or ""), head=head, sealed=last_kind == "seal")
    clock = AudioClock(blocks_of(entries))
    pause_at: dict[str, Any] | None = None
    for e in entries:
        kind = e.get("kind")
        body = e.get("body") or {}
        if is_other_track(e):
            continue  # a call's other party (FORMAT §4.5): excerpts are of the microphone's track
        if kind == "audio":
            rec.rate = rec.rate or int(body["rate"])
            rec.frames += int(body["frames"])
        elif kind == "tag":
            rec.tags.append((clock.offset_of(e), e))
        elif kind == "pause":
            pause_at = e
        elif kind == "resume" and pause_at is not None:
            ms = (int(e["mono_ns"]) - int(pause_at["mono_ns"])) // 1_000_000
            rec.breaks.append({"kind": "pause", "at_frame": clock.offset_of(pause_at), "duration_ms": ms})
            pause_at = None
        elif kind == "gap":
            rec.breaks.append(
                {
                    "kind": "gap",
                    "at_frame": clock.offset_of(e),
                    "reason": str(body.get("reason")),
                    "duration_ms": int(body.get("duration_ms") or 0),
                }
            )
    if pause_at is not None:  # paused until the end: nothing after it to cross
        rec.breaks.append({"kind": "pause", "at_frame": clock.offset_of(pause_at), "duration_ms": 0})
    return rec


def _tag_matches(entry: dict[str, Any], spec: str) -> bool:
    body = entry.get("body") or {}
    wanted = spec.strip().casefold()
    return wanted in (str(body.get("code") or "").casefold(), str(body.get("label") or "").strip().casefold())


def _place(rec: _Recording, spec: str | int, after: int | None) -> tuple[int, dict[str, Any]]:
    """A time (``[[h:]m:]s[.fff]`` of recorded audio), a tag (its code or label) or a frame (an int: a stretch
    dragged over on the waveform) → a frame and its description. For the end (``after`` given), the first such tag
    after the start."""
    if isinstance(spec, int):
        if not 0 <= spec <= rec.frames:
            raise ExcerptError(T.BEYOND_END, spec=spec, length=_clock_text(rec.frames, rec.rate))
        return spec, {"frame": spec}
    m = _TIME.match(spec.strip())
    if m:
        h, mi, s = m.groups()
        if h is not None and mi is None:  # "m:s" is matched as hours then seconds by the pattern's shape
            h, mi = None, h
        seconds = int(h or 0) * 3600 + int(mi or 0) * 60 + float(s)
        frame = round(seconds * rec.rate)
        if frame > rec.frames:
            raise ExcerptError(T.BEYOND_END, spec=spec, length=_clock_text(rec.frames, rec.rate))
        return frame, {"time": spec.strip()}
    for frame, entry in rec.tags:
        if _tag_matches(entry, spec) and (after is None or frame > after):
            body = entry.get("body") or {}
            return frame, {"tag": str(body.get("label") or ""), "code": body.get("code"), "seq": int(entry["seq"])}
    raise ExcerptError(T.NO_TAG if after is None else T.NO_TAG_AFTER, tag=spec, session=rec.session)


def _clock_text(frames: int, rate: int) -> str:
    ms = frames * 1000 // max(rate, 1)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _samples(reader: SessionReader, start: int, count: int) -> bytes:
    """The captured PCM of frames ``start`` … ``start + count − 1`` (the audio entries' payloads concatenated)."""
    out = bytearray()
    end = start + count
    for _frame, entry_bytes, payload in reader.records():
        if not payload or b'"kind":"audio"' not in entry_bytes:
            continue
        entry = json.loads(entry_bytes)
        if is_other_track(entry):
            continue
        body = entry["body"]
        first, n = int(body["frame_offset"]), int(body["frames"])
        if first + n <= start:
            continue
        if first >= end:
            break
        lo, hi = max(start, first) - first, min(end, first + n) - first
        out += payload[lo * 2 : hi * 2]
    return bytes(out)


def opus_copy(pcm: bytes, rate: int) -> tuple[bytes, dict[str, Any]]:
    """The derived copy (Opus in Ogg) and how it was made: tool, version and settings."""
    import io

    import av  # loaded only for an excerpt
    import numpy as np

    out_rate = rate if rate in OPUS_RATES else 48000
    buf = io.BytesIO()
    with av.open(buf, "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=out_rate, layout="mono")
        stream.bit_rate = OPUS_BIT_RATE
        resampler = av.AudioResampler(format="s16", layout="mono", rate=out_rate)
        samples = np.frombuffer(pcm, dtype="<i2").reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate = rate
        for resampled in [*resampler.resample(frame), *resampler.resample(None)]:
            for packet in stream.encode(resampled):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    settings = {
        "tool": "PyAV",
        "tool_version": av.__version__,
        "codec": "libopus",
        "container": "ogg",
        "bit_rate": OPUS_BIT_RATE,
        "sample_rate": out_rate,
        "channels": 1,
    }
    return buf.getvalue(), settings


@dataclass
class ExcerptResult:
    folder: Path
    frames: int
    rate: int
    crosses: list[dict[str, Any]]
    wav_size: int
    compressed_size: int


def find_session(vault: Vault, keys: VaultKeys, session_ids: list[str], start_spec: str) -> str:
    """For ``--case``: the recording holding the start tag (a time names no recording when there are several)."""
    if len(session_ids) == 1:
        return session_ids[0]
    if _TIME.match(start_spec.strip()):
        raise ExcerptError(T.WHICH_RECORDING)
    for sid in session_ids:
        rec = _read(SessionReader(vault, keys.recording, sid))
        if any(_tag_matches(e, start_spec) for _f, e in rec.tags):
            return sid
    raise ExcerptError(T.NO_TAG_IN_CASE, tag=start_spec)


def make_excerpt(
    vault: Vault,
    keys: VaultKeys,
    session_id: str,
    start_spec: str | int,
    end_spec: str | int,
    out: Path,
    *,
    archive: Path | None = None,
) -> ExcerptResult:
    """Write the excerpt folder ``out`` (which must not exist). ``archive``: the full archive of this session, whose
    SHA-256 the manifest then names (its samples at the range are compared first)."""
    out = Path(out)
    if out.exists():
        raise ExcerptError(T.OUT_EXISTS, path=str(out))
    if not out.parent.is_dir() or not os.access(out.parent, os.W_OK):
        raise ExcerptError(T.OUT_FOLDER, path=str(out))
    reader = SessionReader(vault, keys.recording, session_id)
    if reader.status.state == RECORDING:
        raise ExcerptError(T.STILL_RECORDING, session=session_id)
    try:
        rec = _read(reader)
    except crypto.InvalidTag:
        raise ExcerptError(T.DAMAGED, session=session_id) from None
    if not rec.frames:
        raise ExcerptError(T.NO_AUDIO, session=session_id)
    start, start_at = _place(rec, start_spec, None)
    end, end_at = _place(rec, end_spec, start)
    if end <= start:
        raise ExcerptError(T.EMPTY_STRETCH, start=start_spec, end=end_spec)
    count = end - start
    if count * 2 + 36 > 0xFFFFFFFF:
        raise ExcerptError(T.TOO_LONG)
    pcm = _samples(reader, start, count)
    if len(pcm) != count * 2:
        raise ExcerptError(T.DAMAGED, session=session_id)
    crosses = [b for b in rec.breaks if start < b["at_frame"] < end]
    archive_ref = None
    if archive is not None:
        from .archive_samples import archive_samples_sha256, file_sha256

        if archive_samples_sha256(archive, session_id, start, count) != hashlib.sha256(pcm).hexdigest():
            raise ExcerptError(T.ARCHIVE_OTHER, path=str(archive), session=session_id)
        archive_ref = {"name": archive.name, "sha256": file_sha256(archive)}

    wav_bytes = wav.header(count, rec.rate) + pcm
    opus_bytes, settings = opus_copy(pcm, rec.rate)
    identity = vault.identity_public
    manifest = {
        "format": EXCERPT_FORMAT,
        "version": EXCERPT_VERSION,
        "app_version": __version__,
        "created_utc": Moment().utc,
        "original": {
            "session": session_id,
            "case": rec.case,
            "chain_head": rec.head,
            "sealed": rec.sealed,
            "audio_frames": rec.frames,
            "rate": rec.rate,
            "archive": archive_ref,
        },
        "frame_start": start,
        "frames": count,
        "from": start_at,
        "to": end_at,
        "samples_sha256": hashlib.sha256(pcm).hexdigest(),
        "crosses": crosses,
        "files": [
            {"name": WAV_NAME, "kind": "captured", "sha256": hashlib.sha256(wav_bytes).hexdigest()},
            {
                "name": COMPRESSED_NAME,
                "kind": "derived",
                "derived_from": WAV_NAME,
                "settings": settings,
                "sha256": hashlib.sha256(opus_bytes).hexdigest(),
            },
        ],
    }
    openssh = sshsig.openssh_public(identity)
    members = {
        WAV_NAME: wav_bytes,
        COMPRESSED_NAME: opus_bytes,
        MANIFEST: canonical_json(manifest) + b"\n",
        VERIFY_TEXT: T.verify_text(manifest).encode("utf-8"),
        IDENTITY_PEM: sshsig.pem_public(identity),
        IDENTITY_SSH: (sshsig.openssh_public(identity, PRINCIPAL) + "\n").encode(),
        ALLOWED_SIGNERS: allowed_signers(openssh),
    }
    sums = "".join(f"{hashlib.sha256(members[n]).hexdigest()}  {n}\n" for n in LISTED).encode()
    members[SUMS] = sums
    members[SUMS_SIG] = keys.identity.sign(sums)
    members[SUMS_SSHSIG] = sshsig.sign(sums, keys.identity, NAMESPACE).encode()
    _write_folder(out, members)
    return ExcerptResult(out, count, rec.rate, crosses, len(wav_bytes), len(opus_bytes))


def _write_folder(out: Path, members: dict[str, bytes]) -> None:
    """Written under a temporary name and renamed when complete: a failed excerpt leaves nothing finished-looking."""
    tmp = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        with os_errors(out.parent):
            tmp.mkdir()
            for name, data in members.items():
                with open(tmp / name, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
            fsync_dir(tmp)
            os.rename(tmp, out)
            fsync_dir(out.parent)
    except BaseException:
        if tmp.exists():
            for p in tmp.iterdir():
                p.unlink()
            tmp.rmdir()
        raise
