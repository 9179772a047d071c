"""One session of an archive under verification: its journal through the shared chain rules, its audio block
by block, its keys, attachments, review chain and extra members."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..core.canonical import unb64
from ..core.chain import SIGNED_KINDS, ChainChecker, Problem, verify_signatures
from ..core.review import verify_review_entries
from . import case_log, hooks, imports, layout, sshsig, wav
from . import messages as M
from .audio_check import AudioCheck
from .call_check import CallCheck
from .facts import SessionEvents, compute, session_offset
from .member_reader import MemberReader, iter_lines

MAX_PER_MEMBER = 20


class SessionCheck:
    def __init__(self, verifier: MemberReader, entry: dict[str, Any], manifest: dict[str, Any]) -> None:
        self.v = verifier
        self.m = entry
        self.id: str = entry["id"]
        self.base = layout.session_dir(self.id)
        # Signatures are verified together once the journal is read, on two threads, while the audio is checked.
        self.checker = ChainChecker(session=self.id, defer_signatures=True)
        self.events = SessionEvents()
        self.attachments: list[tuple[int, str, int]] = []  # seq, sha256, size (imported originals too)
        self.attachment_paths: dict[int, str] = {}  # seq → the member name the exporter gives its file
        self.imported: list[dict[str, Any]] = []  # the import and derived entries (recorder.archive.imports)
        self.rederived: dict[int, bytes] = {}
        self.marks: list[dict[str, Any]] = []  # a marks session's mark entries (archive.case_log)
        self.signed: dict[str, tuple[int, str, str]] = {}
        self.event_hashes: dict[int, str] = {}
        self.start_body: dict[str, Any] = {}
        self.problems_before = len(verifier.report.problems)
        self.stamped = False
        self.review_count = 0
        self.sitting_seals: dict[str, tuple[int, str]] = {}  # review-seal hash → (sitting, utc): may be stamped
        self.audio_ok = False
        self.audio: AudioCheck | None = None
        self.audio_frames_in_parts = 0
        self.call = CallCheck(self)  # a call's second track and what is derived from the two (FORMAT §7.10)

    def problem(self, message: str, **params: Any) -> None:
        self.v.problem(message, **params)

    @property
    def clean(self) -> bool:
        return len(self.v.report.problems) == self.problems_before

    # -- the journal ---------------------------------------------------------------------------------
    def run(self) -> None:
        self.audio = self.prepare_audio()
        self.call.prepare()
        try:
            self.read_journal()
        finally:
            # Both tracks' checks told the end before either is awaited: a forked check of one track holds the
            # other's block pipe open until it ends (audio_check).
            self.call.no_more_blocks()
            try:
                self.finish_audio(self.audio)
            finally:
                self.call.finish_audio()
        self.call.check()
        self.check_keys()
        self.check_attachments()
        self.rederived = imports.check_derived(self)  # call-log rows parsed again from the imported originals
        self.check_review()
        self.check_extras()
        self.check_manifest()
        self.state_statements()

    def read_journal(self) -> None:

        name = self.m["journal"]
        if name != f"{self.base}/{layout.JOURNAL}" or name not in self.v.z.members:
            self.problem(M.MISSING_MEMBER, name=name)
            return
        shown = 0
        number = 0
        checker = self.checker
        signed_lines: dict[int, int] = {}  # entry number → line, for the signatures verified at the end
        for line, complete in iter_lines(self.v.chunks(name), layout.MAX_JOURNAL_LINE):
            number += 1
            if line is None:
                self.problem(M.JOURNAL_LINE_LONG, name=name, line=number)
                checker.summary.entries += 1  # keep later sequence numbers aligned
                continue
            if not complete:
                self.problem(M.JOURNAL_NO_NEWLINE, name=name)
            before = len(checker.problems)
            waiting = len(checker.pending_signatures)
            entry = checker.feed(line)
            if len(checker.pending_signatures) != waiting:
                signed_lines[checker.pending_signatures[-1].seq] = number
            for p in checker.problems[before:]:
                if shown < MAX_PER_MEMBER:
                    self.problem(M.JOURNAL_LINE, name=name, line=number, what=_what(p))
                shown += 1
            if entry is not None:
                self.take(entry, line)
        if self.audio is not None:
            self.audio.no_more_blocks()  # so the audio check runs on while the signatures are verified
        self.call.no_more_blocks()
        before = len(checker.problems)
        checker.check_signatures(verify_signatures)
        for p in checker.problems[before:]:
            if shown < MAX_PER_MEMBER:
                line_number = signed_lines.get(p.seq, number) if p.seq is not None else number
                self.problem(M.JOURNAL_LINE, name=name, line=line_number, what=_what(p))
            shown += 1
        if shown > MAX_PER_MEMBER:
            self.problem(M.JOURNAL_LINE, name=name, line=number, what=f"and {shown - MAX_PER_MEMBER} more problems")
        if number == 0:
            self.problem(M.JOURNAL_EMPTY, name=name)

    def take(self, entry: dict[str, Any], line: bytes) -> None:
        if self.checker.last_was_template:
            # An audio entry of the one canonical form: every type below is known, so only what it adds is done.
            body = entry["body"]
            self.events.add_audio(entry)
            self.call.align.feed_audio(entry)
            if body["frames"] > 0 and self.audio is not None:
                sha256 = bytes.fromhex(entry["payload"]["sha256"])
                self.audio.add((entry["seq"], body["frame_offset"], body["frames"], sha256))
            return
        kind, body, payload = entry.get("kind"), entry.get("body"), entry.get("payload")
        self.events.add(entry)
        if self.call.take(entry):
            return  # the other party's audio, checked against its own track
        if kind == "mark":
            self.marks.append(entry)
        if not isinstance(body, dict):
            return
        if kind == "start" and not self.start_body:
            self.start_body = body
        h = self.checker.summary.head  # the hash of this entry, just computed by the chain rules
        seq = entry.get("seq")
        if isinstance(seq, int) and kind != "audio":
            self.event_hashes[seq] = h
        if isinstance(kind, str) and kind in SIGNED_KINDS:
            self.signed[h] = (int(seq) if isinstance(seq, int) else -1, str(kind), str(entry.get("utc")))
        if kind == "audio" and isinstance(payload, dict):
            offset, frames, digest = body.get("frame_offset"), body.get("frames"), payload.get("sha256")
            if isinstance(offset, int) and isinstance(frames, int) and frames > 0 and isinstance(digest, str):
                try:
                    block = (seq if isinstance(seq, int) else -1, offset, frames, bytes.fromhex(digest))
                except ValueError:
                    return
                if self.audio is not None:
                    self.audio.add(block)
        elif (
            kind in imports.STORED_KINDS
            and isinstance(payload, dict)
            and isinstance(payload.get("sha256"), str)
            and isinstance(payload.get("size"), int)
        ):
            self.attachments.append((seq if isinstance(seq, int) else -1, payload["sha256"], payload["size"]))
            if isinstance(seq, int):  # the member's one name, derived from the entry (FORMAT §7.2)
                self.attachment_paths[seq] = imports.member_path(self.base, entry)
            if kind in ("import", "derived"):
                self.imported.append(entry)

    # -- keys -----------------------------------------------------------------------------------------
    def check_keys(self) -> None:
        body = self.start_body
        if self.v.identity is not None and body:
            try:
                same = unb64(str(body.get("vault_identity"))) == self.v.identity
            except ValueError:
                same = False
            if not same:
                self.problem(M.IDENTITY_DIFFERS, session=self.id)
        try:
            public = unb64(str(body.get("session_public")))
        except ValueError:
            return
        if len(public) != 32:
            return  # the chain check names this start entry already
        keys = self.m["session_key"]
        pem_name, ssh_name = keys["pem"], keys["openssh"]
        pem = self.v.read_small(pem_name) if pem_name.startswith(self.base + "/") else None
        if pem is not None:
            if pem != sshsig.pem_public(public):
                self.problem(M.SESSION_KEY_DIFFERS, name=pem_name)
        else:
            self.problem(M.MISSING_MEMBER, name=pem_name)
        ssh = self.v.read_small(ssh_name) if ssh_name.startswith(self.base + "/") else None
        if ssh is None:
            self.problem(M.MISSING_MEMBER, name=ssh_name)
        elif ssh != (sshsig.openssh_public(public, self.id) + "\n").encode():
            self.problem(M.SESSION_KEY_DIFFERS, name=ssh_name)

    # -- audio ----------------------------------------------------------------------------------------
    def prepare_audio(self) -> AudioCheck | None:
        """Check the audio parts the manifest names, then start hashing them while the journal is read."""
        check, self.audio_frames_in_parts = self.start_audio_check(self.m["audio"])
        return check

    def start_audio_check(self, audio: dict[str, Any]) -> tuple[AudioCheck | None, int]:
        """The parts of ``audio`` (the microphone's, or a call's other track) checked for place and size, and
        their check against the journal's blocks started; with the frames the parts hold."""
        parts = audio["parts"]
        start = 0
        for part in parts:
            name = part["path"]
            if part["frame_offset"] != start or part["frames"] <= 0:
                self.problem(M.AUDIO_PARTS, session=self.id)
                return None, 0
            if not name.startswith(self.base + "/") or name not in self.v.z.members:
                self.problem(M.MISSING_MEMBER, name=name)
                return None, 0
            expected_size = wav.HEADER_SIZE + part["frames"] * 2
            if self.v.z.size(name) != expected_size:
                size = self.v.z.size(name)
                if (size - wav.HEADER_SIZE) % 2 or size < wav.HEADER_SIZE:  # not whole samples: say it in bytes
                    self.problem(M.AUDIO_SIZE, name=name, found=size, frames=part["frames"], expected=expected_size)
                else:
                    found = (size - wav.HEADER_SIZE) // 2
                    self.problem(M.AUDIO_LENGTH, name=name, found=found, expected=part["frames"])
                return None, 0
            start += part["frames"]
        check = AudioCheck(self.v, parts, audio["rate"])
        check.start()
        return check, start

    def finish_audio(self, check: AudioCheck | None) -> None:
        s = self.checker.summary
        if check is None:
            return
        check.finish()
        if self.audio_frames_in_parts != s.audio_frames:
            # What the audio files hold against what the journal records (the frames hashed so far could equal
            # the journal's count and make the sentence read as if the two agreed).
            self.problem(M.AUDIO_LENGTH, name=self.base, found=self.audio_frames_in_parts, expected=s.audio_frames)
            return
        if check.leftover:  # as many samples, cut into other blocks than the journal's
            self.problem(M.AUDIO_BLOCKS, name=self.base, count=check.leftover)
            return
        self.audio_ok = check.ok and s.audio_frames == check.frames_checked

    # -- attachments, review, extras -----------------------------------------------------------------
    def check_attachments(self) -> None:
        listed = {a["seq"]: a["path"] for a in self.m["attachments"]}
        for seq, digest, size in self.attachments:
            name = listed.pop(seq, None)
            if name is None or not name.startswith(self.base + "/") or name not in self.v.z.members:
                self.problem(M.ATTACHMENT_MISSING, seq=seq, session=self.id)
                continue
            if name != self.attachment_paths.get(seq):  # another name than the entry's own (FORMAT §7.2)
                self.problem(M.MANIFEST_DIFFERS, what=f"an attachment at entry {seq}", session=self.id)
                continue
            h = hashlib.sha256()
            self.v.read_member(name, h.update)
            if h.hexdigest() != digest or self.v.z.size(name) != size:
                self.problem(imports.mismatch_message(self.imported, seq) or M.ATTACHMENT_MISMATCH, name=name, seq=seq)
        for seq in listed:
            self.problem(M.MANIFEST_DIFFERS, what=f"an attachment at entry {seq}", session=self.id)

    def check_review(self) -> None:
        """Later annotations: each sitting's chain, checked by the review module's own rules."""

        sittings: list[list[bytes]] = []
        for number, name in enumerate(self.m["review"], start=1):
            if name != f"{self.base}/{layout.review_name(number)}" or name not in self.v.z.members:
                self.problem(M.MISSING_MEMBER, name=name)
                return
            if self.v.z.size(name) > layout.MAX_SMALL_MEMBER:
                self.problem(M.TOO_BIG, name=name)
                return
            entries: list[bytes] = []
            for line, complete in iter_lines(self.v.chunks(name), layout.MAX_JOURNAL_LINE):
                if line is None or not complete:
                    self.problem(
                        M.JOURNAL_NO_NEWLINE if line is not None else M.JOURNAL_LINE_LONG,
                        name=name,
                        line=len(entries) + 1,
                    )
                    continue
                entries.append(line)
            sittings.append(entries)
        if not sittings:
            return
        if self.v.identity is None:
            return
        annotations, infos, problems = verify_review_entries(
            sittings, self.id, self.checker.summary.head, self.v.identity, self.event_hashes
        )
        for p in problems[:MAX_PER_MEMBER]:
            self.problem(M.EXTRA_PROBLEM, session=self.id, what=p)
        self.review_count = len(annotations)
        # A closed sitting's seal is what a trusted time stamp covers (FORMAT §6.1); the extras' check says which
        # are stamped, and that the others' dates are the owner's device clock alone.
        self.sitting_seals = {i.head: (i.number, i.end_utc or "") for i in infos if i.sealed}

    def check_extras(self) -> None:
        extra = self.m.get("extra") or []
        if not extra:
            for line in hooks.sitting_clock_lines(self.sitting_seals):
                self.v.statement(M.EXTRA_PROBLEM, session=self.id, what=line)
            return
        members: dict[str, bytes] = {}
        for name in extra:
            if not name.startswith(self.base + "/"):
                self.problem(M.MISSING_MEMBER, name=name)
                continue
            data = self.v.read_small(name)
            if data is not None:
                members[name[len(self.base) + 1 :]] = data
        result = hooks.check_session_extras(self.id, members, self.signed, self.sitting_seals)
        if result is None:
            self.v.statement(M.ST_EXTRAS_UNCHECKED, session=self.id, n=len(extra))
            return
        problems, statements = result
        for p in problems:
            self.problem(M.EXTRA_PROBLEM, session=self.id, what=p)
        for s in statements:
            self.v.statement(M.EXTRA_PROBLEM, session=self.id, what=s)
        self.stamped = not problems and bool(statements)

    # -- consistency and what is proven ---------------------------------------------------------------
    def check_manifest(self) -> None:
        s = self.checker.summary
        m = self.m
        for what, stated, actual in (
            ("entries", m["entries"], s.entries),
            ("head", m["head"], s.head),
            ("sealed", m["sealed"], s.sealed),
            ("audio frames", m["audio"]["frames"], s.audio_frames),
            ("audio rate", m["audio"]["rate"], s.audio_rate or 0),
            ("case", m.get("case"), s.case),  # the case that counts is the signed start entry's (FORMAT §7.4)
        ):
            if stated != actual:
                self.problem(M.MANIFEST_DIFFERS, what=f"{what} {stated!r}", session=self.id)

    def state_statements(self) -> None:
        s = self.checker.summary
        if not self.clean:
            return
        fp = sshsig.ssh_fingerprint(self.v.identity) if self.v.identity else "?"
        tail = s.unsigned_tail
        signed_frames = self.events.frames_at.get(s.last_signed_seq, s.audio_frames) if tail else s.audio_frames
        rate = s.audio_rate or 0
        self.v.statement(
            M.ST_CHAIN if s.sealed else M.ST_CHAIN_UNSEALED, session=self.id, entries=s.entries, fingerprint=fp
        )
        if self.audio_ok and signed_frames == s.audio_frames:
            self.v.statement(M.ST_AUDIO, session=self.id, seconds=f"{s.audio_seconds:.1f}")
        elif self.audio_ok and signed_frames:
            self.v.statement(M.ST_AUDIO_SIGNED, session=self.id, seconds=f"{signed_frames / rate:.1f}")
        self.call.statements()
        if s.sealed:
            self.v.statement(M.ST_SEALED, session=self.id, end=s.end_utc, reason=s.seal_reason)
        else:
            self.v.statement(M.ST_INTERRUPTED, session=self.id, end=s.end_utc, n=tail)
        if tail:
            signed_end = next((utc for seq, _k, utc in self.signed.values() if seq == s.last_signed_seq), "?")
            tail_seconds = (s.audio_frames - signed_frames) / rate if rate else 0.0
            self.v.statement(
                M.ST_TAIL,
                session=self.id,
                n=tail,
                last=s.last_signed_seq,
                signed_end=signed_end,
                seconds=f"{tail_seconds:.1f}",
            )
        source = s.source or {}
        if imports.is_import(source):
            text, params = imports.statement(self.id, source, self.imported)
            self.v.statement(text, **params)
        elif case_log.is_marks(source):
            text, params = case_log.statement(self.id, case_log.signed_marks(self.marks, s.last_signed_seq))
            self.v.statement(text, **params)
        elif source.get("live") is not True:
            self.v.statement(M.ST_NOT_LIVE, session=self.id, source=source.get("name"), kind=source.get("kind"))
        if s.gaps:
            self.v.statement(M.ST_GAPS, session=self.id, n=len(s.gaps))
        if len(self.attachments) > len(self.imported):
            self.v.statement(M.ST_ATTACHMENTS, session=self.id, n=len(self.attachments) - len(self.imported))
        if self.review_count:
            self.v.statement(M.ST_REVIEW, session=self.id, n=self.review_count)

    def facts_for(self, stated: dict[str, Any]) -> dict[str, Any]:
        """The facts recomputed from the chain with the profile and offset the report states."""
        profile = stated.get("profile")
        offset = stated.get("utc_offset_minutes")
        if not isinstance(profile, str) or not isinstance(offset, int):
            return {}
        # Another offset than the profile's or the one the session recorded (signed): the facts are recomputed
        # with the right one, so that the difference shows where it is (utc_offset_minutes), never agreeing.
        offset = session_offset(self.events, profile, offset)
        self.events.signed_through = self.checker.summary.last_signed_seq  # as the exporter: no unsigned tail
        try:
            facts = compute(self.events, profile, offset)
            facts.update(imports.derived_facts(self.imported, self.rederived, profile))
            return json.loads(json.dumps(facts))  # type: ignore[no-any-return]
        except (KeyError, TypeError, ValueError):
            return {}

    def summary_dict(self) -> dict[str, Any]:
        s = self.checker.summary
        source = s.source or {}
        return {
            "id": self.id,
            "case": s.case,
            "start": s.start_utc,
            "end": s.end_utc,
            "entries": s.entries,
            "audio_seconds": round(s.audio_seconds, 3),
            "sealed": s.sealed,
            "unsigned_tail": s.unsigned_tail,
            "live": source.get("live") is True,
            "source": source.get("name"),
            "gaps": len(s.gaps),
            "fingerprint": s.fingerprint,
            "ok": self.clean,
        }


def _what(p: Problem) -> str:
    return p.what
