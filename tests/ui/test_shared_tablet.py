"""A shared ward tablet, tried as the next person to pick it up and as a patient reaching for what is
not theirs: sessions end on their own, private things wait for Show or the picture password, and a
tablet handed round by staff stays in patient screens until a staff PIN is given.

Time is the one fake here: the idle timers are real QTimers with a minute shortened to milliseconds
(`IdleWatch.ms_per_minute`) and the countdown ticking every few milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from coprod_desktop.services.demo import DEMO_PICTURE_PASSWORD, DEMO_STAFF_PIN
from coprod_desktop.store.kinds import Rating, WhoseWords
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.meeting.my_meeting_screen import MyMeetingScreen
from coprod_desktop.ui.screens.staff.say_groups_screen import SayGroupsScreen
from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen
from coprod_desktop.ui.screens.start.is_this_you_screen import IsThisYouScreen
from coprod_desktop.ui.screens.start.picture_password_screen import PicturePasswordScreen
from coprod_desktop.ui.screens.ward.say_group_round_screen import SayGroupRoundScreen
from coprod_desktop.ui.switch_access import SwitchAccess
from coprod_desktop.ui.widgets.wrap_label import WrapLabel
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import confirm_person, enter_pin, open_home, sign_in_as_jo, ward_asks_is_this_you

LEFT = Qt.MouseButton.LeftButton
SAMS_AGREED = "walk in the garden with staff"  # what was agreed at Sam's last ward round (demo)
SAMS_STAFF_NOTE = "Ask the doctor about the dose"


def visible_text(window: MainWindow) -> str:
    """Every word a person could read on the window now, as a screen reader would find it."""
    parts = []
    for label in [*window.findChildren(QLabel), *window.findChildren(WrapLabel)]:
        if label.isVisible():
            parts.append(label.text())
    focus = QApplication.focusWidget()
    if focus is not None:
        parts.append(focus.accessibleName())
    return "\n".join(parts)


def quick_clock(window: MainWindow, tick_ms: int = 5) -> None:
    window.patient_idle.ms_per_minute = 60  # a patient minute lasts 60 ms
    window.idle.ms_per_minute = 60
    window.still_there._tick.setInterval(tick_ms)


def test_a_ward_that_asks_puts_is_this_you_first_and_no_goes_back(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    ward_asks_is_this_you(window)
    qtbot.mouseClick(window.who_are_you.button_for("Sam"), LEFT)
    asked = window.current_screen()
    assert isinstance(asked, IsThisYouScreen)
    assert speaker.last == "Is this you, Sam? Yes, this is me. No, it is not me." or speaker.last.startswith(
        "Is this you, Sam?"
    )
    assert window.person is None  # nothing of Sam's is open yet
    assert SAMS_AGREED not in visible_text(window)
    qtbot.mouseClick(asked.no, LEFT)
    assert window.current_screen() is window.who_are_you


def test_private_things_wait_for_show(qtbot, window: MainWindow, speaker: RecordingSpeaker) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Sam", show_private=False)
    assert not home.private_shown()
    assert home.private_cover.isVisible()
    qtbot.mouseClick(home.meeting_tile, LEFT)
    meeting = window.current_screen()
    assert isinstance(meeting, MyMeetingScreen)
    assert SAMS_AGREED not in visible_text(window)
    assert all(SAMS_AGREED not in said for said in speaker.said)  # never read out to the room
    assert meeting.outcome_cover.isVisible()
    qtbot.mouseClick(meeting.outcome_cover.show_button, LEFT)
    assert meeting.private_shown()
    assert SAMS_AGREED in meeting.outcome_words.text()
    assert any(SAMS_AGREED in said for said in speaker.said)  # heard once, after Show
    qtbot.mouseClick(meeting.topic_cards()[1], LEFT)
    assert window.current_screen() is not meeting
    assert SAMS_STAFF_NOTE in window.current_screen().spoken_summary()


def test_opening_a_topic_is_itself_a_show(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A topic holds the person's words and staff notes: pressing it asks to show private things,
    which for someone with no picture password is the press itself."""
    home = open_home(qtbot, window, "Sam", show_private=False)
    qtbot.mouseClick(home.meeting_tile, LEFT)
    meeting = window.current_screen()
    assert isinstance(meeting, MyMeetingScreen) and not meeting.private_shown()
    qtbot.mouseClick(meeting.topic_cards()[1], LEFT)
    assert window.current_screen() is not meeting and meeting.private_shown()


