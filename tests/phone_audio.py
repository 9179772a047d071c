"""Phone-recording fixtures made on this machine (never downloaded): Debian's ffmpeg for AAC (.m4a, .aac, .3gp),
MP3, Vorbis (.ogg) and Opus; AMR-NB and AMR-WB written through libopencore-amrnb and libvo-amrwbenc by ctypes
(Debian's ffmpeg has no AMR encoder; RECIPES.md "Phone audio fixtures"). Each is 3.000 s of a gliding tone."""

from __future__ import annotations

import ctypes
import subprocess
from pathlib import Path

import numpy as np
import soundfile

SECONDS = 3.0
CREATION = "2026-11-02T14:03:00.000000Z"
MODEL = "Mi 10"


def tone(rate: int, seconds: float = SECONDS) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (0.3 * np.sin(2 * np.pi * (300 + 200 * t) * t) * 32767).astype(np.int16)


def _amr_nb(pcm: np.ndarray) -> bytes:
    lib = ctypes.CDLL("libopencore-amrnb.so.0")
    lib.Encoder_Interface_init.restype = ctypes.c_void_p
    ptr, num = ctypes.c_void_p, ctypes.c_int
    lib.Encoder_Interface_Encode.argtypes = [ptr, num, ptr, ptr, num]
    lib.Encoder_Interface_exit.argtypes = [ctypes.c_void_p]
    state = lib.Encoder_Interface_init(0)
    out = bytearray(b"#!AMR\n")
    buf = (ctypes.c_ubyte * 64)()
    for i in range(0, len(pcm), 160):
        frame = np.ascontiguousarray(pcm[i : i + 160])
        n = lib.Encoder_Interface_Encode(state, 7, frame.ctypes.data, buf, 0)  # 7 = MR122 (12.2 kbit/s)
        out += bytes(buf[:n])
    lib.Encoder_Interface_exit(state)
    return bytes(out)


def _amr_wb(pcm: np.ndarray) -> bytes:
    lib = ctypes.CDLL("libvo-amrwbenc.so.0")
    lib.E_IF_init.restype = ctypes.c_void_p
    lib.E_IF_encode.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
    lib.E_IF_exit.argtypes = [ctypes.c_void_p]
    state = lib.E_IF_init()
    out = bytearray(b"#!AMR-WB\n")
    buf = (ctypes.c_ubyte * 128)()
    for i in range(0, len(pcm), 320):
        frame = np.ascontiguousarray(pcm[i : i + 320])
        n = lib.E_IF_encode(state, 8, frame.ctypes.data, buf, 0)  # 8 = 23.85 kbit/s
        out += bytes(buf[:n])
    lib.E_IF_exit(state)
    return bytes(out)


def make_phone_recordings(folder: Path) -> dict[str, str]:
    """Write one recording per phone format into ``folder``; name → the codec PyAV must report."""
    folder.mkdir(parents=True, exist_ok=True)
    src = folder.parent / "source-48k.wav"
    soundfile.write(src, tone(48_000), 48_000, subtype="PCM_16")
    tags = ["-metadata", f"creation_time={CREATION}", "-metadata", f"com.android.model={MODEL}"]
    jobs = {
        "call-aac.m4a": (["-c:a", "aac", "-b:a", "64k", "-movflags", "use_metadata_tags", *tags], "aac"),
        "call-raw.aac": (["-c:a", "aac", "-b:a", "64k", "-f", "adts"], "aac"),
        "call.mp3": (["-c:a", "libmp3lame", "-b:a", "64k"], "mp3float"),
        "call.ogg": (["-c:a", "libvorbis"], "vorbis"),
        "call.opus": (["-c:a", "libopus", "-b:a", "32k"], "opus"),
        "call.3gp": (["-c:a", "aac", "-ar", "16000", "-ac", "1", "-b:a", "24k", "-f", "3gp"], "aac"),
        "call.wav": (["-c:a", "pcm_s16le"], "pcm_s16le"),
    }
    codecs = {}
    for name, (opts, codec) in jobs.items():
        subprocess.run(
            ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", str(src), *opts, folder / name],
            check=True,
            timeout=60,
        )
        codecs[name] = codec
    (folder / "call-nb.amr").write_bytes(_amr_nb(tone(8_000)))
    codecs["call-nb.amr"] = "amrnb"
    (folder / "call-wb.amr").write_bytes(_amr_wb(tone(16_000)))
    codecs["call-wb.amr"] = "amrwb"
    src.unlink()
    return codecs
