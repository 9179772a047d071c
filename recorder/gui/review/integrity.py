"""The integrity panel: whether the session verifies (or what failed), its gaps and their reasons, an unsigned
tail after a crash, the fingerprint, the audio source and whether it was live, and the later annotations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ...archive.report_words import other_gap_reason
from ...core.chain import OTHER_TRACK
from ...core.check import CheckResult
from ...core.peaks import Timeline
from ...core.review import Review
from ..appearance import status_style
from ..words import gap_reason, recorded_input_text, seal_reason, source_kind
from .markers import clock_text, local_time


class IntegrityPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
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
        self._timeline: Timeline | None = None
        self._review: Review | None = None
        self._error: str | None = None
        self._render()

    # -- what is known, as it becomes known ----------------------------------------------------------------------
    def show_source(self, timeline: Timeline) -> None:
        """Before the check ends: the source, and whether the recording was live."""
        self._timeline = timeline
        self._render()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def show_result(self, result: CheckResult, timeline: Timeline) -> None:
        self.result, self._timeline = result, timeline
        self.progress.hide()
        self._render()

    def show_review(self, review: Review) -> None:
        self._review = review
        self._render()

    def show_error(self, sentence: str) -> None:
        self._error = sentence
        self.progress.hide()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    # -- the texts ---------------------------------------------------------------------------------------------------
    def _render(self) -> None:
        result, t = self.result, self._timeline
        if self._error is not None:
            self.status.setText(self.tr("The recording could not be checked: {why}").format(why=self._error))
            self.status.setStyleSheet(status_style("bad"))
        elif result is None:
            self.status.setText(self.tr("Checking the recording…"))
        elif result.ok:
            self.status.setText(
                self.tr(
                    "✔ Verified: every entry, signature and audio block is as it was recorded ({n} entries)."
                ).format(n=result.summary.entries)
            )
            self.status.setStyleSheet(status_style("good"))
        else:
            lines = "\n".join(f"• {p}" for p in result.problems[:20])
            head = self.tr("✘ Not verified — {n} problems found:").format(n=len(result.problems))
            self.status.setText(head + "\n" + lines)
            self.status.setStyleSheet(status_style("bad"))
        self.details.setText("\n".join(([self._source_line(t)] if t else []) + self._result_lines(result, t)))
        self.review_line.setText(self._review_line(self._review) if self._review is not None else "")

    def _source_line(self, timeline: Timeline) -> str:
        src = timeline.source or {}
        name = recorded_input_text(str(src.get("name", "")) or None)
        if src.get("live") is True:
            line = self.tr("Audio source: {name} (live recording)").format(name=name)
        else:
            line = self.tr("Audio source: {name} — NOT a live recording ({kind})").format(
                name=name, kind=source_kind(str(src.get("kind", "")) or None)
            )
        other = self._other_source(timeline)
        return line if other is None else line + "\n" + other

    def _other_source(self, timeline: Timeline) -> str | None:
        """A call's second track: what the computer played, by the device its ``input`` ``opened`` entry names."""
        opened = next(
            (
                e.body
                for e in timeline.events
                if e.kind == "input" and e.body.get("track") == OTHER_TRACK and e.body.get("event") == "opened"
            ),
            None,
        )
        if opened is None:
            return None
        name = recorded_input_text(str(opened.get("device") or "") or None)
        return self.tr("The other party (what the computer played): {name}").format(name=name)

    def _result_lines(self, result: CheckResult | None, timeline: Timeline | None) -> list[str]:
        if result is None or timeline is None:
            return []
        s = result.summary
        lines = []
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
            if gap.get("track") == OTHER_TRACK:  # a call's other party (FORMAT §4.5): its own words, said so
                reason = other_gap_reason(gap.get("reason"), QCoreApplication.translate)
                lines.append(
                    self.tr("Gap in the other party's track at {at}: {reason} ({length})").format(
                        at=at, reason=reason, length=length
                    )
                )
                continue
            lines.append(
                self.tr("Gap at {at}: {reason} ({length} lost)").format(
                    at=at, reason=gap_reason(gap.get("reason")), length=length
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
            lines.append(self.tr("Sealed ({reason}).").format(reason=seal_reason(s.seal_reason)))
        return lines

    def _review_line(self, review: Review) -> str:
        # A sitting opened in this window counts once it holds an annotation, before it is read back.
        n, k = len(review.annotations), max(len(review.sittings), len({a.sitting for a in review.annotations}))
        if not n and not k:
            return self.tr("No later annotations.")
        if review.ok:
            return self.tr(
                "Later annotations: {n} (review sittings: {k}), kept apart from the recording; verified."
            ).format(n=n, k=k)
        return self.tr("Later annotations: {n} problems found — {first}").format(
            n=len(review.problems), first=review.problems[0]
        )
