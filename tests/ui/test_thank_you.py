"""Say thank you, the thank-you wall and the mutual help meeting, clicked on the real window over the
demo ward (Sam, Priya, Dafydd, Lee, Aisha; staff Jo). Every result is checked in the store itself."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprod_desktop.services.drafts import DraftService
from coprod_desktop.services.thanks import ThanksService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import ThankDelivery, ThankReason, WhoseWords
from coprod_desktop.store.models import ThankYou
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.models.thank_you_model import ThankYouWallModel
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.staff.mutual_help_screen import MutualHelpScreen
from coprod_desktop.ui.screens.ward.say_thank_you_screen import (
    STEP_DONE,
    STEP_HOW,
    STEP_WHO,
    STEP_WHY,
    SayThankYouScreen,
)
from coprod_desktop.ui.screens.ward.thank_you_wall_screen import ThankYouWallScreen
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from tests.conftest import FixedClock
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home, sign_in_as_jo

LEFT = Qt.MouseButton.LeftButton


def open_say_thank_you(qtbot, window: MainWindow, name: str = "Sam") -> SayThankYouScreen:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, name)
    qtbot.mouseClick(home.thanks_choice, LEFT)  # straight to Who?
    screen = window.current_screen()
    assert isinstance(screen, SayThankYouScreen)
    return screen


def open_wall(qtbot, window: MainWindow, name: str = "Sam") -> ThankYouWallScreen:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, name)
    qtbot.mouseClick(home.wall_choice, LEFT)
    screen = window.current_screen()
    assert isinstance(screen, ThankYouWallScreen)
    return screen


def open_mutual_help(qtbot, window: MainWindow) -> MutualHelpScreen:  # type: ignore[no-untyped-def]
    home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(home.tiles["mutual-help"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, MutualHelpScreen)
    return screen


def check_big_and_named(screen) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton

    buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons
    for button in buttons:
        assert button.width() >= 88 and button.height() >= 88, button.accessibleName()
        assert button.accessibleName()


def test_sam_thanks_priya_read_out_and_on_the_wall(
    qtbot, window: MainWindow, store: Store, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_thank_you(qtbot, window)
    assert screen.step == STEP_WHO
    assert speaker.last == "Question 1 of 2. Who do you want to thank?"
    check_big_and_named(screen)
    # Everyone on the ward except Sam: patients and staff.
    assert sorted(screen.offered()) == ["Aisha", "Ceri", "Dafydd", "Jo", "Lee", "Priya"]
    qtbot.mouseClick(screen.person_button("Priya"), LEFT)
    assert screen.step == STEP_HOW  # choosing the person goes straight to sending
    assert screen.step_label.text() == "Question 2 of 2"
    assert "Thank you to Priya" in screen.summary.text()
    qtbot.mouseClick(screen.add_why, LEFT)  # why is an extra, never required
    assert screen.step == STEP_WHY
    assert "Priya" in speaker.last
    check_big_and_named(screen)
    kind = screen.reason_buttons[ThankReason.WAS_KIND]
    qtbot.mouseClick(kind, LEFT)
    assert speaker.last == "Was kind. Chosen."
    assert kind.isChecked() and kind._badge.isVisible()  # a tick badge, not colour alone
    qtbot.mouseClick(screen.reason_buttons[ThankReason.HELPED_ME], LEFT)
    assert screen.next.spoken == "Done. Back to sending"
    qtbot.mouseClick(screen.next, LEFT)
    assert screen.step == STEP_HOW
    qtbot.mouseClick(screen.add_voice, LEFT)
    panel = screen.record_panel
    assert panel is not None and panel.isVisible()
    # With no microphone, Record is hidden and a note says so in words; with one, Record shows.
    assert panel.record_button.isVisible() or "no microphone" in panel.note.text()
    assert not screen.add_words.isVisible()  # the extras wait on Send it
    assert screen.question.text() == "Record your voice if you want to."
    qtbot.mouseClick(window.nav.back, LEFT)  # the one Back: to sending, not out of the thank-you
    assert window.current_screen() is screen and screen.step == STEP_HOW and screen.add_words.isVisible()
    qtbot.mouseClick(screen.add_words, LEFT)
    editor = screen.pieces.words_editor
    assert editor.isVisible() and not editor.whose.isVisible()  # nobody alongside: Sam's own words
    qtbot.keyClicks(screen.words_box, "You helped me with my jigsaw")
    qtbot.mouseClick(editor.hear, LEFT)
    assert speaker.last == "You helped me with my jigsaw"
    assert editor.done.words == "Back to sending"
    qtbot.mouseClick(editor.done, LEFT)
    assert screen.step == STEP_HOW
    check_big_and_named(screen)
    assert "Thank you to Priya" in screen.summary.text() and "jigsaw" in screen.summary.text()
    # The author decides: off unless they choose it, asked as a plain question with Yes and No.
    assert screen.wall_no.isChecked() and not screen.wall_yes.isChecked()
    qtbot.mouseClick(screen.wall_yes, LEFT)
    assert speaker.last == "Yes, put it on the thank-you wall"
    assert screen.wall_yes.isChecked() and not screen.wall_no.isChecked()
    assert screen.step == STEP_HOW and screen.sent is None
    qtbot.mouseClick(screen.read_out, LEFT)  # one press: how, and send
    assert screen.step == STEP_DONE
    assert "Thank you for saying thank you to Priya" in speaker.last
    assert "read out at the mutual help meeting" in speaker.last

    thanks = ThanksService(store.session_factory)
    sam = window.person
    assert sam is not None
    said = [t for t in thanks.wall(sam.ward_id) if t.author_name == "Sam" and t.to_name == "Priya"]
    assert len(said) == 1
    record = said[0]
    assert record.reasons == (ThankReason.HELPED_ME, ThankReason.WAS_KIND)  # shown order, not tap order
    assert record.words == "You helped me with my jigsaw"
    assert record.whose is WhoseWords.MINE
    assert record.delivery is ThankDelivery.READ_OUT and record.show_on_wall
    assert record.id in {t.id for t in thanks.to_read_out(sam.ward_id)}
    assert DraftService(store.session_factory).get(sam.id, "thank-you") is None

    qtbot.mouseClick(screen.done_button, LEFT)
    assert isinstance(window.current_screen(), HomeScreen)


def test_back_goes_one_step_and_nothing_is_lost(qtbot, window: MainWindow, speaker: RecordingSpeaker) -> None:  # type: ignore[no-untyped-def]
    """One Back, the bar's: it goes one question back, and from the first question it leaves."""
    screen = open_say_thank_you(qtbot, window, "Aisha")
    assert not [b for b in screen.findChildren(SymbolButton) if b.symbol_id == "back"]  # no second Back
    qtbot.mouseClick(screen.person_button("Lee"), LEFT)
    assert screen.step == STEP_HOW
    qtbot.mouseClick(screen.add_why, LEFT)
    qtbot.mouseClick(screen.reason_buttons[ThankReason.MADE_ME_LAUGH], LEFT)
    qtbot.mouseClick(window.nav.back, LEFT)  # from an extra, back to sending
    assert screen.step == STEP_HOW and window.current_screen() is screen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Escape is the same one step
    assert screen.step == STEP_WHO and window.current_screen() is screen
    assert screen.person_button("Lee").isChecked()
    qtbot.mouseClick(screen.person_button("Lee"), LEFT)
    assert screen.step == STEP_HOW
    assert screen.chosen_reasons() == (ThankReason.MADE_ME_LAUGH,)
    qtbot.mouseClick(screen.just_send, LEFT)
    assert screen.sent is not None
    assert screen.sent.to_name == "Lee" and screen.sent.words is None and not screen.sent.show_on_wall


