"""The window: a nav bar over a stack of screens with a back stack. It alone wires navigation."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from coprod_desktop import APP_NAME
from coprod_desktop.services.records import PersonInfo, Preferences, WardInfo
from coprod_desktop.speech.protocol import Voice
from coprod_desktop.store.kinds import AccessMode
from coprod_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from coprod_desktop.services.setup import FirstRun
    from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.ui.idle_watch import IdleWatch
from coprod_desktop.ui.kit.scan_order import SCAN_LAST, first_content
from coprod_desktop.ui.meeting_flow import MeetingFlow
from coprod_desktop.ui.screen_accessibility import name_screens_for_readers
from coprod_desktop.ui.screens.help.help_coming_screen import HelpComingScreen
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.screen import Screen
from coprod_desktop.ui.screens.settings.my_settings_screen import MySettingsScreen
from coprod_desktop.ui.screens.staff.areas import StaffArea
from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen
from coprod_desktop.ui.screens.staff.staff_home_screen import StaffHomeScreen
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen
from coprod_desktop.ui.screens.start.is_this_you_screen import IsThisYouScreen
from coprod_desktop.ui.screens.start.still_there_screen import StillThereScreen
from coprod_desktop.ui.screens.start.who_are_you_screen import WhoAreYouScreen
from coprod_desktop.ui.switch_access import SwitchAccess
from coprod_desktop.ui.theme import Theme
from coprod_desktop.ui.ward_flow import WardFlow
from coprod_desktop.ui.ward_library import use_ward_library
from coprod_desktop.ui.widgets.help_banner import HelpBanner
from coprod_desktop.ui.widgets.nav_bar import NavBar
from coprod_desktop.ui.widgets.notice_bar import NoticeBar
from coprod_desktop.ui.widgets.symbol_button import SYMBOLS_ON_PROPERTY, SymbolButton


class MainWindow(QMainWindow):
    def __init__(
        self, context: UiContext, ward: WardInfo | None, patients: list[PersonInfo] | None = None
    ) -> None:
        """`patients`, when given, fills the first Who are you? without waiting for the services."""
        super().__init__()
        name_screens_for_readers()
        self._context = context
        self._ward = ward
        if ward is not None:  # read when a picker or a library picture is first needed
            use_ward_library(context, context.catalogue, ward.id)
        self._first_patients = patients
        self._person: PersonInfo | None = None
        self._history: list[Screen] = []
        self._help_open = False
        self._staff: PersonInfo | None = None
        self._kiosk = False
        self._leaving = False
        self.meeting = MeetingFlow(self, context)
        self.ward_voice = WardFlow(self, context)
        self.idle = IdleWatch(self)
        self.idle.timed_out.connect(self._staff_idle_timed_out)
        # A patient's screens close on their own after the ward's patient idle time (section 5b).
        self.patient_idle = IdleWatch(self)
        self.patient_idle.timed_out.connect(self._patient_idle_timed_out)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.patient_idle)
        self._locked: Screen | None = None
        """A patient mode staff handed the tablet over to (a SAY group round): only a PIN leaves it."""
        self._sign_out_waiting = False
        self._still_there_open = False
        self._before_still_there: Screen | None = None
        context.privacy.open_requested.connect(self.open_private)

        self.nav = NavBar(context.painter, context.speaker)
        self.nav.setProperty(SCAN_LAST, True)  # a switch meets the screen's own choices first
        self.stack = QStackedWidget()
        self.notices = NoticeBar()
        self.who_are_you = WhoAreYouScreen(context)
        self.help_card = HelpComingScreen(context)
        self.still_there = StillThereScreen(context)
        self.stack.addWidget(self.who_are_you)
        self.stack.addWidget(self.help_card)
        self.stack.addWidget(self.still_there)
        self.still_there.carry_on.connect(self._carry_on)
        self.still_there.timed_out.connect(self._patient_turn_timed_out)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        # The banner shows and hides itself as requests come and go; this holder decides whether it
        # may show at all (never on patient screens: it names who asked for help).
        self.help_banner_holder = QWidget()
        self._help_banner_slot = QVBoxLayout(self.help_banner_holder)
        self._help_banner_slot.setContentsMargins(0, 0, 0, 0)
        self.help_banner_holder.hide()
        layout.addWidget(self.help_banner_holder)
        self.help_banner: HelpBanner | None = None
        """Help requests not yet answered, on every staff screen (never while patients hold the tablet)."""
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notices)
        self.setCentralWidget(body)
        self.setMinimumSize(1024, 700)

        self.nav.home_requested.connect(self.go_home)
        self.nav.back_requested.connect(self.go_back)
        self.nav.read_requested.connect(self.read_screen)
        self.nav.help_requested.connect(self.open_help)
        self.help_card.closed.connect(self.close_help)
        self.who_are_you.person_chosen.connect(self.choose_person)
        self.who_are_you.staff_requested.connect(self.open_staff_sign_in)

        # Keys and switches, set per person (see apply_preferences).
        self.switch = SwitchAccess(self, window=self, say=context.speaker.say)
        self.switch.back_requested.connect(self.step_back)
        if app is not None:
            app.installEventFilter(self.switch)

        for message in context.notices:
            self.notices.add(message)
        self.start_over()
        self.retranslate()

    # --- what is showing -------------------------------------------------------------------
    @property
    def person(self) -> PersonInfo | None:
        return self._person

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def show_screen(self, screen: Screen, remember: bool = True) -> None:
        """Brings `screen` to the front; the one it replaces goes on the back stack."""
        current = self.stack.currentWidget()
        if (
            remember
            and isinstance(current, Screen)
            and current is not screen
            and not self._help_open
            and current is not self.still_there
        ):
            self._history.append(current)
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        for clock in (self.patient_idle, self.idle):
            clock.used()  # a new screen is someone using the app, however they pressed
        screen.on_shown()
        self._focus_content(screen)
        if getattr(screen, "patient_mode", False) and self._staff is not None and self._locked is None:
            self._lock_to(screen)
        self._update_nav()
        self._drop_unused_screens()

    def _focus_content(self, screen: QWidget) -> None:
        """The focus starts on the screen's own first choice (never the bar's Home), so the next
        press of a switch or key is on the screen; a screen may name a better start."""
        start = getattr(screen, "first_focus", None)
        target = start() if callable(start) else None
        if target is None or not target.isVisibleTo(self):
            target = first_content(self, screen)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def step_back(self) -> None:
        """Escape: one step back, the way the person came (or away from the help card)."""
        if self._help_open:
            self.close_help()
        elif self.nav.back.isEnabled() and self.nav.isVisible():
            self.go_back()

    def _drop_unused_screens(self) -> None:
        keep = {
            self.who_are_you,
            self.help_card,
            self.still_there,
            self.stack.currentWidget(),
            *self._history,
        }
        if self._locked is not None:
            keep.add(self._locked)
        if self._before_still_there is not None:
            keep.add(self._before_still_there)
        if self._help_open:
            keep.add(self._return_to)
        for index in reversed(range(self.stack.count())):
            widget = self.stack.widget(index)
            if widget not in keep:
                self.stack.removeWidget(widget)
                widget.deleteLater()

    def _update_nav(self) -> None:
        back = bool(self._history) and not self._help_open
        if self._locked is not None and self.stack.currentWidget() is self._locked:
            back = self._locked.can_go_back()  # type: ignore[attr-defined]
        self.nav.set_back_enabled(back)
        full_screen = getattr(self.stack.currentWidget(), "full_screen", False)
        self.nav.setVisible(not self._help_open and not full_screen and not self._still_there_open)
        current = self.stack.currentWidget()
        self.help_banner_holder.setVisible(
            self.help_banner is not None
            and self._locked is None
            and isinstance(current, StaffScreen)
            and not isinstance(current, StaffHomeScreen)
        )

    # --- navigation -----------------------------------------------------------------------
    def start_over(self) -> None:
        """Back to Who are you? with the ward's own settings; nobody is chosen, nothing private shows."""
        if self._staff is not None:
            self.sign_out(why="left")
            return
        self._person = None
        self._context.privacy.close()
        self.patient_idle.stop()
        self._close_still_there()
        self._help_open = False  # the help card is left for Who are you? (its request stays open for staff)
        self.meeting.reset()
        self._history.clear()
        self.apply_preferences(self._ward_start_preferences())
        patients, self._first_patients = self._first_patients, None
        self.who_are_you.show_ward(self._ward, patients)
        self.show_screen(self.who_are_you, remember=False)

    def choose_person(self, person: PersonInfo) -> None:
        """A picture was tapped: their picture password if they have one, else their Home, where
        "This is not me" is at hand and their private things wait for Show. A ward that asks
        "Is this you?" gets that question first. The last person's things are already gone."""
        self._person = None
        self._context.privacy.close()
        self.meeting.reset()
        self.apply_preferences(self._context.services.preferences.get(person.id))
        self._history = [self.who_are_you]
        self._start_patient_clock(person)  # a picture password left half done times out too
        if not self._asks_is_this_you():
            self._confirmed(person)
            return
        screen = IsThisYouScreen(self._context, person)
        screen.confirmed.connect(self._confirmed)
        screen.not_me.connect(self.start_over)
        self.show_screen(screen, remember=False)

    def _confirmed(self, person: PersonInfo) -> None:
        if self._context.services.picture_passwords.has_password(person.id):
            from coprod_desktop.ui.screens.start.picture_password_screen import PicturePasswordScreen

            screen = PicturePasswordScreen(self._context, person)
            screen.passed.connect(lambda p: self.open_session(p, private_open=True))
            screen.skipped.connect(lambda p: self.open_session(p, private_open=False))
            self.show_screen(screen)
            return
        self.open_session(person, private_open=False)

    def open_session(self, person: PersonInfo, private_open: bool) -> None:
        """The person's own Home. `private_open` once they proved who they are with their pictures."""
        self._person = person
        self._context.privacy.start(person.id, private_open)
        self._history = [self.who_are_you]
        home = self._make_home(person)
        self.show_screen(home, remember=False)
        self._context.speaker.say(home.greeting())
        self._start_patient_clock(person)

    def open_private(self) -> None:
        """Show was pressed: the picture password first where the person has one (or must have one)."""
        person = self._person
        if person is None:
            return
        passwords = self._context.services.picture_passwords
        if passwords.has_password(person.id):
            from coprod_desktop.ui.screens.start.picture_password_screen import PicturePasswordScreen

            screen = PicturePasswordScreen(self._context, person)
            screen.passed.connect(lambda p: (self._context.privacy.open(p.id), self.go_back()))
            screen.skipped.connect(lambda _p: self.go_back())
            self.show_screen(screen)
            return
        if self._ward_settings().picture_password_for_all:
            words = self.tr("Your private things are locked. Ask staff to help you choose your pictures.")
            self.notices.add(words)
            self._context.speaker.say(words)
            return
        self._context.privacy.open(person.id)

    # --- a patient's time ---------------------------------------------------------------------
    def _ward_settings(self):  # type: ignore[no-untyped-def]
        from coprod_desktop.services.ward_settings import WardSettingsInfo

        ward_id = self._context.services.device.ward_id() or self.ward_id()
        return self._context.services.ward_settings.get(ward_id) if ward_id else WardSettingsInfo()

    def patient_minutes(self, person: PersonInfo) -> float:
        """The ward's patient idle time, doubled for someone who said "I need more time"."""
        minutes = float(getattr(self._ward_settings(), "patient_idle_minutes", 3))
        if self._context.services.preferences.get(person.id).more_time:
            minutes *= 2
        return minutes

    def _ward_start_preferences(self) -> Preferences:
        """Before anyone is chosen: the ward's language, and one-switch scanning if the ward has
        someone who needs it to choose their own picture."""
        ready = getattr(self._context.services, "ready", lambda: True)
        if not ready():  # the store is still loading after a quick start: ask again when it is in
            QTimer.singleShot(250, self._ward_start_when_loaded)
            return Preferences(language=self._context.ward_language)
        try:
            settings = self._ward_settings() if self._ward is not None else None
        except Exception:  # the store failed to load: its own message is on the way; keep the defaults
            settings = None
        scanning = bool(getattr(settings, "start_scanning", False))
        return Preferences(
            language=self._context.ward_language,
            access_mode=AccessMode.ONE_SWITCH if scanning else AccessMode.TWO_SWITCHES,
        )

    def _asks_is_this_you(self) -> bool:
        try:
            return bool(getattr(self._ward_settings(), "ask_is_this_you", False))
        except Exception:  # the store failed: ask, the safer way
            return True

    def _ward_start_when_loaded(self) -> None:
        if self._person is None and self._staff is None and self.stack.currentWidget() is self.who_are_you:
            self.apply_preferences(self._ward_start_preferences())

    def _start_patient_clock(self, person: PersonInfo) -> None:
        self.patient_idle.start(self.patient_minutes(person))

    def _turn_person(self) -> PersonInfo | None:
        """Whose turn it is on this screen: the chosen person, or the person in a SAY group round."""
        if self._locked is not None:
            return getattr(self._locked, "person", None)
        if self._person is not None:
            return self._person
        current = self.stack.currentWidget()
        return getattr(current, "person", None) if isinstance(current, Screen) else None

    def _patient_idle_timed_out(self) -> None:
        person = self._turn_person()
        if person is None:
            return
        current = self.stack.currentWidget()
        if self._help_open or getattr(current, "keeps_session_open", False):
            self._start_patient_clock(person)  # someone is coming, or the meeting is watching
            return
        self._before_still_there = current if isinstance(current, Screen) else None
        self._still_there_open = True
        self.stack.setCurrentWidget(self.still_there)
        self._update_nav()
        self.still_there.ask(person)

    def _close_still_there(self) -> None:
        self.still_there.stop()
        self._still_there_open = False
        self._before_still_there = None

    def _carry_on(self) -> None:
        back_to = self._before_still_there
        self._close_still_there()
        if back_to is not None:
            self.stack.setCurrentWidget(back_to)
            self._focus_content(back_to)
        self._update_nav()
        person = self._turn_person()
        if person is not None:
            self._start_patient_clock(person)

    def _patient_turn_timed_out(self) -> None:
        """Nobody answered "Are you still there?": the turn ends, the screen goes back to the start."""
        person = self._turn_person()
        back_to = self._before_still_there
        self._close_still_there()
        self._context.services.audit.record("patient_timed_out", subject_id=person.id if person else None)
        if self._locked is not None:
            self.stack.setCurrentWidget(self._locked if back_to is None else back_to)
            self._return_to_locked()
            self._locked.end_turn()  # type: ignore[attr-defined]
            return
        self.start_over()

    # --- patient modes handed over by staff ---------------------------------------------------
    def _lock_to(self, screen: Screen) -> None:
        self._locked = screen
        screen.turn_changed.connect(self._turn_changed)  # type: ignore[attr-defined]
        screen.finish_requested.connect(self._ask_pin_to_leave)  # type: ignore[attr-defined]

    @property
    def locked(self) -> bool:
        """True while the tablet is handed to patients: Home and Back stay inside their flow."""
        return self._locked is not None

    def _turn_changed(self, person: PersonInfo | None) -> None:
        if person is not None:
            self._start_patient_clock(person)
            return
        self.patient_idle.stop()
        if self._sign_out_waiting:
            self.sign_out(why="idle")

    def _return_to_locked(self) -> None:
        """From the PIN pad or the help card back to the round, dropping what was above it."""
        locked = self._locked
        assert locked is not None
        if self._help_open:
            self.close_help()
        if locked in self._history:
            del self._history[self._history.index(locked) :]
        if self.stack.currentWidget() is not locked:
            self.show_screen(locked, remember=False)
        self._update_nav()

    def _ask_pin_to_leave(self) -> None:
        screen = SignInScreen(self._context, self._ward)
        screen.signed_in.connect(self._leave_locked)
        self.show_screen(screen)

    def _leave_locked(self, staff: PersonInfo) -> None:
        locked, self._locked = self._locked, None
        self._sign_out_waiting = False
        self.patient_idle.stop()
        self._context.services.audit.record("patient_mode_left", actor_id=staff.id)
        if locked is not None and locked in self._history:
            del self._history[self._history.index(locked) :]
        self.go_back()

    def _make_home(self, person: PersonInfo) -> HomeScreen:
        home = HomeScreen(self._context, person)
        home.settings_requested.connect(self.open_settings)
        home.change_person_requested.connect(self.start_over)
        home.my_meeting_requested.connect(self.meeting.open_my_meeting)
        home.say_it_requested.connect(self.open_say_it_board)
        home.thanks_requested.connect(self.ward_voice.open_say_thank_you)
        home.wall_requested.connect(self.ward_voice.open_wall)
        home.have_my_say_requested.connect(self.ward_voice.open_have_my_say)
        home.board_requested.connect(self.ward_voice.open_board)
        home.council_requested.connect(self.ward_voice.open_council)
        home.questions_requested.connect(self.ward_voice.open_questions)
        home.who_has_seen_requested.connect(self.open_who_has_seen)
        return home

    def go_home(self) -> None:
        if self._help_open:
            self.close_help()
        if self._locked is not None:
            self._return_to_locked()
            self._locked.home_in_round()  # type: ignore[attr-defined]
            self._update_nav()
            return
        if self._staff is not None:
            self._go_to_staff_home()
            return
        if self._person is None:
            self.start_over()
            return
        for index, screen in enumerate(self._history):
            if isinstance(screen, HomeScreen):
                del self._history[index:]
                screen.to_first_page()  # Home is the same every time; Back returns to the page left
                self.show_screen(screen, remember=False)
                return
        if isinstance(self.current_screen(), HomeScreen):
            return
        self.show_screen(self._make_home(self._person))

    def go_back(self) -> None:
        if self._locked is not None:
            if self.stack.currentWidget() is self._locked:
                self._locked.back_in_round()  # type: ignore[attr-defined]
                self._update_nav()
            else:
                self._return_to_locked()
            return
        current = self.stack.currentWidget()
        if isinstance(current, Screen) and current.back_a_step():
            for clock in (self.patient_idle, self.idle):
                clock.used()
            self._update_nav()
            return
        self.leave_screen()

    def leave_screen(self) -> None:
        """Back to the screen before, whatever page this one is on: a screen that is finished
        (Finished, Skip it) leaves from its words or symbols page too."""
        if self._locked is not None:
            self._return_to_locked()
            return
        if not self._history:
            return
        previous = self._history.pop()
        if previous is self.who_are_you:
            self.start_over()
            return
        self.show_screen(previous, remember=False)

    def open_settings(self) -> None:
        if self._person is None:
            return
        screen = MySettingsScreen(self._context, self._person)
        screen.preferences_changed.connect(self.apply_preferences)
        screen.press_requested.connect(self.open_how_i_press)
        self.show_screen(screen)

    def open_how_i_press(self) -> None:
        from coprod_desktop.ui.screens.settings.how_i_press_screen import HowIPressScreen

        if self._person is None:
            return
        screen = HowIPressScreen(self._context, self._person)
        screen.preferences_changed.connect(self.apply_preferences)
        self.show_screen(screen)

    def open_who_has_seen(self) -> None:
        """Every copy and export of the person's things, from the audit log: private, so Show first."""
        from coprod_desktop.ui.screens.mine.who_has_seen_screen import WhoHasSeenScreen

        person = self._person
        if person is None:
            return
        if not self._context.privacy.is_open(person.id):
            self.open_private()
            if not self._context.privacy.is_open(person.id):
                return
        self.show_screen(WhoHasSeenScreen(self._context, person))

    def open_say_it_board(self) -> None:
        """Help me say it, for the chosen person: from Home, or in the middle of their slideshow."""
        from coprod_desktop.ui.screens.meeting.say_it_board_screen import SayItBoardScreen

        if self._person is None:
            return
        self.show_screen(SayItBoardScreen(self._context, self._person))

    def open_help(self) -> None:
        self._return_to = self.current_screen()
        self._help_open = True
        self.stack.setCurrentWidget(self.help_card)
        self._update_nav()
        # The card records the request, chimes (even with speech off), then reads its words.
        person = self._turn_person()
        self.help_card.open_for(
            person.id if person else None, self._context.services.device.ward_id() or self.ward_id()
        )
        self.help_card.ok.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_help(self) -> None:
        if not self._help_open:
            return
        self._help_open = False
        self.stack.setCurrentWidget(self._return_to)
        self._update_nav()
        self._focus_content(self._return_to)

    def open_presentation(self, preparation_id: uuid.UUID) -> None:
        """The person's slideshow fills the screen (for a projector too); Close puts the window back."""
        from coprod_desktop.ui.screens.meeting.present_screen import PresentScreen

        if self._person is None:
            return
        screen = PresentScreen(self._context, self._person, preparation_id, self.meeting.thumbnails)
        screen.closed.connect(self.close_presentation)
        screen.say_it_requested.connect(self.open_say_it_board)
        self._state_before_slides = self.windowState()
        self.show_screen(screen)
        if not self._kiosk:
            self.showFullScreen()

    def close_presentation(self) -> None:
        if not self._kiosk:
            self.setWindowState(getattr(self, "_state_before_slides", Qt.WindowState.WindowNoState))
        self.go_back()

    # --- the staff area -----------------------------------------------------------------------
    @property
    def staff(self) -> PersonInfo | None:
        return self._staff

    def open_staff_sign_in(self) -> None:
        screen = SignInScreen(self._context, self._ward)
        screen.signed_in.connect(self.staff_signed_in)
        self.show_screen(screen)

    def staff_signed_in(self, staff: PersonInfo) -> None:
        self._staff = staff
        self._person = None
        self._context.privacy.close()
        self.patient_idle.stop()
        self._history = [self.who_are_you]
        self._go_to_staff_home(remember=False)
        self.idle.start(self._idle_minutes())
        self.help_banner = HelpBanner(
            self._context, staff, self._context.services.device.ward_id() or self.ward_id()
        )
        self._help_banner_slot.addWidget(self.help_banner)
        self._update_nav()

    @property
    def ward(self) -> WardInfo | None:
        return self._ward

    def ward_id(self) -> uuid.UUID | None:
        """The ward shown on Who are you?, which is this device's ward."""
        return self._ward.id if self._ward else None

    def _idle_minutes(self) -> int:
        ward_id = self._context.services.device.ward_id() or self.ward_id()
        return self._context.services.ward_settings.get(ward_id).idle_minutes if ward_id else 5

    def _go_to_staff_home(self, remember: bool = True) -> None:
        assert self._staff is not None
        for index, screen in enumerate(self._history):
            if isinstance(screen, StaffHomeScreen):
                del self._history[index:]
                self.show_screen(screen, remember=False)
                return
        if isinstance(self.current_screen(), StaffHomeScreen):
            return
        home = StaffHomeScreen(self._context, self._staff)
        home.area_requested.connect(self.open_staff_area)
        home.sign_out_requested.connect(lambda: self.sign_out(why="chose"))
        home.leave_requested.connect(self.leave)
        self.show_screen(home, remember=remember)

    def open_staff_area(self, area: StaffArea) -> None:
        if self._staff is None:
            return
        screen = area.screen_class()(self._context, self._staff)
        restored = getattr(screen, "data_restored", None)
        if restored is not None:
            # Everything on screen may be out of date, and the signed-in account may not exist in it.
            restored.connect(lambda: self.sign_out(why="restored"))
        round_requested = getattr(screen, "round_requested", None)
        if round_requested is not None:
            # A SAY group passes the tablet round: patient-sized screens, staff still signed in.
            round_requested.connect(self.ward_voice.open_group_round)
        self.show_screen(screen)

    def _staff_idle_timed_out(self) -> None:
        """Staff idle sign-out never cuts a patient off: in a round it waits for the turn to end."""
        if self._locked is not None and self._turn_person() is not None:
            self._sign_out_waiting = True
            return
        self.sign_out(why="idle")

    def sign_out(self, why: str = "chose") -> None:
        """Back to the patients' Who are you?. Staff screens save as they go, so nothing is lost."""
        staff, self._staff = self._staff, None
        self._locked = None
        if self.help_banner is not None:
            self.help_banner.timer.stop()
            self.help_banner.hide()
            self.help_banner.deleteLater()
            self.help_banner = None
        self._sign_out_waiting = False
        self.idle.stop()
        if staff is not None:
            self._context.services.audit.record("sign_out", actor_id=staff.id, detail={"why": why})
        self.start_over()

    def show_first_run(self, session_factory: SessionFactory) -> None:
        """No staff member can sign in yet: set up the ward and the first account, then sign them in."""
        from coprod_desktop.ui.screens.setup.first_run_screen import FirstRunScreen

        screen = FirstRunScreen(session_factory)
        screen.finished.connect(self._first_run_done)
        self._history.clear()
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self.nav.setVisible(False)

    def _first_run_done(self, made: FirstRun) -> None:
        self._ward = made.ward
        use_ward_library(self._context, self._context.catalogue, made.ward.id)
        self.nav.setVisible(True)
        self._context.services.audit.record("sign_in", actor_id=made.staff.id, detail={"first_run": True})
        self.who_are_you.show_ward(made.ward, [])
        self.staff_signed_in(made.staff)

    def leave(self) -> None:
        """Closes My Say; only reachable from the staff area, so kiosk mode needs a PIN to leave."""
        self._leaving = True
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def set_kiosk(self, on: bool) -> None:
        """Full screen; closing, Alt+F4 and Escape do nothing until staff choose Close My Say."""
        self._kiosk = on
        if on:
            self.fill_screen()

    def fill_screen(self) -> None:
        """Full screen, also where no window manager honours the request (a bare X server)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    @property
    def kiosk(self) -> bool:
        return self._kiosk

    def show_for_staff_only(self, screen: Screen) -> None:
        """Shows a message that must stay until staff act on it: no bar, no way back."""
        self._history.clear()
        self._help_open = False
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self.nav.setVisible(False)

    def read_screen(self) -> None:
        self._context.speaker.say(self.current_screen().spoken_summary())

    # --- the person's way of using the app ------------------------------------------------
    def apply_preferences(self, prefs: Preferences) -> None:
        ctx = self._context
        language = ctx.languages.use(prefs.language or ctx.ward_language)
        ctx.speaker.set_enabled(prefs.speech_on)
        ctx.speaker.set_voice(Voice(language=language, voice_id=prefs.voice, rate=prefs.rate))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            sheet = Theme(prefs.text_size, prefs.high_contrast).style_sheet()
            if app.styleSheet() != sheet:  # re-styling every widget takes half a second: only on a change
                app.setStyleSheet(sheet)
            app.setProperty(SYMBOLS_ON_PROPERTY, prefs.symbols_on)
        for button in self.findChildren(SymbolButton):
            button.show_symbols(prefs.symbols_on)
        self.switch.configure(prefs)

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._kiosk and not self._leaving:
            event.ignore()
            self.notices.add(self.tr("My Say is locked. Staff: sign in, then choose Close My Say."))
            return
        self._context.speaker.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._kiosk and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
