"""The reusable patient controls on their own: rating faces, symbol buttons, wrapped words, notices."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.store.models import Rating
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.widgets.notice_bar import NoticeBar
from coprod_desktop.ui.widgets.rating_scale import RatingScale
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton
from coprod_desktop.ui.widgets.wrap_label import SMALLEST_SCALE, WrapLabel
from tests.fakes import RecordingSpeaker

LEFT = Qt.MouseButton.LeftButton


def test_rating_scale_picks_one_face_and_says_it(
    qtbot, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    scale = RatingScale(ui_context.painter, speaker)
    qtbot.addWidget(scale)
    scale.show()
    assert scale.value() is None
    with qtbot.waitSignal(scale.rated) as rated:
        qtbot.mouseClick(scale.button(Rating.NOT_SURE), LEFT)
    assert rated.args == [Rating.NOT_SURE.value]
    assert speaker.last == "Not sure"
    qtbot.mouseClick(scale.button(Rating.GOOD), LEFT)
    assert scale.value() is Rating.GOOD
    assert not scale.button(Rating.NOT_SURE).isChecked()
    for rating in Rating:
        button = scale.button(rating)
        assert button.width() >= MIN_TARGET and button.height() >= MIN_TARGET
        assert button.accessibleName() == button.spoken
    scale.set_value(None)
    assert scale.value() is None


def test_symbol_button_keeps_its_accessible_name_equal_to_what_it_says(
    qtbot, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    button = SymbolButton(ui_context.painter, speaker, "home", "Home")
    qtbot.addWidget(button)
    button.set_words("Big", "Big words")
    assert button.words == "Big" and button.accessibleName() == "Big words"
    qtbot.mouseClick(button, LEFT)
    assert speaker.last == "Big words"
    assert button.minimumWidth() >= MIN_TARGET and button.minimumHeight() >= MIN_TARGET


def test_wrapped_words_stop_at_their_line_limit_with_an_ellipsis(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = WrapLabel("word " * 200, max_lines=2)
    qtbot.addWidget(label)
    lines = label.visible_lines(200)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    unbroken = WrapLabel("A" * 500, max_lines=3)
    qtbot.addWidget(unbroken)
    assert len(unbroken.visible_lines(200)) == 3  # breaks even without spaces
    assert unbroken.heightForWidth(200) < 200


def test_shorter_words_show_only_where_the_whole_would_be_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = WrapLabel(max_lines=2)
    qtbot.addWidget(label)
    label.show()  # a hidden widget is not told of its new size
    whole = "You said, we did\nDone: Can we have a film night on Fridays?"
    label.setText(whole, "You said, we did\nDone")
    label.resize(2000, 80)
    assert label.text() == whole  # two lines at this width: the whole shows
    label.resize(120, 80)
    assert label.text() == "You said, we did\nDone"  # more than two lines: the shorter words
    assert not label.visible_lines(120)[-1].endswith("…")
    label.set_max_lines(12)
    assert label.text() == whole  # room for every line again
    assert label.line_count(120, whole=True) == label.line_count(120)


def test_a_word_too_long_for_its_box_is_drawn_smaller_not_broken(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = WrapLabel("Gweithgareddau", max_lines=2)
    qtbot.addWidget(label)
    full = label.fontMetrics().horizontalAdvance("Gweithgareddau")
    narrow = int(full * 0.9)
    assert label.breaks_a_word(narrow)  # at its own size it would break
    assert not label.breaks_a_word(narrow, as_drawn=True)
    assert label.drawn_font(narrow).pointSizeF() < label.font().pointSizeF()
    assert label.visible_lines(narrow) == ["Gweithgareddau"]
    assert label.breaks_a_word(int(full * 0.5), as_drawn=True)  # past the smallest size: still broken
    assert label.drawn_font(full + 10) == label.font()


def test_a_symbol_button_is_never_narrower_than_its_longest_word(
    qtbot, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    button = SymbolButton(ui_context.painter, speaker, "home", "Everything", symbol_size=36)
    qtbot.addWidget(button)
    button.setMinimumSize(40, 88)  # a screen's least size, set for shorter words
    qtbot.wait(1)  # its words asked for room
    longest = button.fontMetrics().horizontalAdvance("Everything")
    assert button.minimumWidth() >= longest * SMALLEST_SCALE  # drawn at most a fifth smaller
    button.setMaximumWidth(60)
    assert button.minimumWidth() <= button.maximumWidth()  # a cap still wins: the row pages instead


def test_notice_bar_shows_each_message_once_then_goes(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.add("Speech is off.")
    bar.add("Speech is off.")
    bar.add("Pictures are missing.")
    assert not bar.isHidden()
    assert "Speech is off." in bar.text()
    qtbot.mouseClick(bar.ok, LEFT)
    assert "Pictures are missing." in bar.text()
    qtbot.mouseClick(bar.ok, LEFT)
    assert bar.isHidden()
    bar.add("Speech is off.")
    assert bar.isHidden()  # already seen in this run


def test_emoji_font_is_found_so_names_with_emoji_are_drawn(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics

    from coprod_desktop.ui.emoji_font import add_emoji_font

    family = add_emoji_font()
    assert family is not None
    from PySide6.QtGui import QFont

    assert QFontMetrics(QFont(family)).inFontUcs4(ord("🌈"))
