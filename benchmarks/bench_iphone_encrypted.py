"""What opening an encrypted iPhone backup costs: the keybag unlocked at Apple's iteration counts (PBKDF2-HMAC-SHA256
10,000,000 times, then PBKDF2-HMAC-SHA1 10,000 times, as iOS 10.2+ writes them), then the class keys unwrapped.

The keybag is built here with ``cryptography`` like tests/test_import_iphone_encrypted.py does, with the real
counts; prints the wall and CPU time of ``recorder.importing.iphone_encrypted.class_keys``.

    .venv/bin/python benchmarks/bench_iphone_encrypted.py [--dpic 10000000] [--iter 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1])]

from cryptography.hazmat.primitives import hashes  # noqa: E402
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC  # noqa: E402
from cryptography.hazmat.primitives.keywrap import aes_key_wrap  # noqa: E402

from recorder.importing.iphone_encrypted import class_keys  # noqa: E402


def tlv(tag: bytes, value: bytes | int) -> bytes:
    raw = value.to_bytes(4, "big") if isinstance(value, int) else value
    return tag + len(raw).to_bytes(4, "big") + raw


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpic", type=int, default=10_000_000)
    ap.add_argument("--iter", type=int, default=10_000)
    args = ap.parse_args()
    passphrase, dpsl, salt = "benchmark backup passphrase", os.urandom(20), os.urandom(20)
    first = PBKDF2HMAC(hashes.SHA256(), 32, dpsl, args.dpic).derive(passphrase.encode())
    key = PBKDF2HMAC(hashes.SHA1(), 32, salt, args.iter).derive(first)
    bag = tlv(b"VERS", 4) + tlv(b"UUID", os.urandom(16)) + tlv(b"SALT", salt) + tlv(b"ITER", args.iter)
    bag += tlv(b"DPIC", args.dpic) + tlv(b"DPSL", dpsl)
    for number in range(1, 12):
        bag += tlv(b"UUID", os.urandom(16)) + tlv(b"CLAS", number) + tlv(b"WRAP", 2)
        bag += tlv(b"WPKY", aes_key_wrap(key, os.urandom(32)))
    wall, cpu = time.perf_counter(), time.process_time()
    keys = class_keys(bag, passphrase, Path("."))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"unlock: {wall:.2f} s wall, {cpu:.2f} s CPU, {len(keys)} class keys (DPIC {args.dpic}, ITER {args.iter})")


if __name__ == "__main__":
    main()
