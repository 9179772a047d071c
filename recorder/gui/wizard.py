"""First run: choose the language (preselected from the system), then the passphrase — twice, with a strength
hint and the plain warning that it cannot be recovered. "Record now, set up later" is on every page: the user
who needs to record this minute records first (the vault is made with a pending key) and sets the passphrase
afterwards; the same passphrase page then locks the vault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import passphrase as strength_check
from .i18n import LANGUAGE_NAMES


def strength(passphrase: str) -> int:
    """0 (empty) to 4 (strong): zxcvbn's estimate (core.passphrase), 1 at the least once something is typed.
    Below :data:`~recorder.core.passphrase.MIN_SCORE` the vault refuses the passphrase."""
    if not passphrase:
        return 0
    return max(1, strength_check.strength(passphrase).score)


def advice(passphrase: str) -> str:
    """zxcvbn's advice for an easy passphrase, in the user's language ("" for one that is accepted)."""
    verdict = strength_check.strength(passphrase)
    if verdict.acceptable:
        return ""
    return " ".join(QCoreApplication.translate(strength_check.CTX, a) for a in verdict.advice)


class SetupWizard(QDialog):
    language_chosen = Signal(str)
    record_now = Signal()
    passphrase_chosen = Signal(str)

    def __init__(self, language: str, passphrase_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.pages = QStackedWidget()
        # Page 1: language
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        page1 = QWidget()
        l1 = QVBoxLayout(page1)
        l1.addWidget(self.welcome)
        l1.addWidget(self.language)
        l1.addStretch(1)
        # Page 2: passphrase
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color:#b71c1c; font-weight:bold;")
        self.error = QLabel()
        self.error.setStyleSheet("color:#b71c1c;")
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        page2 = QWidget()
        l2 = QVBoxLayout(page2)
        for w in (self.explain, self.first, self.second, self.hint, self.warning, self.error):
            l2.addWidget(w)
        l2.addStretch(1)
        self.pages.addWidget(page1)
        self.pages.addWidget(page2)
        # Buttons
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self._record_now)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self._go(0))
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.passphrase_only = passphrase_only
        # Asked later (the "not locked yet" banner), there is a recording already: only the passphrase is left.
        self.record_button.setVisible(not passphrase_only)
        self._go(1 if passphrase_only else 0)
        self.resize(520, 360)

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.retranslate()
        if page == 1:
            self.first.setFocus()

    def _next(self) -> None:
        if self.pages.currentIndex() == 0:
            self._go(1)
            return
        if not self.first.text():
            self.error.setText(self.tr("Please choose a passphrase."))
            return
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases are not the same. Please type them again."))
            return
        if strength(self.first.text()) < strength_check.MIN_SCORE:
            self.error.setText(self.tr("This passphrase is too easy to guess.") + " " + advice(self.first.text()))
            return
        self.error.setText("")
        self.passphrase_chosen.emit(self.first.text())

    def _record_now(self) -> None:
        self.record_now.emit()
        self.hide()

    def _update(self) -> None:
        words = {
            0: "",
            1: self.tr("Strength: weak — a longer passphrase is safer"),
            2: self.tr("Strength: fair — a few more words make it stronger"),
            3: self.tr("Strength: good"),
            4: self.tr("Strength: strong"),
        }
        score = strength(self.first.text())
        hint = words[score]
        if 0 < score < strength_check.MIN_SCORE:
            hint += "\n" + advice(self.first.text())
        self.hint.setText(hint)
        if self.second.text() and self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.error.setText("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Evidence Recorder"))
        self.welcome.setText(
            self.tr(
                "Welcome. This app records visits and calls as evidence that nobody can quietly change. "
                "Choose your language."
            )
        )
        self.explain.setText(
            self.tr(
                "Choose a passphrase for your evidence vault. Recording never asks for it; you need it to listen "
                "to, review and export your recordings. Type it twice."
            )
        )
        self.first.setPlaceholderText(self.tr("Passphrase"))
        self.second.setPlaceholderText(self.tr("Passphrase again"))
        self.warning.setText(
            self.tr(
                "Write the passphrase down and keep it safe. If it is forgotten, nobody can recover it — "
                "not even the makers of this app — and your recordings cannot be opened."
            )
        )
        self.record_button.setText(self.tr("Record now, set up later"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setVisible(self.pages.currentIndex() == 1 and not self.passphrase_only)
        self.next_button.setText(self.tr("Next") if self.pages.currentIndex() == 0 else self.tr("Set the passphrase"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def keep_clear_of(dialog: QWidget, widget: QWidget, gap: int = 12) -> None:
    """Move a shown dialog so that it does not cover ``widget`` (the record button must stay in sight and in
    reach): below it if the screen has room, else above, left or right of it; else leave it where it is."""
    target = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    frame = dialog.frameGeometry()
    if not frame.intersects(target):
        return
    screen = (widget.screen() or dialog.screen()).availableGeometry()
    candidates = (
        QPoint(frame.x(), target.bottom() + gap),
        QPoint(frame.x(), target.top() - frame.height() - gap),
        QPoint(target.left() - frame.width() - gap, frame.y()),
        QPoint(target.right() + gap, frame.y()),
    )
    for top_left in candidates:
        place = QRect(top_left, frame.size())
        if place.right() > screen.right():
            place.moveRight(screen.right())
        if place.left() < screen.left():
            place.moveLeft(screen.left())
        if place.bottom() > screen.bottom():
            place.moveBottom(screen.bottom())
        if place.top() < screen.top():
            place.moveTop(screen.top())
        if not place.intersects(target):
            dialog.move(place.topLeft())
            return
