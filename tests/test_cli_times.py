"""Times the command line prints are local times with their offset, never ISO strings ending in Z (issue 13 item 9)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from recorder.cli.output import local_time
from recorder.core.session import Session, Source
from recorder.core.vault import Vault

RECORDER = Path(sys.executable).with_name("recorder")
ISO_Z = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z")


@pytest.fixture
def recorded(vault: Vault) -> Iterator[tuple[Vault, str]]:
    s = Session.start(vault, "Door visit", Source("test tone", live=False, kind="test-signal"))
    for _ in range(5):
        s.append_audio(b"\x10\x00" * 4800, rate=48000)
    s.seal()
    yield vault, s.id


def run(home: Path, tz: str, *args: str, passphrase: Path | None = None) -> str:
    cmd = [str(RECORDER), "--home", str(home)]
    if passphrase is not None:
        cmd += ["--passphrase-file", str(passphrase)]
    env = {**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8", "TZ": tz}
    done = subprocess.run(
        cmd + list(args), capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("tz, offset", [("Asia/Shanghai", "UTC+08:00"), ("UTC", "UTC+00:00")])
def test_sessions_shows_local_times_with_their_offset(recorded, passphrase_file: Path, tz: str, offset: str) -> None:  # type: ignore[no-untyped-def]
    vault, sid = recorded
    for out in (run(vault.home, tz, "sessions"), run(vault.home, tz, "sessions", passphrase=passphrase_file)):
        line = next(ln for ln in out.splitlines() if sid in ln)
        assert not ISO_Z.search(line.replace(sid, "")), line
        assert offset in line, line


def test_local_time_converts_only_what_is_a_utc_time() -> None:
    os.environ["TZ"] = "Asia/Shanghai"
    import time

    time.tzset()
    try:
        assert local_time("2026-12-06T21:07:50Z") == "2026-12-07 05:07:50 (UTC+08:00)"
        assert local_time("2026-12-06T21:07:50.123Z").startswith("2026-12-07 05:07:50")
        assert local_time("not a time") == "not a time"
        assert local_time(None) == ""
    finally:
        os.environ.pop("TZ", None)
        time.tzset()


def test_a_sentence_shows_a_stored_utc_time_as_a_date_and_time_in_utc() -> None:
    """Sentences (verify's statements, errors) never show the journal's ISO form with a Z (issue 13 item 9)."""
    from recorder.core.errors import render

    text = render(
        "Archive",
        "Recording {session} was sealed at {end} ({reason}).",
        {"session": "20261206T224113Z-434dca", "end": "2026-12-06T22:41:18.460947Z", "reason": "stopped"},
    )
    assert text == "Recording 20261206T224113Z-434dca was sealed at 2026-12-06 22:41:18 UTC (stopped)."
