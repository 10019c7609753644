"""The staff Topic templates screen: copy the default, then rename, move and re-picture topics."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel

from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.templates import DEFAULT_NAME, DEFAULT_TOPICS
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.staff.templates_screen import TemplatesScreen
from tests.conftest import FixedClock
from tests.ui.test_accessibility import check_targets

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(qtbot, ui_context: UiContext, store: Store, clock: FixedClock) -> Iterator[TemplatesScreen]:  # type: ignore[no-untyped-def]
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    staff = next(p for p in ui_context.services.people.on_ward(ward.id) if p.role is Role.STAFF)
    shown = TemplatesScreen(ui_context, staff)
    qtbot.addWidget(shown)
    shown.resize(1280, 760)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    # Deleted now, not later: a closed screen left waiting would still retranslate (and query a
    # disposed store) when a later test switches language.
    shown.close()
    shown.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_default_is_shown_read_only(screen: TemplatesScreen) -> None:
    assert screen._current is not None and screen._current.is_default
    assert [row.title_edit for row in screen.topic_rows] == [None] * len(DEFAULT_TOPICS)
    assert not screen.add_topic.isVisible() and not screen.remove_copy.isVisible()
    check_targets(screen)


def test_copy_for_the_ward_then_rename_move_and_pick_a_picture(qtbot, screen: TemplatesScreen) -> None:  # type: ignore[no-untyped-def]
    service = screen.service
    qtbot.mouseClick(screen.copy_ward, LEFT)
    copy = screen._current
    assert copy is not None and copy.ward_id == screen.staff.ward_id and not copy.is_default
    # The app's own name for a copy is kept in English and shown in the reader's language.
    assert copy.name == DEFAULT_NAME
    assert screen.template_rows[copy.id].words.startswith("Topics for Cedar Ward (demo)")
    assert [(t.title, t.symbol_id) for t in copy.topics] == list(DEFAULT_TOPICS)
    check_targets(screen)

    # Rename by typing: saved after a short pause, with no more clicks.
    first = screen.topic_rows[0]
    assert first.title_edit is not None
    first.title_edit.setFocus()
    first.title_edit.selectAll()
    qtbot.keyClicks(first.title_edit, "Being safe")
    qtbot.waitUntil(lambda: service.get(copy.id).topics[0].title == "Being safe")

    # Move the second topic up.
    second = screen.topic_rows[1]
    assert second.up is not None
    qtbot.mouseClick(second.up, LEFT)
    titles = [t.title for t in service.get(copy.id).topics]
    assert titles[:2] == ["My health", "Being safe"]
    assert screen.topic_rows[0].topic_id == second.topic_id

    # Pick a picture by searching.
    row = screen.topic_rows[0]
    assert row.picture is not None
    qtbot.mouseClick(row.picture, LEFT)
    assert screen.pages.currentWidget().isAncestorOf(screen.picker)
    qtbot.keyClicks(screen.picker.search, "doctor")
    doctor = next(b for b in screen.picker.buttons() if b.symbol_id == "doctor")
    qtbot.mouseClick(doctor, LEFT)
    assert service.get(copy.id).topics[0].symbol_id == "doctor"
    assert screen.pages.currentIndex() == 0
    assert service.default().topics[0].title == "Feeling safe"


def test_removing_a_topic_asks_first(qtbot, screen: TemplatesScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.copy_ward, LEFT)
    copy_id = screen._current.id  # type: ignore[union-attr]
    remove = screen.topic_rows[0].remove
    assert remove is not None
    qtbot.mouseClick(remove, LEFT)
    qtbot.mouseClick(screen.confirm.no, LEFT)
    assert len(screen.service.get(copy_id).topics) == len(DEFAULT_TOPICS)
    qtbot.mouseClick(screen.topic_rows[0].remove, LEFT)  # type: ignore[arg-type]
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    assert screen.service.get(copy_id).topics[0].title == "My health"


def test_copy_for_a_person_and_add_a_topic(qtbot, screen: TemplatesScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.copy_person, LEFT)
    qtbot.mouseClick(screen.person_button("Dafydd"), LEFT)
    copy = screen._current
    assert copy is not None and copy.person_id is not None
    assert screen.service.template_for(copy.person_id).id == copy.id
    assert screen.template_rows[copy.id].more == "For Dafydd"
    qtbot.mouseClick(screen.add_topic, LEFT)
    new_row = screen.topic_rows[-1]
    assert new_row.title_edit is not None and new_row.title_edit.hasFocus()
    qtbot.keyClicks(new_row.title_edit, "Music")
    qtbot.keyClick(new_row.title_edit, Qt.Key.Key_Return)
    assert screen.service.get(copy.id).topics[-1].title == "Music"


def test_welsh_shows_catalogue_words_for_untouched_default_topics(
    qtbot, screen: TemplatesScreen, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    assert ui_context.languages.use("cy") == "cy"

    def first_words() -> list[str]:
        return [label.text() for label in screen.topic_rows[0].findChildren(QLabel)]

    qtbot.waitUntil(lambda: "Teimlo'n ddiogel" in first_words())
    qtbot.mouseClick(screen.copy_ward, LEFT)
    row = screen.topic_rows[0]
    assert row.title_edit is not None and row.title_edit.text() == "Teimlo'n ddiogel"
    # Shown in Welsh but not saved: the stored words change only when staff type.
    assert screen.service.get(row.topic.template_id).topics[0].title == "Feeling safe"
