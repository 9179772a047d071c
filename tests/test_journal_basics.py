"""A session written through the core API checks clean; its state is known without a key."""

from __future__ import annotations

from recorder.core import store
from recorder.core.check import check_session
from recorder.core.session import Session, Source
from recorder.core.vault import Vault
from tests.fixtures.core import PASSPHRASE


def test_written_session_checks_and_lists(vault: Vault) -> None:
    s = Session.start(vault, "Door visit", Source("test tone", live=False, kind="test-signal"))
    for _ in range(12):
        s.append_audio(b"\x10\x00" * 4800, rate=48000)
    s.add_note("They said they would come back tonight", began=None)
    s.add_tag("Threat", key="6")
    s.add_attachment("photo.jpg", b"\xff\xd8fake jpeg", "image/jpeg")
    s.pause()
    s.resume()
    s.add_gap("input-lost", 4800, 48000)
    assert store.status(vault, s.id).state == store.RECORDING
    s.seal("stopped")
    assert store.status(vault, s.id).state == store.SEALED

    keys = vault.unlock(PASSPHRASE)
    result = check_session(vault, keys.recording, s.id)
    assert result.ok, result.problems
    assert result.summary.case == "Door visit"
    assert result.summary.audio_frames == 12 * 4800
    assert result.summary.sealed and result.summary.unsigned_tail == 0
    assert result.summary.source == {"name": "test tone", "live": False, "kind": "test-signal"}
    kinds = [e["kind"] for e, _ in store.SessionReader(vault, keys.recording, s.id).entries()]
    assert kinds[0] == "start" and kinds[-1] == "seal"
    assert {"note", "tag", "attachment", "pause", "resume", "gap"} <= set(kinds)
