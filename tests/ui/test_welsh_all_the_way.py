"""Welsh all the way, on the real window over the demo store: the words the app itself stores in English
(default topics, the SAY group's agenda, experience questions, thank-you reasons, statuses, the names
it gives copies and new topics) never show in English to a Welsh reader, on any screen they reach; what
a person or member of staff wrote stays as they wrote it, in whatever language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTextEdit, QWidget

from coprod_desktop.services.prems import DEFAULT_ITEMS
from coprod_desktop.services.say_groups import DEFAULT_AGENDA
from coprod_desktop.services.templates import COPY_NAME, DEFAULT_NAME, DEFAULT_TOPICS, NEW_TOPIC
from coprod_desktop.store.kinds import ActionStatus, Rating, Role, ThankReason, WhoMayKnow
from coprod_desktop.ui.action_words import status_words
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.models.thank_you_model import reason_words
from coprod_desktop.ui.screens.meeting.my_meeting_screen import MyMeetingScreen
from coprod_desktop.ui.screens.meeting.topic_screen import TopicScreen
from coprod_desktop.ui.screens.staff.areas import available_areas
from coprod_desktop.ui.screens.staff.say_groups_screen import PAGE_AGENDA, PAGE_PAST, SayGroupsScreen
from coprod_desktop.ui.screens.staff.templates_screen import TemplatesScreen
from coprod_desktop.ui.screens.staff.worries_screen import WorriesScreen
from coprod_desktop.ui.screens.ward.have_my_say_screen import HaveMySayScreen
from coprod_desktop.ui.screens.ward.raise_screen import RaiseScreen
from coprod_desktop.ui.screens.ward.say_view_screen import SayViewScreen
from coprod_desktop.ui.widgets.piece_card import PieceCard
from tests.ui.journeys import open_home, sign_in_as_jo, type_words

LEFT = Qt.MouseButton.LeftButton

SAME_IN_WELSH = {"Staff"}
"""Defaults Welsh writes as English does."""
SAMS_WORDS = "I feel safe on the ward. The staff listen to me."
"""Sam's own words in the demo, in English: they stay as he wrote them (they hold an experience
question's words, "I feel safe on the ward.", which is not the app speaking)."""


def english_defaults() -> set[str]:
    """Everything the app stores or shows in English of its own making, asked while English is on."""
    words = {title for title, _symbol in DEFAULT_TOPICS} | {title for title, _symbol in DEFAULT_AGENDA}
    words |= {text for _key, text, _symbol in DEFAULT_ITEMS}
    words |= {DEFAULT_NAME, NEW_TOPIC[0], COPY_NAME.format(name="Sam")}
    words |= {reason_words(reason) for reason in ThankReason}
    words |= {status_words(status) for status in ActionStatus}
    return words - SAME_IN_WELSH


