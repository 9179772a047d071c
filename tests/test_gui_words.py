"""Issue 13, item 9: no raw token where a person reads — the input by the system's description, not ``default``;
the visitors card as a sentence with real plural forms; gaps and seals by their reason in words; the Share
dialog's message in the user's language; Qt's own dialogs translated."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton

from recorder.core.peaks import Event
from recorder.core.vault import Vault
from recorder.gui.review.markers import event_marker
from recorder.gui.words import gap_reason, seal_reason, visitors_sentence
from recorder.timestamp.share import qr_png
from tests.fixtures.audio import PulseServer

RAW = ("default", "pulse", "input-lost", "(stopped)", "company:", "count:")


def test_the_input_is_shown_by_the_systems_description(qtbot: Any, window: Any, mic: PulseServer) -> None:
    panel = window.record_panel
    assert panel.input_label.text() == "Input: VirtualMic"  # before recording: what the system will use
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.1)
    assert window.controller.last_status.input_name in ("default", "pulse")  # PortAudio's name for it …
    assert panel.input_label.text() == "Input: VirtualMic"  # … is not what the user reads
    assert panel.event_list.item(0).text().endswith("Recording started (VirtualMic)")


def test_the_visitors_card_reads_as_a_sentence_with_plural_forms(qtbot: Any, window: Any) -> None:
    card = window.record_panel.visitors_card
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    card.count.setValue(1)
    card.names.setText("Zhang")
    card.company.setText("Some Asset Management")
    with qtbot.waitSignal(window.controller.logged) as logged:
        card.save.click()
    line = window.record_panel.describe(logged.args[0])
    assert line.endswith("Who is here: 1 visitor (Zhang) from Some Asset Management")
    card.count.setValue(2)
    card.names.setText("Zhang, 工号 1234")
    card.platform.setText("QuickLoan")
    card.phones.setText("13800000000")
    with qtbot.waitSignal(window.controller.logged) as logged:
        card.save.click()
    line = window.record_panel.describe(logged.args[0])
    assert line.endswith(
        "Who is here: 2 visitors (Zhang, 工号 1234) from Some Asset Management, for QuickLoan; "
        "phone numbers: 13800000000"
    )
    window.set_language("zh_CN")
    qtbot.waitUntil(
        lambda: (
            "2 名来访人员（Zhang、工号 1234），来自Some Asset Management"
            in window.record_panel.event_list.item(2).text()
        )
    )
    texts = [window.record_panel.event_list.item(i).text() for i in range(window.record_panel.event_list.count())]
    assert not [t for t in texts for raw in RAW if raw in t]


def test_review_words_gaps_seals_and_visitors_without_tokens(qtbot: Any, mic: PulseServer) -> None:
    visitors = Event(5, "h", "visitors", "2026-01-01T10:00:00Z", 0, {"count": 3, "company": "X Co", "names": []})
    gap = Event(6, "h", "gap", "2026-01-01T10:00:01Z", 0, {"reason": "input-lost", "duration_ms": 2500})
    source = Event(7, "h", "input", "2026-01-01T10:00:02Z", 0, {"event": "resumed", "device": "default"})
    vmic = Event(8, "h", "input", "2026-01-01T10:00:03Z", 0, {"event": "changed", "device": "vmic"})
    markers = [event_marker(e) for e in (visitors, gap, source, vmic)]
    assert [m.text for m in markers if m is not None] == [
        "3 visitors from X Co",
        "the microphone was lost (2.5 s)",
        "Input back: the system's default microphone",
        "Input changed to VirtualMic (was the system's default microphone)",  # "vmic" as the server describes it
    ]
    assert seal_reason("stopped") == "stopped by you" and seal_reason("disk-full") == "the disk was full"
    assert gap_reason("") == "unknown reason" and gap_reason("a reason in words") == "a reason in words"
    assert visitors_sentence({"count": 0, "names": ["Li"]}) == "Visitors (Li)"


def test_the_share_message_is_in_the_users_language(qtbot: Any, window: Any, tmp_path: Path) -> None:
    window.set_language("zh_CN")
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    qtbot.waitUntil(lambda: window.controller.session.last_checkpoint_hash is not None, timeout=20000)
    window.share_fingerprint()
    dialog = window.dialogs["share"]
    text = dialog.text.toPlainText()
    lines = text.splitlines()
    assert lines[0].startswith("证据记录器，录音 ") and lines[1].startswith("校验码 ")
    assert lines[3].startswith("本机时间 ") and ("UTC+" in lines[3] or "UTC-" in lines[3])
    assert window.controller.session.last_checkpoint_hash in text
    assert not text.rstrip().endswith("Z")  # a local time with its offset, not an ISO token
    (tmp_path / "qr.png").write_bytes(qr_png(text))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "qr.png")], capture_output=True, text=True)
    assert read.stdout.rstrip("\n") == text  # the QR code carries the same message, Chinese included


def test_qts_own_dialogs_follow_the_language(qtbot: Any, window: Any, vault: Vault) -> None:
    window.set_language("zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Open)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    dialog = QFileDialog(window, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {b.text() for b in dialog.findChildren(QPushButton)}
    assert "取消" in texts and "Cancel" not in texts
    window.set_language("zh_TW")  # switched at run time
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box2)
    assert box2.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    window.set_language("en")
    box3 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box3)
    assert box3.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_the_settings_offer_inputs_by_their_description(qtbot: Any, window: Any) -> None:
    window.open_settings()
    dialog = window.dialogs["settings"]
    shown = [dialog.device.itemText(i) for i in range(dialog.device.count())]
    assert shown[0] == "System default (VirtualMic)"
    assert not [t for t in shown if t.strip().lower() in ("default", "pulse", "sysdefault")]
