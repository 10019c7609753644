"""Moving between the ward voice screens: thank-yous, having my say (SAY group, ideas, worries) and
You said, we did. Like MeetingFlow, it keeps the main window and the screens apart.

No patient screen is more than two levels below Home: Home → Have my say → my view on a SAY group
topic (the topic cards are on Have my say itself), Home → Have my say → I have an idea, and so on.
The person's own raised things show on Home and open the board.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.kinds import ActionSource
from coprod_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from coprod_desktop.services.say_groups import GroupTopicInfo
    from coprod_desktop.ui.main_window import MainWindow
    from coprod_desktop.ui.screens.ward.have_my_say_screen import HaveMySayScreen


class WardFlow:
    def __init__(self, window: MainWindow, context: UiContext) -> None:
        self._window = window
        self._context = context

    def _person(self) -> PersonInfo | None:
        return self._window.person

    @property
    def _alongside(self):  # type: ignore[no-untyped-def]
        return self._window.meeting.alongside

    # --- thank you ------------------------------------------------------------------------------
    def open_say_thank_you(self, remember: bool = True) -> None:
        """`remember=False` when the person chose Start again: the fresh screen takes the place of
        the half-finished one, so Back still goes where it went before."""
        from coprod_desktop.ui.screens.ward.say_thank_you_screen import SayThankYouScreen

        person = self._person()
        if person is None:
            return
        screen = SayThankYouScreen(self._context, person, self._alongside)
        screen.finished.connect(self._window.go_home)
        screen.start_again.connect(lambda: self.open_say_thank_you(remember=False))
        self._window.show_screen(screen, remember=remember)

    def open_wall(self) -> None:
        from coprod_desktop.ui.screens.ward.thank_you_wall_screen import ThankYouWallScreen

        person = self._person()
        if person is not None:
            self._window.show_screen(ThankYouWallScreen(self._context, person))

    # --- have my say ------------------------------------------------------------------------------
    def open_have_my_say(self) -> HaveMySayScreen | None:
        """The SAY group's topics (when it is on), an idea, or something I am not happy about."""
        from coprod_desktop.ui.screens.ward.have_my_say_screen import HaveMySayScreen

        person = self._person()
        if person is None or person.ward_id is None:
            return None
        screen = HaveMySayScreen(self._context, person, self._alongside)
        screen.topic_chosen.connect(self.open_say_view)
        screen.idea_chosen.connect(lambda: self.open_raise(ActionSource.IDEA))
        screen.not_happy_chosen.connect(lambda: self.open_raise(ActionSource.NOT_HAPPY))
        self._window.show_screen(screen)
        return screen

    def open_raise(self, source: ActionSource, remember: bool = True) -> None:
        """`remember=False` on Start again, as for Say thank you."""
        from coprod_desktop.ui.screens.ward.raise_screen import RaiseScreen

        person = self._person()
        if person is None:
            return
        screen = RaiseScreen(self._context, person, self._alongside, source)
        screen.finished.connect(self._window.go_home)
        screen.start_again.connect(lambda: self.open_raise(source, remember=False))
        self._window.show_screen(screen, remember=remember)

    def open_say_view(self, topic: GroupTopicInfo) -> None:
        from coprod_desktop.ui.screens.ward.say_view_screen import SayViewScreen

        person = self._person()
        if person is None:
            return
        screen = SayViewScreen(self._context, person, self._alongside, topic)
        screen.finished.connect(self._window.leave_screen)
        self._window.show_screen(screen)

    # --- you said, we did -----------------------------------------------------------------------
    def open_board(self) -> None:
        from coprod_desktop.ui.screens.ward.you_said_we_did_screen import YouSaidWeDidScreen

        person = self._person()
        if person is not None:
            self._window.show_screen(YouSaidWeDidScreen(self._context, person))

    # --- the recovery council (ward reps) and questions for me ------------------------------------
    def open_council(self) -> None:
        from coprod_desktop.ui.screens.council.council_screen import CouncilScreen

        person = self._person()
        if person is None or not person.is_ward_rep:
            return
        screen = CouncilScreen(self._context, person, self._alongside)
        screen.finished.connect(self._window.go_home)
        self._window.show_screen(screen)

    def open_questions(self) -> None:
        from coprod_desktop.ui.screens.prems.questions_screen import QuestionsScreen

        person = self._person()
        if person is None:
            return
        screen = QuestionsScreen(self._context, person, self._alongside)
        screen.finished.connect(self._window.go_home)
        self._window.show_screen(screen)

    # --- staff: passing the tablet round ------------------------------------------------------------
    def open_group_round(self, group_id: uuid.UUID) -> None:
        from coprod_desktop.ui.screens.ward.say_group_round_screen import SayGroupRoundScreen

        staff = self._window.staff
        if staff is None:
            return
        screen = SayGroupRoundScreen(self._context, staff, group_id)
        screen.closed.connect(self._window.go_back)
        self._window.show_screen(screen)
