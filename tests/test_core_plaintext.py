"""No plaintext at rest: what is recorded never reaches the vault's files in clear.

A marker goes into the case name, the source name, an audio block, a note, a tag label and an attachment (name
and bytes); the session is sealed, another is interrupted and recovered, the passphrase is changed. Then no file
under the vault holds the marker — as UTF-8, UTF-16 (either byte order), hex (either case), base64 (any
alignment) or JSON \\u-escapes.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from recorder.core import store
from recorder.core.session import Session, Source
from recorder.core.vault import Vault
from tests.fixtures.core import PASSPHRASE

MARKER = "MARKER-证据-7f3a9c-DO-NOT-LEAK"


def forms(marker: str) -> dict[str, bytes]:
    raw = marker.encode("utf-8")
    out = {
        "utf-8": raw,
        "utf-16-le": marker.encode("utf-16-le"),
        "utf-16-be": marker.encode("utf-16-be"),
        "hex": raw.hex().encode(),
        "HEX": raw.hex().upper().encode(),
        "json-escaped": json.dumps(marker).strip('"').encode(),
    }
    for shift in range(3):  # base64 of the marker at any position in a longer text: drop the edge characters
        encoded = base64.b64encode(b"\x00" * shift + raw)
        out[f"base64+{shift}"] = encoded[4:-4]
    return out


def leaks(root: Path, marker: str) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.relative_to(root)}: {name}" for name, form in forms(marker).items() if form in data]
    return found


def test_markers_never_reach_the_disk_in_clear(vault: Vault, tmp_path: Path) -> None:
    keys = vault.unlock(PASSPHRASE)
    pcm = (MARKER.encode("utf-8") * 200)[:9600]
    s = Session.start(vault, f"case {MARKER}", Source(f"mic {MARKER}", live=True))
    s.append_audio(pcm, rate=48000)
    s.add_note(f"they said {MARKER}")
    s.add_tag(f"tag {MARKER}", key="1")
    s.add_attachment(f"photo {MARKER}.jpg", b"\xff\xd8" + MARKER.encode("utf-8") * 50, "image/jpeg")
    s.seal()
    crashed = Session.start(vault, MARKER, Source("test", live=False, kind="test-signal"))
    crashed.append_audio(pcm, rate=48000)
    crashed.add_note(MARKER)
    crashed.abandon()
    assert [st.id for st in store.recover_all(vault)] == [crashed.id]
    vault.change_passphrase(PASSPHRASE, f"new {MARKER}")

    assert leaks(vault.home, MARKER) == []

    # The marker is there for whoever holds the key (so the search above looked for something that exists) …
    reader = store.SessionReader(vault, keys.recording, s.id)
    plain = b"".join(entry + payload for _frame, entry, payload in reader.records())
    assert pcm in plain and f"they said {MARKER}".encode() in plain
    # … and the search finds each form when it is written in clear.
    for name, form in forms(MARKER).items():
        (tmp_path / "clear" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "clear" / name).write_bytes(b"xx" + form + b"yy")
    assert len(leaks(tmp_path / "clear", MARKER)) >= len(forms(MARKER))