def test_the_next_person_never_inherits_the_last_ones_things(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Sam")
    qtbot.mouseClick(home.meeting_tile, LEFT)
    assert SAMS_AGREED in visible_text(window)
    qtbot.mouseClick(window.nav.home, LEFT)
    qtbot.mouseClick(window.current_screen().change_choice, LEFT)  # "This is not me"
    assert window.current_screen() is window.who_are_you
    assert not window._context.privacy.is_open(home.person.id)
    aisha = open_home(qtbot, window, "Aisha", show_private=False)
    assert not aisha.private_shown()
    text = visible_text(window)
    assert "Sam" not in text and SAMS_AGREED not in text


def test_a_session_left_alone_asks_are_you_still_there_then_ends(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    quick_clock(window, tick_ms=10_000)  # the question waits while we press
    home = open_home(qtbot, window, "Sam")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.still_there, timeout=3000)
    assert speaker.last.startswith("Are you still there, Sam?")
    assert not window.nav.isVisible()
    assert "30 seconds" in window.still_there.spoken_summary()
    qtbot.keyClick(window.still_there, Qt.Key.Key_Space)  # any press carries on
    assert window.current_screen() is home and home.private_shown()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.still_there, timeout=3000)
    window.still_there._tick.setInterval(5)
    window.still_there._tick.start()
    qtbot.waitUntil(lambda: window.current_screen() is window.who_are_you, timeout=3000)
    assert window.person is None
    assert not window._context.privacy.is_open(home.person.id)
    assert SAMS_AGREED not in visible_text(window)


