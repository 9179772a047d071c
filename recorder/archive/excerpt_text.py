"""An excerpt's sentences (context ``Excerpt``) and its VERIFY.txt, which is always in Chinese and English (the
reader may not be the user): where the original is and how to check the excerpt against it with stock tools."""

from __future__ import annotations

from typing import Any

from ..core.messages import QT_TRANSLATE_NOOP
from .layout import WAV_PART_FRAMES
from .verify_text import OPENSSL_FINGERPRINT

CTX = "Excerpt"

OUT_EXISTS = QT_TRANSLATE_NOOP("Excerpt", "{path} already exists. Choose another folder name; nothing was changed.")
OUT_FOLDER = QT_TRANSLATE_NOOP("Excerpt", "The folder for {path} does not exist or cannot be written to.")
STILL_RECORDING = QT_TRANSLATE_NOOP("Excerpt", "The recording {session} is still being made. Stop it first.")
DAMAGED = QT_TRANSLATE_NOOP("Excerpt", "The recording {session} is damaged; run “recorder check” on it.")
NO_AUDIO = QT_TRANSLATE_NOOP("Excerpt", "The recording {session} holds no audio, so there is nothing to excerpt.")
BEYOND_END = QT_TRANSLATE_NOOP("Excerpt", "{spec} is after the end of the recording, which is {length} long.")
NO_TAG = QT_TRANSLATE_NOOP("Excerpt", "The recording {session} has no tag “{tag}”.")
NO_TAG_AFTER = QT_TRANSLATE_NOOP(
    "Excerpt", "The recording {session} has no tag “{tag}” after the start of the stretch."
)
NO_TAG_IN_CASE = QT_TRANSLATE_NOOP("Excerpt", "No recording of this case has a tag “{tag}”.")
WHICH_RECORDING = QT_TRANSLATE_NOOP(
    "Excerpt", "The case has more than one recording: start the stretch at a tag, or name the recording."
)
EMPTY_STRETCH = QT_TRANSLATE_NOOP(
    "Excerpt", "The stretch from {start} to {end} is empty: its end is not after its start."
)
TOO_LONG = QT_TRANSLATE_NOOP("Excerpt", "The stretch is too long for one WAV file (over 12 hours at 48 kHz).")
ARCHIVE_OTHER = QT_TRANSLATE_NOOP(
    "Excerpt", "{path} is not an archive of the recording {session}: its audio differs at this stretch."
)
CROSSES = QT_TRANSLATE_NOOP(
    "Excerpt",
    "The stretch crosses %n pauses or gaps; it holds only the captured samples, and they are listed in excerpt.json.",
    None,
    1,  # plural: the number is the parameter n
)

# Checking an excerpt folder
CHECK_READ = QT_TRANSLATE_NOOP("Excerpt", "The excerpt's file {name} is missing or cannot be read.")
CHECK_SUMS = QT_TRANSLATE_NOOP("Excerpt", "The excerpt's SHA256SUMS is not the list this format writes.")
CHECK_SIG = QT_TRANSLATE_NOOP("Excerpt", "The excerpt's signature {name} does not verify with identity.pem.")
CHECK_HASH = QT_TRANSLATE_NOOP("Excerpt", "The excerpt's file {name} has been changed since it was signed.")
CHECK_MANIFEST = QT_TRANSLATE_NOOP("Excerpt", "The excerpt's excerpt.json is not of this format: {why}.")
CHECK_SAMPLES = QT_TRANSLATE_NOOP("Excerpt", "excerpt.wav does not hold the samples excerpt.json names.")
CHECK_SIGNED = QT_TRANSLATE_NOOP(
    "Excerpt", "Signed by the vault key {fingerprint}; compare it with the one the owner gave you."
)
CHECK_ORIGINAL_BAD = QT_TRANSLATE_NOOP("Excerpt", "The original {path} does not verify, so it proves nothing.")
CHECK_ORIGINAL_OTHER = QT_TRANSLATE_NOOP(
    "Excerpt", "The original {path} does not hold the recording {session} with the chain head the excerpt names."
)
CHECK_ORIGINAL_KEY = QT_TRANSLATE_NOOP("Excerpt", "The original {path} is signed by another vault key.")
CHECK_ORIGINAL_DIFFERS = QT_TRANSLATE_NOOP(
    "Excerpt", "The excerpt's samples differ from the original's at frames {start} to {end}."
)
CHECK_ORIGINAL_FILE = QT_TRANSLATE_NOOP(
    "Excerpt", "The original {path} is not the file the excerpt names (its SHA-256 differs)."
)
CHECK_ORIGINAL_SAME = QT_TRANSLATE_NOOP(
    "Excerpt", "The excerpt's samples are the original's, recording {session}, frames {start} to {end}."
)
CHECK_NO_ORIGINAL = QT_TRANSLATE_NOOP(
    "Excerpt",
    "The excerpt is signed and whole; give the full archive with --original to prove its samples are the original's.",
)
ORIGINAL_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Excerpt", "The original {path} is encrypted: decrypt it first (age -d) and give the zip."
)


