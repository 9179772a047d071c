"""Sizes that tell a thief less (issue 12 §7; docs/FORMAT.md §3.2–3.3, §2.3).

Without the passphrase the size of each record and attachment is visible. Unpadded, a note, a tag and a checkpoint
had sizes of their own (261, 252, 357 bytes) and an attachment's blob was its file's size plus 36. Non-audio records
are therefore padded, inside the encrypted plaintext, to a power of two (at least 512 bytes), and attachment blobs
to a Padmé size (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with PURBs",
PETS 2019: at most about 12 % larger, and a size reveals O(log log n) bits instead of O(log n)).
"""

from __future__ import annotations

MIN_RECORD_BUCKET = 512


def record_bucket(n: int) -> int:
    """The padded length of a record plaintext of ``n`` bytes: the next power of two, at least 512."""
    return max(MIN_RECORD_BUCKET, 1 << (n - 1).bit_length()) if n > 1 else MIN_RECORD_BUCKET


def padme(n: int) -> int:
    """Padmé: round ``n`` up so that only the top ~log2(log2(n)) + 1 bits of the length may be non-zero."""
    if n < 2:
        return n
    e = n.bit_length() - 1  # floor(log2(n))
    s = e.bit_length()  # floor(log2(e)) + 1
    last_bits = e - s
    mask = (1 << last_bits) - 1
    return (n + mask) & ~mask


def is_zeros(data: bytes | memoryview) -> bool:
    return not bytes(data).strip(b"\0")
