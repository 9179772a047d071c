"""The controls of a call's two tracks under the player (issue 16 §4): mute and solo for "Me" and for "The other
party", and the balance between them. They change the player's :class:`~.mixer.Mix` in place; what is playing
follows within the sound output's buffer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from .mixer import ME, OTHER, Mix

BALANCE_STEPS = 100  # the slider runs −100 … 100


class TrackControls(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mix: Mix | None = None
        self.me_label, self.other_label = QLabel(self), QLabel(self)
        self.me_mute, self.me_solo = self._toggle(), self._toggle()
        self.other_mute, self.other_solo = self._toggle(), self._toggle()
        self.balance_label = QLabel(self)
        self.balance = QSlider(Qt.Orientation.Horizontal, self)
        self.balance.setRange(-BALANCE_STEPS, BALANCE_STEPS)
        self.balance.setValue(0)
        self.balance.setPageStep(BALANCE_STEPS // 4)
        self.balance.setMinimumWidth(90)
        self.balance_label.setBuddy(self.balance)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.me_label, self.me_mute, self.me_solo):
            row.addWidget(w)
        row.addSpacing(12)
        row.addWidget(self.balance_label)
        row.addWidget(self.balance, 1)
        row.addSpacing(12)
        for w in (self.other_label, self.other_mute, self.other_solo):
            row.addWidget(w)
        self.me_mute.toggled.connect(self._changed)
        self.other_mute.toggled.connect(self._changed)
        self.me_solo.toggled.connect(lambda on: self._solo(ME, on))
        self.other_solo.toggled.connect(lambda on: self._solo(OTHER, on))
        self.balance.valueChanged.connect(self._changed)
        self.retranslate()

    def _toggle(self) -> QPushButton:
        b = QPushButton(self)
        b.setCheckable(True)
        return b

    def retranslate(self) -> None:
        self.me_label.setText(self.tr("Me"))
        self.other_label.setText(self.tr("The other party"))
        for mute in (self.me_mute, self.other_mute):
            mute.setText(self.tr("Mute"))
        for solo in (self.me_solo, self.other_solo):
            solo.setText(self.tr("Solo"))
            solo.setToolTip(self.tr("Hear only this track"))
        self.balance_label.setText(self.tr("Balance"))
        self.balance.setToolTip(self.tr("Left: more of me · right: more of the other party"))

    def attach(self, mix: Mix) -> None:
        """Control ``mix`` (the player's), showing its present state."""
        self.mix = mix
        self._changed()

    def _solo(self, track: str, on: bool) -> None:
        # One track soloed at a time: soloing one releases the other.
        if on:
            other = self.other_solo if track == ME else self.me_solo
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        mix = self.mix
        if mix is None:
            return
        mix.me_muted, mix.other_muted = self.me_mute.isChecked(), self.other_mute.isChecked()
        mix.solo = ME if self.me_solo.isChecked() else OTHER if self.other_solo.isChecked() else None
        mix.balance = self.balance.value() / BALANCE_STEPS
