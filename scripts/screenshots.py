#!/usr/bin/env python3
"""Saves a PNG of every screen in English and Welsh, normal and high contrast, into docs/screenshots/.

Run with `.venv/bin/python scripts/screenshots.py` (offscreen works; no speakers needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCharts import QChartView  # noqa: E402
from PySide6.QtCore import QPoint, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QWidget  # noqa: E402

from coprod_desktop.app import open_and_update_store  # noqa: E402
from coprod_desktop.cli import parse  # noqa: E402
from coprod_desktop.paths import DataPaths  # noqa: E402
from coprod_desktop.services.demo import DEMO_MANAGER, seed_demo_ward  # noqa: E402
from coprod_desktop.services.pictures import import_picture  # noqa: E402
from coprod_desktop.services.records import Preferences  # noqa: E402
from coprod_desktop.speech.silent import SilentSpeaker  # noqa: E402
from coprod_desktop.store.kinds import AccessMode, ActionSource, Role, TextSize, ThankReason  # noqa: E402
from coprod_desktop.store.problems import ProblemKind, StoreProblem  # noqa: E402
from coprod_desktop.symbols.catalogue import SymbolCatalogue  # noqa: E402
from coprod_desktop.ui.context import Services, UiContext  # noqa: E402
from coprod_desktop.ui.emoji_font import add_emoji_font  # noqa: E402
from coprod_desktop.ui.i18n import LanguageSwitcher  # noqa: E402
from coprod_desktop.ui.kit.fit_check import cut_words  # noqa: E402
from coprod_desktop.ui.main_window import MainWindow  # noqa: E402
from coprod_desktop.ui.screens.council.council_screen import STEP_POINTS, CouncilScreen  # noqa: E402
from coprod_desktop.ui.screens.home.home_screen import HomeScreen  # noqa: E402
from coprod_desktop.ui.screens.meeting.my_meeting_screen import MyMeetingScreen  # noqa: E402
from coprod_desktop.ui.screens.meeting.present_screen import PresentScreen  # noqa: E402
from coprod_desktop.ui.screens.meeting.topic_screen import TopicScreen  # noqa: E402
from coprod_desktop.ui.screens.prems.questions_screen import QuestionsScreen  # noqa: E402
from coprod_desktop.ui.screens.setup.first_run_screen import FirstRunScreen  # noqa: E402
from coprod_desktop.ui.screens.staff.actions_board_screen import ActionsBoardScreen  # noqa: E402
from coprod_desktop.ui.screens.staff.areas import available_areas  # noqa: E402
from coprod_desktop.ui.screens.staff.council_packs_screen import CouncilPacksScreen  # noqa: E402
from coprod_desktop.ui.screens.staff.partnership_screen import PartnershipScreen  # noqa: E402
from coprod_desktop.ui.screens.staff.prems_screen import (  # noqa: E402
    SECTION_QUESTIONS,
    SECTION_RESULTS,
    PremsScreen,
)
from coprod_desktop.ui.screens.staff.say_groups_screen import SayGroupsScreen  # noqa: E402
from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen  # noqa: E402
from coprod_desktop.ui.screens.start.store_problem_screen import StoreProblemScreen  # noqa: E402
from coprod_desktop.ui.screens.ward.raise_screen import RaiseScreen  # noqa: E402
from coprod_desktop.ui.screens.ward.say_thank_you_screen import SayThankYouScreen  # noqa: E402
from coprod_desktop.ui.symbol_icons import SymbolPainter  # noqa: E402
from coprod_desktop.ui.theme import Theme  # noqa: E402
from coprod_desktop.ui.widgets.prem_charts import colour_count  # noqa: E402

SIZE = (1280, 800)
PARTS = ("meeting", "ward")


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def garden_photo(path: Path) -> Path:
    """A made-up photo (a sky, a lawn and a sun) for Sam's topic, so slides show a picture."""
    picture = Image.new("RGB", (800, 600), "#9CCFEA")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 380, 800, 600), fill="#5E9E3A")
    draw.ellipse((580, 60, 700, 180), fill="#F7C531")
    draw.rectangle((120, 250, 170, 400), fill="#7A4E2A")
    draw.ellipse((60, 150, 230, 300), fill="#2F7A2F")
    picture.save(path)
    return path