def test_a_switch_users_space_carries_on_as_a_tap_does(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Space only moves for a switch user; on "Are you still there?" it must count as a press."""
    switch = SwitchAccess(window)
    QApplication.instance().installEventFilter(switch)
    try:
        quick_clock(window, tick_ms=10_000)
        window.show()
        window.activateWindow()
        home = open_home(qtbot, window, "Sam")
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.still_there, timeout=3000)
        qtbot.waitUntil(window.still_there.here.hasFocus)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert window.current_screen() is home and home.private_shown()
    finally:
        QApplication.instance().removeEventFilter(switch)


def test_i_need_more_time_doubles_the_patient_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    lee = next(p for p in window.who_are_you.people() if p.called == "Lee")
    before = window.patient_minutes(lee)
    services.preferences.update(lee.id, more_time=True)
    assert window.patient_minutes(lee) == 2 * before
    ward_id = window.ward_id()
    assert ward_id is not None
    assert services.ward_settings.get(ward_id).patient_idle_minutes == 3  # the ward's default


def test_a_picture_password_opens_private_things_and_wrong_tries_slow_down(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    confirm_person(qtbot, window, "Priya")
    pad = window.current_screen()
    assert isinstance(pad, PicturePasswordScreen)
    assert all(name not in speaker.said for name in ("Music", "Garden", "Bus"))
    wrong = ["football", "tv", "art"]
    for _ in range(5):
        pad.press_in_order(wrong)
    assert pad.grid.buttons["music"].isEnabled() is False  # the sixth try must wait
    assert "wait" in pad.spoken_summary()
    spoken_before = list(speaker.said)
    pad.press_in_order(list(DEMO_PICTURE_PASSWORD))  # pressed while waiting: nothing happens
    assert window.current_screen() is pad
    assert all(p not in " ".join(speaker.said[len(spoken_before) :]) for p in ("Music", "Garden", "Bus"))
    audit = window._context.services.audit.search(kinds={"picture_password_wrong"})
    assert len(audit) == 5
    qtbot.mouseClick(pad.not_now, LEFT)  # forgotten: on with private things hidden
    home = window.current_screen()
    assert isinstance(home, HomeScreen) and not home.private_shown()


def test_the_right_pictures_open_priyas_things(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Priya")
    assert home.private_shown()
    assert not home.private_cover.isVisible()


def test_show_asks_for_the_picture_password_when_there_is_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    confirm_person(qtbot, window, "Priya")
    qtbot.mouseClick(window.current_screen().not_now, LEFT)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    qtbot.mouseClick(home.private_cover.show_button, LEFT)
    pad = window.current_screen()
    assert isinstance(pad, PicturePasswordScreen)
    pad.press_in_order(list(DEMO_PICTURE_PASSWORD))
    assert window.current_screen() is home and home.private_shown()


def take_turn(qtbot, round_screen: SayGroupRoundScreen, name: str) -> None:  # type: ignore[no-untyped-def]
    """Taps the picture on "Who is this?", then "Yes, this is me"."""
    qtbot.mouseClick(round_screen.button_for(name), LEFT)
    assert round_screen.person is None and round_screen.asking is not None  # not until they say so
    qtbot.mouseClick(round_screen.asking.yes, LEFT)
    assert round_screen.person is not None and round_screen.person.called == name


def start_round(qtbot, window: MainWindow) -> SayGroupRoundScreen:  # type: ignore[no-untyped-def]
    staff_home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["say-groups"], LEFT)
    groups = window.current_screen()
    assert isinstance(groups, SayGroupsScreen)
    if groups.group is None:
        qtbot.mouseClick(groups.start_button, LEFT)
    qtbot.mouseClick(groups.round_button, LEFT)
    round_screen = window.current_screen()
    assert isinstance(round_screen, SayGroupRoundScreen)
    assert window.locked
    return round_screen


def test_home_and_back_in_a_round_never_reach_the_staff_area(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    round_screen = start_round(qtbot, window)
    take_turn(qtbot, round_screen, "Aisha")
    for button in (window.nav.home, window.nav.back, window.nav.back, window.nav.home):
        if button.isEnabled():
            qtbot.mouseClick(button, LEFT)
        assert not isinstance(window.current_screen(), StaffScreen)
        assert "Signed in as" not in visible_text(window)
    assert window.current_screen() is round_screen
    qtbot.mouseClick(round_screen.finish, LEFT)
    assert isinstance(window.current_screen(), SignInScreen)
    qtbot.mouseClick(window.nav.back, LEFT)  # the PIN pad's Back goes back into the round
    assert window.current_screen() is round_screen
    qtbot.mouseClick(round_screen.finish, LEFT)
    enter_pin(qtbot, window, "Jo", "1470")  # a wrong PIN leaves the tablet where it was
    assert isinstance(window.current_screen(), SignInScreen)
    qtbot.mouseClick(window.nav.home, LEFT)
    assert window.current_screen() is round_screen
    qtbot.mouseClick(round_screen.finish, LEFT)
    enter_pin(qtbot, window, "Jo", DEMO_STAFF_PIN)
    assert isinstance(window.current_screen(), SayGroupsScreen)
    assert not window.locked


def test_words_typed_in_a_round_are_the_patients_own(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    round_screen = start_round(qtbot, window)
    take_turn(qtbot, round_screen, "Aisha")
    topics = round_screen.topics_screen
    assert topics is not None
    qtbot.mouseClick(topics.topic_cards()[0], LEFT)
    view = round_screen.view_screen
    assert view is not None
    qtbot.mouseClick(view.panel.rating.button(Rating.NOT_GOOD), LEFT)
    qtbot.mouseClick(view.panel.add_words, LEFT)
    qtbot.keyClicks(view.panel.words_editor.box, "More hot food")
    group = window._context.services.say_groups.open_group(window.ward_id())
    views = window._context.services.say_groups.views(group.id)
    mine = [v for vs in views.values() for v in vs if v.words == "More hot food"]
    assert len(mine) == 1 and mine[0].whose is WhoseWords.MINE and mine[0].written_by_id is None


def test_staff_idle_waits_for_the_patients_turn_and_a_walk_away_ends_the_turn(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    round_screen = start_round(qtbot, window)
    take_turn(qtbot, round_screen, "Aisha")
    window._staff_idle_timed_out()  # the staff sign-out time passes while Aisha has the tablet
    assert window.staff is not None and round_screen.person is not None  # Aisha is not cut off
    quick_clock(window)
    window.patient_idle.start(0.5)
    qtbot.waitUntil(lambda: window.current_screen() is window.who_are_you, timeout=3000)
    # Aisha walked away: "Are you still there?" went unanswered, her turn ended, then staff were
    # signed out, and the tablet is back at Who are you? with nobody chosen.
    assert window.staff is None and window.person is None and not window.locked
    kinds = [e.kind for e in window._context.services.audit.search(kinds={"patient_timed_out", "sign_out"})]
    assert "patient_timed_out" in kinds and "sign_out" in kinds


def test_staff_set_a_picture_password_with_the_person_and_reset_it_when_forgotten(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.ui.screens.staff.picture_passwords_screen import CANDIDATES, PicturePasswordsScreen

    staff_home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["picture-passwords"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, PicturePasswordsScreen)
    lee = next(p for p in screen._people.values() if p.called == "Lee")
    qtbot.mouseClick(screen.rows[lee.id], LEFT)
    qtbot.mouseClick(screen.set_new, LEFT)
    nine = CANDIDATES[:9]
    for symbol_id in nine:
        qtbot.mouseClick(screen.grid.buttons[symbol_id], LEFT)
    qtbot.mouseClick(screen.next_step, LEFT)
    secret = ["tv", "art", "fruit"]
    for symbol_id in [*secret, "tv", "art", "music"]:  # the second try differs: asked again
        qtbot.mouseClick(screen.grid.buttons[symbol_id], LEFT)
    assert not window._context.services.picture_passwords.has_password(lee.id)
    for symbol_id in [*secret, *secret]:
        qtbot.mouseClick(screen.grid.buttons[symbol_id], LEFT)
    assert "saved" in screen._message.text()
    qtbot.mouseClick(screen.remove, LEFT)  # Lee forgot it
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    assert not window._context.services.picture_passwords.has_password(lee.id)
    events = window._context.services.audit.search(kinds={"picture_password_set", "picture_password_reset"})
    kinds = [e.kind for e in events if e.subject_id == lee.id]
    assert sorted(kinds) == ["picture_password_reset", "picture_password_set"]


def test_help_in_a_round_is_recorded_for_the_patient_and_names_stay_off_patient_screens(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    round_screen = start_round(qtbot, window)
    take_turn(qtbot, round_screen, "Aisha")
    services = window._context.services
    waiting_before = services.help_requests.open_requests(window.ward_id())
    assert any(r.called == "Lee" for r in waiting_before)  # the demo's request is still open
    qtbot.mouseClick(window.nav.help, LEFT)
    requests = services.help_requests.open_requests(window.ward_id())
    aishas = [r for r in requests if r.called == "Aisha"]
    assert len(aishas) == 1
    qtbot.mouseClick(window.help_card.ok, LEFT)  # "I am OK now"
    assert window.current_screen() is round_screen
    assert window.help_banner is not None
    window.help_banner.refresh()  # as its own timer does every few seconds
    assert window.help_banner.requests() and not window.help_banner.isVisible()
    assert "Lee needs help" not in visible_text(window)  # staff-only, never shown to the patient


def test_with_picture_passwords_for_everyone_show_waits_for_staff_to_set_one(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    ward_id = window.ward_id()
    assert ward_id is not None
    window._context.services.ward_settings.update(ward_id, picture_password_for_all=True)
    home = open_home(qtbot, window, "Lee", show_private=False)
    qtbot.mouseClick(home.private_cover.show_button, LEFT)
    assert not home.private_shown()  # Lee has no picture password yet: his things stay locked
    assert "Ask staff to help you choose your pictures" in speaker.last


def test_in_a_round_is_this_you_comes_first_and_no_goes_back(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    round_screen = start_round(qtbot, window)
    qtbot.mouseClick(round_screen.button_for("Sam"), LEFT)
    assert round_screen.asking is not None and round_screen.person is None
    assert speaker.last.startswith("Is this you, Sam?")
    qtbot.mouseClick(round_screen.asking.no, LEFT)
    assert round_screen.title() == "Who is this?" and round_screen.person is None


def test_opening_screens_without_a_touch_or_key_keeps_the_turn_open(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A screen reader's or voice control's "press" sends no input event; the screens it opens
    still count as someone using the app, so they are not asked "Are you still there?"."""
    open_home(qtbot, window, "Sam")
    window.patient_idle.ms_per_minute = 100  # the demo ward's 3 minutes last 0.3 s
    window.patient_idle.start(window.patient_minutes(window.person))
    for _ in range(6):  # 0.6 s in all, twice the patient time, opening a screen every 0.1 s
        window.ward_voice.open_board() if isinstance(
            window.current_screen(), HomeScreen
        ) else window.go_home()
        qtbot.wait(100)
    assert window.current_screen() is not window.still_there
    qtbot.waitUntil(lambda: window.current_screen() is window.still_there, timeout=2000)  # nobody: it asks


def _press_through_the_bus(widget) -> None:  # type: ignore[no-untyped-def]
    """What a screen reader or switch tool does: the control's own "Press" action, no input event."""
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(widget)
    action = iface.actionInterface()
    assert action is not None
    action.doAction(action.pressAction())


def test_presses_through_the_accessibility_bus_on_one_screen_keep_the_turn_open(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Presses that stay on one screen (a choice tile, then Next with a message back) through the
    bus are someone using the app, as taps are: no "Are you still there?" while they go on."""
    home = open_home(qtbot, window, "Sam")
    qtbot.mouseClick(home.thanks_choice, LEFT)
    screen = window.current_screen()
    window.patient_idle.ms_per_minute = 200  # the demo ward's 3 minutes last 0.6 s
    window.patient_idle.start(window.patient_minutes(window.person))
    for turn in range(12):  # 1.2 s in all, twice the patient time, a press every 0.1 s
        _press_through_the_bus(screen.someone_else if turn % 2 == 0 else screen.next)
        qtbot.wait(100)
    # "Choose a picture of them, or say or type their name"
    assert window.current_screen() is screen and screen.message.isVisible()
    qtbot.waitUntil(lambda: window.current_screen() is window.still_there, timeout=2000)  # nobody: it asks
