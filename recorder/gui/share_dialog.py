"""Share the recording's current fingerprint while recording (issue 7, item 6): the short code to read out, and a
message with the full chain hash — as text to copy and as a QR code — to send to someone the user trusts. Such a
message, timed by the service that carries it, shows the recording had reached this point by then."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ..core.chain import fingerprint
from ..core.environment import Moment
from ..timestamp.share import qr_png, share_text
from .i18n import translated


class ShareDialog(QDialog):
    def __init__(self, session_id: str, chain_hash: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.session_id, self.chain_hash, self.at = session_id, chain_hash, Moment().utc
        self.message = ""
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.code = QLabel(fingerprint(chain_hash))
        big = QFont("monospace")
        big.setStyleHint(QFont.StyleHint.Monospace)
        big.setPointSize(big.pointSize() + 10)
        big.setBold(True)
        self.code.setFont(big)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.copy = QPushButton()
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.message))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for w in (self.explain, self.code, self.qr, self.text):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.retranslate()

    def _set_message(self) -> None:
        # The message is in the user's language (the codes in it are not), so it is made again on a language switch.
        self.message = share_text(self.session_id, self.chain_hash, self.at, translated)
        self.text.setPlainText(self.message)
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(self.message, scale=4), "PNG")
        self.qr.setPixmap(pixmap)

    def retranslate(self) -> None:
        self._set_message()
        self.setWindowTitle(self.tr("Share the fingerprint"))
        self.explain.setText(
            self.tr(
                "Send this to someone you trust (a message or an e-mail) or let them scan the code. Their copy, "
                "timed by the service that carried it, shows that the recording had reached this point by then."
            )
        )
        self.copy.setText(self.tr("Copy the message"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