def shoot_my_meeting(
    window: MainWindow, shoot: Callable[..., None], context: UiContext, picture: str
) -> None:
    """My meeting, a topic with words and a picture, adding a topic, taking part, and two slides."""
    shoot("my-meeting", window.meeting.open_my_meeting)
    screen = window.current_screen()
    assert isinstance(screen, MyMeetingScreen) and screen.preparation is not None
    first = screen.preparation.topics[0]
    if not any(piece.file_name == picture for piece in first.pieces):
        context.services.preparation.add_picture(first.id, picture)
    shoot("topic", lambda: window.meeting.open_topic(first.id))
    topic = window.current_screen()
    assert isinstance(topic, TopicScreen)
    shoot("topic-words", topic.start_words)
    shoot("topic-symbols", topic.start_symbol)
    context.paths.new_pictures.mkdir(parents=True, exist_ok=True)
    for name in ("garden-1.png", "garden-2.png", "garden-3.png"):
        if not (context.paths.new_pictures / name).exists():
            garden_photo(context.paths.new_pictures / name)
    shoot("topic-picture", topic.start_picture)
    window.leave_screen()
    shoot("add-topic", lambda: window.meeting.open_add_topic(screen.preparation.id))
    window.go_back()
    shoot("taking-part", lambda: window.meeting.open_taking_part(screen.preparation.id))
    window.go_back()
    shoot("share", lambda: window.meeting.open_share(screen.preparation.id))
    window.go_back()
    shoot("say-it-board", window.open_say_it_board)
    window.go_back()

    def slides(index: int) -> None:
        if not isinstance(window.current_screen(), PresentScreen):
            window.meeting.open_present(screen.preparation.id)
        window.showNormal()  # the slideshow fills the screen; the picture keeps the usual size
        window.resize(*SIZE)
        show = window.current_screen()
        assert isinstance(show, PresentScreen)
        show.go_to(index)

    shoot("slides-title", lambda: slides(0))
    shoot("slides-topic", lambda: slides(1))
    show = window.current_screen()
    assert isinstance(show, PresentScreen)
    show.closed.emit()
    window.resize(*SIZE)


def shoot_ward_voice(window: MainWindow, shoot: Callable[..., None]) -> None:
    """Thank-yous, having my say (idea, not happy, the SAY group) and You said, we did."""
    flow = window.ward_voice
    shoot("say-thank-you", flow.open_say_thank_you)
    thanks = window.current_screen()
    assert isinstance(thanks, SayThankYouScreen)
    priya = next(p for p in window.who_are_you.people() if p.called == "Priya")
    shoot("say-thank-you-how", lambda: thanks.choose_person(priya))  # straight on to sending
    shoot("say-thank-you-why", thanks.add_why.click)
    thanks.toggle_reason(ThankReason.MADE_ME_LAUGH, True)
    thanks.next_step()
    shoot("say-thank-you-words", thanks.add_words.click)
    thanks.back_a_step()
    shoot("say-thank-you-pictures", thanks.add_pictures.click)
    thanks.back_a_step()
    thanks.back_a_step()  # to Who?: someone else, shown by a picture
    shoot("say-thank-you-someone-else", lambda: thanks.someone_else and thanks.someone_else.click())
    shoot("say-thank-you-someone-picture", thanks.someone.panel.picture.click)
    picker = thanks.someone.pieces.symbol_picker
    assert picker is not None
    shoot("say-thank-you-someone-chosen", lambda: picker.chosen.emit("family"))
    shoot("say-thank-you-someone-how", thanks.next_step)
    window.go_home()
    shoot("thank-you-wall", flow.open_wall)
    window.go_home()
    shoot("have-my-say", flow.open_have_my_say)
    shoot("idea", lambda: flow.open_raise(ActionSource.IDEA))
    idea = window.current_screen()
    assert isinstance(idea, RaiseScreen)
    shoot("idea-words", lambda: idea.choose_topic(0))
    shoot("idea-pictures", idea.with_pictures.click)
    sentence = idea.pieces.sentence
    assert sentence is not None
    shoot(
        "idea-pictures-said",
        lambda: [sentence.add(s) for s in ("core-i", "core-want", "core-more", "canteen")],
    )
    shoot("idea-said", sentence.done.click)
    window.go_home()
    shoot("not-happy", lambda: flow.open_raise(ActionSource.NOT_HAPPY))
    window.go_home()
    person = window.person
    group = window._context.services.say_groups.open_group(person.ward_id) if person else None
    if group is not None:
        shoot("say-view", lambda: flow.open_say_view(group.topics[0]))
        view = window.current_screen().panel  # type: ignore[attr-defined]
        shoot("say-view-pictures", view.add_pictures.click)
        said = view.pages.sentence
        shoot(
            "say-view-said",
            lambda: [said.add(s) for s in ("core-i", "core-like", "food")] and said.done.click(),
        )
        window.go_home()
    shoot("you-said-we-did", flow.open_board)
    window.go_home()
    shoot_measures(window, shoot)


