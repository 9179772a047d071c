"""A call's two tracks in the archive (FORMAT §7.10): the manifest's `call`, the other party's WAV parts,
alignment.json derived again byte for byte, the stereo listening copy derived again by the placement rule (its
SHA-256 compared, the copy made in chunks), and the facts' `call`. Written from FORMAT alone."""

from __future__ import annotations

import hashlib
import struct
from typing import Any

from tests.independent_verifier import audio
from tests.independent_verifier.canonical import dumps, is_int
from tests.independent_verifier.chain import Chain
from tests.independent_verifier.errors import Fail

MAX_STEREO = 4_294_967_294  # 44 + 4N at most (§7.10)
CHUNK = 1 << 16  # frames of the listening copy made at a time


def shape(s: dict[str, Any]) -> None:
    """§7.10's `call` of a manifest session (when present): `other` in the form of `audio`, the two names."""
    if "call" not in s:
        return
    sid, base, c = s["id"], f"sessions/{s['id']}/", s["call"]
    o = c.get("other") if isinstance(c, dict) else None
    if (
        not isinstance(o, dict)
        or not is_int(o.get("rate"))
        or not is_int(o.get("frames"))
        or not isinstance(o.get("parts"), list)
        or c.get("alignment") != base + "alignment.json"
        or "listening" not in c
        or c["listening"] not in (None, base + "call-stereo.wav")
    ):
        raise Fail("manifest", f"session {sid}: its call is not of the form FORMAT §7.10 gives")
    if o["frames"] < 0 or o["rate"] < 0:
        raise Fail("manifest", f"session {sid}: the other track's rate or frames are negative")
    # §7.10: "the parts are `sessions/<id>/other.wav`, or `other-part001.wav` … when split" — read as their one
    # name each (unlike the audio parts', which §7.4 leaves uncompared; recorder verify compares these too).
    count = len(o["parts"])
    names = [base + "other.wav"] if count == 1 else [f"{base}other-part{n:03d}.wav" for n in range(1, count + 1)]
    if [p.get("path") if isinstance(p, dict) else None for p in o["parts"]] != names:
        raise Fail("manifest", f"session {sid}: the other track's parts are not named as FORMAT §7.10 names them")
    offset = 0
    for p in o["parts"]:
        if (
            not isinstance(p, dict)
            or not isinstance(p.get("path"), str)
            or p.get("frame_offset") != offset
            or not is_int(p.get("frames"))
            or p["frames"] <= 0
        ):
            raise Fail("manifest", f"session {sid}: the other track's parts do not follow each other")
        offset += p["frames"]
    if offset != o["frames"]:
        raise Fail("manifest", f"session {sid}: the other track's parts do not add up to its frames")


def part_names(s: dict[str, Any]) -> list[str]:
    """The other track's parts (written right after the session's audio parts, §7.10 Order)."""
    return [p["path"] for p in s["call"]["other"]["parts"]] if "call" in s else []


def derived_names(s: dict[str, Any]) -> list[str]:
    """alignment.json and call-stereo.wav (right after session-key.pub, §7.10 Order)."""
    if "call" not in s:
        return []
    return [s["call"]["alignment"]] + ([s["call"]["listening"]] if s["call"]["listening"] else [])


def _pcm(files: dict[str, bytes], parts: list[dict[str, Any]]) -> bytes:
    return b"".join(files[p["path"]][44:] for p in parts)


def listening(c: Chain) -> dict[str, Any] | None:
    """LISTENING of §7.10, or None when there is no listening copy."""
    if not c.audio or not c.other_audio or c.rate != c.other_rate:
        return None
    t0 = min(c.audio[0]["mono_ns"], c.other_audio[0]["mono_ns"])
    tol = c.rate // 50
    n = max(_place(c.audio, t0, c.rate, tol)[1], _place(c.other_audio, t0, c.rate, tol)[1])
    if 44 + 4 * n > MAX_STEREO:
        return None
    return {"frames": n, "origin_mono_ns": t0, "rate": c.rate, "tolerance_frames": tol}


def _place(blocks: list[dict[str, Any]], t0: int, rate: int, tol: int) -> tuple[list[tuple[int, int, int]], int]:
    """Each block's place in the copy (§7.10, integers only): (first frame in the copy, first frame of the track
    placed there, frames placed), and the track's last end `e`."""
    out: list[tuple[int, int, int]] = []
    end: int | None = None
    for b in blocks:
        first, frames = b["body"]["frame_offset"], b["body"]["frames"]
        c = (b["mono_ns"] - t0) * rate // 10**9
        dropped = 0
        if end is None or c > end + tol:
            at = c
        elif c < end - tol:
            at, dropped = end, min(frames, end - c)
        else:
            at = end
        kept = frames - dropped
        if kept:
            out.append((at, first + dropped, kept))
        end = at + kept
    return out, end or 0


