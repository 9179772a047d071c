"""A complaint package for one channel (issue 15 §4): the channel's fields pre-filled from the case, the narrative
draft within the channel's limit, the attachments fitted to its limits, and a cover sheet listing each file with
its SHA-256 and the sealed archive's (its fingerprint). Channel facts are data files in resources/complaints/,
each with its source and the date it was checked, because forms change."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.fsutil import fsync_dir, os_errors
from ..resources import resources_dir
from . import messages as M
from .case_facts import CaseFacts, ComplaintError
from .narrative import fit, sentences

CHANNEL_FORMAT = "evidence-recorder-complaint-channel"


def channels_dir() -> Path:
    return resources_dir() / "complaints"


def channel_ids() -> list[str]:
    return sorted(p.stem for p in channels_dir().glob("*.json"))


def load_channel(channel: str) -> dict[str, Any]:
    known = channel_ids()
    if channel not in known:
        raise ComplaintError(M.UNKNOWN_CHANNEL, channel=channel, known=", ".join(known))
    path = channels_dir() / f"{channel}.json"
    try:
        doc: dict[str, Any] = json.loads(path.read_text("utf-8"))
        if doc.get("format") != CHANNEL_FORMAT or doc.get("version") != 1:
            raise ValueError("not a channel file of version 1")
    except (OSError, ValueError) as exc:
        raise ComplaintError(M.CHANNEL_FILE, path=str(path), why=str(exc)) from None
    return doc


@dataclass
class Attachment:
    name: str
    data: bytes


@dataclass
class Package:
    channel: dict[str, Any]
    fields: list[dict[str, Any]]  # {id, label, value, max_chars}
    narrative: str
    narrative_limit: int
    left_out_sentences: list[str]
    attachments: list[Attachment]
    left_out_files: list[tuple[str, str, dict[str, Any]]]  # (name, why message, its params)
    notices: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # sentences for the user


def _field_value(spec: dict[str, Any], facts: CaseFacts, language: str) -> str:
    sep = ", " if language == "en" else "、"
    source = spec.get("from")
    if source == "companies":
        value = sep.join(facts.companies)
    elif source == "collector_numbers":
        value = sep.join(facts.collector_numbers)
    elif source == "period":
        value = facts.period
    elif source == "visitors":
        value = sep.join(
            " ".join(str(x) for x in (c.get("count"), c.get("company"), *(c.get("names") or [])) if x)
            for c in facts.cards
        )
    elif source == "fixed":
        value = str(spec.get("value") or "")
    else:
        value = ""  # the user's own (name, request): never guessed
    return value[: int(spec.get("max_chars") or len(value))]


def build(facts: CaseFacts, channel: dict[str, Any], excerpts: list[tuple[str, Path]] | None = None) -> Package:
    """The package in memory. ``excerpts``: (label, excerpt folder) of excerpts that verify."""
    language = str(channel.get("language") or "zh_CN")
    fields = [
        {"id": s["id"], "label": s["label"], "value": _field_value(s, facts, language), "max_chars": s.get("max_chars")}
        for s in channel["fields"]
    ]
    limit = int(channel["narrative"]["max_chars"])
    narrative, left = fit(sentences(facts, language, str(channel.get("focus") or "visits")), limit, language)
    attachments, left_files = _fit_files(facts, channel, excerpts or [])
    notices: list[tuple[str, dict[str, Any]]] = []
    if not facts.tags:
        notices.append((M.NO_TAGS, {}))
    if not facts.cards:
        notices.append((M.NO_VISITORS, {}))
    if not facts.has_call_log:
        notices.append((M.NO_CALL_LOG, {}))
    if "report.pdf" not in facts.files:
        notices.append((M.NO_REPORT_PDF, {}))
    if left:
        notices.append((M.LEFT_OUT_SENTENCES, {"n": len(left), "limit": limit}))
    for name, why, params in left_files:
        notices.append((M.LEFT_OUT_FILE, {"name": name, "why": (why, params)}))
    source = channel.get("source") or {}
    if not source.get("verified"):
        notices.append((M.UNVERIFIED_CHANNEL, {"date": source.get("checked"), "note": source.get("note")}))
    return Package(channel, fields, narrative, limit, left, attachments, left_files, notices)


def _candidates(facts: CaseFacts, excerpts: list[tuple[str, Path]]) -> list[list[Attachment]]:
    """What could be attached, most important first; each a list of forms, the best first (the excerpt's original
    samples, then its small derived copy)."""
    out: list[list[Attachment]] = []
    if "report.pdf" in facts.files:
        out.append([Attachment("report.pdf", facts.files["report.pdf"])])
    elif "report.html" in facts.files:
        out.append([Attachment("report.html", facts.files["report.html"])])
    for label, folder in excerpts:
        out.append(
            [
                Attachment(f"excerpt-{label}.wav", (folder / "excerpt.wav").read_bytes()),
                Attachment(f"excerpt-{label}.opus", (folder / "excerpt.opus").read_bytes()),
            ]
        )
    for name, data in facts.files.items():
        if name.startswith("screenshot-"):
            out.append([Attachment(name, data)])
    return out


def _fit_files(
    facts: CaseFacts, channel: dict[str, Any], excerpts: list[tuple[str, Path]]
) -> tuple[list[Attachment], list[tuple[str, str, dict[str, Any]]]]:
    rules = channel["attachments"]
    types = {t.lower() for t in rules["types"]}
    max_files, max_file, max_total = (
        int(rules["max_files"]),
        int(rules["max_file_bytes"]),
        int(rules["max_total_bytes"]),
    )
    kept: list[Attachment] = []
    left: list[tuple[str, str, dict[str, Any]]] = []
    total = 0
    for forms in _candidates(facts, excerpts):
        why: tuple[str, dict[str, Any]] | None = None
        chosen = None
        for a in forms:
            ext = a.name.rsplit(".", 1)[-1].lower()
            if ext not in types:
                why = why or (M.WHY_TYPE, {"ext": ext})
            elif len(a.data) > max_file:
                why = (M.WHY_TOO_BIG, {"size": len(a.data), "limit": max_file})
            elif total + len(a.data) > max_total:
                why = (M.WHY_TOTAL, {"limit": max_total})
            elif len(kept) >= max_files:
                why = (M.WHY_COUNT, {"limit": max_files})
            else:
                chosen = a
                break
        if chosen is None:
            assert why is not None
            left.append((forms[0].name, why[0], why[1]))
            continue
        kept.append(chosen)
        total += len(chosen.data)
    return kept, left


def cover_text(pkg: Package, facts: CaseFacts, render: Any) -> str:
    """cover.txt: the channel, how to submit, the sealed archive's fingerprint, each file with its SHA-256, what was
    left out and why. ``render(message, params)`` gives a sentence in the user's language."""
    ch = pkg.channel
    lang = str(ch.get("language") or "zh_CN")
    source = ch.get("source") or {}
    lines = [
        f"{ch['name'].get(lang) or ch['name']['en']}",
        "=" * 40,
        "",
        ch["submit"].get(lang) or ch["submit"]["en"],
        "",
        f"Case / 案件: {facts.case}",
        f"Sealed evidence package / 证据包: {facts.archive_name}",
        f"  SHA-256 (fingerprint / 指纹): {facts.archive_sha256}",
        f"  Vault key / 密钥指纹: {facts.identity_fingerprint}",
        "",
        "Files / 文件 (SHA-256, bytes):",
    ]
    for name, data in _files(pkg).items():
        lines.append(f"  {hashlib.sha256(data).hexdigest()}  {name}  ({len(data)})")
    if pkg.left_out_files:
        lines += ["", "Not attached / 未附上:"]
        lines += [f"  {name}: {render(why, params)}" for name, why, params in pkg.left_out_files]
    if pkg.left_out_sentences:
        lines += ["", f"Left out of the narrative for length (limit {pkg.narrative_limit}) / 因字数限制未放入事情经过:"]
        lines += [f"  {s}" for s in pkg.left_out_sentences]
    lines += [
        "",
        f"Channel facts / 渠道信息: {source.get('url')}, checked {source.get('checked')}"
        + ("" if source.get("verified") else f" — not verified: {source.get('note')}"),
        "",
    ]
    return "\n".join(lines)


