"""A call's two tracks in an archive under verification (docs/FORMAT.md §7.10): the manifest's ``call``, the other
party's WAV parts block by block against its own entries, ``alignment.json`` and the listening copy derived again
from the journal and the tracks. A one-track session meets none of this, apart from a ``call`` it must not have.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from ..core.drift import BEYOND_CLOCKS_PPB, ME, OTHER
from ..core.errors import Worded
from ..core.progress import Cancelled
from . import layout, wav
from . import messages as M
from . import report_words as W
from .audio_check import AudioCheck
from .call_align import CallAlignment, stereo_sha256


def manifest_problem(s: dict[str, Any]) -> str | None:
    """The form of a session's ``call`` (FORMAT §7.10; paths fixed), for the manifest check: None when absent or
    well-formed, else why not."""
    if "call" not in s:
        return None
    sid, call = s["id"], s["call"]
    if not isinstance(call, dict):
        return f"recording {sid} has a malformed call"
    other = call.get("other")
    if (
        not isinstance(other, dict)
        or not isinstance(other.get("rate"), int)
        or not isinstance(other.get("frames"), int)
    ):
        return f"recording {sid} has no description of the other party's track"
    parts = other.get("parts")
    if not isinstance(parts, list) or not all(
        isinstance(p, dict)
        and isinstance(p.get("frames"), int)
        and isinstance(p.get("frame_offset"), int)
        and p.get("path") == layout.other_name(sid, i, len(parts))
        for i, p in enumerate(parts)
    ):
        return f"recording {sid} has a malformed part of the other party's track"
    if call.get("alignment") != layout.alignment_name(sid):
        return f"recording {sid} names no alignment data"
    if call.get("listening", 0) not in (None, layout.listening_name(sid)):
        return f"recording {sid} names another listening copy"
    return None


def members_after_audio(s: dict[str, Any]) -> list[str]:
    """The other party's parts: written after the session's audio parts (FORMAT §7.3, §7.10)."""
    call = s.get("call")
    return [p["path"] for p in call["other"]["parts"]] if isinstance(call, dict) else []


def members_after_keys(s: dict[str, Any]) -> list[str]:
    """alignment.json and call-stereo.wav: written after the session's keys."""
    call = s.get("call")
    if not isinstance(call, dict):
        return []
    return [call["alignment"]] + ([call["listening"]] if call["listening"] is not None else [])


