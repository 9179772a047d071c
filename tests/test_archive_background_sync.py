"""The export flushes its archive to disk as it writes (so the final fsync has little left), and a flush that
fails is never lost: it fails the export, which then leaves nothing that looks finished."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from recorder.archive import background_sync
from recorder.archive.background_sync import BackgroundSync
from recorder.archive.export import export_archive
from recorder.core.vault import Vault
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE


def _wait_for(condition, seconds: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_a_flush_is_made_every_so_many_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[int] = []
    monkeypatch.setattr(background_sync.os, "fdatasync", flushed.append)
    with open(tmp_path / "f", "wb") as f:
        sync = BackgroundSync(f.fileno(), every=1000)
        sync.written(999)
        time.sleep(0.05)
        assert flushed == []
        sync.written(1)
        assert _wait_for(lambda: flushed == [f.fileno()])
        sync.close()


def test_a_failed_flush_is_raised_by_close(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(background_sync.os, "fdatasync", fail)
    with open(tmp_path / "f", "wb") as f:
        sync = BackgroundSync(f.fileno(), every=10)
        sync.written(10)
        assert _wait_for(lambda: sync.error is not None)
        with pytest.raises(OSError):
            sync.close()


def test_an_export_whose_flush_fails_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    sid = record(vault, "Case S", seconds=2)
    keys = vault.unlock(PASSPHRASE)
    real = os.fdatasync

    def fail(fd: int) -> None:
        real(fd)
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(background_sync, "SYNC_EVERY", 4096)
    monkeypatch.setattr(background_sync.os, "fdatasync", fail)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(OSError):
        export_archive(vault, keys, [sid], out_dir / "a.zip", language="en")
    assert list(out_dir.iterdir()) == []
