"""A child process that records into a vault at real-time pace, for the crash and concurrency tests.

Run as ``python -m tests.helpers_crash_writer HOME [--blocks N]``. It opens the vault (no passphrase: recording
needs only the public key), starts a session from a non-live test source and appends one 100 ms block of 48 kHz
mono 16-bit PCM (9,600 bytes) every 100 ms, calling ``tick()`` after each, as the audio writer does.

It reports on stdout, one line each, written with a single ``os.write`` so a line is never torn by a kill:
``session <id>`` once the start entry is written, then ``frames <n>`` AFTER each ``append_audio`` returned, where
``n`` counts all frames appended so far. On SIGTERM (or after ``--blocks``) it seals and prints ``sealed``.

Block ``i`` holds the 4-byte big-endian number ``i`` repeated, so the parent can tell which blocks survived.
"""

from __future__ import annotations

import argparse
import os
import signal
import time
from pathlib import Path

from recorder.core.session import Session, Source
from recorder.core.vault import Vault

RATE = 48_000
BLOCK_FRAMES = 4_800  # 100 ms
BLOCK_SECONDS = BLOCK_FRAMES / RATE


def block(i: int) -> bytes:
    """The PCM of block ``i``: recognisable, and exactly 9,600 bytes."""
    return i.to_bytes(4, "big") * (BLOCK_FRAMES * 2 // 4)


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode("ascii"))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("home")
    p.add_argument("--blocks", type=int, default=0, help="seal after this many blocks (0: until SIGTERM)")
    args = p.parse_args()
    stop = False

    def on_term(_signum: int, _frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_term)
    vault = Vault.open(Path(args.home))
    session = Session.start(vault, "crash trial", Source("crash test writer", live=False, kind="test-signal"))
    _say(f"session {session.id}")
    start = time.monotonic()
    i = 0
    while not stop and (args.blocks == 0 or i < args.blocks):
        # Real-time pace: block i is due at start + i * 100 ms, as a sound card would deliver it.
        delay = start + i * BLOCK_SECONDS - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        session.append_audio(block(i), rate=RATE)
        session.tick()
        i += 1
        _say(f"frames {session.audio_frames}")
    session.seal("stopped")
    _say("sealed")


if __name__ == "__main__":
    main()
