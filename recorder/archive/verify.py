"""Verify a sealed archive as untrusted input (DESIGN §7, P6; docs/FORMAT.md §7.6).

Checks, in this order: the zip's structure (safezip), SHA256SUMS and its two signatures, that every member is
listed and matches, the manifest, each session's chain (with :class:`recorder.core.chain.ChainChecker`, the
same rules as the vault check), every audio block against the exported audio, the attachments, the review
chains, extra members (trusted timestamps, through hooks) and the report's facts. Never raises for a bad
archive: every problem is a sentence in the returned :class:`VerifyReport`.
"""

from __future__ import annotations

import errno
import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

import pyrage

from ..core.environment import parse_utc
from ..core.progress import CancelFlag, Cancelled, Progress, never, no_progress
from . import call_check, case_log, excerpt_verify, layout, sshsig
from . import messages as M
from .facts import PROFILES
from .findings import Finding, VerifyReport, failure_words, is_rust_panic
from .member_reader import MemberReader
from .safezip import Refused, SafeZip
from .session_check import SessionCheck

AGE_BINARY = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
MAX_PROBLEMS_PER_MEMBER = 20
MAX_NAMED = 5  # files named one by one in a finding about many (unlisted, missing)


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except OSError:
        return False
    return head.startswith(AGE_BINARY) or head.lstrip().startswith(AGE_ARMOR)


def verify_archive(
    path: Path,
    *,
    identity: str | None = None,
    passphrase: str | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
) -> VerifyReport:
    """Check the archive at ``path`` (a zip, or an age-encrypted zip given ``identity`` or ``passphrase``).

    ``identity`` is the text of an age identity file. Raises only Cancelled.
    """
    report = VerifyReport(str(path))
    try:
        with tempfile.TemporaryDirectory(prefix="recorder-verify-") as tmp:
            zpath = _open_encrypted(Path(path), identity, passphrase, Path(tmp))
            with SafeZip(zpath) as z:
                _Verifier(z, report, progress, cancel).run()
    except Refused as exc:
        report.problems.append(Finding(exc.message, exc.params))
        report.readable = report.readable and exc.readable
    except Cancelled:
        raise
    except BaseException as exc:  # the last line of defence: a hostile file must never produce a traceback
        # Besides every Exception, a panic in a Rust-backed parser (pyo3's PanicException derives from
        # BaseException); anything else of that kind (an interrupt, an exit) goes on up.
        if not isinstance(exc, Exception) and not is_rust_panic(exc):
            raise
        report.problems.append(Finding(M.INTERNAL, {"name": str(path), "why": failure_words(exc)}))
    report.ok = report.readable and not report.problems
    return report


def _unreadable(exc: OSError) -> str:
    """The sentence for a package that cannot be opened: its own for the common reasons (the system's reason,
    ``strerror``, is English in every language), the system's reason for the rare ones."""
    if exc.errno == errno.ENOENT:
        return M.NO_SUCH_FILE
    if exc.errno in (errno.EACCES, errno.EPERM):
        return M.UNREADABLE_DENIED
    if exc.errno == errno.EISDIR or exc.errno is None:  # None: our own "not a file" above
        return M.NOT_A_FILE
    return M.UNREADABLE


def _open_encrypted(path: Path, identity: str | None, passphrase: str | None, tmp: Path) -> Path:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise OSError("not a file")
    except OSError as exc:
        raise Refused(_unreadable(exc), readable=False, path=str(path), why=exc.strerror or str(exc)) from None
    if not is_encrypted(path):
        return path
    if identity is None and passphrase is None:
        raise Refused(M.ENCRYPTED_NEEDS_KEY, readable=False)
    out = tmp / "archive.zip"
    try:
        if identity is not None:
            keys = []
            for line in identity.splitlines():
                line = line.strip()
                if line.startswith("AGE-SECRET-KEY-"):
                    try:
                        keys.append(pyrage.x25519.Identity.from_str(line))
                    except Exception:  # pyrage's own error types
                        raise Refused(M.BAD_AGE_KEY, readable=False) from None
            if not keys:
                raise Refused(M.BAD_AGE_KEY, readable=False)
            with open(path, "rb") as fin, open(out, "wb") as fout:
                pyrage.decrypt_io(fin, fout, keys)
        else:
            if size > 8 * 1024**3:
                raise Refused(M.TOO_BIG, readable=False, name=str(path))
            # pyrage decrypts passphrase-protected files only in memory.
            data = pyrage.passphrase.decrypt(path.read_bytes(), passphrase or "")
            with open(out, "wb") as fout:
                fout.write(data)
    except Refused:
        raise
    except Exception:
        raise Refused(M.DECRYPT_FAILED, readable=False) from None
    return out


