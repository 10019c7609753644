"""Topic templates: the cards a person goes through in "what I want to say".

The default list cannot be changed here. Staff copy it for the ward or for one person and edit the
copy: words save as they type, pictures come from the symbol picker, and topics move with Up and Down
buttons (no dragging). Removing anything asks a big Yes / No first.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.templates import (
    DEFAULT_NAME,
    NEW_TOPIC,
    TITLE_MAX,
    DefaultTemplateReadOnly,
    TemplateError,
    TemplateInfo,
    TemplateNotFound,
    TemplateService,
)
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.screens.staff.template_topic_row import SAVE_PAUSE_MS, TopicRow
from coprod_desktop.ui.topic_words import template_name, topic_title
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.row_button import RowButton
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton
from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker

EDIT_PAGE, PEOPLE_PAGE, PICKER_PAGE = range(3)
WARD_SYMBOL = "hospital"
DEFAULT_SYMBOL = "words"


def _scroll(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(inner)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()  # deleteLater waits for the event loop
            widget.deleteLater()


class TemplatesScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self.service = TemplateService(context.services.session_factory, context.services.clock)
        self._templates: list[TemplateInfo] = []
        self._people: list[PersonInfo] = []
        self._current: TemplateInfo | None = None
        self._picking_for: uuid.UUID | None = None
        self.template_rows: dict[uuid.UUID, RowButton] = {}
        self.topic_rows: list[TopicRow] = []

        self._title = title_label(self)
        # Left: every template this ward can use.
        self._list_heading = title_label(self, role="subtitle")
        self._list_layout = QVBoxLayout()
        self._list_layout.setSpacing(10)
        list_inner = QWidget()
        list_inner.setLayout(self._list_layout)
        left = QVBoxLayout()
        left.addWidget(self._list_heading)
        left.addWidget(_scroll(list_inner, self), 1)

        # Right, page 1: the chosen template.
        edit_page = QWidget()
        self._template_heading = title_label(edit_page, role="subtitle")
        self._explain = plain_label(edit_page)
        self.name_label = QLabel(edit_page)
        self.name_edit = QLineEdit(edit_page)
        self.name_edit.setMaxLength(TITLE_MAX)
        self.name_edit.setMinimumHeight(72)
        self.name_label.setBuddy(self.name_edit)
        self._name_timer = QTimer(self)
        self._name_timer.setSingleShot(True)
        self._name_timer.setInterval(SAVE_PAUSE_MS)
        self._name_timer.timeout.connect(self._save_name)
        self.name_edit.textEdited.connect(lambda _t: self._name_timer.start())
        self.name_edit.editingFinished.connect(self._flush_name)
        self.copy_ward = QPushButton(edit_page)
        self.copy_person = QPushButton(edit_page)
        self.remove_copy = QPushButton(edit_page)
        self.add_topic = QPushButton(edit_page)
        for button in (self.copy_ward, self.copy_person, self.remove_copy, self.add_topic):
            button.setMinimumSize(220, MIN_TARGET)
        self.copy_ward.clicked.connect(self._copy_for_ward)
        self.copy_person.clicked.connect(self._show_people)
        self.remove_copy.clicked.connect(self._ask_remove_copy)
        self.add_topic.clicked.connect(self._add_topic)
        copies = QHBoxLayout()
        copies.setSpacing(16)
        for button in (self.copy_ward, self.copy_person):
            copies.addWidget(button)
        copies.addStretch(1)
        ends = QHBoxLayout()
        ends.setSpacing(16)
        ends.addWidget(self.add_topic)
        ends.addWidget(self.remove_copy)
        ends.addStretch(1)
        self._topics_layout = QVBoxLayout()
        self._topics_layout.setSpacing(8)
        self.confirm = ConfirmPanel(context.painter, context.speaker, edit_page)
        self.message = message_label(edit_page)
        edit_inner = QWidget()
        inner = QVBoxLayout(edit_inner)
        inner.setContentsMargins(0, 0, 16, 0)
        inner.setSpacing(12)
        inner.addWidget(self._explain)
        inner.addLayout(copies)
        inner.addWidget(self.name_label)
        inner.addWidget(self.name_edit)
        inner.addLayout(self._topics_layout)
        inner.addLayout(ends)
        inner.addStretch(1)
        self._edit_scroll = _scroll(edit_inner, edit_page)
        edit_layout = QVBoxLayout(edit_page)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addWidget(self._template_heading)
        edit_layout.addWidget(self._edit_scroll, 1)
        edit_layout.addWidget(self.confirm)
        edit_layout.addWidget(self.message)

        # Page 2: whose copy.
        people_page = QWidget()
        self._people_heading = title_label(people_page, role="subtitle")
        self.people_grid = FlowGrid(context.painter, context.speaker, cell_width=180, cell_height=140)
        self.people_back = QPushButton(people_page)
        self.people_back.setMinimumSize(220, MIN_TARGET)
        self.people_back.clicked.connect(self._show_editor)
        people_layout = QVBoxLayout(people_page)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self._people_heading)
        people_layout.addWidget(self.people_grid, 1)
        people_layout.addWidget(self.people_back, 0, Qt.AlignmentFlag.AlignLeft)

        # Page 3: a picture for a topic.
        picker_page = QWidget()
        self._picker_heading = title_label(picker_page, role="subtitle")
        self.picker = SymbolPicker(
            context.catalogue, context.painter, context.speaker, lambda: self.context.languages.current
        )
        self.picker.chosen.connect(self._symbol_chosen)
        self.picker_back = QPushButton(picker_page)
        self.picker_back.setMinimumSize(220, MIN_TARGET)
        self.picker_back.clicked.connect(self._show_editor)
        picker_layout = QVBoxLayout(picker_page)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(self._picker_heading)
        picker_layout.addWidget(self.picker, 1)
        picker_layout.addWidget(self.picker_back, 0, Qt.AlignmentFlag.AlignLeft)

        self.pages = QStackedWidget(self)
        for page in (edit_page, people_page, picker_page):
            self.pages.addWidget(page)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 3)
        body.addWidget(self.pages, 7)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(body, 1)
        self._reload()
        self.retranslate()

    # Screen

    def title(self) -> str:
        return self.tr("Topic templates")

    def spoken_summary(self) -> str:
        return join_sentences(self.title(), self._template_heading.text(), self._explain.text())

    def on_shown(self) -> None:
        self._reload(self._current.id if self._current else None)

    def hideEvent(self, event: object) -> None:
        self._flush_all()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._list_heading.setText(self.tr("Templates"))
        self.name_label.setText(self.tr("Name of this copy"))
        self.name_edit.setAccessibleName(self.name_label.text())
        self.copy_ward.setText(self.tr("Copy for this ward"))
        self.copy_person.setText(self.tr("Copy for a person"))
        self.remove_copy.setText(self.tr("Remove this copy"))
        self.add_topic.setText(self.tr("Add a topic"))
        self._people_heading.setText(self.tr("Who is this copy for?"))
        self.people_back.setText(self.tr("Back"))
        self.picker_back.setText(self.tr("Back"))
        for button in (
            self.copy_ward,
            self.copy_person,
            self.remove_copy,
            self.add_topic,
            self.people_back,
            self.picker_back,
        ):
            button.setAccessibleName(button.text())
        self.confirm.retranslate()
        self.picker.retranslate()
        self._fill_list()
        self._show_template()

    # Loading

    def _ward_id(self) -> uuid.UUID | None:
        if self.staff.ward_id is not None:
            return self.staff.ward_id
        wards = self.context.services.wards.active()
        return wards[0].id if wards else None

    def _reload(self, select: uuid.UUID | None = None) -> None:
        self._flush_all()
        ward_id = self._ward_id()
        self._people = self.context.services.people.on_ward(ward_id, Role.PATIENT) if ward_id else []
        self._templates = self.service.list_templates(ward_id) if ward_id else [self.service.default()]
        chosen = next((t for t in self._templates if t.id == select), None)
        self._current = chosen or self._templates[0]
        self._fill_list()
        self._show_template()

    def _person_name(self, person_id: uuid.UUID | None) -> str:
        return next((p.called for p in self._people if p.id == person_id), "")

    def _owner(self, template: TemplateInfo) -> str:
        """The person or ward a copy is for, by name."""
        if template.person_id is not None:
            return self._person_name(template.person_id)
        ward = self.context.services.wards.get(template.ward_id) if template.ward_id else None
        return ward.name if ward else ""

    def template_words(self, template: TemplateInfo) -> tuple[str, str]:
        if template.is_default:
            return self.tr("Default topics"), self.tr("Read only")
        name = template_name(template, self._owner(template))
        if template.person_id is not None:
            return name, self.tr("For {name}").format(name=self._person_name(template.person_id))
        return name, self.tr("Whole ward")

    def _symbol_for(self, template: TemplateInfo) -> str:
        if template.is_default:
            return DEFAULT_SYMBOL
        if template.person_id is not None:
            person = next((p for p in self._people if p.id == template.person_id), None)
            return (person.picture_symbol if person else None) or "who-are-you"
        return WARD_SYMBOL

    def _fill_list(self) -> None:
        _clear(self._list_layout)
        self.template_rows = {}
        for template in self._templates:
            row = RowButton(self.context.painter, self._symbol_for(template), symbol_size=48)
            row.set_words(*self.template_words(template))
            row.setChecked(self._current is not None and template.id == self._current.id)
            row.clicked.connect(lambda _checked=False, t=template.id: self.choose(t))
            self.template_rows[template.id] = row
            self._list_layout.addWidget(row)
            row.show()  # at once, not on the next turn of the event loop
        self._list_layout.addStretch(1)

    def choose(self, template_id: uuid.UUID) -> None:
        self._flush_all()
        try:
            self._current = self.service.get(template_id)
        except TemplateNotFound:
            self._reload()
            return
        for each, row in self.template_rows.items():
            row.setChecked(each == template_id)
        self.confirm.close_question()
        self.message.clear()
        self._show_template()
        self.pages.setCurrentIndex(EDIT_PAGE)

    # The chosen template

    def _show_template(self, focus: tuple[uuid.UUID, str] | None = None) -> None:
        """Rebuilds the topic rows; `focus` (topic id, button) puts the keyboard back where it was."""
        template = self._current
        if template is None:
            return
        editable = not template.is_default
        what, for_whom = self.template_words(template)
        self._template_heading.setText(what)
        self._explain.setText(
            self.tr("These are the default topics. To change them, copy them for this ward or a person.")
            if not editable
            else join_sentences(for_whom, self.tr("Changes save by themselves."))
        )
        self.name_label.setVisible(editable)
        self.name_edit.setVisible(editable)
        self.remove_copy.setVisible(editable)
        self.add_topic.setVisible(editable)
        if editable and not self.name_edit.hasFocus():
            self.name_edit.setText(template_name(template, self._owner(template)))
        _clear(self._topics_layout)
        self.topic_rows = []
        for topic in template.topics:
            shown = topic_title(self.context, topic.title, topic.symbol_id)
            row = TopicRow(self.context.painter, topic, shown, editable)
            row.set_title_name(self.tr("Words for topic {number}").format(number=topic.position + 1))
            row.set_button_words(
                self.tr("Picture"),
                self.tr("Up"),
                self.tr("Down"),
                self.tr("Remove"),
                [
                    self.tr("Change the picture for {topic}").format(topic=shown),
                    self.tr("Move {topic} up").format(topic=shown),
                    self.tr("Move {topic} down").format(topic=shown),
                    self.tr("Remove {topic}").format(topic=shown),
                ],
            )
            if row.up is not None and row.down is not None:
                row.up.setEnabled(topic.position > 0)
                row.down.setEnabled(topic.position < len(template.topics) - 1)
            row.rename_requested.connect(self._rename_topic)
            row.picture_requested.connect(self._show_picker)
            row.move_requested.connect(self._move_topic)
            row.remove_requested.connect(self._ask_remove_topic)
            self.topic_rows.append(row)
            self._topics_layout.addWidget(row)
            row.show()
        if focus is not None:
            self._focus(*focus)

    def _focus(self, topic_id: uuid.UUID, which: str) -> None:
        row = next((r for r in self.topic_rows if r.topic_id == topic_id), None)
        if row is None:
            return
        button = getattr(row, which, None)
        if button is None or not button.isEnabled():
            button = row.title_edit
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, lambda: self._edit_scroll.ensureWidgetVisible(row))

    def _flush_all(self) -> None:
        self._flush_name()
        for row in self.topic_rows:
            row.flush()

    def _refresh_current(self, focus: tuple[uuid.UUID, str] | None = None) -> None:
        if self._current is not None:
            self._current = self.service.get(self._current.id)
            self._show_template(focus)

    def _run(self, change: object) -> bool:
        """Runs a service call, turning refusals into plain words for staff. True if it worked."""
        try:
            change()  # type: ignore[operator]
        except DefaultTemplateReadOnly:
            self.message.setText(self.tr("The default topics cannot be changed. Copy them first."))
        except InvalidText:
            self.message.setText(self.tr("A topic needs some words."))
        except TemplateError:
            self.message.setText(self.tr("A template needs at least one topic."))
        except TemplateNotFound:
            self.message.setText(self.tr("This was removed somewhere else."))
            self._reload()
        else:
            return True
        return False

    # Copies

    def _copy_for_ward(self) -> None:
        ward_id = self._ward_id()
        if self._current is None or ward_id is None:
            return
        self._flush_all()
        # The app's own name, kept in English and shown in the reader's language (topic_words.template_name).
        copy = self.service.copy_for_ward(self._current.id, ward_id, DEFAULT_NAME, actor_id=self.staff.id)
        self._reload(copy.id)
        self.message.setText(self.tr("Copied for this ward. You can change the copy now."))

    def _show_people(self) -> None:
        buttons: list[QWidget] = []
        for person in self._people:
            button = SymbolButton(
                self.context.painter,
                self.context.speaker,
                person.picture_symbol,
                person.called,
                symbol_size=56,
            )
            button.clicked.connect(lambda _checked=False, p=person: self._copy_for_person(p))
            buttons.append(button)
        for old in self.people_grid.items():
            old.hide()
        self.people_grid.set_items(buttons)
        self.pages.setCurrentIndex(PEOPLE_PAGE)
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def person_button(self, called: str) -> SymbolButton:
        return next(b for b in self.people_grid.items() if isinstance(b, SymbolButton) and b.words == called)

    def _copy_for_person(self, person: PersonInfo) -> None:
        if self._current is None:
            return
        self._flush_all()
        copy = self.service.copy_for_person(self._current.id, person.id, DEFAULT_NAME, actor_id=self.staff.id)
        self._reload(copy.id)
        self.pages.setCurrentIndex(EDIT_PAGE)
        self.message.setText(
            self.tr("Copied for {name}. You can change the copy now.").format(name=person.called)
        )

    def _ask_remove_copy(self) -> None:
        template = self._current
        if template is None or template.is_default:
            return
        question = self.tr("Remove this copy? {name}").format(
            name=template_name(template, self._owner(template))
        )
        self.confirm.ask(question, lambda: self._remove_copy(template.id))

    def _remove_copy(self, template_id: uuid.UUID) -> None:
        if self._run(lambda: self.service.remove_template(template_id, actor_id=self.staff.id)):
            self._reload()
            self.message.setText(self.tr("The copy is removed."))

    def _save_name(self) -> None:
        template = self._current
        if template is None or template.is_default:
            return
        text = self.name_edit.text()
        if not text.strip():
            self.message.setText(self.tr("The copy needs a name."))
            return
        if self._run(lambda: self.service.rename_template(template.id, text)):
            self._current = self.service.get(template.id)
            row = self.template_rows.get(template.id)
            if row is not None:
                row.set_words(*self.template_words(self._current))
            self.message.setText(self.tr("Saved."))

    def _flush_name(self) -> None:
        if self._name_timer.isActive():
            self._name_timer.stop()
            self._save_name()

    # Topics

    def _rename_topic(self, topic_id: uuid.UUID, text: str) -> None:
        if self._run(lambda: self.service.rename_topic(topic_id, text)):
            self.message.setText(self.tr("Saved."))

    def _move_topic(self, topic_id: uuid.UUID, direction: str) -> None:
        self._flush_all()
        if self._run(lambda: self.service.move_topic(topic_id, "up" if direction == "up" else "down")):
            self._refresh_current((topic_id, direction))
            self.message.setText(self.tr("Moved."))

    def _ask_remove_topic(self, topic_id: uuid.UUID) -> None:
        self._flush_all()
        row = next((r for r in self.topic_rows if r.topic_id == topic_id), None)
        shown = row.title_edit.text() if row is not None and row.title_edit is not None else ""
        question = self.tr("Remove this topic? {topic}").format(topic=shown)
        self.confirm.ask(question, lambda: self._remove_topic(topic_id))

    def _remove_topic(self, topic_id: uuid.UUID) -> None:
        if self._run(lambda: self.service.remove_topic(topic_id)):
            self._refresh_current()
            self.message.setText(self.tr("The topic is removed."))

    def _add_topic(self) -> None:
        template = self._current
        if template is None:
            return
        self._flush_all()
        added = None

        def add() -> None:
            nonlocal added
            # Stored in English, shown in the reader's language until staff type its words.
            added = self.service.add_topic(template.id, *NEW_TOPIC)

        if self._run(add) and added is not None:
            self._refresh_current((added.id, "title_edit"))
            new_row = self.topic_rows[-1]
            if new_row.title_edit is not None:
                new_row.title_edit.selectAll()
            self.message.setText(self.tr("Topic added. Type its words."))

    # Pictures

    def _show_picker(self, topic_id: uuid.UUID) -> None:
        self._flush_all()
        self._picking_for = topic_id
        row = next((r for r in self.topic_rows if r.topic_id == topic_id), None)
        shown = row.title_edit.text() if row is not None and row.title_edit is not None else ""
        self._picker_heading.setText(self.tr("Choose a picture for {topic}").format(topic=shown))
        self.picker.search.clear()
        self.picker.refresh()
        self.pages.setCurrentIndex(PICKER_PAGE)
        self.picker.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _symbol_chosen(self, symbol_id: str) -> None:
        topic_id = self._picking_for
        self._picking_for = None
        self.pages.setCurrentIndex(EDIT_PAGE)
        if topic_id is not None and self._run(lambda: self.service.set_symbol(topic_id, symbol_id)):
            self._refresh_current((topic_id, "picture"))
            self.message.setText(self.tr("Saved."))

    def _show_editor(self) -> None:
        self._picking_for = None
        self.pages.setCurrentIndex(EDIT_PAGE)