def _clock(frames: int, rate: int) -> str:
    ms = frames * 1000 // max(rate, 1)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def verify_text(m: dict[str, Any]) -> str:
    o = m["original"]
    start, count, rate = m["frame_start"], m["frames"], o["rate"]
    sid = o["session"]
    span = f"{_clock(start, rate)} – {_clock(start + count, rate)}"
    archive = o.get("archive")
    where_zh = (
        f"完整证据包：{archive['name']}，SHA-256 {archive['sha256']}"
        if archive
        else "完整证据包：请向录音者索取包含该录音的完整证据包（zip）。"
    )
    where_en = (
        f"Full archive: {archive['name']}, SHA-256 {archive['sha256']}"
        if archive
        else "Full archive: ask the person who recorded for the full evidence package (zip) holding this recording."
    )
    crosses = m.get("crosses") or []
    cross_zh = cross_en = ""
    if crosses:
        items = "\n".join(
            f"  - frame {c['at_frame']}: {c['kind']}"
            + (f" ({c['reason']})" if c.get("reason") else "")
            + f", {c['duration_ms']} ms"
            for c in crosses
        )
        cross_zh = (
            f"\n本片段跨越 {len(crosses)} 处暂停或中断：片段中只有实际录下的样本，缺失的时间没有填补：\n{items}\n"
        )
        what = "pause or gap" if len(crosses) == 1 else "pauses or gaps"
        cross_en = (
            f"\nThis stretch crosses {len(crosses)} {what}: it holds only the captured samples; the time missing is "
            f"not filled in:\n{items}\n"
        )
    sums = (
        "ssh-keygen -Y verify -f allowed_signers -I evidence-recorder -n evidence-recorder-excerpt@v1 "
        "-s SHA256SUMS.sshsig < SHA256SUMS"
    )
    openssl = (
        "openssl pkeyutl -verify -pubin -inkey identity.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig && "
        + OPENSSL_FINGERPRINT
    )
    samples = "tail -c +45 excerpt.wav | sha256sum"
    if o["audio_frames"] <= WAV_PART_FRAMES:  # one audio.wav in the archive (FORMAT §7.6)
        original = f"tail -c +{45 + 2 * start} sessions/{sid}/audio.wav | head -c {2 * count} | sha256sum"
    else:
        original = (
            f'for f in sessions/{sid}/audio-part*.wav; do tail -c +45 "$f"; done | tail -c +{2 * start + 1} '
            f"| head -c {2 * count} | sha256sum"
        )
    return f"""录音片段验证说明（中文）
========================

本文件夹是一段录音片段，由 Evidence Recorder（证据录音）从原始录音中截取：
原始录音 {sid}（案件 “{o["case"]}”），第 {start} 帧起共 {count} 帧（{rate} Hz，录音时间 {span}）。
原始录音的哈希链末端：{o["chain_head"]}
{where_zh}

excerpt.wav 是原始采样，未经任何改动；excerpt.opus 是由它压缩得到的派生副本（用于有大小限制的表格），
不是证据原件，制作工具和参数写在 excerpt.json 中。
{cross_zh}
1. 检查签名（显示的指纹应与录音者另行告知的密钥指纹一致）和每个文件（两种签名检查任选其一）：

    {sums}
    {openssl}
    sha256sum -c SHA256SUMS

2. 样本的 SHA-256 应等于 excerpt.json 中的 samples_sha256：

    {samples}

3. 证明它与原始录音一致：先按完整证据包自带的 VERIFY.txt 验证该证据包并解压，然后在解压后的文件夹中运行
   （结果应与第 2 步相同）：

    {original}

也可以运行：recorder verify-excerpt 本文件夹 --original 完整证据包.zip


Excerpt verification (English)
==============================

This folder is an excerpt made by Evidence Recorder from an original recording:
recording {sid} (case "{o["case"]}"), {count} frames from frame {start} ({rate} Hz, recorded time {span}).
The original's chain head: {o["chain_head"]}
{where_en}

excerpt.wav holds the original samples, unchanged; excerpt.opus is a compressed copy derived from it (for forms
with size limits), not the evidence itself; the tool and settings that made it are in excerpt.json.
{cross_en}
1. Check the signature (the fingerprint printed must be the one the owner gave you; either of the first two lines)
   and every file:

    {sums}
    {openssl}
    sha256sum -c SHA256SUMS

2. The samples' SHA-256 must equal samples_sha256 in excerpt.json:

    {samples}

3. Prove they are the original's: verify the full archive as its own VERIFY.txt says and unzip it, then run this
   in the unzipped folder (it must print the same as step 2):

    {original}

Or run: recorder verify-excerpt THIS_FOLDER --original FULL_ARCHIVE.zip
"""
