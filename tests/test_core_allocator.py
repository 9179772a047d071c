"""A recording process keeps glibc's mmap threshold fixed (core.allocator): a freed megabyte buffer does not move the
next ones into the heap, where outgrown buffers leave holes (docs/PERFORMANCE.md, "Call mode", memory)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from recorder.core import session as session_module
from recorder.core.session import Session, Source
from recorder.core.vault import Vault

PROBE = textwrap.dedent(
    """
    import ctypes, sys

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
            "keepcost")]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = MallInfo2
    if sys.argv[1] == "fixed":
        from recorder.core.allocator import keep_large_buffers_returnable
        assert keep_large_buffers_returnable()
    big = bytearray(8 << 20)  # mapped, then freed: glibc would now raise its threshold to 8 MiB
    del big
    before = libc.mallinfo2().hblks
    block = bytearray(1 << 20)  # a megabyte, as the timeline cache's buffers
    print(libc.mallinfo2().hblks - before)
    """
)


def mapped_after_a_free(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True)
    return int(out.stdout)


def test_a_megabyte_buffer_stays_mapped_after_a_larger_one_was_freed() -> None:
    assert mapped_after_a_free("fixed") == 1


def test_glibc_left_alone_would_put_it_in_the_heap() -> None:
    # The probe itself can tell: without the fix the same megabyte is not a mapping of its own.
    assert mapped_after_a_free("default") == 0


def test_a_recording_fixes_it_as_it_starts(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(session_module, "keep_large_buffers_returnable", lambda: calls.append(True) or True)
    s = Session.start(vault, "memory", Source("test", live=False, kind="test-signal"))
    s.seal()
    assert calls == [True]
