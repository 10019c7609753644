"""A model-based test of a shared ward tablet: random sequences of every press a patient can make
(every visible button of every screen, the bar, walking away, "This is not me", a SAY group round that
staff handed over, staff idle time) on the real window over the demo ward's real store.

After every step, two things must hold:
- no staff screen shows unless a staff PIN was given for it (and never while the tablet is handed to
  patients in a round);
- no person's private words (what was agreed, their words and staff notes, their worries, thank-yous
  sent to them) show or are spoken while anyone else is using the tablet, and their own show only
  once they have confirmed who they are.

Time is the one fake: the idle timers are fired instead of waited for.
"""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from sqlalchemy import select

from coprod_desktop.store.models import (
    Meeting,
    MeetingOutcome,
    Preparation,
    PreparedTopic,
    ThankYou,
    TopicPiece,
    Worry,
)
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.staff.say_groups_screen import SayGroupsScreen
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen
from coprod_desktop.ui.screens.start.is_this_you_screen import IsThisYouScreen
from coprod_desktop.ui.system_window import OPENS_SYSTEM_WINDOW
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.wrap_label import WrapLabel
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import sign_in_as_jo

LEFT = Qt.MouseButton.LeftButton


def private_words(window: MainWindow) -> dict[uuid.UUID, set[str]]:
    """Each person's private words in the store: what only they (once confirmed) may see."""
    found: dict[uuid.UUID, set[str]] = {}
    factory = window._context.services.session_factory
    with factory() as session:
        for person_id, words in session.execute(
            select(Meeting.person_id, MeetingOutcome.words).join(
                Meeting, MeetingOutcome.meeting_id == Meeting.id
            )
        ):
            found.setdefault(person_id, set()).add(words)
        for person_id, words in session.execute(
            select(Preparation.person_id, TopicPiece.words)
            .join(PreparedTopic, TopicPiece.topic_id == PreparedTopic.id)
            .join(Preparation, PreparedTopic.preparation_id == Preparation.id)
            .where(TopicPiece.words.is_not(None))
        ):
            found.setdefault(person_id, set()).add(words)
        for person_id, words in session.execute(select(Worry.raised_by_id, Worry.words)):
            if person_id is not None:
                found.setdefault(person_id, set()).add(words)
        for person_id, words in session.execute(
            select(ThankYou.to_person_id, ThankYou.words).where(
                ThankYou.show_on_wall.is_(False), ThankYou.words.is_not(None)
            )
        ):
            if person_id is not None:
                found.setdefault(person_id, set()).add(words)
    assert found, "the demo ward has private words to protect"
    return {person: {w for w in words if w and len(w) > 12} for person, words in found.items()}


def shown_words(window: MainWindow) -> str:
    parts: list[str] = []
    for label in [*window.findChildren(QLabel), *window.findChildren(WrapLabel)]:
        if label.isVisible():
            parts.append(label.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            parts.append(button.accessibleName())
    return "\n".join(parts)


def pressable(window: MainWindow) -> list[QAbstractButton]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # screens already closed
    screen = window.stack.currentWidget()
    found = [
        b
        for b in [*screen.findChildren(QAbstractButton), *window.nav.findChildren(QAbstractButton)]
        if b.isVisible()
        and b.isEnabled()
        and not b.property(OPENS_SYSTEM_WINDOW)  # a file chooser waits outside My Say
        and b is not window.who_are_you.staff  # staff sign in on purpose: its own rule
    ]
    return sorted(found, key=lambda b: (b.metaObject().className(), b.accessibleName(), b.objectName()))


@pytest.mark.timeout(360)  # 60 random press sequences of 20 steps: long by design (~100 s alone)
def test_random_presses_never_reach_staff_screens_or_another_persons_private_things(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    private = private_words(window)
    patients = [p.called for p in window.who_are_you.people()]
    window.still_there._tick.setInterval(1)

    class SharedTablet(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            if window.staff is not None:
                window.sign_out(why="chose")
            window.start_over()
            self.spoken_from = len(speaker.said)

        # --- what a patient can press --------------------------------------------------------
        # Draws never depend on what is on screen (the store lives on between examples), so each
        # press picks by a number, and a rule that does not apply here does nothing.
        @rule(pick=st.integers(min_value=0, max_value=10_000))
        def press_something(self, pick: int) -> None:
            """Any button on the screen or the bar; now and then nobody touches the tablet."""
            if pick % 15 == 0:
                self.walk_away()
                return
            buttons = pressable(window)
            if buttons:
                qtbot.mouseClick(buttons[pick % len(buttons)], LEFT)

        @rule(name=st.sampled_from(patients), pick=st.integers(min_value=0, max_value=10_000))
        def pick_up_the_tablet_as(self, name: str, pick: int) -> None:
            """Someone taps a picture (theirs or not), says "Yes, this is me" where asked and goes
            somewhere."""
            if window.current_screen() is window.who_are_you:
                qtbot.mouseClick(window.who_are_you.button_for(name), LEFT)
                asked = window.current_screen()
                if isinstance(asked, IsThisYouScreen):
                    qtbot.mouseClick(asked.yes, LEFT)
                self.press_a_big_choice(pick)

        def walk_away(self) -> None:
            """Nobody touches the tablet: "Are you still there?" then its count runs out."""
            window.patient_idle.timed_out.emit()
            if window.stack.currentWidget() is window.still_there:
                qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.still_there, timeout=2000)

        @rule(pick=st.integers(min_value=0, max_value=10_000))
        def press_a_big_choice(self, pick: int) -> None:
            """On Home, one of its big choices (a shorter way into every patient area)."""
            home = window.current_screen()
            if isinstance(home, HomeScreen):
                choices = [b for b in home.findChildren(SymbolButton) if b.isVisible() and b.isEnabled()]
                qtbot.mouseClick(choices[pick % len(choices)], LEFT)
            else:
                self.press_something(pick)

        @rule()
        def staff_idle_time_passes(self) -> None:
            if window.staff is not None:
                window.idle.timed_out.emit()

        # --- staff hand the tablet round --------------------------------------------------------
        @rule()
        def staff_pass_the_tablet_round(self) -> None:
            if window.current_screen() is not window.who_are_you:
                return
            staff_home = sign_in_as_jo(qtbot, window)
            qtbot.mouseClick(staff_home.tiles["say-groups"], LEFT)
            groups = window.current_screen()
            assert isinstance(groups, SayGroupsScreen)
            if groups.group is None:
                qtbot.mouseClick(groups.start_button, LEFT)
            qtbot.mouseClick(groups.round_button, LEFT)
            assert window.locked

        # --- what must always hold ---------------------------------------------------------------
        @invariant()
        def no_staff_screen_without_a_pin(self) -> None:
            current = window.current_screen()
            if isinstance(current, StaffScreen):
                assert window.staff is not None, current
                assert not window.locked, current

        @invariant()
        def nobody_sees_or_hears_anothers_private_things(self) -> None:
            whose_turn = window._turn_person()
            shown = shown_words(window)
            heard = " ".join(speaker.said[self.spoken_from :])
            self.spoken_from = len(speaker.said)
            for owner, words in private.items():
                allowed = (
                    whose_turn is not None
                    and whose_turn.id == owner
                    and window._context.privacy.is_open(owner)
                )
                if allowed:
                    continue
                for text in words:
                    assert text not in shown, (text, window.current_screen())
                    assert text not in heard, (text, window.current_screen())

    run_state_machine_as_test(
        SharedTablet,
        settings=settings(
            max_examples=60,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    QApplication.processEvents()
