"""The integrity panel: whether the session verifies (or what failed), its gaps and their reasons, an unsigned
tail after a crash, the fingerprint, the audio source and whether it was live, and the later annotations."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ...core.check import CheckResult
from ...core.peaks import Timeline
from ...core.review import Review
from .markers import clock_text, local_time


class IntegrityPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self.tr("Checking the recording…"), self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.review_line = QLabel(self)
        self.review_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        for w in (self.status, self.progress, self.details, self.review_line):
            layout.addWidget(w)
        self.result: CheckResult | None = None

    def show_source(self, timeline: Timeline) -> None:
        """What is known before the check ends: the source, and whether the recording was live."""
        src = timeline.source or {}
        name = str(src.get("name", "?"))
        if src.get("live") is True:
            line = self.tr("Audio source: {name} (live recording)").format(name=name)
        else:
            line = self.tr("Audio source: {name} — NOT a live recording ({kind})").format(
                name=name, kind=str(src.get("kind", "?"))
            )
        self.details.setText(line)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def show_result(self, result: CheckResult, timeline: Timeline) -> None:
        self.result = result
        self.progress.hide()
        s = result.summary
        if result.ok:
            self.status.setText(
                self.tr(
                    "✔ Verified: every entry, signature and audio block is as it was recorded ({n} entries)."
                ).format(n=s.entries)
            )
        else:
            lines = "\n".join(f"• {p}" for p in result.problems[:20])
            self.status.setText(
                self.tr("✘ Not verified — {n} problems found:").format(n=len(result.problems)) + "\n" + lines
            )
        self.status.setStyleSheet("color: #1e8449;" if result.ok else "color: #b03a2e;")
        lines = [self.details.text().split("\n")[0]]
        if s.fingerprint:
            lines.append(self.tr("Fingerprint: {code}").format(code=s.fingerprint))
        if s.start_utc and s.end_utc:
            lines.append(
                self.tr("From {start} to {end}").format(
                    start=local_time(s.start_utc, True), end=local_time(s.end_utc, True)
                )
            )
        by_seq = {e.seq: e for e in timeline.events}
        for gap in s.gaps:
            ev = by_seq.get(gap.get("seq", -1))
            at = clock_text(ev.frame, timeline.rate) if ev else "?"
            ms = gap.get("duration_ms")
            length = "?" if not isinstance(ms, int) else f"{ms} ms" if ms < 1000 else f"{ms / 1000:.1f} s"
            lines.append(
                self.tr("Gap at {at}: {reason} ({length} lost)").format(
                    at=at, reason=gap.get("reason", "?"), length=length
                )
            )
        if s.unsigned_tail > 0 and not s.sealed:
            lines.append(
                self.tr("The last {n} entries are hash-chained but unsigned: the recording was interrupted.").format(
                    n=s.unsigned_tail
                )
            )
        if timeline.interrupted:
            lines.append(
                self.tr("The recording ended by interruption; everything up to its last intact entry is kept.")
            )
        elif s.sealed:
            lines.append(self.tr("Sealed ({reason}).").format(reason=s.seal_reason or "?"))
        self.details.setText("\n".join(lines))

    def show_review(self, review: Review) -> None:
        # A sitting opened in this window counts once it holds an annotation, before it is read back.
        n, k = len(review.annotations), max(len(review.sittings), len({a.sitting for a in review.annotations}))
        if not n and not k:
            self.review_line.setText(self.tr("No later annotations."))
        elif review.ok:
            self.review_line.setText(
                self.tr(
                    "Later annotations: {n} (review sittings: {k}), kept apart from the recording; verified."
                ).format(n=n, k=k)
            )
        else:
            self.review_line.setText(
                self.tr("Later annotations: {n} problems found — {first}").format(
                    n=len(review.problems), first=review.problems[0]
                )
            )

    def show_error(self, sentence: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("The recording could not be checked: {why}").format(why=sentence))
        self.status.setStyleSheet("color: #b03a2e;")
