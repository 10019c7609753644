"""The recovery council, clicked on the demo ward: Home offers it only to the ward rep; the rep picks a
time, takes a topic and a quote, adds a point and makes the pack (PDF and PowerPoint, with no names);
staff record the council's answer and it reaches You said, we did. A time with nothing in it says so
kindly."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from pptx import Presentation
from pypdf import PdfReader
from PySide6.QtCore import Qt

from coprod_desktop.store.kinds import ActionSource, ActionStatus, PackStatus, Role, WhoseWords
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.council.council_screen import (
    STEP_PACK,
    STEP_PERIOD,
    STEP_POINTS,
    STEP_THEMES,
    CouncilScreen,
)
from coprod_desktop.ui.screens.council.council_words import council_periods
from coprod_desktop.ui.screens.staff.council_packs_screen import CouncilPacksScreen
from coprod_desktop.ui.screens.ward.have_my_say_screen import HaveMySayScreen
from coprod_desktop.ui.screens.ward.raise_screen import RaiseScreen
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home, sign_in_as_jo, type_words

LEFT = Qt.MouseButton.LeftButton


def rep_name(window: MainWindow) -> str:
    """The demo ward's rep, made one first if nobody is."""
    services = window._context.services
    ward_id = window.ward_id()
    assert ward_id is not None
    patients = services.people.on_ward(ward_id, Role.PATIENT)
    rep = next((p for p in patients if p.is_ward_rep), None)
    if rep is None:
        rep = services.people.update(patients[0].id, is_ward_rep=True)
    return rep.called


def open_council(qtbot, window: MainWindow) -> CouncilScreen:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, rep_name(window))
    assert home.council_choice.isVisibleTo(home)
    qtbot.mouseClick(home.council_choice, LEFT)
    screen = window.current_screen()
    assert isinstance(screen, CouncilScreen)
    return screen


