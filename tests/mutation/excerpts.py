"""Forgeries of an excerpt carried inside the archive (issue 15 §3, FORMAT §7.9), each re-signed by the owner so
that only the excerpt check can catch it: a changed sample byte (manifest hash left as it was), the range shifted by
a frame, and the excerpt said to be of the other recording."""

from __future__ import annotations

import hashlib
import json
import random

from recorder.archive import layout
from recorder.core.canonical import canonical_json

from . import mutator
from .case import Case
from .resigned import Members, _resigned


def _entry(members: Members) -> tuple[dict, dict]:  # type: ignore[type-arg]
    doc = json.loads(members[layout.MANIFEST])
    return doc, doc["excerpts"][0]


def changed_byte(_case: Case, members: Members) -> None:
    doc, e = _entry(members)
    wav = bytearray(members[e["wav"]["path"]])
    wav[44 + len(wav[44:]) // 2] ^= 0x01
    members[e["wav"]["path"]] = bytes(wav)
    e["wav"]["sha256"] = hashlib.sha256(wav).hexdigest()  # the manifest agrees with SHA256SUMS
    members[layout.MANIFEST] = canonical_json(doc) + b"\n"


def shifted_range(_case: Case, members: Members) -> None:
    doc, e = _entry(members)
    e["frame_start"] += 1
    members[layout.MANIFEST] = canonical_json(doc) + b"\n"


def other_recording(case: Case, members: Members) -> None:
    doc, e = _entry(members)
    e["session"] = next(s for s in case.sessions if s != e["session"])
    members[layout.MANIFEST] = canonical_json(doc) + b"\n"


def _applies(fn):  # type: ignore[no-untyped-def]
    def wrapped(case: Case, rng: random.Random) -> bytes | None:
        if b'"excerpts"' not in case.members[layout.MANIFEST]:
            return None
        return _resigned(fn)(case, rng)

    return wrapped


mutator("re-signed: a byte of an excerpt's samples changed", "excerpt")(_applies(changed_byte))
mutator("re-signed: an excerpt's range shifted by one frame", "excerpt")(_applies(shifted_range))
mutator("re-signed: an excerpt said to be of the other recording", "excerpt")(_applies(other_recording))


def beyond_a_wav(_case: Case, members: Members) -> None:
    doc, e = _entry(members)
    e["frames"] = 2**31  # more than one WAV header can state (FORMAT §7.9)
    members[layout.MANIFEST] = canonical_json(doc) + b"\n"


mutator("re-signed: an excerpt longer than a WAV can hold", "manifest")(_applies(beyond_a_wav))