def visible_words(root: QWidget) -> list[str]:
    """Every piece of text a reader or a screen reader meets under `root` as it shows now."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts = [widget.accessibleName(), widget.accessibleDescription()]
        text = getattr(widget, "text", None)  # labels, buttons, boxes and our own WrapLabel
        if callable(text) and isinstance(shown := text(), str):
            texts.append(shown)
        if isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        words = getattr(widget, "words", None)
        if isinstance(words, str):
            texts.append(words)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
        found += [text for text in texts if text]
    return found


class WelshReader:
    """Looks at each screen the test reaches and keeps every English default it finds there."""

    def __init__(self, window: MainWindow, english: set[str]) -> None:
        self.window = window
        self.patterns = {
            default: re.compile(rf"(?<![A-Za-z]){re.escape(default)}(?![A-Za-z])") for default in english
        }
        self.found: list[str] = []
        self.all_words: list[str] = []

    def read(self, where: str) -> list[str]:
        QCoreApplication.processEvents()  # a change of language reaches each widget as an event
        words = visible_words(self.window)
        self.all_words += words
        for text in words:
            theirs = text.replace(SAMS_WORDS, "")
            self.found += [
                f"{where}: {default!r} in {text!r}"
                for default, pattern in self.patterns.items()
                if pattern.search(theirs)
            ]
        return words


def test_a_welsh_reader_never_meets_the_apps_english(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    context = window._context
    services = context.services
    english = english_defaults()
    ward_id = window.ward_id()
    assert ward_id is not None
    context.ward_language = "cy"
    for person in services.people.on_ward(ward_id):
        services.preferences.update(person.id, language="cy")
    window.start_over()
    reader = WelshReader(window, english)
    reader.read("Pwy ydych chi?")

    # Sam: Home, My meeting, a default topic with his own words, then removing it.
    home = open_home(qtbot, window, "Sam")
    reader.read("Home")
    qtbot.mouseClick(home.meeting_tile, LEFT)
    meeting = window.current_screen()
    assert isinstance(meeting, MyMeetingScreen)
    reader.read("My meeting")
    safe = next(card for card in meeting.topic_cards() if card.words.endswith("Teimlo'n ddiogel"))
    qtbot.mouseClick(safe, LEFT)
    topic = window.current_screen()
    assert isinstance(topic, TopicScreen)
    words = reader.read("Feeling safe")
    assert SAMS_WORDS in " ".join(words), "a person's own words stay as they wrote them"
    cards = topic.findChildren(PieceCard)
    assert cards and all(card.hear.accessibleName().startswith(("Gwrando", "Chwarae")) for card in cards)
    topic._remove_topic()  # as Yes to "Remove this topic?" does
    assert window.current_screen() is meeting
    assert "Teimlo'n ddiogel" in meeting.undo_words.text()
    reader.read("My meeting, after removing a topic")
    qtbot.mouseClick(meeting.undo, LEFT)

    # The SAY group: a view with only a face, so the topic is marked done; then a worry about a topic.
    window.go_home()
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, HaveMySayScreen) and hub.group is not None
    reader.read("Have my say")
    group = hub.group
    qtbot.mouseClick(group.topic_cards()[1], LEFT)  # Activities, in Welsh
    view = window.current_screen()
    assert isinstance(view, SayViewScreen)
    reader.read("A SAY group topic")
    qtbot.mouseClick(view.panel.rating.button(Rating.GOOD), LEFT)
    qtbot.mouseClick(view.done, LEFT)
    assert group.topic_cards()[1].words == "Gweithgareddau\nWedi gorffen"
    reader.read("Have my say, a view given")
    qtbot.mouseClick(hub.buttons["not-happy"], LEFT)
    reader.read("Not happy")
    flow = window.ward_voice
    for name, open_screen in (
        ("the thank-you wall", flow.open_wall),
        ("You said, we did", flow.open_board),
        ("Questions for me", flow.open_questions),
    ):
        window.go_home()
        open_screen()
        reader.read(name)

    # Lee reads English: he is not happy about the food, and chooses its topic (in English).
    window.start_over()
    lee = next(p for p in services.people.on_ward(ward_id) if p.called == "Lee")
    services.preferences.update(lee.id, language="en")
    home = open_home(qtbot, window, "Lee")
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, HaveMySayScreen)
    qtbot.mouseClick(hub.buttons["not-happy"], LEFT)
    worry = window.current_screen()
    assert isinstance(worry, RaiseScreen)
    assert worry.topics[0].words == "Food"
    qtbot.mouseClick(worry.topics[0], LEFT)
    type_words(qtbot, worry, "It is cold.")
    qtbot.mouseClick(worry.send, LEFT)
    qtbot.mouseClick(worry.who[WhoMayKnow.STAFF_ONLY], LEFT)

    # Staff: the SAY group (Sam's face becomes an action named by its topic), agenda, minutes ...
    window.start_over()
    staff_home = sign_in_as_jo(qtbot, window)
    reader.read("Staff home")
    qtbot.mouseClick(staff_home.tiles["say-groups"], LEFT)
    groups = window.current_screen()
    assert isinstance(groups, SayGroupsScreen)
    sams = next(row for row in groups.view_rows if row.view.words is None)
    qtbot.mouseClick(sams.make_action, LEFT)
    assert "Gweithgareddau" in groups.message.text()
    reader.read("SAY groups, now")
    for page in (PAGE_AGENDA, PAGE_PAST):
        groups.show_section(page)
        reader.read(f"SAY groups, section {page}")
    areas = {area.key: area for area in available_areas()}
    for key in ("actions", "prems", "meetings", "mutual-help"):
        if key in areas:
            window.open_staff_area(areas[key])
            reader.read(f"staff {key}")
    window.open_staff_area(areas["worries"])
    worries = window.current_screen()
    assert isinstance(worries, WorriesScreen)
    worry_words = " ".join(reader.read("Worries"))
    assert "Am: Bwyd" in worry_words and "It is cold." in worry_words  # his words as he wrote them

    # Topic templates: a copy for Sam and a new topic, both named by the app.
    window.open_staff_area(areas["templates"])
    templates = window.current_screen()
    assert isinstance(templates, TemplatesScreen)
    sam = next(p for p in services.people.on_ward(ward_id, role=Role.PATIENT) if p.called == "Sam")
    templates._copy_for_person(sam)
    qtbot.mouseClick(templates.add_topic, LEFT)
    words = reader.read("Topic templates, a copy for Sam")
    assert "Pynciau ar gyfer Sam" in words and "Pwnc newydd" in words

    assert not reader.found, "English the app made, on a Welsh screen:\n" + "\n".join(reader.found)
