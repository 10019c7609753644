"""First run: name the ward, make the first staff account (there is no default PIN), and say who the
ward's advocate is. The advocate may be left for later, but is always asked: anyone who says "I am
not happy" is shown how to reach them."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.services.setup import AdvocateContact, first_run
from coprod_desktop.services.staff_auth import WeakPin
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.pin_words import weak_pin_words
from coprod_desktop.ui.screens.screen import Screen, title_label
from coprod_desktop.ui.screens.staff.staff_screen import message_label


class FirstRunScreen(Screen):
    finished = Signal(object)
    """Emits the services.setup.FirstRun made."""

    def __init__(self, session_factory: SessionFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = session_factory
        self._title = title_label(self)
        self._intro = plain_label(self)
        self.ward = QLineEdit(self)
        self.name = QLineEdit(self)
        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), field))
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self._labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        form.setVerticalSpacing(20)
        for label, field in zip(self._labels, (self.ward, self.name, self.pin, self.pin_again), strict=True):
            form.addRow(label, field)
        self._advocate_intro = plain_label(self)
        self.advocate_name = QLineEdit(self)
        self.advocate_phone = QLineEdit(self)
        self.advocate_visits = QLineEdit(self)
        self.advocate_name.setMaxLength(200)
        self.advocate_phone.setMaxLength(100)
        self.advocate_visits.setMaxLength(500)
        self._advocate_fields = (self.advocate_name, self.advocate_phone, self.advocate_visits)
        self._advocate_labels = [QLabel(self) for _ in self._advocate_fields]
        advocate_form = QFormLayout()
        advocate_form.setVerticalSpacing(20)
        for label, field in zip(self._advocate_labels, self._advocate_fields, strict=True):
            advocate_form.addRow(label, field)
        self.start = QPushButton(self)
        self.start.setProperty("role", "primary")
        self.start.setMinimumSize(300, 96)
        self.start.clicked.connect(self.submit)
        self._message = message_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 32)
        layout.setSpacing(20)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._advocate_intro)
        layout.addLayout(advocate_form)
        layout.addWidget(self._message)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Set up My Say")

    def submit(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self._message.setText(self.tr("The two PINs are not the same. Please type them again."))
            return
        try:
            made = first_run(
                self._sessions,
                self.ward.text(),
                self.name.text(),
                self.pin.text(),
                advocate=AdvocateContact(
                    self.advocate_name.text(), self.advocate_phone.text(), self.advocate_visits.text()
                ),
            )
        except InvalidText:
            self._message.setText(self.tr("Please type the ward's name and your name."))
            return
        except WeakPin as problem:
            self._message.setText(weak_pin_words(str(problem)))
            return
        self.finished.emit(made)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._intro.setText(
            self.tr(
                "Welcome. Name this ward and make the first staff account. "
                "You will use your PIN to open the staff area."
            )
        )
        words = (
            self.tr("Ward name"),
            self.tr("Your name"),
            self.tr("Your PIN (4 to 8 numbers)"),
            self.tr("Your PIN again"),
        )
        for label, field, text in zip(
            self._labels, (self.ward, self.name, self.pin, self.pin_again), words, strict=True
        ):
            label.setText(text)
            field.setAccessibleName(text)
        self._advocate_intro.setText(
            self.tr(
                "Who is the ward's advocate (or IMHA)? People who are not happy will see this. "
                "You can leave it for now and add it in Ward settings."
            )
        )
        advocate_words = (
            self.tr("Advocate's name"),
            self.tr("Advocate's phone number"),
            self.tr("When the advocate visits"),
        )
        for label, field, text in zip(
            self._advocate_labels, self._advocate_fields, advocate_words, strict=True
        ):
            label.setText(text)
            field.setAccessibleName(text)
        self.start.setText(self.tr("Start"))
