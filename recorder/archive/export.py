"""Export sessions into one sealed archive (DESIGN §7, docs/FORMAT.md §7).

The archive is written under a temporary name beside the target and renamed only when complete, so a cancelled
or failed export leaves nothing that looks finished. Audio is streamed record by record straight into a
stored (not deflated) WAV member; memory holds only the entries, never the audio.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyrage

from .. import __version__
from ..core import crypto
from ..core.canonical import b64, canonical_json, unb64
from ..core.chain import GENESIS, SIGNED_KINDS, ChainSummary, entry_hash, is_other_track, parse_audio_entry
from ..core.environment import Moment
from ..core.errors import RecorderError
from ..core.fsutil import fsync_dir, os_errors
from ..core.progress import CancelFlag, Cancelled, Progress, never, no_progress
from ..core.review import read_review_entries
from ..core.store import DAMAGED, RECORDING, SessionReader, list_sessions
from ..core.vault import Vault, VaultKeys
from . import call_export, hooks, imports, layout, report, report_thumbs, sshsig, verify_text, wav
from . import messages as M
from .archive_excerpts import ExcerptSpec, add_excerpts, stock_commands
from .background_sync import BackgroundSync
from .facts import SessionEvents, compute, session_offset
from .report_model import CaseName, PdfRenderer, SessionExport
from .zip_out import ArchiveError, ZipOut


@dataclass
class ExportResult:
    path: Path
    sessions: list[str]
    size: int
    identity_fingerprint: str
    encrypted: bool


pem_public = sshsig.pem_public


def sessions_of_case(vault: Vault, keys: VaultKeys, case: str) -> list[str]:
    """The ids of every session whose start entry names ``case``, oldest first."""
    found = []
    for st in list_sessions(vault):
        if st.state in (DAMAGED, RECORDING):
            continue
        try:
            _frame, entry, _payload = SessionReader(vault, keys.recording, st.id).record(0)
            body = json.loads(entry).get("body") or {}
        except (RecorderError, crypto.InvalidTag, ValueError, IndexError):
            continue
        if body.get("case") == case:
            found.append(st.id)
    if not found:
        raise ArchiveError(M.NO_CASE, case=case)
    return found


def export_archive(
    vault: Vault,
    keys: VaultKeys,
    session_ids: list[str],
    out: Path,
    *,
    language: str,
    profile: str = "cn",
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
    encrypt_to: str | None = None,
    encrypt_passphrase: str | None = None,
    part_frames: int = layout.WAV_PART_FRAMES,
    pdf: PdfRenderer | None = None,
    excerpts: Sequence[ExcerptSpec] = (),
    case_name: CaseName | None = None,
) -> ExportResult:
    """Write the sealed archive of ``session_ids`` to ``out`` (zip, or age-encrypted zip).

    ``pdf`` renders report.pdf from the report (the CLI and the app pass recorder.report_pdf's, which uses Qt;
    this layer does not); without it the archive has report.html alone. ``excerpts``: stretches carried inside
    the archive as excerpts/NN/ (FORMAT §7.9). ``case_name``: the case's current and earlier names from the app's
    case book, for the report (the recordings keep the name they were made under).

    Raises RecorderError for what the user can fix, Cancelled when ``cancel`` turns true; in both cases no
    file is left at ``out`` and the temporary files are removed.
    """
    if not session_ids:
        raise ArchiveError(M.NO_SESSIONS)
    if encrypt_to is not None and encrypt_passphrase is not None:
        raise ArchiveError(M.BOTH_ENCRYPTIONS)
    recipient = None
    if encrypt_to is not None:
        try:
            recipient = pyrage.x25519.Recipient.from_str(encrypt_to.strip())
        except Exception:  # pyrage raises its own error types for a bad key string
            raise ArchiveError(M.BAD_RECIPIENT, recipient=encrypt_to) from None
    out = Path(out)
    if out.exists():
        raise ArchiveError(M.OUT_EXISTS, path=str(out))
    if not out.parent.is_dir() or not os.access(out.parent, os.W_OK):
        raise ArchiveError(M.OUT_FOLDER, path=str(out))
    readers = []
    for sid in dict.fromkeys(session_ids):
        reader = SessionReader(vault, keys.recording, sid)
        if reader.status.state == RECORDING:
            raise ArchiveError(M.SESSION_STILL_RECORDING, session=sid)
        readers.append(reader)

    tmp_zip = out.with_name(f".{out.name}.partial-{os.getpid()}")
    tmp_age = out.with_name(f".{out.name}.partial-{os.getpid()}.age")
    try:
        with os_errors(out.parent):
            with open(tmp_zip, "w+b") as f:
                sync = BackgroundSync(f.fileno())
                try:
                    _write_zip(
                        f,
                        vault,
                        keys,
                        readers,
                        language,
                        profile,
                        progress,
                        cancel,
                        part_frames,
                        sync,
                        pdf,
                        excerpts,
                        case_name,
                    )
                except BaseException:
                    with contextlib.suppress(OSError):
                        sync.close()
                    raise
                sync.close()  # raises a failed flush, which the fsync below might not see again
                f.flush()
                os.fsync(f.fileno())  # what makes the archive durable before it gets its name
            final = tmp_zip
            if recipient is not None or encrypt_passphrase is not None:
                _encrypt(tmp_zip, tmp_age, recipient, encrypt_passphrase)
                tmp_zip.unlink()
                final = tmp_age
            if cancel():
                raise Cancelled()
            os.replace(final, out)
            fsync_dir(out.parent)
    except BaseException:
        for p in (tmp_zip, tmp_age):
            try:
                p.unlink()
            except OSError:
                pass
        raise
    return ExportResult(
        path=out,
        sessions=[r.id for r in readers],
        size=out.stat().st_size,
        identity_fingerprint=sshsig.ssh_fingerprint(vault.identity_public),
        encrypted=recipient is not None or encrypt_passphrase is not None,
    )


def _encrypt(src: Path, dst: Path, recipient: Any, passphrase: str | None) -> None:
    if recipient is not None:
        with open(src, "rb") as fin, open(dst, "wb") as fout:
            pyrage.encrypt_io(fin, fout, [recipient])
            fout.flush()
            os.fsync(fout.fileno())
        return
    # pyrage offers passphrase (scrypt) encryption only in memory: the archive is read whole once here.
    data = pyrage.passphrase.encrypt(src.read_bytes(), passphrase or "")
    with open(dst, "wb") as fout:
        fout.write(data)
        fout.flush()
        os.fsync(fout.fileno())


def _write_zip(
    f: IO[bytes],
    vault: Vault,
    keys: VaultKeys,
    readers: list[SessionReader],
    language: str,
    profile: str,
    progress: Progress,
    cancel: CancelFlag,
    part_frames: int,
    sync: BackgroundSync | None = None,
    pdf: PdfRenderer | None = None,
    excerpts: Sequence[ExcerptSpec] = (),
    case_name: CaseName | None = None,
) -> None:
    now = Moment()
    zout = ZipOut(f, time.gmtime(now.utc_ns // 1_000_000_000), sync)
    try:
        _fill_zip(
            zout, now, vault, keys, readers, language, profile, progress, cancel, part_frames, pdf, excerpts, case_name
        )
    except BaseException:
        # Finish the zip structure of a file that is about to be deleted, so nothing complains later.
        with contextlib.suppress(Exception):
            zout.close()
        raise


def _fill_zip(
    zout: ZipOut,
    now: Moment,
    vault: Vault,
    keys: VaultKeys,
    readers: list[SessionReader],
    language: str,
    profile: str,
    progress: Progress,
    cancel: CancelFlag,
    part_frames: int,
    pdf: PdfRenderer | None = None,
    excerpts: Sequence[ExcerptSpec] = (),
    case_name: CaseName | None = None,
) -> None:
    total = sum(r.scan.size + call_export.progress_share(r) for r in readers)
    done = [0]
    local_offset = (time.localtime().tm_gmtoff or 0) // 60
    exported = []
    for reader in readers:
        se = _export_session(
            zout, vault, keys, reader, progress, cancel, done, total, part_frames, language, thumbs=pdf is not None
        )
        se.events.signed_through = se.summary.last_signed_seq  # an unsigned tail's events are no facts
        offset = session_offset(se.events, profile, local_offset)  # the session's own time zone when recorded
        se.facts = compute(se.events, profile, offset)
        se.facts.update(imports.derived_facts(se.imported, se.derived, profile))  # (nothing unless logs imported)
        exported.append(se)

    if cancel():
        raise Cancelled()
    carried = add_excerpts(zout, vault, keys, [se.id for se in exported], excerpts) if excerpts else []
    identity = vault.identity_public
    zout.add(layout.IDENTITY_PEM, pem_public(identity), compress=False)
    zout.add(layout.IDENTITY_SSH, (sshsig.openssh_public(identity, layout.SSH_PRINCIPAL) + "\n").encode())
    zout.add(layout.ALLOWED_SIGNERS, layout.allowed_signers(sshsig.openssh_public(identity)))
    case = case_name.current if case_name is not None else exported[0].summary.case or ""
    earlier = case_name.earlier if case_name is not None else []
    page = report.render(
        case,
        exported,
        language=language,
        identity_public=identity,
        created_utc=now.utc,
        earlier=earlier,
        excerpts=carried,
    )
    zout.add(layout.REPORT, page.encode())
    if pdf is not None:  # the same page as a PDF/A file, its facts in its metadata (FORMAT §7.7)
        source = report.pdf_input(page, case=case, language=language, identity_public=identity, created_utc=now.utc)
        source.thumbnails = {path: jpeg for se in exported for path, jpeg in se.thumbnails.items()}
        zout.add(layout.REPORT_PDF, pdf(source), compress=False)
    stamp_lines = [line for se in exported for line in se.extra_commands]
    excerpt_lines = stock_commands(carried, {se.id: se.audio_parts for se in exported})
    zout.add(layout.VERIFY_TEXT, verify_text.text(stamp_lines, excerpt_lines).encode("utf-8"))
    manifest = _manifest(exported, identity, language, profile, now.utc)
    if pdf is not None:
        manifest["report_pdf"] = layout.REPORT_PDF
    if carried:
        manifest["excerpts"] = carried
    zout.add(layout.MANIFEST, canonical_json(manifest) + b"\n")

    sums = "".join(f"{digest}  {path}\n" for path, digest in zout.sums).encode("utf-8")
    zout.add(layout.SUMS, sums, compress=False, listed=False)
    zout.add(layout.SUMS_SIG, keys.identity.sign(sums), compress=False, listed=False)
    zout.add(layout.SUMS_SSHSIG, sshsig.sign(sums, keys.identity, layout.SSH_NAMESPACE).encode(), listed=False)
    zout.close()
    progress(total, total)


def _export_session(
    zout: ZipOut,
    vault: Vault,
    keys: VaultKeys,
    reader: SessionReader,
    progress: Progress,
    cancel: CancelFlag,
    done: list[int],
    total: int,
    part_frames: int,
    language: str | None = None,
    *,
    thumbs: bool = False,
) -> SessionExport:
    """One session's members into the zip; ``language``: the report's, which its stamp sentences are said in;
    ``thumbs``: make report.pdf's photo thumbnails from the attachments' bytes while they are in memory."""
    sid = reader.id
    base = layout.session_dir(sid)
    frames_total = _audio_frames(reader)
    lines: list[bytes] = []
    events = SessionEvents()
    summary = ChainSummary(session=sid)
    attachments: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []  # a marks session's statements (FORMAT §3.7)
    signed: dict[str, tuple[int, str, str]] = {}  # what trusted timestamps may cover, for the report
    state = {"rate": 0}
    call = call_export.CallExport(reader, progress, done, total)  # a call's two tracks (FORMAT §7.10)

    def entries_with_audio() -> Iterator[bytes | memoryview]:
        """Walk the journal once: keep the entries, hand the audio bytes on to the WAV member."""
        records = reader.records_viewed()  # the audio is passed on as views: one copy fewer of every byte
        n = 0
        while True:
            try:
                frame, entry_bytes, payload = next(records)
            except StopIteration:
                return
            except crypto.InvalidTag:
                raise ArchiveError(M.SESSION_DAMAGED, session=sid, seq=n) from None
            n += 1
            if n % 64 == 1:
                if cancel():
                    raise Cancelled()
                progress(done[0] + frame.end, total)
            lines.append(entry_bytes)
            entry = parse_audio_entry(entry_bytes)
            if entry is not None and summary.entries:
                # An audio entry of the one canonical form (most entries): what _note and events.add would do.
                _note_audio(summary, entry, entry_bytes)
                events.add_audio(entry)
                call.align.feed_audio(entry)
                if payload:
                    state["rate"] = state["rate"] or entry["body"]["rate"]
                    yield payload
                continue
            entry = entry or json.loads(entry_bytes)
            call.align.feed(entry)
            if entry.get("kind") == "audio" and is_other_track(entry):
                call.other_audio(summary, entry, entry_bytes, n - 1)  # its own WAV parts, from a second pass
                events.add(entry)
                continue
            _note(summary, entry, entry_bytes)
            events.add(entry)
            kind = entry.get("kind")
            if kind == "mark":
                marks.append(entry)
            if kind in imports.STORED_KINDS:  # attachments and imported originals
                attachments.append(entry)
            elif kind in SIGNED_KINDS and b'"sig":' in entry_bytes and isinstance(entry.get("seq"), int):
                # The same map as stamps.signed_entries(lines), without parsing every line a second time.
                signed[summary.head] = (entry["seq"], str(kind), str(entry.get("utc")))
            if payload:
                state["rate"] = state["rate"] or int(entry["body"]["rate"])
                yield payload

    audio_parts: list[dict[str, Any]] = []
    chunks = entries_with_audio()

    def damaged() -> ArchiveError:
        return ArchiveError(M.SESSION_DAMAGED, session=sid, seq=summary.entries)

    if frames_total:
        # The rate comes from the first audio entry; read until the first audio bytes to learn it.
        first = next(chunks, b"")
        name_of = functools.partial(layout.audio_name, sid)
        payloads = itertools.chain([first], chunks)
        rate = state["rate"]
        audio_parts = wav.add_parts(zout.add_stream, name_of, frames_total, rate, part_frames, payloads, damaged)
    else:
        for _ in chunks:
            raise damaged()
    done[0] += reader.scan.size
    if summary.audio_frames != frames_total:
        raise ArchiveError(M.SESSION_DAMAGED, session=sid, seq=summary.entries)
    try:
        call.add_other_parts(zout, part_frames, cancel)
    except call_export.TrackDamaged as exc:
        raise ArchiveError(M.SESSION_DAMAGED, session=sid, seq=exc.seq) from None

    zout.add(f"{base}/{layout.JOURNAL}", b"".join(line + b"\n" for line in lines))
    lines.clear()
    first_entry = events.start or {}
    body = first_entry.get("body") or {}
    session_public = unb64(body.get("session_public", ""))
    zout.add(f"{base}/{layout.SESSION_PEM}", pem_public(session_public), compress=False)
    zout.add(f"{base}/{layout.SESSION_SSH}", (sshsig.openssh_public(session_public, sid) + "\n").encode())

    se = SessionExport(sid, summary, events, session_public, audio_parts, marks=marks)
    se.call_members = call.add_derived(zout, audio_parts, cancel)  # after the keys (FORMAT §7.3, §7.10)
    for entry in attachments:
        ref, abody = entry.get("payload") or {}, entry.get("body") or {}
        data = reader.blob(str(abody.get("blob")), str(ref.get("sha256")))
        path = imports.member_path(base, entry)
        zout.add(path, data, compress=False)
        se.attachments[int(entry["seq"])] = path
        if thumbs and report_thumbs.wanted(entry):
            se.thumbnails[path] = report_thumbs.thumbnail(data)
        if entry.get("kind") in ("import", "derived"):
            se.imported.append(entry)
        if entry.get("kind") == "derived":
            se.derived[int(entry["seq"])] = data

    sittings: dict[str, tuple[int, str]] = {}  # a closed sitting's review-seal hash → (number, utc): stampable
    for number, sitting in enumerate(read_review_entries(vault, keys, sid), start=1):
        path = f"{base}/{layout.review_name(number)}"
        zout.add(path, b"".join(e + b"\n" for e in sitting))
        se.review_paths.append(path)
        entries = [json.loads(e) for e in sitting]
        se.review += entries
        se.review_sittings += [number] * len(entries)
        if entries and entries[-1].get("kind") == "review-seal":
            sittings[entry_hash(sitting[-1])] = (number, str(entries[-1].get("utc", "")))
    extra = hooks.session_extra_members(vault, keys, sid)
    for rel, data in extra:
        if not layout.is_safe_member_name(rel) or rel.startswith("review-") or rel == layout.JOURNAL:
            raise ArchiveError(M.EXTRA_MEMBER_NAME, path=rel)
        zout.add(f"{base}/{rel}", data)
        se.extra.append(rel)
    se.extra_commands = hooks.stamp_commands(base, extra)
    se.stamp_lines = hooks.stamp_report(extra, signed, sittings, language)
    se.sitting_stamps = hooks.sitting_stamp_times(extra, signed, sittings)
    if reader.status.interruption is not None and not summary.sealed:
        detected = reader.status.interruption.get("detected_utc")
        se.interrupted_utc = detected if isinstance(detected, str) else None
    return se


def _audio_frames(reader: SessionReader) -> int:
    """How many audio frames the session holds: from the seal when there is one, else by reading it all."""
    if not reader.scan.frames:
        return 0
    try:
        _frame, entry_bytes, _payload = reader.record(-1)
        last = json.loads(entry_bytes)
        if last.get("kind") == "seal" and isinstance((last.get("body") or {}).get("audio_frames"), int):
            return int(last["body"]["audio_frames"])
        frames = 0
        for _frame, entry, payload in reader.records():
            if b'"track":"other"' not in entry:  # the microphone's track only (a call's other: call_export)
                frames += len(payload) // 2
        return frames
    except crypto.InvalidTag:
        raise ArchiveError(M.SESSION_DAMAGED, session=reader.id, seq=len(reader.scan.frames) - 1) from None


def _note(s: ChainSummary, entry: dict[str, Any], entry_bytes: bytes) -> None:
    """Keep the summary the report shows; the chain rules themselves are the verifier's (ChainChecker)."""
    kind, body, utc = entry.get("kind"), entry.get("body") or {}, entry.get("utc")
    if s.entries == 0:
        s.case = body.get("case")
        s.source = body.get("source")
        s.start_utc = utc
    s.end_utc = utc
    if kind == "audio":
        s.audio_frames += int(body["frames"])
        s.audio_rate = s.audio_rate or int(body["rate"])
    elif kind == "gap":
        s.gaps.append({"seq": entry.get("seq"), "utc": utc, **body})
    elif kind == "seal":
        s.sealed = True
        s.seal_reason = body.get("reason")
    s.head = entry_hash(entry_bytes)
    if kind in SIGNED_KINDS:
        s.last_signed_seq = s.entries
        if kind != "start":
            s.last_checkpoint_hash = s.head
    s.entries += 1


