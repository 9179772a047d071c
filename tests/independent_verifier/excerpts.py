"""Excerpts inside the archive (FORMAT §7.9): the manifest's `excerpts` entries, their two members each, and each
WAV's samples against the named recording's audio at the stated frames."""

from __future__ import annotations

import hashlib
from typing import Any

from tests.independent_verifier.audio import wav_header
from tests.independent_verifier.canonical import HEX64_RE, is_int
from tests.independent_verifier.errors import Fail


def _hex(v: Any) -> bool:
    return isinstance(v, str) and HEX64_RE.match(v) is not None


def shape(m: dict[str, Any]) -> None:
    """§7.9: absent, or a non-empty list of entries of these fields, paths and kinds."""
    if "excerpts" not in m:
        return
    entries = m["excerpts"]
    if not isinstance(entries, list) or not entries:
        raise Fail("manifest", "excerpts is not a non-empty list")
    for n, e in enumerate(entries, start=1):
        base = f"excerpts/{n:02d}/excerpt."
        ok = (
            isinstance(e, dict)
            and isinstance(e.get("session"), str)
            and all(is_int(e.get(k)) for k in ("rate", "frame_start", "frames"))
            and e["frame_start"] >= 0
            and 1 <= e["frames"] <= 2_147_483_629
            and 1 <= e["rate"] < 2**31
            and _hex(e.get("samples_sha256"))
            and isinstance(e.get("wav"), dict)
            and e["wav"].get("path") == base + "wav"
            and e["wav"].get("kind") == "captured"
            and _hex(e["wav"].get("sha256"))
            and isinstance(e.get("compressed"), dict)
            and e["compressed"].get("path") == base + "opus"
            and e["compressed"].get("kind") == "derived"
            and e["compressed"].get("derived_from") == base + "wav"
            and isinstance(e["compressed"].get("settings"), dict)
            and _hex(e["compressed"].get("sha256"))
        )
        if not ok:
            raise Fail("manifest", f"excerpt {n} is not as FORMAT §7.9 describes")


def names(m: dict[str, Any]) -> list[str]:
    """The excerpts' members in the order §7.3 gives (after every session's)."""
    return [p for e in m.get("excerpts", []) for p in (e["wav"]["path"], e["compressed"]["path"])]


def check(m: dict[str, Any], files: dict[str, bytes], sums: dict[str, str]) -> None:
    """§7.9 checks 1–4, in order."""
    sessions = {s["id"]: s for s in m["sessions"]}
    for n, e in enumerate(m.get("excerpts", []), start=1):
        for member in (e["wav"], e["compressed"]):
            if sums.get(member["path"]) != member["sha256"]:
                raise Fail("excerpt", f"excerpt {n}: {member['path']} does not have the SHA-256 the manifest states")
        s = sessions.get(e["session"])
        if s is None or s["audio"]["rate"] != e["rate"] or e["frame_start"] + e["frames"] > s["audio"]["frames"]:
            raise Fail("excerpt", f"excerpt {n} names a recording whose audio the archive does not hold there")
        data = files[e["wav"]["path"]]
        if (
            len(data) != 44 + 2 * e["frames"]
            or data[:44] != wav_header(e["rate"], e["frames"])
            or hashlib.sha256(data[44:]).hexdigest() != e["samples_sha256"]
        ):
            raise Fail("excerpt", f"excerpt {n}: the WAV is not the samples its entry states")
        pcm = b"".join(files[p["path"]][44:] for p in s["audio"]["parts"])
        lo = 2 * e["frame_start"]
        if hashlib.sha256(pcm[lo : lo + 2 * e["frames"]]).hexdigest() != e["samples_sha256"]:
            raise Fail("excerpt", f"excerpt {n} is not the recording's samples at its frames")