def _channel(pcm: bytes, placed: list[tuple[int, int, int]], lo: int, hi: int, cursor: list[int]) -> bytearray:
    """The track's samples of copy frames lo … hi − 1 (0 where nothing is placed); ``cursor`` keeps the first
    placement that may still overlap (placements are in order and do not overlap)."""
    out = bytearray(2 * (hi - lo))
    i = cursor[0]
    while i < len(placed) and placed[i][0] + placed[i][2] <= lo:
        i += 1
    cursor[0] = i
    while i < len(placed) and placed[i][0] < hi:
        at, src, n = placed[i]
        a, b = max(at, lo), min(at + n, hi)
        out[2 * (a - lo) : 2 * (b - lo)] = pcm[2 * (src + a - at) : 2 * (src + b - at)]
        i += 1
    return out


def stereo_sha256(c: Chain, me_pcm: bytes, other_pcm: bytes, info: dict[str, Any]) -> str:
    rate, n, t0, tol = info["rate"], info["frames"], info["origin_mono_ns"], info["tolerance_frames"]
    left, _ = _place(c.audio, t0, rate, tol)
    right, _ = _place(c.other_audio, t0, rate, tol)
    h = hashlib.sha256(
        struct.pack(
            "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + 4 * n, b"WAVE", b"fmt ", 16, 1, 2, rate, 4 * rate, 4, 16, b"data", 4 * n
        )
    )
    cl, cr = [0], [0]
    for lo in range(0, n, CHUNK):
        hi = min(n, lo + CHUNK)
        me, other = _channel(me_pcm, left, lo, hi, cl), _channel(other_pcm, right, lo, hi, cr)
        frame = bytearray(4 * (hi - lo))
        frame[0::4], frame[1::4], frame[2::4], frame[3::4] = me[0::2], me[1::2], other[0::2], other[1::2]
        h.update(frame)
    return h.hexdigest()


def alignment(c: Chain, sid: str) -> bytes:
    """alignment.json as §7.10 derives it from the journal: canonical JSON and one LF."""
    rates = {"me": c.rate, "other": c.other_rate}

    def track(name: str, blocks: list[dict[str, Any]], frames: int) -> dict[str, Any]:
        m = c.measure
        return {
            "blocks": [[b["seq"], b["body"]["frame_offset"], b["body"]["frames"], b["mono_ns"]] for b in blocks],
            "clock": {"drift_ppb": m.ppb(name, rates[name]), "frames": m.frames[name], "ns": m.ns[name]},
            "frames": frames,
            "rate": rates[name],
        }

    doc = {
        "drift_between_ppb": c.measure.between(rates),
        "format": "evidence-recorder-alignment",
        "listening": listening(c),
        "session": sid,
        "tracks": {"me": track("me", c.audio, c.frames), "other": track("other", c.other_audio, c.other_frames)},
        "version": 1,
    }
    return dumps(doc) + b"\n"


def check(s: dict[str, Any], c: Chain, files: dict[str, bytes]) -> None:
    """§7.8 step 5 for a call: `call` present exactly for a call; the other track against its entries;
    alignment.json and call-stereo.wav equal to what the journal and the two tracks give."""
    sid = s["id"]
    if c.is_call != ("call" in s):
        raise Fail("manifest", f"{sid}: the manifest's call does not agree with the journal")
    if not c.is_call:
        return
    call = s["call"]
    o = call["other"]
    if o["rate"] != c.other_rate or o["frames"] != c.other_frames:
        raise Fail("manifest", f"{sid}: the manifest's other track does not agree with the journal")
    audio.check([(files[p["path"]], p["frames"]) for p in o["parts"]], c.other_rate, c.other_frames, c.other_audio, sid)
    info = listening(c)
    if (info is None) != (call["listening"] is None):
        raise Fail("manifest", f"{sid}: the manifest's listening copy is not the one FORMAT §7.10 derives")
    if files[call["alignment"]] != alignment(c, sid):
        raise Fail("call", f"{sid}: alignment.json is not the one derived from the journal")
    if info is not None:
        copy = files[call["listening"]]
        if len(copy) != 44 + 4 * info["frames"] or hashlib.sha256(copy).hexdigest() != stereo_sha256(
            c, _pcm(files, s["audio"]["parts"]), _pcm(files, o["parts"]), info
        ):
            raise Fail("call", f"{sid}: call-stereo.wav is not the copy derived from the two tracks")


def facts(c: Chain) -> dict[str, Any]:
    """FACTS' `call` (§7.7, §7.10): each track's device (its first `input` `opened`), rate and frames."""

    def device(name: str) -> Any:
        # §7.10: the first `input` `opened` "whose `track` is the track's (absent for "me", "other" for the other
        # party)": an input whose `track` is the string "me" names no track's device (unlike §4.5's runs, where an
        # entry's track is its `track`'s value, "me" when absent — FORMAT says both; reported to the lead).
        want = (False, None) if name == "me" else (True, "other")
        for line in c.lines:
            e, b = line.entry, line.entry["body"]
            if e["kind"] == "input" and b.get("event") == "opened" and ("track" in b, b.get("track")) == want:
                return b.get("device")
        return None

    rates = {"me": c.rate, "other": c.other_rate}
    return {
        "drift_between_ppb": c.measure.between(rates),
        "me": {"device": device("me"), "frames": c.frames, "rate": c.rate},
        "other": {"device": device("other"), "frames": c.other_frames, "rate": c.other_rate},
    }