def shoot_measures(window: MainWindow, shoot: Callable[..., None]) -> None:
    """Questions for me (Sam's are due in the demo) and the recovery council (Sam is the ward rep)."""
    flow = window.ward_voice
    shoot("questions", flow.open_questions)
    questions = window.current_screen()
    assert isinstance(questions, QuestionsScreen)

    def answer_them_all() -> None:
        """Good, not sure, good…, with one skipped: the page that says better, same or worse."""
        for index in range(len(questions.items)):
            if index == 3:
                questions.skip.click()
            else:
                questions.rating.rated.emit("good" if index % 3 else "not_sure")

    shoot("questions-results", answer_them_all)
    person = window.person
    if person is not None:  # due again, so every look's Home shows Questions for me
        context = window._context
        context.services.prems.schedule(person.id, 30, context.clock(), None)
    window.go_home()
    shoot("council", flow.open_council)
    council = window.current_screen()
    assert isinstance(council, CouncilScreen)
    shoot("council-themes", lambda: council.choose_period("month"))
    shoot("council-points", lambda: council.show_step(STEP_POINTS, speak=False))
    shoot("council-points-pictures", council.points_page.add_pictures.click)
    sentence = council.point_pages.sentence
    assert sentence is not None
    shoot(
        "council-points-said", lambda: [sentence.add(s) for s in ("core-i", "core-want", "core-more", "food")]
    )
    shoot("council-points-card", sentence.done.click)
    window.go_home()


def require_drawn(view: QChartView, name: str) -> None:
    """Stops the script if a chart came out blank: no series, no points, or one flat colour."""
    chart = view.chart()
    series = chart.series() if chart is not None else []
    points = sum(getattr(each, "count", lambda: 0)() for each in series)
    if not series or not points or colour_count(view.grab().toImage()) < 4:
        raise SystemExit(f"screenshots: the chart on {name} is blank")


def scroll_to(widget: QWidget) -> None:
    """Brings a widget (a chart far down a staff screen) to the top of the scroll area around it,
    once the look has been applied and the layout has settled."""

    def scroll() -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            top = widget.mapTo(parent.widget(), QPoint(0, 0)).y()
            parent.verticalScrollBar().setValue(max(0, top - 16))

    QTimer.singleShot(0, scroll)


