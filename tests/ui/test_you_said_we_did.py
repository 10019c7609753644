"""You said, we did, clicked on the demo ward: an idea raised from Home (kept as a draft if the app
closes) that waits for staff to look at it, the board for patients with their own answers first,
and staff answering it: no Red without a reason, every change kept in the history. Worries have
their own journeys in test_worries.py."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListView

from coprod_desktop.services.actions import ActionRecord
from coprod_desktop.services.worries import WorryRecord
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import ActionSource, ActionStatus, Role, WhoseWords
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.models.action_board_model import PAGE, ActionBoardModel
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.staff.actions_board_screen import ActionsBoardScreen
from coprod_desktop.ui.screens.ward.have_my_say_screen import HaveMySayScreen
from coprod_desktop.ui.screens.ward.raise_screen import STEP_ABOUT, STEP_SENT, STEP_WORDS, RaiseScreen
from coprod_desktop.ui.screens.ward.you_said_we_did_screen import YouSaidWeDidScreen
from coprod_desktop.ui.switch_access import SwitchAccess
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from tests.conftest import FixedClock
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home, sign_in_as_jo, type_words

LEFT = Qt.MouseButton.LeftButton


def open_raise(qtbot, window: MainWindow, name: str, key: str) -> RaiseScreen:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, name)
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, HaveMySayScreen)
    qtbot.mouseClick(hub.buttons[key], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, RaiseScreen)
    return screen


def test_an_idea_from_home_waits_for_staff_then_reaches_the_board_and_home(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_raise(qtbot, window, "Priya", "idea")
    assert screen.step == STEP_ABOUT and not screen.advocate.isVisible()
    assert all(b.width() >= 88 and b.height() >= 88 for b in screen.topics)
    food = [b.words for b in screen.topics].index("Food")
    qtbot.mouseClick(screen.topics[food], LEFT)
    assert screen.step == STEP_WORDS and "What is your idea?" in speaker.last
    qtbot.mouseClick(screen.send, LEFT)  # nothing written yet: told kindly, nothing sent
    assert screen.step == STEP_WORDS and "Please say what it is first" in speaker.last
    type_words(qtbot, screen, "Pizza on Fridays please")
    qtbot.mouseClick(screen.hear, LEFT)
    assert speaker.last == "Pizza on Fridays please"
    qtbot.mouseClick(screen.send, LEFT)
    assert screen.step == STEP_SENT and "Staff will look at this" in speaker.last
    assert services.actions.raised_by(screen._person.id) == []  # not on the board yet
    [raised] = services.actions.raised_by(screen._person.id, waiting_too=True)
    assert raised.source is ActionSource.IDEA and raised.status is ActionStatus.AMBER
    assert raised.you_said == "Pizza on Fridays please" and raised.symbol_id == "food"
    assert raised.waiting_for_staff and raised.words_language == "en"
    qtbot.mouseClick(screen.done, LEFT)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    assert "Pizza on Fridays please" not in home.board_choice.words
    qtbot.mouseClick(home.board_choice, LEFT)
    board = window.current_screen()
    assert isinstance(board, YouSaidWeDidScreen)
    assert board.filters["mine"].isChecked() and board.chosen is not None
    assert board.chosen.id == raised.id and board.detail_status.text() == "Staff will look at this"
    qtbot.mouseClick(board.filters["all"], LEFT)
    assert raised.id not in [record.id for record in board.model.actions()]
    jo = next(p for p in services.people.on_ward(home.person.ward_id, Role.STAFF) if p.called == "Jo")
    services.actions.put_on_board(raised.id, by_id=jo.id)
    qtbot.mouseClick(window.nav.home, LEFT)
    assert "Pizza on Fridays please" in home.board_choice.words
    assert home.board_choice.symbol_id == "status-amber"


def test_the_bars_back_goes_one_step_and_the_words_are_kept(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """One Back: from the words to what it is about (the words kept), then out to Have my say."""
    screen = open_raise(qtbot, window, "Priya", "idea")
    assert not [b for b in screen.findChildren(SymbolButton) if b.symbol_id == "back"]  # no second Back
    qtbot.mouseClick(screen.topics[0], LEFT)
    type_words(qtbot, screen, "A quiz night")
    assert screen.step == STEP_WORDS
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is screen and screen.step == STEP_ABOUT
    qtbot.mouseClick(screen.topics[0], LEFT)
    assert screen.step == STEP_WORDS and screen.said.typed == "A quiz night"
    qtbot.mouseClick(window.nav.back, LEFT)
    qtbot.mouseClick(window.nav.back, LEFT)
    assert isinstance(window.current_screen(), HaveMySayScreen)


def test_half_written_words_come_back_after_a_restart(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    screen = open_raise(qtbot, window, "Lee", "idea")
    qtbot.mouseClick(screen.skip_topic, LEFT)
    type_words(qtbot, screen, "A garden club")
    person = screen._person
    window.start_over()  # as if the app closed: a new screen reads the draft from the store
    again = open_raise(qtbot, window, "Lee", "idea")
    # Asked first, with the words out of sight until Carry on.
    assert again.asking_carry_on and not again.box.isVisible()
    assert "You started an idea. Carry on, or start again?" in again.spoken_summary()
    assert "A garden club" not in again.spoken_summary()
    qtbot.mouseClick(again.carry_on_question.carry_on_button, LEFT)
    assert again.step == STEP_WORDS and again.said.typed == "A garden club"
    qtbot.mouseClick(again.send, LEFT)
    assert window._context.services.drafts.get(person.id, "idea") is None
    window.start_over()
    fresh = open_raise(qtbot, window, "Lee", "idea")
    assert fresh.step == STEP_ABOUT and fresh.said.typed == ""


def test_half_written_words_can_be_started_again(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_raise(qtbot, window, "Lee", "not-happy")
    qtbot.mouseClick(screen.skip_topic, LEFT)
    type_words(qtbot, screen, "The noise at night")
    person = screen._person
    window.start_over()
    again = open_raise(qtbot, window, "Lee", "not-happy")
    assert again.asking_carry_on
    assert "You started to say what you are not happy about" in again.carry_on_question.question.text()
    qtbot.mouseClick(again.carry_on_question.start_again_button, LEFT)
    fresh = window.current_screen()
    assert isinstance(fresh, RaiseScreen) and fresh is not again and not fresh.asking_carry_on
    assert fresh.step == STEP_ABOUT and fresh.said.typed == ""
    assert window._context.services.drafts.get(person.id, "not-happy") is None
    qtbot.mouseClick(window.nav.back, LEFT)
    assert isinstance(window.current_screen(), HaveMySayScreen)


def test_staff_alongside_are_recorded_as_who_typed_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    home = open_home(qtbot, window, "Aisha")
    [jo] = [p for p in services.people.on_ward(home.person.ward_id, Role.STAFF) if p.called == "Jo"]
    window.meeting.alongside.staff = jo  # what "Staff with me" and Jo's PIN leave behind
    window.go_home()
    qtbot.mouseClick(home.have_say_choice, LEFT)
    qtbot.mouseClick(window.current_screen().buttons["idea"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, RaiseScreen)
    qtbot.mouseClick(screen.skip_topic, LEFT)
    type_words(qtbot, screen, "More walks")
    # Staff alongside: the words are marked as typed by Jo from the first letter (Jo chose nothing).
    assert screen.said.whose is WhoseWords.STAFF_TYPED and screen.said.written_by == jo.id
    qtbot.mouseClick(screen.send, LEFT)
    mine = services.actions.raised_by(home.person.id, waiting_too=True)
    [walks] = [a for a in mine if a.you_said == "More walks"]
    assert walks.raised_by_id == home.person.id  # still Aisha's idea, in her name
    [event] = [e for e in services.audit.recent(50, kind="action_raised") if e.subject_id == walks.id]
    assert event.actor_id == jo.id


def test_the_board_opens_on_my_own_answers_and_reads_each_aloud(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Lee")
    qtbot.mouseClick(home.board_choice, LEFT)
    board = window.current_screen()
    assert isinstance(board, YouSaidWeDidScreen)
    # Lee's answered worry comes first (shown and read out at once), then his idea.
    assert board.filters["mine"].isChecked() and board.model.rowCount() == 2
    assert "Your seat by the window" in speaker.last
    assert isinstance(board.chosen, WorryRecord)
    assert window._context.services.worries.get(board.chosen.id).answer_heard_at is not None  # heard
    [idea] = [row for row, r in enumerate(board.model.actions()) if not isinstance(r, WorryRecord)]
    board.choose_row(idea)
    assert isinstance(board.chosen, ActionRecord) and board.chosen.status is ActionStatus.RED
    assert "Why not:" in board.detail_reason.text()  # a no always says why
    qtbot.mouseClick(board.hear, LEFT)
    assert "We can't do this" in speaker.last and "Why not:" in speaker.last
    qtbot.mouseClick(board.filters["all"], LEFT)
    statuses = {record.status for record in board.model.actions()}
    assert statuses == {ActionStatus.RED, ActionStatus.AMBER, ActionStatus.GREEN}
    assert all("Dafydd" not in record.you_said for record in board.model.actions())
    qtbot.mouseClick(board.filters[ActionStatus.GREEN.value], LEFT)
    assert {r.status for r in board.model.actions()} == {ActionStatus.GREEN}
    rect = board.list.visualRect(board.model.index(0, 0))
    qtbot.mouseClick(board.list.viewport(), LEFT, pos=rect.center())
    assert speaker.last.startswith("Done.") and "film night" in speaker.last
    qtbot.mouseClick(window.nav.read, LEFT)
    assert "You said, we did" in speaker.last and "film night" in speaker.last


def test_someone_who_raised_nothing_sees_everything_and_no_mine_choice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Dafydd")
    qtbot.mouseClick(home.board_choice, LEFT)
    board = window.current_screen()
    assert isinstance(board, YouSaidWeDidScreen)
    assert not board.filters["mine"].isVisible() and board.filters["all"].isChecked()
    assert board.model.rowCount() >= 3


def test_staff_answer_an_idea_red_needs_a_reason_and_history_is_kept(
    qtbot, window: MainWindow, speaker: RecordingSpeaker, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    clock.now += timedelta(hours=1)  # raised after the demo's own
    home = open_home(qtbot, window, "Sam")
    idea = services.actions.raise_action(
        home.person.ward_id, ActionSource.IDEA, "A pool table", raised_by_id=home.person.id
    )
    window.start_over()
    staff_home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["actions"], LEFT)
    board = window.current_screen()
    assert isinstance(board, ActionsBoardScreen)
    assert board.action_ids()[0] == idea.id  # newest change first, staff see it before patients
    assert "(1)" in board.waiting_button.text()
    qtbot.mouseClick(board.waiting_button, LEFT)
    assert board.action_ids() == [idea.id]
    rect = board.list.visualRect(board.model.index(0, 0))
    qtbot.mouseClick(board.list.viewport(), LEFT, pos=rect.center())
    form = board.form
    assert form.action is not None and form.action.id == idea.id
    assert "An idea from Sam" in form.heading.text()
    assert form.put_on_board_button.isVisible() and "Not on the board yet" in form.waiting.text()
    qtbot.mouseClick(form.put_on_board_button, LEFT)
    assert services.actions.get(idea.id).on_board and not form.put_on_board_button.isVisible()
    assert board.action_ids() == [] and "(0)" in board.waiting_button.text()
    qtbot.mouseClick(board.filter_buttons[None], LEFT)
    board.choose_row(board.action_ids().index(idea.id))
    qtbot.mouseClick(form.status_buttons[ActionStatus.RED], LEFT)
    assert form.reason.isVisible()
    qtbot.keyClicks(form.reply, "We can't get a pool table.")
    qtbot.mouseClick(form.save_button, LEFT)
    assert "Say why" in form.message.text()
    assert services.actions.get(idea.id).status is ActionStatus.AMBER  # refused: nothing changed
    qtbot.keyClicks(form.reason, "There is no room for one.")
    qtbot.mouseClick(form.hear_button, LEFT)
    assert "We can't do this" in speaker.last and "no room" in speaker.last
    qtbot.mouseClick(form.save_button, LEFT)
    saved = services.actions.get(idea.id)
    assert saved.status is ActionStatus.RED and saved.reason == "There is no room for one."
    history = services.actions.history(idea.id)
    assert [c.status for c in history] == [ActionStatus.AMBER, ActionStatus.RED]
    assert history[-1].by_id == board.staff.id
    assert len(form.history_labels) == 2 and "Red" in form.history_labels[0].text()
    qtbot.mouseClick(form.status_buttons[ActionStatus.GREEN], LEFT)
    form.reply.setPlainText("We found room after all: it comes on Monday.")
    qtbot.mouseClick(form.save_button, LEFT)
    final = services.actions.get(idea.id)
    assert final.status is ActionStatus.GREEN and final.reason is None
    assert [c.status for c in services.actions.history(idea.id)] == [
        ActionStatus.AMBER,
        ActionStatus.RED,
        ActionStatus.GREEN,
    ]


def test_staff_half_written_answer_is_a_draft_until_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    staff_home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["actions"], LEFT)
    board = window.current_screen()
    assert isinstance(board, ActionsBoardScreen)
    qtbot.keyClicks(board.new_words, "Said at community meeting: more board games")
    qtbot.mouseClick(board.add_button, LEFT)
    action = board.form.action
    assert action is not None and action.source is ActionSource.STAFF
    qtbot.keyClicks(board.form.reply, "We are buying two")
    assert services.actions.get(action.id).reply == ""  # patients never hear half an answer
    window.sign_out()
    staff_home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["actions"], LEFT)
    board = window.current_screen()
    assert isinstance(board, ActionsBoardScreen)
    board.choose_row(board.action_ids().index(action.id))
    assert board.form.reply.toPlainText() == "We are buying two"


def test_the_board_model_fetches_a_page_at_a_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    home = open_home(qtbot, window, "Sam")
    ward_id = home.person.ward_id
    for number in range(PAGE + 50):
        services.actions.raise_action(ward_id, ActionSource.STAFF, f"Thing {number}")
    model = ActionBoardModel(lambda record: record.you_said)
    model.set_source(lambda offset, limit: services.actions.board(ward_id, offset=offset, limit=limit))
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE + 50 + 5 and not model.canFetchMore()  # the demo's five too
    waiting = services.actions.raise_action(ward_id, ActionSource.IDEA, "Not looked at yet")
    model.set_source(lambda offset, limit: services.actions.board(ward_id, offset=offset, limit=limit))
    model.fetchMore()
    assert waiting.id not in {record.id for record in model.actions()}  # the patients' board
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert len({record.id for record in model.actions()}) == model.rowCount()  # no row twice
    assert model.data(model.index(0, 0)) == model.action(0).you_said


def test_a_single_switch_steps_through_the_answers_and_picks_one(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Dafydd")  # raised nothing: the board shows everything
    qtbot.mouseClick(home.board_choice, LEFT)
    board = window.current_screen()
    assert isinstance(board, YouSaidWeDidScreen)
    switch = SwitchAccess(window)
    QApplication.instance().installEventFilter(switch)
    try:
        window.activateWindow()
        board.list.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(board.list.hasFocus)
        rows = board.model.rowCount()
        heard = []
        for _ in range(rows - 1):  # the first is already chosen
            qtbot.keyClick(board.list, Qt.Key.Key_Space)
            heard.append(speaker.last)
        assert board.list.currentIndex().row() == rows - 1
        assert len(set(heard)) == rows - 1  # each step says a different card
        speaker.said.clear()
        qtbot.keyClick(board.list, Qt.Key.Key_Return)
        assert board.chosen == board.model.action(rows - 1) and speaker.last == heard[-1]
        qtbot.keyClick(board.list, Qt.Key.Key_Space)  # past the last card: on to the next control
        assert not board.list.hasFocus()
    finally:
        QApplication.instance().removeEventFilter(switch)


def test_the_person_decides_whether_the_council_may_quote_them(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_raise(qtbot, window, "Aisha", "idea")
    qtbot.mouseClick(screen.skip_topic, LEFT)
    assert not screen.council.answer() and screen.council.no.isChecked()  # no, unless they say yes
    assert screen.council.yes.focusPolicy() & Qt.FocusPolicy.TabFocus  # both answers reachable
    assert screen.council.yes.height() >= 88 and screen.council.no.height() >= 88
    type_words(qtbot, screen, "A quiz night")
    qtbot.mouseClick(screen.council.yes, LEFT)
    assert screen.council.answer() and screen.council.yes.isChecked()
    window.start_over()  # the choice is part of the draft
    again = open_raise(qtbot, window, "Aisha", "idea")
    assert again.council.answer()
    qtbot.mouseClick(again.send, LEFT)
    mine = services.actions.raised_by(again._person.id, waiting_too=True)
    [quiz] = [a for a in mine if a.you_said == "A quiz night"]
    assert quiz.council_may_quote
    services.actions.set_council_may_quote(quiz.id, False)  # changing their mind later
    assert not services.actions.get(quiz.id).council_may_quote
    assert services.actions.get(quiz.id).changed_at == quiz.changed_at  # not a change to the answer
