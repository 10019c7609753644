"""Moving between the My meeting screens: which screen opens next, and what it hands back.

Kept beside the main window (which owns the stack and the back stack) so that neither the window nor
the screens need to know each other's details.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from coprod_desktop.services.preparation import PreparationProblem
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.picture_thumbs import ThumbnailCache
from coprod_desktop.ui.screens.meeting.add_topic_screen import AddTopicScreen
from coprod_desktop.ui.screens.meeting.my_meeting_screen import MyMeetingScreen
from coprod_desktop.ui.screens.meeting.taking_part_screen import TakingPartScreen
from coprod_desktop.ui.screens.meeting.topic_screen import TopicScreen

if TYPE_CHECKING:
    from coprod_desktop.ui.main_window import MainWindow


class MeetingFlow:
    def __init__(self, window: MainWindow, context: UiContext) -> None:
        self._window = window
        self._context = context
        self.alongside = Alongside()
        self._thumbs = ThumbnailCache(context.paths.pictures)
        self._my_meeting: MyMeetingScreen | None = None

    def reset(self) -> None:
        """A new person: nobody is with them yet, and no pictures of the last person are kept."""
        self.alongside = Alongside()
        self._thumbs = ThumbnailCache(self._context.paths.pictures)
        self._my_meeting = None

    @property
    def thumbnails(self) -> ThumbnailCache:
        return self._thumbs

    def _person(self) -> PersonInfo | None:
        return self._window.person

    def open_my_meeting(self) -> MyMeetingScreen | None:
        person = self._person()
        if person is None:
            return None
        screen = MyMeetingScreen(self._context, person, self.alongside)
        screen.topic_requested.connect(lambda ids: self.open_topic(ids[1]))
        screen.add_topic_requested.connect(self.open_add_topic)
        screen.taking_part_requested.connect(self.open_taking_part)
        screen.present_requested.connect(self.open_present)
        screen.share_requested.connect(self.open_share)
        screen.say_it_requested.connect(self._open_say_it)
        screen.staff_with_me_requested.connect(self.open_staff_with_me)
        self._my_meeting = screen
        self._window.show_screen(screen)
        return screen

    def open_topic(self, topic_id: uuid.UUID, remember: bool = True) -> TopicScreen | None:
        person = self._person()
        if person is None:
            return None
        try:
            screen = TopicScreen(self._context, person, self.alongside, topic_id, self._thumbs)
        except PreparationProblem:
            return None
        screen.finished.connect(self._window.leave_screen)
        screen.removed.connect(self._topic_removed)
        screen.say_it_requested.connect(self._open_say_it)
        self._window.show_screen(screen, remember=remember)
        return screen

    def _topic_removed(self, topic_id: uuid.UUID, title: str, symbol_id: str | None) -> None:
        self._window.go_back()
        if self._my_meeting is not None:
            self._my_meeting.offer_undo(topic_id, title, symbol_id)

    def open_add_topic(self, preparation_id: uuid.UUID | None) -> None:
        if preparation_id is None:
            return
        screen = AddTopicScreen(self._context, preparation_id)
        screen.added.connect(self._topic_added)
        self._window.show_screen(screen)

    def _topic_added(self, topic_id: uuid.UUID) -> None:
        # The new topic takes the place of "Add my own topic": Back goes to My meeting.
        self._window.go_back()
        self.open_topic(topic_id)

    def open_taking_part(self, preparation_id: uuid.UUID | None) -> None:
        person = self._person()
        if person is None or preparation_id is None:
            return
        self._window.show_screen(TakingPartScreen(self._context, person, self.alongside, preparation_id))

    def open_present(self, preparation_id: uuid.UUID | None) -> None:
        if preparation_id is not None:
            self._window.open_presentation(preparation_id)

    def open_share(self, preparation_id: uuid.UUID | None) -> None:
        person = self._person()
        if person is None or preparation_id is None:
            return
        from coprod_desktop.ui.screens.meeting.share_screen import ShareScreen

        screen = ShareScreen(self._context, person, self.alongside, preparation_id)
        screen.taking_part_requested.connect(self.open_taking_part)
        self._window.show_screen(screen)

    def _open_say_it(self) -> None:
        self._window.open_say_it_board()

    def open_staff_with_me(self) -> None:
        """The member of staff sitting with the person gives their PIN; the person stays in their own
        screens, and words staff type for them carry that staff member's name."""
        from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen

        screen = SignInScreen(self._context, self._window.ward)
        screen.signed_in.connect(self._staff_with_me)
        self._window.show_screen(screen)

    def _staff_with_me(self, staff: PersonInfo) -> None:
        self.alongside.staff = staff
        self._window.go_back()