def _files(pkg: Package) -> dict[str, bytes]:
    fields = "".join(f"{f['label']}: {f['value']}\n" for f in pkg.fields).encode("utf-8")
    files = {"fields.txt": fields, "narrative.txt": (pkg.narrative + "\n").encode("utf-8")}
    files.update({f"attachments/{a.name}": a.data for a in pkg.attachments})
    return files


def write(pkg: Package, facts: CaseFacts, out: Path, render: Any) -> None:
    """Write the package folder (it must not exist): under a temporary name, renamed when complete."""
    out = Path(out)
    if out.exists():
        raise ComplaintError(M.OUT_EXISTS, path=str(out))
    if not out.parent.is_dir() or not os.access(out.parent, os.W_OK):
        raise ComplaintError(M.OUT_FOLDER, path=str(out))
    files = _files(pkg)
    files["cover.txt"] = cover_text(pkg, facts, render).encode("utf-8")
    files["package.json"] = (
        json.dumps(
            {
                "format": "evidence-recorder-complaint",
                "version": 1,
                "channel": pkg.channel["id"],
                "archive": {"name": facts.archive_name, "sha256": facts.archive_sha256},
                "narrative_limit": pkg.narrative_limit,
                "fields": pkg.fields,
                "files": {n: hashlib.sha256(d).hexdigest() for n, d in _files(pkg).items()},
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n"
    ).encode("utf-8")
    tmp = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        with os_errors(out.parent):
            (tmp / "attachments").mkdir(parents=True)
            for name, data in files.items():
                with open(tmp / name, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
            fsync_dir(tmp)
            os.rename(tmp, out)
            fsync_dir(out.parent)
    except BaseException:
        if tmp.exists():
            for p in sorted(tmp.rglob("*"), reverse=True):
                p.rmdir() if p.is_dir() else p.unlink()
            tmp.rmdir()
        raise


def sentence(message: str, params: dict[str, Any], translate: Any = None) -> str:
    """One sentence of context ``Complaint``; a parameter that is itself (message, params) is rendered first."""
    from ..core.errors import render

    done = {k: sentence(v[0], v[1], translate) if isinstance(v, tuple) else v for k, v in params.items()}
    return render(M.CTX, message, done, translate)