def shoot_staff_ward_voice(window: MainWindow, shoot: Callable[..., None]) -> None:
    """The facilitator's agenda and past groups, passing the tablet round, and answering an action."""
    areas = {area.key: area for area in available_areas()}
    window.open_staff_area(areas["say-groups"])
    groups = window.current_screen()
    assert isinstance(groups, SayGroupsScreen)
    shoot("staff-say-groups-agenda", lambda: groups.show_section(1))
    group = groups.group

    def minutes() -> None:
        groups.show_section(2)
        ward_id = group.ward_id if group is not None else None
        ended = (
            [g for g in window._context.services.say_groups.held(ward_id) if not g.is_open] if ward_id else []
        )
        if ended:
            groups.show_minutes(ended[0].id)

    shoot("staff-say-groups-minutes", minutes)
    if group is not None:
        shoot("say-group-round", lambda: window.ward_voice.open_group_round(group.id))
    window.open_staff_area(areas["actions"])
    board = window.current_screen()
    assert isinstance(board, ActionsBoardScreen)
    shoot("staff-actions-answer", lambda: board.choose_row(0))
    window.open_staff_area(areas["prems"])
    prems = window.current_screen()
    assert isinstance(prems, PremsScreen)
    shoot("staff-prems-questions", lambda: prems.show_section(SECTION_QUESTIONS))
    services = window._context.services
    ward_id = window.staff.ward_id if window.staff is not None else None
    on_ward = services.people.on_ward(ward_id) if ward_id is not None else []
    sam = next((p for p in on_ward if p.called == "Sam"), None)

    def results() -> None:
        prems.show_section(SECTION_RESULTS)
        if sam is not None:
            prems.choose_person(sam)
        scroll_to(prems.person_view)

    shoot("staff-prems-person-chart", results)
    require_drawn(prems.person_view, "staff-prems-person-chart")
    shoot("staff-prems-ward-chart", lambda: scroll_to(prems.ward_view))
    require_drawn(prems.ward_view, "staff-prems-ward-chart")
    window.open_staff_area(areas["partnership"])
    partnership = window.current_screen()
    assert isinstance(partnership, PartnershipScreen)

    def progress() -> None:
        partnership.show_section(1)
        scroll_to(partnership.chart_view)

    shoot("staff-partnership-progress", progress)
    require_drawn(partnership.chart_view, "staff-partnership-progress")
    window.open_staff_area(areas["council"])
    packs = window.current_screen()
    assert isinstance(packs, CouncilPacksScreen)
    ward_packs = services.council.packs(ward_id) if ward_id is not None else []
    if ward_packs:
        shoot("staff-council-pack", lambda: packs.open_pack(ward_packs[0].id))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--look", action="append", help="only these looks, e.g. en-standard (default: all four)"
    )
    parser.add_argument(
        "--only", action="append", help="save only these screens, e.g. not-happy (the others still run)"
    )
    parser.add_argument(
        "--part",
        action="append",
        choices=PARTS,
        help="only these parts of the app (default: all), e.g. meeting: quicker than --only",
    )
    parser.add_argument(
        "--check-fit",
        action="store_true",
        help="save no pictures: list every place where words are cut off, and exit 1 if there are any",
    )
    parser.add_argument(
        "--text-size",
        choices=[size.value for size in TextSize],
        default=TextSize.NORMAL.value,
        help="the word size (files get it in their names when not normal)",
    )
    args = parser.parse_args()
    text_size = TextSize(args.text_size)

    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    add_emoji_font()
    saved: list[Path] = []
    cut: list[str] = []
    with tempfile.TemporaryDirectory() as data_dir:
        paths = DataPaths(Path(data_dir))
        store = open_and_update_store(paths, parse(["--data-dir", data_dir]))
        ward = seed_demo_ward(store.session_factory)
        assert ward is not None
        services = Services.build(store.session_factory)
        # A slow machine takes minutes over the screens: nobody may be signed out for idling meanwhile.
        services.ward_settings.update(ward.id, idle_minutes=120, patient_idle_minutes=60)
        catalogue = SymbolCatalogue.load()
        languages = LanguageSwitcher(app)
        context = UiContext(
            services=services,
            speaker=SilentSpeaker(),
            catalogue=catalogue,
            painter=SymbolPainter(catalogue),
            languages=languages,
            paths=paths,
        )
        window = MainWindow(context, ward)
        window.resize(*SIZE)
        window.show()
        people = {p.called: p for p in window.who_are_you.people()}
        sams_picture = import_picture(garden_photo(Path(data_dir) / "garden.png"), paths.pictures)
        # The ward manager, who may open every staff area (Jo, ward staff, is told kindly where not).
        jo = next(
            p for p in context.services.people.on_ward(ward.id, role=Role.STAFF) if p.called == DEMO_MANAGER
        )
        for language in ("en", "cy"):
            for high_contrast in (False, True):
                look = f"{language}-{'contrast' if high_contrast else 'standard'}"
                if args.look and look not in args.look:
                    continue
                prefs = Preferences(language=language, high_contrast=high_contrast, text_size=text_size)
                if text_size is not TextSize.NORMAL:
                    look = f"{look}-{text_size.value}"
                # Saved as Sam's own choices, so his settings screen shows them selected.
                context.services.preferences.update(
                    people["Sam"].id, language=language, high_contrast=high_contrast, text_size=text_size
                )
                context.ward_language = language

                def shoot(
                    name: str, action: Callable[[], None], prefs: Preferences = prefs, look: str = look
                ) -> None:
                    action()
                    window.apply_preferences(prefs)
                    settle(app)
                    if not args.only or name in args.only:
                        if not args.check_fit:
                            saved.append(save(window, args.out, f"{name}-{look}"))
                        else:
                            cut.extend(f"{name}-{look}: {problem}" for problem in cut_words(window))

                shoot("who-are-you", window.start_over)
                shoot("is-this-you", lambda: window.choose_person(people["Sam"]))
                shoot("home-private-hidden", lambda: window.open_session(people["Sam"], private_open=False))
                shoot("home", lambda: context.privacy.open(people["Sam"].id))
                home = window.current_screen()
                assert isinstance(home, HomeScreen)
                if args.part:  # only the parts asked for, after Who are you? and Home
                    if "meeting" in args.part:
                        shoot_my_meeting(window, shoot, context, sams_picture)
                    if "ward" in args.part:
                        shoot_ward_voice(window, shoot)
                    window.start_over()
                    continue
                shoot("still-there", window._patient_idle_timed_out)
                window._carry_on()
                shoot("who-has-seen", window.open_who_has_seen)
                window.go_home()
                shoot("my-settings", window.open_settings)
                shoot("how-i-press", window.open_how_i_press)
                window.go_home()
                # One switch, a row at a time: the highlight rings Home's second row.
                scanning = replace(prefs, access_mode=AccessMode.ONE_SWITCH, scan_rows=True, scan_ms=5000)
                window.apply_preferences(scanning)

                def step_to_a_row() -> None:
                    scanner, ring = window.switch.scanner, window.switch.ring
                    assert scanner is not None and ring is not None
                    for _ in range(12):  # on to the first row of several choices
                        scanner.step()
                        if len(ring.targets) > 1:
                            break

                shoot("home-scanning-rows", step_to_a_row, prefs=scanning)
                window.apply_preferences(prefs)
                shoot("help-coming", window.open_help)
                window.help_card.i_am_ok()  # cancelled, so staff screens show only the demo's own request
                shoot_my_meeting(window, shoot, context, sams_picture)
                shoot_ward_voice(window, shoot)
                window.start_over()
                window.choose_person(people["Priya"])
                shoot("picture-password", lambda: window._confirmed(people["Priya"]))
                window.start_over()

                def sign_in_screen() -> None:
                    window.open_staff_sign_in()
                    screen = window.current_screen()
                    assert isinstance(screen, SignInScreen)
                    screen.choose(jo)

                shoot("staff-sign-in", sign_in_screen)
                shoot("staff-home", lambda: window.staff_signed_in(jo))
                for area in available_areas():
                    shoot(f"staff-{area.key}", lambda a=area: window.open_staff_area(a))
                shoot_staff_ward_voice(window, shoot)
                window.sign_out()

                languages.use(language)
                app.setStyleSheet(Theme(high_contrast=high_contrast).style_sheet())
                first = QMainWindow()
                first.setCentralWidget(FirstRunScreen(store.session_factory))
                first.resize(*SIZE)
                first.show()
                settle(app)
                if args.check_fit:
                    cut.extend(f"first-run-{look}: {problem}" for problem in cut_words(first))
                else:
                    saved.append(save(first, args.out, f"first-run-{look}"))
                first.close()

                languages.use(language)
                app.setStyleSheet(Theme(high_contrast=high_contrast).style_sheet())
                problem = QMainWindow()
                problem.setCentralWidget(
                    StoreProblemScreen(
                        StoreProblem(ProblemKind.CORRUPT, str(paths.store_file), "file is not a database")
                    )
                )
                problem.resize(*SIZE)
                problem.show()
                settle(app)
                if args.check_fit:
                    cut.extend(f"store-problem-{look}: {problem}" for problem in cut_words(problem))
                else:
                    saved.append(save(problem, args.out, f"store-problem-{look}"))
                problem.close()
        store.dispose()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    if args.check_fit:
        for line in cut:
            print(line)
        print(f"{len(cut)} places where words are cut off")
        return 1 if cut else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