def test_home_offers_the_council_only_to_the_ward_rep(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    rep = rep_name(window)
    home = open_home(qtbot, window, rep)
    assert home.council_choice.isVisibleTo(home)
    assert home.council_choice.height() >= 88
    window.start_over()
    other = next(n for n in ("Priya", "Lee", "Aisha", "Dafydd") if n != rep)
    home = open_home(qtbot, window, other)
    assert not home.council_choice.isVisibleTo(home)


def test_periods_end_with_this_month_and_since_the_last_council_needs_one() -> None:
    now = datetime(2026, 11, 22, 9, tzinfo=UTC)
    periods = council_periods(now, [])
    assert periods["month"] == (datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
    assert periods["quarter"][0] == datetime(2026, 9, 1, tzinfo=UTC)
    assert "since" not in periods
    january = council_periods(datetime(2027, 1, 5, tzinfo=UTC), [])
    assert january["quarter"] == (datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC))


NAMES = ("Sam", "Priya", "Dafydd", "Lee", "Aisha", "Jo")


def has_word(word: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE) is not None


def raise_idea_for_the_council(qtbot, window: MainWindow, name: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """Someone raises an idea and says yes to it being read at the council without their name."""
    home = open_home(qtbot, window, name)
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, HaveMySayScreen)
    qtbot.mouseClick(hub.buttons["idea"], LEFT)
    raising = window.current_screen()
    assert isinstance(raising, RaiseScreen)
    if raising.step == 0:
        qtbot.mouseClick(raising.skip_topic, LEFT)
    type_words(qtbot, raising, words)
    qtbot.mouseClick(raising.council.yes, LEFT)
    assert raising.council.answer()
    qtbot.mouseClick(raising.send, LEFT)
    window.start_over()


def test_the_rep_takes_themes_and_a_quote_adds_a_point_and_makes_a_pack_with_no_names(
    qtbot, window: MainWindow, speaker: RecordingSpeaker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    rep = rep_name(window)
    quoter = next(n for n in ("Priya", "Lee", "Aisha") if n != rep)
    raise_idea_for_the_council(qtbot, window, quoter, f"Can {rep} and I have a garden club?")

    screen = open_council(qtbot, window)
    assert screen.step == STEP_PERIOD
    assert speaker.last.startswith(
        "Recovery council. Step 1 of 4. Which time do you want to talk about? Talk about"
    )
    assert screen.period_buttons["since"].isVisibleTo(screen)  # the demo's pack was taken last month
    month = screen.period_buttons["month"]
    assert month.width() >= 88 and month.height() >= 88 and month.words == "This month"
    qtbot.mouseClick(month, LEFT)
    assert screen.step == STEP_THEMES
    assert screen.pack is not None and screen.pack.status is PackStatus.DRAFT
    assert "What people on the ward said" in speaker.last
    assert screen.themes_page.empty is None

    # Last week's food topic: 3 views by 3 people, so each face has fewer than 3 and says so, and the
    # total is left out (3 minus what shows would give a hidden count away).
    food = next(card for key, card in screen.themes_page.topic_cards.items() if key == "Food")
    assert "Views given" not in food.details.text()
    assert "Good fewer than 3" in food.details.text() and "Not good fewer than 3" in food.details.text()
    assert food.take.isChecked()  # every theme starts chosen; the rep leaves out what they want
    qtbot.mouseClick(food.take, LEFT)
    assert "Food" not in services.council.get(screen.pack.id).topics
    qtbot.mouseClick(food.take, LEFT)
    assert food.take.isChecked() and "Food" in services.council.get(screen.pack.id).topics
    assert "Taking this to the council" in speaker.last

    # You said, we did by status, in words with a shaped symbol.
    assert set(screen.themes_page.status_cards) == {ActionStatus.RED, ActionStatus.AMBER, ActionStatus.GREEN}
    red = screen.themes_page.status_cards[ActionStatus.RED]
    assert red.title.text() == "We can't do this" and "fewer than 3" in red.details.text()

    # The quotes: only what the disclosure rule offers. Sam's SAY group words (he said yes, on a topic
    # 3 people talked about) are; the new idea is not, though its owner said yes: nobody else had an
    # idea about that, so its words would point at them.
    tea = "“There is not enough choice at tea time.”"
    titles = {card.title.text(): key for key, card in screen.themes_page.quote_cards.items()}
    assert set(titles) == {tea}
    assert not any("garden" in title for title in titles)
    quote_id = titles[tea]
    quote = screen.themes_page.quote_cards[quote_id]
    assert "(" not in quote.details.text()  # no face beside a quote: it could be counted
    assert not quote.take.isChecked()
    qtbot.mouseClick(quote.take, LEFT)
    assert services.council.get(screen.pack.id).quotes == (quote_id,)

    # My points: words, saved as typed.
    qtbot.mouseClick(screen.next, LEFT)
    assert screen.step == STEP_POINTS
    assert screen.points_page.no_points.isVisibleTo(screen)
    qtbot.mouseClick(screen.points_page.add_words, LEFT)
    qtbot.keyClicks(screen.words_editor.box, "We want fresh fruit every day.")
    [point] = services.council.get(screen.pack.id).points
    assert point.words == "We want fresh fruit every day."
    qtbot.mouseClick(screen.words_editor.done, LEFT)
    [card] = screen.point_cards
    assert card.isVisibleTo(screen) and "We want fresh fruit every day." in card.body.text()
    # A point said with pictures: the sentence builder, any picture through More pictures.
    qtbot.mouseClick(screen.points_page.add_pictures, LEFT)
    sentence = screen.point_pages.sentence
    assert sentence is not None and screen.point_pages.currentWidget() is sentence
    qtbot.mouseClick(sentence.more, LEFT)
    picker = screen.point_pages.symbol_picker
    assert picker is not None
    qtbot.keyClicks(picker.search, "fruit")
    qtbot.mouseClick(next(b for b in picker.buttons() if b.symbol_id == "fruit"), LEFT)
    qtbot.mouseClick(sentence.done, LEFT)
    assert len(screen.point_cards) == 2
    assert [p.symbols for p in services.council.get(screen.pack.id).points] == [(), ("fruit",)]
    qtbot.mouseClick(screen.point_cards[1].remove, LEFT)
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    assert len(screen.point_cards) == 1

    # Make the pack: a PDF and a PowerPoint in the data folder's shares, with no names in them.
    qtbot.mouseClick(screen.next, LEFT)
    assert screen.step == STEP_PACK
    qtbot.mouseClick(screen.make, LEFT)
    screen.wait()
    qtbot.waitUntil(lambda: screen.files is not None)
    pdf, pptx = screen.files
    assert pdf.exists() and pptx.exists() and pdf.parent == window._context.paths.shares
    assert str(pdf.parent) in screen.pack_message.text()
    assert "The pack is ready" in speaker.last
    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "fresh fruit" in text and "tea time" in text and "fewer than 3" in text
    assert "garden club" not in text
    deck = Presentation(str(pptx))
    slides = "\n".join(
        shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame
    )
    assert "fresh fruit" in slides
    for name in NAMES:
        assert not has_word(name, text), name
        assert not has_word(name, slides), name
    qtbot.mouseClick(screen.done, LEFT)
    assert window.current_screen() is not screen


def test_staff_record_the_councils_answer_and_it_goes_on_you_said_we_did(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_council(qtbot, window)
    qtbot.mouseClick(screen.period_buttons["month"], LEFT)
    qtbot.mouseClick(screen.next, LEFT)
    qtbot.mouseClick(screen.points_page.add_words, LEFT)
    qtbot.keyClicks(screen.words_editor.box, "Can we have more trips out?")
    pack_id = screen.pack.id
    window.start_over()

    staff_home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["council"], LEFT)
    packs = window.current_screen()
    assert isinstance(packs, CouncilPacksScreen)
    assert packs.pack_rows[pack_id].isVisibleTo(packs)
    assert "Being got ready" in packs.pack_rows[pack_id].accessibleName()
    qtbot.mouseClick(packs.pack_rows[pack_id], LEFT)
    assert "Food: Good fewer than 3" in packs.contents.text()
    assert "trips out" in packs.contents.text()
    qtbot.mouseClick(packs.mark_taken, LEFT)
    assert services.council.get(pack_id).status is PackStatus.TAKEN

    rows = {row.item.key: row for row in packs.answer_rows}
    assert all(row.isVisibleTo(packs) for row in rows.values())
    food = rows["topic:Food"]
    qtbot.keyClicks(food.answer, "The kitchen will offer a salad bar.")
    qtbot.mouseClick(food.status_buttons[ActionStatus.RED], LEFT)
    qtbot.mouseClick(food.save_button, LEFT)
    assert "Say why" in food.message.text()  # Red without a reason is refused
    assert services.council.get(pack_id).answers == ()
    qtbot.mouseClick(food.status_buttons[ActionStatus.GREEN], LEFT)
    qtbot.mouseClick(food.save_button, LEFT)
    assert "Saved" in food.message.text()

    point_row = next(row for row in packs.answer_rows if row.item.point_id is not None)
    qtbot.keyClicks(point_row.answer, "Trips need two staff. We are asking for them.")
    qtbot.mouseClick(point_row.status_buttons[ActionStatus.AMBER], LEFT)
    qtbot.mouseClick(point_row.save_button, LEFT)

    pack = services.council.get(pack_id)
    assert pack.status is PackStatus.ANSWERED and len(pack.answers) == 2
    council = [a for a in services.actions.board(pack.ward_id) if a.source is ActionSource.COUNCIL]
    by_words = {a.you_said: a for a in council}
    assert by_words["What people said about Food"].status is ActionStatus.GREEN
    assert by_words["What people said about Food"].reply == "The kitchen will offer a salad bar."
    assert by_words["Can we have more trips out?"].status is ActionStatus.AMBER
    assert "The council has answered" in packs.pack_rows[pack_id].accessibleName()

    qtbot.mouseClick(packs.remake, LEFT)
    packs.wait()
    qtbot.waitUntil(lambda: packs.files is not None)
    assert all(path.exists() for path in packs.files)


def test_a_time_with_nothing_in_it_says_so_kindly(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    ward_id = window.ward_id()
    rep = services.people.on_ward(ward_id, Role.PATIENT)
    rep_id = next(p.id for p in rep if p.called == rep_name(window))
    # A council was held for November up to today: nothing has happened on the ward since.
    before = services.council.start_pack(
        ward_id, rep_id, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 23, tzinfo=UTC)
    )
    services.council.mark_taken(before.id)
    screen = open_council(qtbot, window)
    since = screen.period_buttons["since"]
    assert since.isVisibleTo(screen) and since.words == "Since the last council"
    qtbot.mouseClick(since, LEFT)
    assert screen.step == STEP_THEMES
    assert screen.themes_page.empty is not None and screen.themes_page.empty.isVisibleTo(screen)
    assert not screen.themes_page.cards
    assert "Nothing was said on the ward in this time" in speaker.last
    qtbot.mouseClick(window.nav.read, LEFT)
    assert "You can still add your own points" in speaker.last
    qtbot.mouseClick(screen.themes_page.empty_points, LEFT)
    assert screen.step == STEP_POINTS
    # Choosing the same time again reopens the same draft.
    draft = screen.pack
    qtbot.mouseClick(window.nav.back, LEFT)  # the bar's Back goes one step at a time
    assert screen.step == STEP_THEMES
    qtbot.mouseClick(window.nav.back, LEFT)
    assert screen.step == STEP_PERIOD and window.current_screen() is screen
    qtbot.mouseClick(screen.period_buttons["since"], LEFT)
    assert screen.pack is not None and draft is not None and screen.pack.id == draft.id


def test_staff_alongside_type_what_the_rep_says_and_welsh_words_come_with_the_language(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    ward_id = window.ward_id()
    jo = next(p for p in services.people.on_ward(ward_id, Role.STAFF) if p.called == "Jo")
    screen = open_council(qtbot, window)
    window.meeting.alongside.staff = jo  # what "Staff with me" and Jo's PIN leave behind
    qtbot.mouseClick(screen.period_buttons["quarter"], LEFT)
    qtbot.mouseClick(screen.next, LEFT)
    qtbot.mouseClick(screen.points_page.add_words, LEFT)
    assert screen.words_editor.whose_words is WhoseWords.STAFF_TYPED
    qtbot.keyClicks(screen.words_editor.box, "The rep says the garden should open earlier.")
    [point] = services.council.get(screen.pack.id).points
    assert point.whose is WhoseWords.STAFF_TYPED and point.written_by_id == jo.id
    qtbot.mouseClick(screen.words_editor.done, LEFT)
    assert "Jo wrote down what" in screen.point_cards[0].body.text()
    qtbot.mouseClick(screen.point_cards[0].hear, LEFT)
    assert "garden should open earlier" in speaker.last

    window._context.languages.use("cy")  # shared words are retranslated at once
    qtbot.waitUntil(lambda: screen.words_editor.hear.words != "Hear it")
    qtbot.mouseClick(window.nav.read, LEFT)
    assert speaker.last
    window._context.languages.use("en")
    qtbot.waitUntil(lambda: screen.words_editor.hear.words == "Hear it")
    assert screen.words_editor.done.words == "Back to my points"