def test_back_from_the_first_question_leaves_say_thank_you(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_thank_you(qtbot, window, "Aisha")
    assert screen.step == STEP_WHO
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is not screen


def test_four_presses_from_who_are_you_with_no_reason_or_words(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    """Sam's picture, Thank you, Dafydd (not first on the list), Just send it."""
    presses = 0
    qtbot.mouseClick(window.who_are_you.button_for("Sam"), LEFT)
    presses += 1
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    qtbot.mouseClick(home.thanks_choice, LEFT)
    presses += 1
    screen = window.current_screen()
    assert isinstance(screen, SayThankYouScreen)
    assert screen.offered()[0] != "Dafydd"
    qtbot.mouseClick(screen.person_button("Dafydd"), LEFT)
    qtbot.mouseClick(screen.just_send, LEFT)
    presses += 2
    assert presses == 4 and screen.step == STEP_DONE
    with store.session_factory() as session:
        row = session.get(ThankYou, screen.sent.id)
        assert row is not None and row.reasons == []
        assert screen.sent.to_name == "Dafydd"
        assert row.delivery is ThankDelivery.JUST_SEND and not row.show_on_wall


def test_a_half_made_thank_you_survives_a_restart(
    qtbot, window: MainWindow, ui_context: UiContext, store: Store
) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_thank_you(qtbot, window, "Priya")
    qtbot.mouseClick(screen.person_button("Dafydd"), LEFT)
    qtbot.mouseClick(screen.add_why, LEFT)
    qtbot.mouseClick(screen.reason_buttons[ThankReason.CALMED_ME], LEFT)
    qtbot.mouseClick(screen.next, LEFT)
    qtbot.mouseClick(screen.add_words, LEFT)
    qtbot.keyClicks(screen.words_box, "Thanks for the walk")
    priya = window.person
    assert priya is not None
    draft = DraftService(store.session_factory).get(priya.id, "thank-you")
    assert draft is not None and draft["words"] == "Thanks for the walk"

    # As if the app was closed and opened again: a new screen from the store alone.
    again = SayThankYouScreen(ui_context, priya, Alongside())
    qtbot.addWidget(again)
    again.show()
    # Not dropped into the middle: asked first, and carrying on goes back to the words.
    assert again.asking_carry_on and not again.pages.isVisible()
    assert not again.question.isVisibleTo(again)  # only the one question shows
    assert "You started a thank-you to Dafydd. Carry on, or start again?" in again.spoken_summary()
    qtbot.mouseClick(again.carry_on_question.carry_on_button, LEFT)
    assert not again.asking_carry_on and again.step == STEP_HOW
    assert "Thanks for the walk" in again.summary.text()
    qtbot.mouseClick(again.add_words, LEFT)
    assert again.words_box.toPlainText() == "Thanks for the walk"
    assert again.person_button("Dafydd").isChecked()
    assert again.chosen_reasons() == (ThankReason.CALMED_ME,)


def test_a_half_made_thank_you_can_be_started_again_from_nothing(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_thank_you(qtbot, window, "Priya")
    qtbot.mouseClick(screen.person_button("Dafydd"), LEFT)
    qtbot.mouseClick(screen.add_words, LEFT)
    qtbot.keyClicks(screen.words_box, "Thanks for")
    qtbot.mouseClick(window.nav.home, LEFT)  # leaves it half made

    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    qtbot.mouseClick(home.thanks_choice, LEFT)
    asked = window.current_screen()
    assert isinstance(asked, SayThankYouScreen) and asked.asking_carry_on
    qtbot.mouseClick(asked.carry_on_question.start_again_button, LEFT)
    fresh = window.current_screen()
    assert isinstance(fresh, SayThankYouScreen) and fresh is not asked
    assert not fresh.asking_carry_on and fresh.step == STEP_WHO
    assert not fresh.person_button("Dafydd").isChecked() and fresh.words_box.toPlainText() == ""
    priya = window.person
    assert priya is not None and DraftService(store.session_factory).get(priya.id, "thank-you") is None
    qtbot.mouseClick(window.nav.back, LEFT)  # Back goes where it went before: Home
    assert window.current_screen() is home


def test_staff_alongside_types_a_thank_you_to_someone_else(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_thank_you(qtbot, window, "Lee")
    jo = next(p for p in window._context.services.people.on_ward(window.ward_id()) if p.called == "Jo")
    window.meeting.alongside.staff = jo  # Jo gave her PIN to sit with Lee
    qtbot.mouseClick(screen.someone_else, LEFT)
    assert screen.step == STEP_WHO and screen.name_edit.isVisible()
    qtbot.mouseClick(screen.next, LEFT)  # no name yet
    assert screen.step == STEP_WHO
    qtbot.keyClicks(screen.name_edit, "The porter, Dave")
    qtbot.mouseClick(screen.next, LEFT)
    assert screen.step == STEP_HOW
    qtbot.mouseClick(screen.add_why, LEFT)
    qtbot.mouseClick(screen.reason_buttons[ThankReason.SOMETHING_ELSE], LEFT)
    qtbot.mouseClick(screen.next, LEFT)
    qtbot.mouseClick(screen.add_words, LEFT)
    editor = screen.pieces.words_editor
    # Jo is alongside: "I typed what they said" is chosen; a staff note is never offered on a thank-you.
    assert editor.whose.isVisible() and editor.whose_words is WhoseWords.STAFF_TYPED
    assert not editor.whose.buttons[2].isVisible()
    qtbot.keyClicks(screen.words_box, "Lee said thanks for fixing his window")
    qtbot.mouseClick(editor.done, LEFT)
    qtbot.mouseClick(screen.just_send, LEFT)
    assert screen.step == STEP_DONE
    assert screen.sent is not None
    with store.session_factory() as session:
        row = session.get(ThankYou, screen.sent.id)
        assert row is not None
        assert row.to_person_id is None and row.to_name == "The porter, Dave"
        assert row.whose is WhoseWords.STAFF_TYPED and row.written_by_id == jo.id


def test_someone_who_left_the_ward_is_said_in_words_and_nothing_is_lost(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_thank_you(qtbot, window, "Sam")
    qtbot.mouseClick(screen.person_button("Aisha"), LEFT)
    qtbot.mouseClick(screen.add_why, LEFT)
    qtbot.mouseClick(screen.reason_buttons[ThankReason.SHARED], LEFT)
    qtbot.mouseClick(screen.next, LEFT)
    qtbot.mouseClick(screen.add_words, LEFT)
    qtbot.keyClicks(screen.words_box, "Thanks for the crisps")
    qtbot.mouseClick(screen.next, LEFT)
    people = window._context.services.people
    aisha = next(p for p in people.on_ward(window.ward_id()) if p.called == "Aisha")
    people.archive(aisha.id)  # discharged while Sam was choosing
    qtbot.mouseClick(screen.just_send, LEFT)
    assert screen.sent is None
    assert screen.step == STEP_WHO
    assert "not on your ward now" in speaker.last
    assert screen.message.isVisible() and "Someone else" in screen.message.text()
    assert "Aisha" not in screen.offered()
    # What Sam chose and typed is still there.
    assert screen.chosen_reasons() == (ThankReason.SHARED,)
    assert screen.words_box.toPlainText() == "Thanks for the crisps"
    qtbot.mouseClick(screen.someone_else, LEFT)
    qtbot.keyClicks(screen.name_edit, "Aisha")
    qtbot.mouseClick(screen.next, LEFT)
    assert screen.step == STEP_HOW
    qtbot.mouseClick(screen.just_send, LEFT)
    assert screen.sent is not None and screen.sent.to_name == "Aisha"
    assert screen.sent.words == "Thanks for the crisps"


def test_the_wall_shows_what_was_agreed_and_reads_it_aloud(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_thank_you(qtbot, window, "Lee")
    qtbot.mouseClick(screen.person_button("Jo"), LEFT)
    qtbot.mouseClick(screen.add_why, LEFT)
    qtbot.mouseClick(screen.reason_buttons[ThankReason.TAUGHT_ME], LEFT)
    qtbot.mouseClick(screen.next, LEFT)
    qtbot.mouseClick(screen.wall_yes, LEFT)
    qtbot.mouseClick(screen.just_send, LEFT)
    qtbot.mouseClick(screen.done_button, LEFT)
    window.start_over()

    wall = open_wall(qtbot, window, "Sam")
    check_big_and_named(wall)
    shown = wall.records_shown()
    assert (shown[0].author_name, shown[0].to_name) == ("Lee", "Jo")  # newest first
    assert {(r.author_name, r.to_name) for r in shown} >= {("Sam", "Jo"), ("Priya", "Sam")}
    assert ("Dafydd", "Lee") not in {(r.author_name, r.to_name) for r in shown}  # not agreed for the wall
    QApplication.processEvents()
    first = wall.view.model().index(0, 0)
    rect = wall.view.visualRect(first)
    assert rect.height() >= 88
    qtbot.mouseClick(wall.view.viewport(), LEFT, pos=rect.center())
    assert speaker.last.startswith("Lee says thank you to Jo.")
    assert "Taught me something" in speaker.last

    qtbot.mouseClick(wall.mine_button, LEFT)
    mine = wall.records_shown()
    assert [(r.author_name, r.to_name) for r in mine] == [("Priya", "Sam")]
    assert "Showing: thank-yous for me" in wall.showing_label.text()
    assert speaker.last.startswith("Thank-yous for you: 1.")


def test_the_wall_says_so_when_it_is_empty(qtbot, window: MainWindow, speaker: RecordingSpeaker) -> None:  # type: ignore[no-untyped-def]
    wall = open_wall(qtbot, window, "Aisha")
    qtbot.mouseClick(wall.mine_button, LEFT)
    assert wall.empty.isVisible() and not wall.view.isVisible()
    assert "no thank-yous for you yet" in wall.empty.text()
    assert speaker.last == wall.empty.text()


def test_mutual_help_reads_out_and_marks_each_one(
    qtbot, window: MainWindow, store: Store, speaker: RecordingSpeaker, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    screen = open_mutual_help(qtbot, window)
    assert [(r.author_name, r.to_name) for r in screen.records()] == [("Sam", "Jo"), ("Priya", "Sam")]
    check_big_and_named(screen)
    sams = screen.card_for("Sam")
    qtbot.mouseClick(sams.read_aloud, LEFT)
    assert speaker.last.startswith("Sam says thank you to Jo.")
    assert "Thank you for listening to me on Sunday." in speaker.last
    qtbot.mouseClick(sams.mark_done, LEFT)
    assert [r.author_name for r in screen.records()] == ["Priya"]
    assert "Marked as read out" in screen.message.text()
    thanks = ThanksService(store.session_factory)
    ward_id = window.ward_id()
    assert ward_id is not None
    assert [r.author_name for r in thanks.to_read_out(ward_id)] == ["Priya"]

    # A recording is played in the person's own voice.
    priya = next(p for p in ui_context.services.people.on_ward(ward_id) if p.called == "Priya")
    dafydd = next(p for p in ui_context.services.people.on_ward(ward_id) if p.called == "Dafydd")
    thanks.say(
        priya.id,
        (ThankReason.HELPED_ME,),
        ThankDelivery.READ_OUT,
        to_person_id=dafydd.id,
        recording_file="thanks-take.wav",
    )
    screen.on_shown()
    card = screen.card_for("Priya")
    recorded = next(c for c in screen.cards.values() if c.record.recording_file)
    qtbot.mouseClick(recorded.read_aloud, LEFT)
    assert speaker.played[-1].name == "thanks-take.wav"
    qtbot.mouseClick(card.mark_done, LEFT)
    qtbot.mouseClick(screen.card_for("Priya").mark_done, LEFT)
    assert screen.records() == [] and screen.empty.isVisible()
    assert thanks.to_read_out(ward_id) == []


def test_the_wall_model_pages_and_never_loads_everything(
    qtbot, window: MainWindow, store: Store, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    ward_id = window.ward_id()
    assert ward_id is not None
    people = {p.called: p for p in window._context.services.people.on_ward(ward_id)}
    with store.session_factory.begin() as session:
        for number in range(450):
            session.add(
                ThankYou(
                    ward_id=ward_id,
                    author_id=people["Lee"].id,
                    to_person_id=people["Aisha"].id,
                    reasons=[ThankReason.HELPED_ME.value],
                    words=f"Thank you {number}",
                    delivery=ThankDelivery.JUST_SEND,
                    show_on_wall=True,
                    created_at=clock() - timedelta(minutes=number + 1),
                )
            )
    model = ThankYouWallModel(ThanksService(store.session_factory), ward_id, page_size=200)
    assert model.total == 452
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    model.fetchMore()
    assert model.rowCount() == 452 and not model.canFetchMore()
    ids = [model.record(row).id for row in range(model.rowCount())]
    assert len(set(ids)) == 452

    wall = open_wall(qtbot, window, "Aisha")
    assert len(wall.records_shown()) <= 400  # only what the view needed to fill the screen
    wall.view.scrollToBottom()
    QApplication.processEvents()
    wall.view.scrollToBottom()
    QApplication.processEvents()
    assert len(wall.records_shown()) > 200
