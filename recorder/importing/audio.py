"""Recordings from phones (issue 14 §1): what their files say about themselves, and their sound decoded in memory.

PyAV (FFmpeg's libraries, carried in its wheels) reads .m4a/.aac, .amr (AMR-NB and AMR-WB), .mp3, .wav,
.ogg/.opus and .3gp. Nothing is converted on disk: the imported original stays byte-identical in the vault;
decoding happens in memory, for playback and waveforms. The facts read here (container, codec, rate, channels,
the duration the file states, its embedded tags such as creation time or phone model) are *read from the file* —
the phone wrote them, this app did not measure them — and are recorded as such, with the reader and its version.
"""

from __future__ import annotations

import io
from typing import Any

AUDIO_TYPES = frozenset(
    {"audio/amr", "audio/amr-wb", "audio/3gpp", "audio/mp4", "audio/aac", "audio/ogg", "audio/mpeg", "audio/wav",
     "audio/x-wav", "audio/flac", "audio/x-m4a", "video/3gpp", "audio/opus"}
)  # fmt: skip
MAX_TAG_CHARS = 500  # a tag's value as kept in the chain (phones write short ones; a hostile file may not)
MAX_TAGS = 40


def is_audio(media_type: str) -> bool:
    return media_type in AUDIO_TYPES or media_type.startswith("audio/")


def probe(data: bytes) -> dict[str, Any] | None:
    """The facts a recording states about itself, read from its headers without decoding it; None when the bytes
    are not audio PyAV can open (the import goes on: the original is kept either way)."""
    import av  # (loaded only when a recording is imported)

    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            if not container.streams.audio:
                return None
            stream = container.streams.audio[0]
            ctx = stream.codec_context
            duration_us = container.duration
            if duration_us is None and stream.duration is not None and stream.time_base is not None:
                duration_us = int(stream.duration * stream.time_base * 1_000_000)
            tags: dict[str, str] = {}
            for source in (container.metadata, stream.metadata):
                for key, value in list(source.items())[:MAX_TAGS]:
                    tags.setdefault(str(key)[:100], str(value)[:MAX_TAG_CHARS])
            return {
                "reader": "PyAV",
                "reader_version": str(av.__version__),
                "container": str(container.format.name),
                "codec": str(ctx.name),
                "sample_rate": int(ctx.sample_rate or 0),
                "channels": len(ctx.layout.channels),
                "stated_duration_ms": None if duration_us is None else int(duration_us) // 1000,
                "tags": tags,
            }
    except (av.FFmpegError, ValueError, OSError, IndexError, UnicodeDecodeError):
        return None


def decode(data: bytes) -> tuple[bytes, int]:
    """The recording's sound as 16-bit mono PCM at its own sample rate, decoded in memory (for playback and the
    waveform; never written to disk). Raises ValueError when the bytes are not decodable audio."""
    import av

    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            stream = container.streams.audio[0]
            rate = int(stream.codec_context.sample_rate or 0)
            resampler = av.AudioResampler(format="s16", layout="mono", rate=rate or None)
            out = bytearray()
            for frame in container.decode(stream):
                rate = rate or int(frame.sample_rate)
                for piece in resampler.resample(frame):
                    out += bytes(piece.planes[0])[: piece.samples * 2]
            for piece in resampler.resample(None):
                out += bytes(piece.planes[0])[: piece.samples * 2]
            return bytes(out), rate
    except (av.FFmpegError, IndexError, OSError) as exc:
        raise ValueError(f"not decodable audio: {exc}") from None
