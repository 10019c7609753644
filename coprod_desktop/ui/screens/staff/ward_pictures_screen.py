"""The ward's pictures: staff add photos they have checked (the garden, the quiet room, the ward's own
activities), each with a word and a group, and patients choose them as symbols anywhere a symbol can go.

Each photo goes through the safe import (re-encoded, metadata gone, size-capped). Look at a photo before
adding it: it must not show other patients, keys, doors or anything the ward keeps private.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.pictures import PictureProblem
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.ward_pictures import GROUPS, WardPictureProblem, WardPictureRecord
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.symbol_icons import photo_square
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET

THUMB = 72
TYPING_PAUSE_MS = 800
GROUP_WORDS = {
    "places": QT_TRANSLATE_NOOP("WardPicturesScreen", "Places"),
    "people": QT_TRANSLATE_NOOP("WardPicturesScreen", "People"),
    "things": QT_TRANSLATE_NOOP("WardPicturesScreen", "Things"),
    "activities": QT_TRANSLATE_NOOP("WardPicturesScreen", "Things to do"),
    "food": QT_TRANSLATE_NOOP("WardPicturesScreen", "Food and drink"),
    "care": QT_TRANSLATE_NOOP("WardPicturesScreen", "My care"),
    "ward": QT_TRANSLATE_NOOP("WardPicturesScreen", "The ward"),
}


class WardPicturesScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._service = context.services.ward_pictures
        self._pictures: list[WardPictureRecord] = []
        self._title = title_label(self)
        self._intro = title_label(self, role="muted")
        self._message = message_label(self)
        self.list = QListWidget(self)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.currentRowChanged.connect(self._chosen)
        self._word_label = QLabel(self)
        self.word = QLineEdit(self)
        self.word.setMaxLength(120)
        self._word_label.setBuddy(self.word)
        self._group_label = QLabel(self)
        self.group = QComboBox(self)
        self._group_label.setBuddy(self.group)
        self.add_button = QPushButton(self)
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._ask_remove)
        for field in (self.word, self.group, self.add_button, self.remove_button):
            field.setMinimumHeight(MIN_TARGET)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.save_changes)
        self.word.textEdited.connect(self._pause.start)
        self.word.editingFinished.connect(self.save_changes)
        self.group.activated.connect(self.save_changes)
        self.confirm = ConfirmPanel(context.painter, context.speaker, self)
        form = QVBoxLayout()
        form.addWidget(self._word_label)
        form.addWidget(self.word)
        form.addWidget(self._group_label)
        form.addWidget(self.group)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form.addLayout(buttons)
        form.addWidget(self.confirm)
        form.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addWidget(self.list, 1)
        columns.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self._message)
        self.retranslate()
        self._load()

    def title(self) -> str:
        return self.tr("The ward's pictures")

    # --- the list -----------------------------------------------------------------------------------
    def pictures(self) -> list[WardPictureRecord]:
        return list(self._pictures)

    def _load(self, chosen: uuid.UUID | None = None) -> None:
        ward_id = self.ward_id()
        self._pictures = self._service.on_ward(ward_id) if ward_id else []
        self.list.blockSignals(True)
        self.list.clear()
        for picture in self._pictures:
            item = QListWidgetItem(f"{picture.word} ({self.group_words(picture.group)})")
            square = photo_square(self.context.paths.pictures / picture.file_name, THUMB)
            if square is not None:
                item.setIcon(QIcon(QPixmap.fromImage(square)))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [p.id for p in self._pictures]
        self.list.setCurrentRow(ids.index(chosen) if chosen in ids else -1)
        self._chosen(self.list.currentRow())
        # Patients' pickers read the library again the next time they open.
        self.context.catalogue.reload_pictures()

    def current(self) -> WardPictureRecord | None:
        row = self.list.currentRow()
        return self._pictures[row] if 0 <= row < len(self._pictures) else None

    def _chosen(self, _row: int) -> None:
        picture = self.current()
        self.word.setText(picture.word if picture else "")
        if picture is not None:
            self.group.setCurrentIndex(GROUPS.index(picture.group))
        self.remove_button.setEnabled(picture is not None)

    # --- adding, changing, removing -----------------------------------------------------------------
    def choose_file(self) -> None:
        """Staff choose a photo file (opening where cameras' cards and the user's pictures are)."""
        start = next((str(p) for p in (Path.home() / "Pictures", Path.home()) if p.is_dir()), "")
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo for the ward's pictures"),
            start,
            "Images (*.jpg *.jpeg *.png *.webp)",
        )
        if name:
            self.add_from(Path(name))

    def add_from(self, source: Path) -> WardPictureRecord | None:
        """Adds a photo with the word and group now in the form (the word is asked for first)."""
        ward_id = self.ward_id()
        if ward_id is None:
            return None
        group = GROUPS[max(0, self.group.currentIndex())]
        word = self.word.text() if self.current() is None else ""
        if not word.strip():
            self.list.setCurrentRow(-1)
            self._message.setText(self.tr("Type a word for the new picture first, then add it."))
            self.word.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        try:
            added = self._service.add(
                ward_id, source, word, group, self.context.paths.pictures, by_id=self.staff.id
            )
        except PictureProblem as problem:
            self._message.setText(self.tr("This picture cannot be used: {why}").format(why=str(problem)))
            return None
        except WardPictureProblem as problem:
            self._message.setText(str(problem))
            return None
        self._load(added.id)
        self._message.setText(self.tr("Added. Patients can choose it now."))
        return added

    def save_changes(self) -> None:
        self._pause.stop()
        picture = self.current()
        if picture is None:
            return
        group = GROUPS[max(0, self.group.currentIndex())]
        if self.word.text() == picture.word and group == picture.group:
            return
        try:
            changed = self._service.change(picture.id, self.word.text(), group, by_id=self.staff.id)
        except WardPictureProblem:
            self._message.setText(self.tr("A picture needs a word. The last word typed is kept."))
            return
        self._load(changed.id)
        self._message.setText(self.tr("Saved."))

    def _ask_remove(self) -> None:
        picture = self.current()
        if picture is not None:
            question = self.tr("Remove {word} from the ward's pictures?").format(word=picture.word)
            self.confirm.ask(question, self._remove)

    def _remove(self) -> None:
        picture = self.current()
        if picture is None:
            return
        self._service.remove(picture.id, self.context.paths.pictures, by_id=self.staff.id)
        self._load()
        self._message.setText(self.tr("Removed."))

    def group_words(self, group: str) -> str:
        source = GROUP_WORDS.get(group)
        return QCoreApplication.translate("WardPicturesScreen", source) if source else group

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_changes()  # leaving or being signed out keeps what was typed
        super().hideEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._intro.setText(
            self.tr(
                "Photos of the ward's own places and things, for patients to choose as pictures. "
                "Check each photo first: no other patients, keys, doors or private details."
            )
        )
        self._word_label.setText(self.tr("Word for the picture"))
        self.word.setAccessibleName(self._word_label.text())
        self._group_label.setText(self.tr("Group"))
        self.group.setAccessibleName(self._group_label.text())
        current = self.group.currentIndex()
        self.group.clear()
        for group in GROUPS:
            self.group.addItem(self.group_words(group), group)
        self.group.setCurrentIndex(max(current, 0))
        self.add_button.setText(self.tr("Add a photo"))
        self.add_button.setAccessibleName(self.tr("Add a photo with this word"))
        self.remove_button.setText(self.tr("Remove it"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen picture"))