def _note_audio(s: ChainSummary, entry: dict[str, Any], entry_bytes: bytes) -> None:
    """_note() for an audio entry of the one canonical form (chain.parse_audio_entry), not the first entry."""
    body = entry["body"]
    s.end_utc = entry["utc"]
    s.audio_frames += body["frames"]
    s.audio_rate = s.audio_rate or body["rate"]
    s.head = entry_hash(entry_bytes)
    s.entries += 1


def _manifest(
    exported: list[SessionExport], identity: bytes, language: str, profile: str, created: str
) -> dict[str, Any]:
    sessions = []
    for se in exported:
        s = se.summary
        base = layout.session_dir(se.id)
        sessions.append(
            {
                "id": se.id,
                "case": s.case,
                "journal": f"{base}/{layout.JOURNAL}",
                "entries": s.entries,
                "head": s.head if s.entries else GENESIS,
                "sealed": s.sealed,
                "session_key": {"pem": f"{base}/{layout.SESSION_PEM}", "openssh": f"{base}/{layout.SESSION_SSH}"},
                "audio": {"rate": s.audio_rate or 0, "frames": s.audio_frames, "parts": se.audio_parts},
                "attachments": [{"seq": seq, "path": path} for seq, path in sorted(se.attachments.items())],
                "review": se.review_paths,
                "extra": [f"{base}/{rel}" for rel in se.extra],
                **({"call": se.call_members} if se.call_members is not None else {}),
            }
        )
    return {
        "format": layout.ARCHIVE_FORMAT,
        "version": layout.ARCHIVE_VERSION,
        "app_version": __version__,
        "created_utc": created,
        "language": language,
        "profile": profile,
        "identity": {
            "public": b64(identity),
            "pem": layout.IDENTITY_PEM,
            "openssh": layout.IDENTITY_SSH,
            "fingerprint": sshsig.ssh_fingerprint(identity),
        },
        "ssh": {"principal": layout.SSH_PRINCIPAL, "namespace": layout.SSH_NAMESPACE},
        "report": layout.REPORT,
        "sessions": sessions,
    }
