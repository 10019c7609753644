"""Worries, clicked on the demo ward: "I am not happy" always shows and reads out the advocate, asks
who may know with three big choices, and goes to staff only, never to the board. Staff triage the
queue (safeguarding passed on, with when and to whom), answer the person, who hears it, and publish
only words agreed without names. First run and ward settings ask for the advocate."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from coprod_desktop.services.worries import WorryRecord
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import ActionSource, WhoMayKnow
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.setup.first_run_screen import FirstRunScreen
from coprod_desktop.ui.screens.staff.staff_home_screen import StaffHomeScreen
from coprod_desktop.ui.screens.staff.ward_settings_screen import WardSettingsScreen
from coprod_desktop.ui.screens.staff.worries_screen import WorriesScreen
from coprod_desktop.ui.screens.ward.have_my_say_screen import HaveMySayScreen
from coprod_desktop.ui.screens.ward.raise_screen import STEP_SENT, STEP_WHO, STEP_WORDS, RaiseScreen
from coprod_desktop.ui.screens.ward.you_said_we_did_screen import YouSaidWeDidScreen
from tests.conftest import FixedClock
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home, sign_in_as_jo, sign_in_as_manager, type_words

LEFT = Qt.MouseButton.LeftButton


def open_not_happy(qtbot, window: MainWindow, name: str) -> RaiseScreen:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, name)
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, HaveMySayScreen)
    qtbot.mouseClick(hub.buttons["not-happy"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, RaiseScreen)
    return screen


def open_worries(qtbot, window: MainWindow) -> WorriesScreen:  # type: ignore[no-untyped-def]
    window.start_over()
    staff_home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["worries"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, WorriesScreen)
    return screen


def test_not_happy_shows_and_speaks_the_advocate_on_every_step(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_not_happy(qtbot, window, "Lee")
    card = screen.advocate
    assert card.isVisible() and not card.picture.pixmap().isNull()
    for words in ("Mary Jones", "01234 567890", "every Tuesday afternoon"):
        assert words in card.words.text()
    assert card.hear.accessibleName().startswith(card.hear.words)  # its name starts with its words
    qtbot.mouseClick(card.hear, LEFT)
    assert "Mary Jones" in speaker.last and "01234 567890" in speaker.last and "Tuesday" in speaker.last
    qtbot.mouseClick(window.nav.read, LEFT)
    assert "I am not happy about something" in speaker.last and "01234 567890" in speaker.last
    qtbot.mouseClick(screen.skip_topic, LEFT)
    assert screen.step == STEP_WORDS and card.isVisible()
    assert not screen.council.isVisible()  # a worry never goes to the council from here
    type_words(qtbot, screen, "The shower is cold")
    qtbot.mouseClick(screen.send, LEFT)
    assert screen.step == STEP_WHO and card.isVisible()


def test_a_worry_naming_staff_goes_to_staff_only_never_the_board(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_not_happy(qtbot, window, "Sam")
    ward_id = screen._person.ward_id
    board_before = [a.id for a in services.actions.board(ward_id)]
    qtbot.mouseClick(screen.skip_topic, LEFT)
    type_words(qtbot, screen, "Jo shouted at me in the lounge")
    qtbot.mouseClick(screen.send, LEFT)
    assert screen.step == STEP_WHO and "Who can know about this?" in speaker.last
    for choice, button in screen.who.items():  # three big choices, each its own Tab stop
        assert button.width() >= 88 and button.height() >= 88
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName().startswith(button.words), choice
    qtbot.mouseClick(screen.who[WhoMayKnow.STAFF_ONLY], LEFT)
    assert screen.step == STEP_SENT and "Only staff will see it" in speaker.last
    assert isinstance(screen.sent, WorryRecord) and screen.sent.who_may_know is WhoMayKnow.STAFF_ONLY
    assert [a.id for a in services.actions.board(ward_id)] == board_before
    assert all("shouted" not in a.you_said for a in services.actions.board(ward_id, for_staff=True))
    qtbot.mouseClick(screen.done, LEFT)
    home = window.current_screen()
    assert "shouted" not in home.board_choice.words
    qtbot.mouseClick(home.board_choice, LEFT)
    board = window.current_screen()
    assert isinstance(board, YouSaidWeDidScreen)
    assert isinstance(board.chosen, WorryRecord) and board.detail_status.text() == "Staff will read this soon"
    assert "Only staff see this" in board.detail_reply.text()
    qtbot.mouseClick(board.filters["all"], LEFT)
    assert all(not isinstance(r, WorryRecord) for r in board.model.actions())
    assert all("shouted" not in r.you_said for r in board.model.actions())
    # Someone else on the same tablet never sees it.
    window.start_over()
    other = open_home(qtbot, window, "Dafydd")
    qtbot.mouseClick(other.board_choice, LEFT)
    theirs = window.current_screen()
    assert isinstance(theirs, YouSaidWeDidScreen)
    assert all("shouted" not in theirs.spoken_words(r) for r in theirs.model.actions())
    # Staff see it, with Sam's name, waiting for triage; it can never be published.
    worries = open_worries(qtbot, window)
    row = worries.worry_ids().index(screen.sent.id)
    assert "Sam" in worries.list.item(row).text() and "Not triaged yet" in worries.list.item(row).text()
    worries.choose_row(row)
    assert not worries.form.publish_button.isVisible()


def test_staff_triage_the_queue_and_the_person_hears_the_answer(
    qtbot, window: MainWindow, speaker: RecordingSpeaker, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_worries(qtbot, window)
    first = services.worries.get(screen.worry_ids()[0])
    assert first is not None and not first.triaged and "headphones" in first.words  # untriaged first
    assert "Aisha" in screen.list.item(0).text() and "Waiting for triage: 1" in screen.summary.text()
    form = screen.form
    screen.choose_row(0)
    assert "Aisha is not happy" in form.heading.text() and "advocate" in form.who.text()
    qtbot.mouseClick(form.answer_button, LEFT)  # the two questions come first
    assert "two questions first" in form.message.text()
    qtbot.mouseClick(form.today.yes, LEFT)
    qtbot.mouseClick(form.safeguarding.yes, LEFT)
    qtbot.mouseClick(form.triage_button, LEFT)
    assert "passed on to" in form.message.text()
    assert not services.worries.get(first.id).triaged
    clock.now += timedelta(minutes=10)
    qtbot.keyClicks(form.passed_on, "Safeguarding lead, Ann")
    qtbot.mouseClick(form.triage_button, LEFT)
    triaged = services.worries.get(first.id)
    assert triaged.triaged and triaged.safeguarding and triaged.action_today
    assert triaged.passed_on_to == "Safeguarding lead, Ann" and triaged.passed_on_at == clock.now
    assert "Passed on to Safeguarding lead, Ann" in form.triaged.text()
    assert "Waiting for triage: 0" in screen.summary.text()
    assert "Safeguarding" in screen.list.item(screen.worry_ids().index(first.id)).text()
    qtbot.keyClicks(form.answer, "We found your headphones. Staff will stay in the lounge.")
    qtbot.mouseClick(form.answer_button, LEFT)
    assert "not heard it yet" in form.heard.text()
    window.sign_out()
    window.start_over()
    home = open_home(qtbot, window, "Aisha")
    qtbot.mouseClick(home.board_choice, LEFT)
    board = window.current_screen()
    assert isinstance(board, YouSaidWeDidScreen)
    assert isinstance(board.chosen, WorryRecord) and board.chosen.id == first.id  # the answer first
    assert "We found your headphones" in board.detail_reply.text()
    assert "Staff answered you" in speaker.said[-1] and "We found your headphones" in speaker.said[-1]
    assert services.worries.get(first.id).answer_heard_at is not None


def test_agreed_words_without_names_are_all_the_board_shows(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_not_happy(qtbot, window, "Priya")
    ward_id = screen._person.ward_id
    qtbot.mouseClick(screen.skip_topic, LEFT)
    type_words(qtbot, screen, "Lee keeps shouting in the lounge at night")
    qtbot.mouseClick(screen.send, LEFT)
    qtbot.mouseClick(screen.who[WhoMayKnow.WARD_WITHOUT_NAME], LEFT)
    assert "words for the ward" in speaker.last
    worry = screen.sent
    assert isinstance(worry, WorryRecord)
    assert all("shouting" not in a.you_said for a in services.actions.board(ward_id))  # not unread
    worries = open_worries(qtbot, window)
    worries.choose_row(worries.worry_ids().index(worry.id))
    form = worries.form
    assert form.publish_button.isVisible()
    qtbot.keyClicks(form.board_words, "It is noisy in the lounge at night.")
    qtbot.mouseClick(form.publish_button, LEFT)
    assert "two questions first" in form.message.text()
    qtbot.mouseClick(form.today.no, LEFT)
    qtbot.mouseClick(form.safeguarding.no, LEFT)
    qtbot.mouseClick(form.triage_button, LEFT)
    form.board_words.setPlainText("Lee is noisy in the lounge at night.")
    qtbot.mouseClick(form.publish_button, LEFT)
    assert "name Lee" in form.message.text()
    assert all("noisy" not in a.you_said for a in services.actions.board(ward_id))
    form.board_words.setPlainText("It is noisy in the lounge at night.")
    qtbot.mouseClick(form.publish_button, LEFT)
    assert "On the board now" in form.message.text() and not form.publish_button.isVisible()
    [shown] = [
        a
        for a in services.actions.board(ward_id)
        if a.source is ActionSource.NOT_HAPPY and "noisy" in a.you_said
    ]
    assert shown.you_said == "It is noisy in the lounge at night." and shown.on_board
    assert all("shouting" not in a.you_said for a in services.actions.board(ward_id))
    window.sign_out()
    window.start_over()
    home = open_home(qtbot, window, "Sam")
    qtbot.mouseClick(home.board_choice, LEFT)
    board = window.current_screen()
    qtbot.mouseClick(board.filters["all"], LEFT)
    spoken = [board.spoken_words(r) for r in board.model.actions()]
    assert any("It is noisy in the lounge at night" in words for words in spoken)
    assert not any("Priya" in words or "shouting" in words for words in spoken)


def test_ideas_show_at_once_when_the_ward_says_so(qtbot, window: MainWindow, ui_context: UiContext) -> None:  # type: ignore[no-untyped-def]
    staff_home = sign_in_as_manager(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["settings"], LEFT)
    settings = window.current_screen()
    assert isinstance(settings, WardSettingsScreen)
    ward_id = settings.ward_id()
    assert "press Show" in settings._helps[settings.picture_passwords].text()
    assert "waits until a member of staff" in settings._helps[settings.ideas_at_once].text()
    settings.ideas_at_once.click()
    settings.patient_idle.setValue(90)  # kept within 1 to 60
    services = ui_context.services
    saved = services.ward_settings.get(ward_id)
    assert saved.ideas_show_at_once and saved.patient_idle_minutes == 60
    settings.advocate_name.clear()
    qtbot.keyClicks(settings.advocate_name, "Tom Price (IMHA)")
    window.sign_out()  # before the typing pause ends: nothing is lost
    assert services.ward_settings.get(ward_id).advocate_name == "Tom Price (IMHA)"
    window.start_over()
    home = open_home(qtbot, window, "Dafydd")
    qtbot.mouseClick(home.have_say_choice, LEFT)
    qtbot.mouseClick(window.current_screen().buttons["idea"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, RaiseScreen)
    qtbot.mouseClick(screen.skip_topic, LEFT)
    type_words(qtbot, screen, "Mwy o gerddoriaeth")
    qtbot.mouseClick(screen.send, LEFT)
    sent = screen.sent
    assert sent is not None and not isinstance(sent, WorryRecord) and sent.on_board
    assert sent.id in [a.id for a in services.actions.board(home.person.ward_id)]
    assert sent.words_language == window._context.languages.current


def test_first_run_asks_for_the_advocate(qtbot, ui_context: UiContext, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_context, None)
    qtbot.addWidget(window)
    window.show()
    window.show_first_run(store.session_factory)
    screen = window.stack.currentWidget()
    assert isinstance(screen, FirstRunScreen)
    assert "advocate" in screen._advocate_intro.text() and "leave it for now" in screen._advocate_intro.text()
    assert screen.advocate_name.accessibleName() == "Advocate's name"
    qtbot.keyClicks(screen.ward, "Birch Ward")
    qtbot.keyClicks(screen.name, "Rhian")
    qtbot.keyClicks(screen.pin, "4831")
    qtbot.keyClicks(screen.pin_again, "4831")
    qtbot.keyClicks(screen.advocate_name, "Mary Jones")
    qtbot.keyClicks(screen.advocate_phone, "01234 567890")
    qtbot.keyClicks(screen.advocate_visits, "Tuesdays after lunch")
    qtbot.mouseClick(screen.start, LEFT)
    assert isinstance(window.current_screen(), StaffHomeScreen)
    ward_id = ui_context.services.device.ward_id()
    saved = ui_context.services.ward_settings.get(ward_id)
    assert (saved.advocate_name, saved.advocate_phone, saved.advocate_visits) == (
        "Mary Jones",
        "01234 567890",
        "Tuesdays after lunch",
    )