class _Verifier(MemberReader):
    def __init__(self, z: SafeZip, report: VerifyReport, progress: Progress, cancel: CancelFlag) -> None:
        super().__init__(z, report, progress, cancel)
        self.profile: str | None = None  # the manifest's: the report's facts must be of the same profile
        self.report_in_form = True  # report.html holds its facts in the one form FORMAT §7.7 gives it
        self.report_doc: dict[str, Any] | None = None  # report.html's facts document, as read

    # -- the steps ---------------------------------------------------------------------------------
    def run(self) -> None:
        self.check_signatures()
        self.check_listing()
        manifest = self.read_manifest()
        if manifest is not None:
            self.check_manifest_keys(manifest)
        facts: dict[str, Any] | None = None
        if layout.REPORT in self.z.members:
            facts = self.read_report_facts()
        checks: list[SessionCheck] = []
        if manifest is not None:
            for entry in manifest["sessions"]:
                check = SessionCheck(self, entry, manifest)
                check.run()
                checks.append(check)
                self.report.sessions.append(check.summary_dict())
            excerpt_verify.check(self, manifest)  # after the recordings' audio, before the rest is hashed
        for name in sorted(self.sums):
            if name not in self.hashed and name in self.z.members:
                self.read_member(name)
        if manifest is not None:
            named = _named_by(manifest)
            unnamed = [n for n in sorted(self.sums) if n not in named]
            for name in unnamed[:MAX_PROBLEMS_PER_MEMBER]:
                self.problem(M.NOT_IN_MANIFEST, name=name)
            if not unnamed:
                self.check_order(manifest)
        if facts is not None and manifest is not None:
            self.compare_facts(facts, checks)
        if manifest is not None and manifest.get("report_pdf") == layout.REPORT_PDF:
            self.check_report_pdf()
        self.closing_statements(checks)
        if manifest is not None:
            self.owner_statement(facts)

    def check_signatures(self) -> None:
        raw_sums = self.read_required(layout.SUMS)
        if raw_sums is not None:
            self.sums = self.parse_sums(raw_sums)  # before any listed member is read, so each is compared
        pem = self.read_required(layout.IDENTITY_PEM)
        if pem is not None:
            self.identity = sshsig.ed25519_from_pem(pem)
            if self.identity is not None and pem != sshsig.pem_public(self.identity):
                self.identity = None  # a second key, other text or another encoding around it: not as written
            if self.identity is None:
                self.problem(M.IDENTITY_BAD, name=layout.IDENTITY_PEM)
            else:
                self.report.identity_fingerprint = sshsig.ssh_fingerprint(self.identity)
        if raw_sums is None:
            return
        sig = self.read_required(layout.SUMS_SIG)
        if sig is not None and self.identity is not None:
            from ..core.crypto import ed25519_verify

            if len(sig) != 64 or not ed25519_verify(self.identity, sig, raw_sums):
                self.problem(M.SIG_BAD, name=layout.SUMS_SIG)
        armored = self.read_required(layout.SUMS_SSHSIG)
        if armored is not None and self.identity is not None:
            digest = hashlib.sha512(raw_sums).digest()
            why = sshsig.verify(armored.decode("utf-8", "replace"), digest, self.identity, layout.SSH_NAMESPACE)
            if why is not None:
                self.problem(M.SSHSIG_BAD, name=layout.SUMS_SSHSIG, why=why)
        if self.identity is not None:
            # Both are compared byte for byte with what the exporter writes (FORMAT §7.2): ssh-keygen reads every
            # line of allowed_signers, so an extra line (another key for the same principal) must not pass.
            self.check_key_forms(self.identity, layout.IDENTITY_SSH, layout.IDENTITY_PEM)
            allowed = self.read_required(layout.ALLOWED_SIGNERS)
            if allowed is not None and allowed != layout.allowed_signers(sshsig.openssh_public(self.identity)):
                self.problem(M.KEY_FORM_DIFFERS, name=layout.ALLOWED_SIGNERS, other=layout.IDENTITY_PEM)

    def check_key_forms(self, public_raw: bytes, ssh_name: str, pem_name: str, comment: str = "") -> None:
        """``ssh_name`` must be exactly the OpenSSH line the exporter writes for the key in ``pem_name``."""
        text = self.read_required(ssh_name)
        if text is None:
            return
        expected = (sshsig.openssh_public(public_raw, comment or layout.SSH_PRINCIPAL) + "\n").encode()
        if text != expected:
            self.problem(M.KEY_FORM_DIFFERS, name=ssh_name, other=pem_name)

    def read_required(self, name: str) -> bytes | None:
        if name not in self.z.members:
            self.problem(M.MISSING_MEMBER, name=name)
            return None
        return self.read_small(name)

    def parse_sums(self, raw: bytes) -> dict[str, str]:
        sums: dict[str, str] = {}
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self.problem(M.SUMS_MALFORMED, line=1)
            return sums
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        else:
            self.problem(M.SUMS_MALFORMED, line=len(lines))
        for number, line in enumerate(lines, 1):
            digest, sep, name = line.partition("  ")
            if (
                not sep
                or len(digest) != 64
                or any(c not in "0123456789abcdef" for c in digest)
                or not layout.is_safe_member_name(name)
                or name in layout.UNLISTED
            ):
                self.problem(M.SUMS_MALFORMED, line=number)
                continue
            if name in sums:
                self.problem(M.SUMS_DUPLICATE, name=name)
            sums[name] = digest
        return sums

    def check_listing(self) -> None:
        # Named one by one up to MAX_NAMED, then counted: 100,000 planted files are one finding, not 100,000 lines.
        unlisted = [n for n in sorted(self.z.members) if n not in layout.UNLISTED and n not in self.sums]
        for name in unlisted[:MAX_NAMED]:
            self.problem(M.UNLISTED_MEMBER, name=name)
        if len(unlisted) > MAX_NAMED:
            self.problem(M.UNLISTED_MORE, n=len(unlisted) - MAX_NAMED)
        missing = [n for n in sorted(self.sums) if n not in self.z.members]
        for name in missing[:MAX_NAMED]:
            self.problem(M.MISSING_MEMBER, name=name)
        if len(missing) > MAX_NAMED:
            self.problem(M.MISSING_MORE, n=len(missing) - MAX_NAMED)

    def read_manifest(self) -> dict[str, Any] | None:
        raw = self.read_required(layout.MANIFEST)
        if raw is None:
            return None
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            self.problem(M.MANIFEST_BAD, why="not valid JSON")
            return None
        why = _manifest_problem(doc)
        if why is None and not _canonical_line(doc, raw):
            why = "not in canonical JSON followed by one line feed"
        if why == "newer":
            self.problem(M.MANIFEST_NEWER, version=doc.get("version"))
            return None
        if why is not None:
            self.problem(M.MANIFEST_BAD, why=why)
            return None
        self.check_member_dates(doc.get("created_utc"))
        self.profile = doc["profile"]
        return dict(doc)

    def check_order(self, manifest: dict[str, Any]) -> None:
        """The members lie, and SHA256SUMS lists them, in the one order the exporter writes (FORMAT §7.3): so an
        archive has one byte form for its members, as its container has for its structure."""
        expected = [n for n in _written_order(manifest) if n in self.sums]
        listed = list(self.sums)
        if listed != expected:
            pairs = zip(listed, expected, strict=False)
            self.problem(M.SUMS_MALFORMED, line=next((i for i, (a, b) in enumerate(pairs, 1) if a != b), len(listed)))
        elif list(self.z.members) != [*expected, *(n for n in UNLISTED_ORDER if n in self.z.members)]:
            self.problem(M.LAYOUT, name="the order of the members")

    def check_manifest_keys(self, manifest: dict[str, Any]) -> None:
        """The manifest's fixed names and its key agree with the archive (FORMAT §7.4): a re-signed manifest cannot
        name another key or fingerprint than the one that checks the signatures."""
        from ..core.canonical import b64

        if "report_pdf" in manifest and manifest["report_pdf"] != layout.REPORT_PDF:
            self.problem(M.MANIFEST_BAD, why="its 'report_pdf' is not what this archive holds")
        expected: dict[str, Any] = {
            "report": layout.REPORT,
            "ssh": {"principal": layout.SSH_PRINCIPAL, "namespace": layout.SSH_NAMESPACE},
        }
        if self.identity is not None:
            expected["identity"] = {
                "public": b64(self.identity),
                "pem": layout.IDENTITY_PEM,
                "openssh": layout.IDENTITY_SSH,
                "fingerprint": sshsig.ssh_fingerprint(self.identity),
            }
        for field_name, value in expected.items():
            if manifest.get(field_name) != value:
                self.problem(M.MANIFEST_BAD, why=f"its {field_name!r} is not what this archive holds")

    def check_member_dates(self, created: Any) -> None:
        """Members carry the export time (UTC, to the even second) as their zip date; the manifest states it."""
        try:
            when = parse_utc(str(created))
        except ValueError:
            self.problem(M.MANIFEST_BAD, why="no valid export time")
            return
        expected = (when.year, when.month, when.day, when.hour, when.minute, when.second // 2 * 2)
        for name, info in self.z.members.items():
            if info.date_time != expected:
                self.problem(M.LAYOUT, name=name)
                return

    def read_report_facts(self) -> dict[str, Any] | None:
        from .report import extract_facts, facts_in_form

        raw = self.read_small(layout.REPORT, layout.MAX_REPORT)
        if raw is None:
            return None
        page = raw.decode("utf-8", "replace")
        doc = extract_facts(page)
        if (
            not isinstance(doc, dict)
            or not isinstance(doc.get("sessions"), dict)
            or doc.get("format") != "evidence-recorder-facts"
            or doc.get("version") != 1
        ):
            self.problem(M.REPORT_NO_FACTS)
            return None
        if not facts_in_form(page, doc):
            self.problem(M.REPORT_FORM)
            self.report_in_form = False
        self.case_call_log = doc.get(case_log.FACT)  # the case's combined call figures (FORMAT §7.7), if any
        self.report_doc = doc
        return dict(doc["sessions"])

    def check_report_pdf(self) -> None:
        """report.pdf's facts block against report.html's, byte for byte (FORMAT §7.7)."""
        from ..core.canonical import canonical_json
        from .pdf_facts import facts_of

        raw = self.read_small(layout.REPORT_PDF, layout.MAX_REPORT)
        if raw is None:
            return
        carried = facts_of(raw)
        if carried is None:
            self.problem(M.REPORT_PDF_FACTS, what="it holds no facts block, or more than one")
        elif self.report_doc is None or carried != canonical_json(self.report_doc):
            self.problem(M.REPORT_PDF_FACTS, what="its facts differ")
        else:
            self.statement(M.ST_REPORT_PDF)

    def compare_facts(self, facts: dict[str, Any], checks: list[SessionCheck]) -> None:
        """Each session's stated facts against those recomputed from its chain, naming the first fact that differs;
        "the facts agree" is said only when every one does and the report is in its one form."""
        agree = self.report_in_form
        for check in checks:
            stated = facts.get(check.id)
            if not isinstance(stated, dict):
                self.problem(M.REPORT_FACTS, session=check.id, fact="—", stated="—", computed="…")
                agree = False
                continue
            computed = check.facts_for(stated)
            if stated.get("profile") != self.profile:
                where: tuple[str, Any, Any] | None = ("profile", stated.get("profile"), self.profile)
            else:
                where = first_difference(stated, computed)
            if where is not None:
                fact, said, found = where
                self.problem(M.REPORT_FACTS, session=check.id, fact=fact, stated=_shown(said), computed=_shown(found))
                agree = False
        if set(facts) - {c.id for c in checks}:
            self.problem(M.REPORT_NO_FACTS)
            agree = False
        if not self.compare_case_facts(checks):
            agree = False
        if agree:
            self.statement(M.ST_REPORT)

    def compare_case_facts(self, checks: list[SessionCheck]) -> bool:
        """The case's combined call figures against those recomputed from the rows derived again and the signed
        marks (FORMAT §3.6, §7.7): both absent, or equal."""
        sessions = [
            case_log.CaseSession(
                c.id,
                case_log.derived_with_rows(c.imported, c.rederived),
                case_log.signed_marks(c.marks, c.checker.summary.last_signed_seq),
            )
            for c in checks
        ]
        computed = case_log.case_facts(sessions, self.profile or "cn")
        computed = json.loads(json.dumps(computed))  # as read back from JSON (tuples are lists)
        stated = getattr(self, "case_call_log", None)
        where = first_difference({case_log.FACT: stated}, {case_log.FACT: computed})
        if where is None:
            return True
        fact, said, found = where
        self.problem(case_log.CASE_FACTS_DIFFER, fact=fact, stated=_shown(said), computed=_shown(found))
        return False

    def owner_statement(self, facts: dict[str, Any] | None) -> None:
        """What only the owner's word supports, said as such (issue 11 §3): the case's completeness, the report's
        time zone, the dates of later annotations."""
        offsets = [f.get("utc_offset_minutes") for f in (facts or {}).values() if isinstance(f, dict)]
        minutes = next((o for o in offsets if isinstance(o, int) and not isinstance(o, bool)), 0)
        sign = "+" if minutes >= 0 else "-"
        self.statement(M.ST_OWNER_SAYS, offset=f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}")

    def closing_statements(self, checks: list[SessionCheck]) -> None:
        files_ok = not any(
            p.message in (M.HASH_MISMATCH, M.UNLISTED_MEMBER, M.MISSING_MEMBER, M.SUMS_MALFORMED)
            for p in self.report.problems
        )
        sigs_ok = not any(p.message in (M.SIG_BAD, M.SSHSIG_BAD, M.IDENTITY_BAD) for p in self.report.problems)
        front = []
        if files_ok and self.sums:
            front.append(Finding(M.ST_FILES, {"count": len(self.sums)}))
        if sigs_ok and self.identity is not None and self.sums:
            front.append(Finding(M.ST_SIGNED, {"fingerprint": self.report.identity_fingerprint}))
        self.report.statements[:0] = front
        if not any(c.stamped for c in checks):
            self.statement(M.ST_CLOCK)
        self.statement(M.ST_LIMITS)


MISSING = "(none)"  # a fact one side has and the other lacks


def first_difference(stated: Any, computed: Any, path: str = "") -> tuple[str, Any, Any] | None:
    """The first fact (its dotted path in the facts document, FORMAT §7.7) where ``stated`` and ``computed``
    differ, with both values; None when they are equal (types too: 1 is not 1.0 nor true)."""
    if isinstance(stated, dict) and isinstance(computed, dict):
        for key in sorted(set(stated) | set(computed), key=str):
            here = f"{path}.{key}" if path else str(key)
            if key not in stated or key not in computed:
                return here, stated.get(key, MISSING), computed.get(key, MISSING)
            found = first_difference(stated[key], computed[key], here)
            if found:
                return found
        return None
    if isinstance(stated, list) and isinstance(computed, list):
        for i, (a, b) in enumerate(zip(stated, computed, strict=False)):
            found = first_difference(a, b, f"{path}[{i}]")
            if found:
                return found
        if len(stated) != len(computed):
            return f"{path} ({len(stated)} ≠ {len(computed)})", len(stated), len(computed)
        return None
    if type(stated) is type(computed) and stated == computed:
        return None
    return path or "facts", stated, computed


def _shown(value: Any) -> str:
    """A fact's value in a sentence: JSON, cut to 80 characters."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= 80 else text[:79] + "…"


LANGUAGES = ("zh_CN", "zh_TW", "en")  # the report's languages (FORMAT §7.4)


def _canonical_line(doc: Any, raw: bytes) -> bool:
    """Whether ``raw`` is exactly the canonical JSON of ``doc`` and one LF (FORMAT §7.4)."""
    from ..core.canonical import canonical_json

    try:
        return raw == canonical_json(doc) + b"\n"
    except (TypeError, ValueError, RecursionError):
        return False  # a float, or anything else canonical JSON does not allow


UNLISTED_ORDER = (layout.SUMS, layout.SUMS_SIG, layout.SUMS_SSHSIG)


def _written_order(manifest: dict[str, Any]) -> list[str]:
    """Every member the manifest names, in the order the exporter writes them (FORMAT §7.3): per session its audio
    parts, journal, session key (PEM, OpenSSH), attachments, review sittings and extra members as the manifest
    lists them; then the archive's keys, the report, VERIFY.txt and the manifest."""
    order: list[str] = []
    for s in manifest["sessions"]:
        order += [p["path"] for p in s["audio"]["parts"]] + call_check.members_after_audio(s)
        order += [s["journal"], s["session_key"]["pem"], s["session_key"]["openssh"]]
        order += call_check.members_after_keys(s)
        order += [a["path"] for a in s["attachments"]]
        order += [*s["review"], *s.get("extra", [])]
    order += excerpt_verify.members(manifest)  # optional (FORMAT §7.9)
    order += [layout.IDENTITY_PEM, layout.IDENTITY_SSH, layout.ALLOWED_SIGNERS, layout.REPORT]
    if manifest.get("report_pdf") == layout.REPORT_PDF:
        order.append(layout.REPORT_PDF)  # optional (FORMAT §7.3)
    order.append(layout.VERIFY_TEXT)
    order.append(layout.MANIFEST)
    return order


def _named_by(manifest: dict[str, Any]) -> set[str]:
    """Every member the manifest says what it is (FORMAT §7.2, §7.4): nothing else may be listed."""
    return set(_written_order(manifest))


def _manifest_problem(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "not an object"
    if doc.get("format") != layout.ARCHIVE_FORMAT:
        return "not an evidence archive manifest"
    version = doc.get("version")
    if not isinstance(version, int):
        return "no version"
    if version > layout.ARCHIVE_VERSION:
        return "newer"
    if version != layout.ARCHIVE_VERSION:  # an older one comes in another container, refused before this
        return f"version {version} is not the version of this container ({layout.ARCHIVE_VERSION})"
    sessions = doc.get("sessions")
    if not isinstance(sessions, list) or not sessions:
        return "no recordings listed"
    if doc.get("profile") not in PROFILES:
        return "no known profile"
    if doc.get("language") not in LANGUAGES:
        return "no known language"
    seen = set()
    for s in sessions:
        if not isinstance(s, dict):
            return "a recording entry is not an object"
        sid = s.get("id")
        if not isinstance(sid, str) or not layout.is_safe_session_id(sid) or sid in seen:
            return "a recording has no valid, unique id"
        seen.add(sid)
        if not isinstance(s.get("journal"), str) or not isinstance(s.get("entries"), int):
            return f"recording {sid} has no journal"
        audio = s.get("audio")
        if not isinstance(audio, dict) or not isinstance(audio.get("parts"), list):
            return f"recording {sid} has no audio description"
        for part in audio["parts"]:
            if not (
                isinstance(part, dict)
                and isinstance(part.get("path"), str)
                and isinstance(part.get("frames"), int)
                and isinstance(part.get("frame_offset"), int)
            ):
                return f"recording {sid} has a malformed audio part"
        if not isinstance(audio.get("rate"), int) or not isinstance(audio.get("frames"), int):
            return f"recording {sid} has no audio rate"
        keys = s.get("session_key")
        if not isinstance(keys, dict) or not all(isinstance(keys.get(k), str) for k in ("pem", "openssh")):
            return f"recording {sid} names no session key"
        atts = s.get("attachments")
        if not isinstance(atts, list) or not all(
            isinstance(a, dict) and isinstance(a.get("seq"), int) and isinstance(a.get("path"), str) for a in atts
        ):
            return f"recording {sid} has malformed attachments"
        review = s.get("review")
        if not isinstance(review, list) or not all(isinstance(x, str) for x in review):
            return f"recording {sid} has a malformed review"
        extra = s.get("extra", [])
        if not isinstance(extra, list) or not all(isinstance(x, str) for x in extra):
            return f"recording {sid} has malformed extra files"
        if not isinstance(s.get("sealed"), bool) or not isinstance(s.get("head"), str):
            return f"recording {sid} has no state"
        if (call := call_check.manifest_problem(s)) is not None:
            return call
    return None
