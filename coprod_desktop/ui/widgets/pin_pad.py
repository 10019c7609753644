"""A big number pad for staff PINs. Digits are shown as dots and never spoken aloud on a shared ward."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MAX_DIGITS = 8
KEY_SIZE = (128, 96)


class PinPad(QWidget):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.display = QLabel(self)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setProperty("role", "title")
        self.display.setMinimumHeight(64)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._add_key(grid, digit, index // 3, index % 3)
        self.delete = self._make_button()
        self.delete.clicked.connect(self.backspace)
        grid.addWidget(self.delete, 3, 0)
        self._add_key(grid, "0", 3, 1)
        self.ok = self._make_button()
        self.ok.setProperty("role", "primary")
        self.ok.clicked.connect(self._submit)
        grid.addWidget(self.ok, 3, 2)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        self.retranslate()
        self._show()

    def _make_button(self) -> QPushButton:
        button = QPushButton(self)
        button.setMinimumSize(*KEY_SIZE)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _add_key(self, grid: QGridLayout, digit: str, row: int, column: int) -> None:
        button = self._make_button()
        button.setText(digit)
        button.setAccessibleName(digit)
        button.clicked.connect(lambda _checked=False, d=digit: self.press(d))
        grid.addWidget(button, row, column)
        self.keys[digit] = button

    def retranslate(self) -> None:
        self.delete.setText(self.tr("Delete"))
        self.delete.setAccessibleName(self.tr("Delete"))
        self.ok.setText(self.tr("OK"))
        self.ok.setAccessibleName(self.tr("OK"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def digits_entered(self) -> int:
        return len(self._digits)

    def press(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS and digit.isdigit():
            self._digits += digit
            self._show()

    def backspace(self) -> None:
        self._digits = self._digits[:-1]
        self._show()

    def clear(self) -> None:
        self._digits = ""
        self._show()

    def _submit(self) -> None:
        if self._digits:
            pin, self._digits = self._digits, ""
            self._show()
            self.submitted.emit(pin)

    def _show(self) -> None:
        self.display.setText(" ".join("●" for _ in self._digits) or self.tr("Enter your PIN"))
        self.display.setAccessibleName(self.tr("{count} numbers entered").format(count=len(self._digits)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        else:
            super().keyPressEvent(event)