class CallCheck:
    """Beside session_check's SessionCheck: fed every entry of the journal; checks the call once it is read."""

    def __init__(self, sc: Any) -> None:  # the SessionCheck it serves (not imported: it imports this module)
        self.sc = sc
        self.align = CallAlignment()
        self.stated: dict[str, Any] | None = sc.m.get("call")
        self.audio: AudioCheck | None = None
        self.frames_in_parts = 0
        self.audio_ok = False
        self.devices: dict[str, str | None] = {}  # each track's first "opened" input's device

    def prepare(self) -> None:
        if self.stated is not None:
            self.audio, self.frames_in_parts = self.sc.start_audio_check(self.stated["other"])

    def take(self, entry: dict[str, Any]) -> bool:
        """Feed an entry (not an audio entry of the canonical form); True when it was the other party's audio,
        which is then checked here and not as the microphone's."""
        self.align.feed(entry)
        body = entry.get("body")
        if not isinstance(body, dict):
            return False
        kind = entry.get("kind")
        track = OTHER if "track" in body else ME
        if kind == "input" and body.get("event") == "opened" and track not in self.devices:
            device = body.get("device")
            self.devices[track] = device if isinstance(device, str) else None
        if kind != "audio" or track != OTHER:
            return False
        payload = entry.get("payload")
        if isinstance(payload, dict) and self.audio is not None:
            seq, offset, frames, digest = (
                entry.get("seq"),
                body.get("frame_offset"),
                body.get("frames"),
                payload.get("sha256"),
            )
            if isinstance(offset, int) and isinstance(frames, int) and frames > 0 and isinstance(digest, str):
                try:
                    self.audio.add((seq if isinstance(seq, int) else -1, offset, frames, bytes.fromhex(digest)))
                except ValueError:
                    pass
        return True

    def no_more_blocks(self) -> None:
        if self.audio is not None:
            self.audio.no_more_blocks()

    def finish_audio(self) -> None:
        s = self.sc.checker.summary
        check, self.audio = self.audio, None
        if check is None:
            return
        check.finish()
        if self.frames_in_parts != s.other_frames:
            name = self.sc.base
            self.sc.problem(M.AUDIO_LENGTH, name=name, found=self.frames_in_parts, expected=s.other_frames)
        elif check.leftover:
            self.sc.problem(M.AUDIO_BLOCKS, name=self.sc.base, count=check.leftover)
        else:
            self.audio_ok = check.ok and s.other_frames == check.frames_checked

    # -- after the journal -------------------------------------------------------------------------------
    def check(self) -> None:
        sc, sid = self.sc, self.sc.id
        if self.stated is None:
            if self.align.is_call:
                sc.problem(M.CALL_NOT_DESCRIBED, session=sid)
            return
        if not self.align.is_call:
            sc.problem(M.CALL_NOT_A_CALL, session=sid)
            return
        s = sc.checker.summary
        other = self.stated["other"]
        for what, stated, actual in (
            ("other party's audio frames", other["frames"], s.other_frames),
            ("other party's audio rate", other["rate"], s.other_rate or 0),
        ):
            if stated != actual:
                sc.problem(M.MANIFEST_DIFFERS, what=f"{what} {stated!r}", session=sid)
        name = self.stated["alignment"]
        h = hashlib.sha256()
        for chunk in self.align.alignment_chunks(sid):
            h.update(chunk)
        if name not in sc.v.z.members:
            sc.problem(M.MISSING_MEMBER, name=name)
        elif h.hexdigest() != sc.v.sums.get(name):
            sc.problem(M.CALL_ALIGNMENT_DIFFERS, name=name, session=sid)
        self.check_listening()

    def check_listening(self) -> None:
        sc, sid = self.sc, self.sc.id
        derived = self.align.listening()
        name = self.stated["listening"] if self.stated is not None else None
        if (derived is None) != (name is None):
            sc.problem(M.MANIFEST_DIFFERS, what=f"listening copy {name!r}", session=sid)
            return
        if name is None:
            return
        if name not in sc.v.z.members:
            sc.problem(M.MISSING_MEMBER, name=name)
            return
        if not (sc.clean and sc.audio_ok and self.audio_ok):
            return  # a broken chain or a track not as captured: already said; nothing to derive the copy from
        assert self.stated is not None
        try:
            digest = stereo_sha256(
                self.align, self._samples(sc.m["audio"]["parts"]), self._samples(self.stated["other"]["parts"])
            )
        except (EOFError, ValueError):  # (tracks as their journal says cannot fall short; said, never raised)
            digest = None
        if digest != sc.v.sums.get(name):
            sc.problem(M.CALL_LISTENING_DIFFERS, name=name, session=sid)

    def _samples(self, parts: list[dict[str, Any]]) -> Iterator[bytes]:
        """A track's samples, read again from its parts (already checked against the journal)."""
        for part in parts:
            skip = wav.HEADER_SIZE
            for chunk in self.sc.v.z.stream(part["path"], layout.CHUNK):
                if self.sc.v.cancel():
                    raise Cancelled()
                if skip:
                    cut = min(skip, len(chunk))
                    chunk, skip = chunk[cut:], skip - cut
                if chunk:
                    yield chunk

    def statements(self) -> None:
        if self.stated is None or not self.align.is_call:
            return
        sc, sid, s = self.sc, self.sc.id, self.sc.checker.summary
        unknown = "?"
        me = self.devices.get(ME) or unknown
        if me.strip().lower() in W.DEFAULT_NAMES:
            # ALSA's "default" means nothing to a reader: said as the report says it, in the reader's language.
            me = Worded("Words", W.DEFAULT_INPUT)
        sc.v.statement(M.ST_CALL, session=sid, me=me, other=self.devices.get(OTHER) or unknown)
        if self.audio_ok and s.other_rate:
            sc.v.statement(M.ST_CALL_OTHER_AUDIO, session=sid, seconds=f"{s.other_frames / s.other_rate:.1f}")
        between = self.align.between()
        if between is None:
            sc.v.statement(M.ST_CALL_NO_DRIFT, session=sid, name=self.stated["alignment"])
        else:
            sc.v.statement(M.ST_CALL_DRIFT, session=sid, ppm=f"{between / 1000:+.3f}", name=self.stated["alignment"])
            if abs(between) > BEYOND_CLOCKS_PPB:
                sc.v.statement(M.ST_CALL_DRIFT_BEYOND, session=sid, ppm=f"{between / 1000:+.3f}")
        if self.stated["listening"] is not None:
            sc.v.statement(M.ST_CALL_LISTENING, session=sid, name=self.stated["listening"])
