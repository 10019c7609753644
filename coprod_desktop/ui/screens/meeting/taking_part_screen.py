"""How I want to take part in this meeting: whether I go, who shows my slides, who may see them later.

The person decides how they take part, including not at all (DESIGN.md section 1). Each answer is
saved at once with the date and who was with them, and can change until the meeting starts.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.taking_part import MAX_FAMILY_NAMES, Choice, ChoiceProblem
from coprod_desktop.store.kinds import Presenter, Sharing, TakingPart
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.kit.scroll_pager import ScrollPager
from coprod_desktop.ui.person_picture import person_drawing
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.choice_row import ChoiceRow
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton

TAKING_PART = [TakingPart.GO, TakingPart.SLIDES_WITHOUT_ME, TakingPart.NOT_THIS_TIME]
PRESENTERS = [Presenter.ME, Presenter.STAFF, Presenter.NOBODY]


class TakingPartScreen(Screen):
    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        preparation_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._alongside = alongside
        self._preparation_id = preparation_id
        service = context.services.taking_part
        current = service.current(preparation_id)
        self._taking_part = current.taking_part if current else None
        self._presenter = current.presenter if current else None
        self._presenter_staff = current.presenter_staff_id if current else None
        self._care_team = current.sharing is Sharing.CARE_TEAM if current else False
        self._family: list[str] = list(current.family_names) if current else []
        self._current: Choice | None = current
        painter, speaker = context.painter, context.speaker

        self._title = title_label(self)
        self.last_saved = plain_label(self, "muted")
        self.message = MessageLine(self)
        self.message.hide()

        self.going = ChoiceRow(painter, speaker, ["meeting", "slides-without-me", "not-this-time"])
        for index, value in enumerate(TAKING_PART):
            self.going.buttons[index].clicked.connect(lambda _c=False, v=value: self._choose_going(v))
        self.shows = ChoiceRow(painter, speaker, ["who-are-you", "staff", "no"])
        self.shows.buttons[0].set_drawn_picture(person_drawing(painter, person, context.paths.pictures))
        for index, value in enumerate(PRESENTERS):
            self.shows.buttons[index].clicked.connect(lambda _c=False, v=value: self._choose_presenter(v))
        staff = context.services.staff_auth.staff_who_can_sign_in(person.ward_id)
        self._staff = staff or context.services.staff_auth.staff_who_can_sign_in(None)
        self.staff_row = ChoiceRow(painter, speaker, ["staff"] * len(self._staff))
        for button, member in zip(self.staff_row.buttons, self._staff, strict=True):
            button.set_drawn_picture(person_drawing(painter, member, context.paths.pictures))
            button.clicked.connect(lambda _c=False, m=member: self._choose_staff(m.id))

        self.who_sees = ChoiceRow(painter, speaker, ["care-team", "no"], exclusive=False, many=True)
        self.who_sees.buttons[0].clicked.connect(self._toggle_care_team)
        self.who_sees.buttons[1].clicked.connect(self._nobody_else)
        self.family_row = QHBoxLayout()
        self.family_row.setSpacing(16)
        self.family_buttons: list[SymbolButton] = []
        self.family_name = QLineEdit(self)
        self.family_name.setMaxLength(80)
        self.family_name.setMinimumHeight(MIN_TARGET)
        self.family_name.returnPressed.connect(self.add_family)
        draft = context.services.drafts.get(person.id, self._draft_key()) or {}
        half_typed = draft.get("name")
        self.family_name.setText(half_typed if isinstance(half_typed, str) else "")
        self.family_name.textChanged.connect(self._keep_draft)
        self.add_family_button = SymbolButton(painter, speaker, "family", symbol_size=48)
        self.add_family_button.setMinimumSize(280, 110)  # "Ychwanegu teulu" on one line
        self.add_family_button.setMaximumHeight(130)
        self.add_family_button.clicked.connect(self.add_family)
        family_add = QHBoxLayout()
        family_add.addWidget(self.family_name, 1)
        family_add.addWidget(self.add_family_button)

        # Wide enough for the longest answers in Welsh to fit on two lines.
        for row in (self.going, self.shows, self.staff_row, self.who_sees):
            for button in row.buttons:
                button.setMinimumSize(280, 140)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(20)
        column.addWidget(self.going)
        column.addWidget(self.shows)
        column.addWidget(self.staff_row)
        column.addWidget(self.who_sees)
        column.addLayout(self.family_row)
        column.addLayout(family_add)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(8)
        layout.addWidget(self._title)
        layout.addWidget(self.last_saved)
        layout.addWidget(self.message)
        layout.addWidget(ScrollPager(context.painter, context.speaker, scroll), 1)
        self._show_family()
        self._show_current()
        self.retranslate()

    # --- answers --------------------------------------------------------------------------------------
    def _choose_going(self, value: TakingPart) -> None:
        self._taking_part = value
        if value is TakingPart.NOT_THIS_TIME:
            self._presenter, self._presenter_staff = Presenter.NOBODY, None
        elif self._presenter is Presenter.NOBODY:
            self._presenter = None
        self._save()

    def _choose_presenter(self, value: Presenter) -> None:
        if self._taking_part is TakingPart.NOT_THIS_TIME and value is not Presenter.NOBODY:
            self._taking_part = TakingPart.SLIDES_WITHOUT_ME
        self._presenter = value
        if value is not Presenter.STAFF:
            self._presenter_staff = None
        self._save()

    def _choose_staff(self, staff_id: uuid.UUID) -> None:
        self._presenter, self._presenter_staff = Presenter.STAFF, staff_id
        self._save()

    def _toggle_care_team(self) -> None:
        self._care_team = not self._care_team
        self._save()

    def _nobody_else(self) -> None:
        self._care_team = False
        self._family = []
        self._show_family()
        self._save()

    def add_family(self) -> None:
        name = " ".join(self.family_name.text().split())
        if not name:
            self._tell(self.tr("Type the name of your family member first."))
            return
        if len(self._family) >= MAX_FAMILY_NAMES:
            self._tell(self.tr("You can name up to 10 family members."))
            return
        if name not in self._family:
            self._family.append(name)
        self.family_name.clear()
        self._show_family()
        self._save()

    def _draft_key(self) -> str:
        return f"family-name:{self._preparation_id}"

    def _keep_draft(self, text: str) -> None:
        """A name half typed is kept, so closing the app loses nothing; adding it clears the draft."""
        data = {"name": text} if text.strip() else {}
        self._context.services.drafts.save(self._person.id, self._draft_key(), data)

    def _remove_family(self, name: str) -> None:
        self._family = [n for n in self._family if n != name]
        self._show_family()
        self._save()

    def _save(self) -> None:
        taking_part = self._taking_part or TakingPart.GO
        presenter = self._presenter or (
            Presenter.NOBODY if taking_part is TakingPart.NOT_THIS_TIME else Presenter.ME
        )
        if presenter is Presenter.STAFF and self._presenter_staff is None:
            self._show_current()
            self._tell(self.tr("Now choose who from the staff will show them."))
            return
        staff = self._alongside.staff
        try:
            self._current = self._context.services.taking_part.choose(
                self._preparation_id,
                taking_part,
                presenter,
                Sharing.CARE_TEAM if self._care_team else Sharing.JUST_ME,
                presenter_staff_id=self._presenter_staff,
                family_names=tuple(self._family),
                with_staff_id=staff.id if staff else None,
            )
        except ChoiceProblem:
            self._tell(self.tr("The meeting has happened, so this can no longer change."))
            self._show_current()
            return
        self._taking_part, self._presenter = taking_part, presenter
        self.message.hide()
        self._show_current()
        self.retranslate()

    def _tell(self, words: str) -> None:
        self.message.setText(words)
        self.message.show()
        self._context.speaker.say(words)

    # --- showing -----------------------------------------------------------------------------------------
    def _show_current(self) -> None:
        for row, values, value in (
            (self.going, TAKING_PART, self._taking_part),
            (self.shows, PRESENTERS, self._presenter),
        ):
            for button, option in zip(row.buttons, values, strict=True):
                button.setChecked(option is value)
        for button, member in zip(self.staff_row.buttons, self._staff, strict=True):
            button.setChecked(member.id == self._presenter_staff)
        self.staff_row.setVisible(self._presenter is Presenter.STAFF and bool(self._staff))
        self.shows.setEnabled(self._taking_part is not TakingPart.NOT_THIS_TIME)
        self.who_sees.buttons[0].setChecked(self._care_team)
        self.who_sees.buttons[1].setChecked(
            self._current is not None and not self._care_team and not self._family
        )

    def _show_family(self) -> None:
        while self.family_row.count():
            item = self.family_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, deleted when the event loop next runs
                widget.deleteLater()
        self.family_buttons = []
        for name in self._family:
            button = ChoiceTile(
                self._context.painter, self._context.speaker, "family", pick_one=False, symbol_size=40
            )
            button.setChecked(True)
            button.setMinimumSize(170, 110)
            button.setMaximumHeight(130)
            button.set_words(
                name, self.tr("{name} can see them. Press to take {name} off.").format(name=name)
            )
            button.clicked.connect(lambda _c=False, n=name: self._remove_family(n))
            self.family_row.addWidget(button)
            self.family_buttons.append(button)
        self.family_row.addStretch(1)

    def title(self) -> str:
        return self.tr("How I take part")

    def _saved_words(self) -> str:
        if self._current is None:
            return self.tr("You have not chosen yet.")
        when = self._context.languages.locale().toString(self._current.decided_at.astimezone(), "d MMMM yyyy")
        staff = self._alongside.staff if self._current.with_staff_id else None
        if staff is not None and staff.id == self._current.with_staff_id:
            return self.tr("Saved on {date}, with {name}.").format(date=when, name=staff.called)
        return self.tr("Saved on {date}.").format(date=when)

    def spoken_summary(self) -> str:
        parts = [self.title(), self._saved_words()]
        for row in (self.going, self.shows, self.who_sees):
            chosen = [b.spoken for b in row.buttons if b.isChecked()]
            parts.append(join_sentences(row.question.text(), *chosen))
        parts.extend(button.words for button in self.family_buttons)
        return join_sentences(*parts)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.last_saved.setText(self._saved_words())
        self.going.question.setText(self.tr("Will you go to the meeting?"))
        self.going.buttons[0].set_words(self.tr("I will go"))
        self.going.buttons[1].set_words(self.tr("Show my slides without me"))
        self.going.buttons[2].set_words(
            self.tr("Not this time"), self.tr("I don't want to take part this time")
        )
        self.shows.question.setText(self.tr("Who shows your slides?"))
        self.shows.buttons[0].set_words(self.tr("Me"))
        self.shows.buttons[1].set_words(self.tr("Staff I choose"), self.tr("A member of staff I choose"))
        self.shows.buttons[2].set_words(self.tr("Nobody"))
        self.staff_row.question.setText(self.tr("Which member of staff?"))
        for button, member in zip(self.staff_row.buttons, self._staff, strict=True):
            button.set_words(member.called)
        self.who_sees.question.setText(self.tr("Who can see your slides afterwards?"))
        self.who_sees.buttons[0].set_words(self.tr("My care team"))
        self.who_sees.buttons[1].set_words(self.tr("Nobody else"))
        self.family_name.setPlaceholderText(self.tr("A family member's name"))
        self.family_name.setAccessibleName(self.tr("A family member who can see them"))
        self.add_family_button.set_words(
            self.tr("Add family"), self.tr("Add a family member who can see them")
        )
