"""Where everything sits in a sealed archive, and the limits a reader holds it to (docs/FORMAT.md §7).

One module names every member path, so the exporter, the verifier and the format document cannot drift.
"""

from __future__ import annotations

import re

from ..core import limits

ARCHIVE_FORMAT = "evidence-recorder-archive"
ARCHIVE_VERSION = 2  # 2: every member stored, the container exactly as FORMAT §7.1 derives it

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
SUMS_SIG = "SHA256SUMS.sig"
SUMS_SSHSIG = "SHA256SUMS.sshsig"
IDENTITY_PEM = "identity.pem"
IDENTITY_SSH = "identity.pub"
ALLOWED_SIGNERS = "allowed_signers"
REPORT = "report.html"
REPORT_PDF = "report.pdf"  # optional: written when the exporter is given a PDF renderer (FORMAT §7.7)
VERIFY_TEXT = "VERIFY.txt"
# The signatures cannot cover themselves or the list they sign; everything else is in SHA256SUMS.
UNLISTED = frozenset({SUMS, SUMS_SIG, SUMS_SSHSIG})

SSH_PRINCIPAL = "evidence-recorder"
SSH_NAMESPACE = "evidence-recorder-archive@v1"


def allowed_signers(openssh_key: str) -> bytes:
    """The whole ``allowed_signers`` member for a key (``ssh-ed25519 <base64>``): one line, nothing else."""
    return f'{SSH_PRINCIPAL} namespaces="{SSH_NAMESPACE}" {openssh_key}\n'.encode()


SESSIONS_DIR = "sessions"
JOURNAL = "journal.jsonl"
SESSION_PEM = "session-key.pem"
SESSION_SSH = "session-key.pub"
ATTACHMENTS_DIR = "attachments"

# A WAV (RIFF) file counts its bytes in 32 bits; longer audio is split into parts of at most this many frames.
WAV_PART_FRAMES = (0xFFFFFFFF - 36 - 4096) // 2

# Limits the verifier holds an untrusted archive to (bounded memory, no bombs): the one set in core.limits, which
# the session writer and the exporter hold to as well.
MAX_MEMBERS = limits.MAX_MEMBERS
MAX_NAME = limits.MAX_MEMBER_NAME
MAX_SMALL_MEMBER = limits.MAX_SMALL_MEMBER
MAX_REPORT = limits.MAX_REPORT
MAX_JOURNAL_LINE = limits.MAX_JOURNAL_LINE
MAX_MEMBER = limits.MAX_MEMBER
MAX_TOTAL = limits.MAX_TOTAL
CHUNK = 1024 * 1024

_SAFE_PART = re.compile(r"^[A-Za-z0-9._\-]+$")


def session_dir(session_id: str) -> str:
    return f"{SESSIONS_DIR}/{session_id}"


def audio_name(session_id: str, part: int, parts: int) -> str:
    if parts == 1:
        return f"{session_dir(session_id)}/audio.wav"
    return f"{session_dir(session_id)}/audio-part{part + 1:03d}.wav"


def other_name(session_id: str, part: int, parts: int) -> str:
    """A call's other party's track (FORMAT §7.10): ``other.wav``, or ``other-partNNN.wav`` when split."""
    if parts == 1:
        return f"{session_dir(session_id)}/other.wav"
    return f"{session_dir(session_id)}/other-part{part + 1:03d}.wav"


def alignment_name(session_id: str) -> str:
    """A call's alignment data (FORMAT §7.10)."""
    return f"{session_dir(session_id)}/alignment.json"


def listening_name(session_id: str) -> str:
    """A call's stereo listening copy, derived from its two tracks (FORMAT §7.10)."""
    return f"{session_dir(session_id)}/call-stereo.wav"


def review_name(sitting: int) -> str:
    """One review sitting's chain (later annotations), relative to the session folder."""
    return f"review-{sitting:04d}.jsonl"


def safe_file_name(name: str, limit: int = 80) -> str:
    """A name that is safe as one path component on every OS, keeping letters of any script."""
    out = []
    for ch in name:
        if ch.isalnum() or ch in "._-":
            out.append(ch)
        else:
            out.append("_")
    text = "".join(out).strip(" .") or "file"
    return text[:limit]


def is_safe_member_name(name: str) -> bool:
    """A relative POSIX path without ``..``, empty parts, drive letters, back-slashes or control characters."""
    if not name or len(name) > MAX_NAME or name.startswith("/") or "\\" in name or ":" in name:
        return False
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return False
    parts = name.split("/")
    return all(p not in ("", ".", "..") for p in parts)


def is_safe_session_id(session_id: str) -> bool:
    return bool(_SAFE_PART.match(session_id)) and session_id not in (".", "..") and len(session_id) <= 100
