"""How a recording process's C allocator treats large buffers (glibc only; elsewhere nothing is done).

A recording runs for hours, its buffers of a megabyte or more (the timeline cache's index and peaks, growing block
by block, its samples gathered for reduction, its snapshot every ten minutes) allocated and freed on the writer
threads. glibc serves buffers from 128 KiB up with their own mappings, returned to the system when freed, but the
first time such a mapping is freed it raises that threshold to the freed size (up to 32 MiB): from then on the
megabyte buffers come from the threads' heaps, where each one outgrown leaves a hole that is not given back. In a
call recorded at 60x real time (docs/PERFORMANCE.md, "Call mode") resident memory grew 4.8-9.6 MB over 30 minutes,
of which the timeline cache holds 2.9 MB; with the threshold fixed at 128 KiB, 1.5-2.6 MB in all.

Fixing it costs a map and an unmap per large buffer: a few a minute while recording.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
MMAP_THRESHOLD = 128 * 1024  # glibc's default, kept fixed instead of raised

_done = False


def keep_large_buffers_returnable() -> bool:
    """Fix glibc's mmap threshold for this process (once; later calls do nothing). True if it is fixed."""
    global _done
    if _done:
        return True
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        _done = bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    except (OSError, AttributeError):
        return False  # memory use is a nicety; recording never depends on it
    return _done
