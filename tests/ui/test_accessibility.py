"""DESIGN.md section 3 checked on the real screens: target sizes, names, keyboard and switch, contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.switch_access import SwitchAccess
from coprod_desktop.ui.theme import HIGH_CONTRAST, STANDARD
from coprod_desktop.ui.widgets.symbol_button import TALL_TILE_LINES, SymbolButton
from coprod_desktop.ui.widgets.wrap_label import WrapLabel
from tests.conftest import ODD_NAMES
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import ward_asks_is_this_you

LEFT = Qt.MouseButton.LeftButton


def visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisible()]


def check_targets(root: QWidget) -> None:
    buttons = visible_buttons(root)
    assert buttons
    for button in buttons:
        assert button.width() >= 88 and button.height() >= 88, button.accessibleName()
        assert button.accessibleName(), f"a button has no accessible name: {button!r}"
        if isinstance(button, SymbolButton):
            assert button.accessibleName() == button.spoken


def test_every_target_is_big_and_named_on_each_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    check_targets(window)
    ward_asks_is_this_you(window)
    qtbot.mouseClick(window.who_are_you.button_for("Sam"), LEFT)
    check_targets(window)  # Is this you?
    qtbot.mouseClick(window.current_screen().yes, LEFT)
    check_targets(window)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    qtbot.mouseClick(home.settings_choice, LEFT)
    check_targets(window)
    qtbot.mouseClick(window.nav.help, LEFT)
    check_targets(window)


def test_targets_are_at_least_8px_apart_on_who_are_you(window: MainWindow) -> None:
    rects = [
        b.geometry().translated(b.mapTo(window, b.rect().topLeft()) - b.pos())
        for b in visible_buttons(window)
    ]
    for i, first in enumerate(rects):
        for second in rects[i + 1 :]:
            grown = first.adjusted(-8, -8, 8, 8)
            assert not grown.intersects(second.adjusted(1, 1, -1, -1)), (first, second)


def test_space_moves_and_enter_picks_like_a_single_switch(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    switch = SwitchAccess(window)
    from PySide6.QtWidgets import QApplication

    QApplication.instance().installEventFilter(switch)
    try:
        window.activateWindow()
        window.nav.home.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(lambda: window.nav.home.hasFocus())
        qtbot.keyClick(window.nav.home, Qt.Key.Key_Space)
        assert window.nav.back.hasFocus() or window.nav.read.hasFocus()  # Back is disabled here
        speaker.said.clear()
        while (
            not isinstance(QApplication.focusWidget(), SymbolButton)
            or QApplication.focusWidget().spoken != "Sam"
        ):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert speaker.last == "Sam"  # auditory scanning: each step says where you are
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(window.current_screen(), HomeScreen))
        assert window.current_screen().isAncestorOf(QApplication.focusWidget())  # on Home's choices
    finally:
        QApplication.instance().removeEventFilter(switch)


def contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("palette", "minimum"), [(STANDARD, 4.5), (HIGH_CONTRAST, 7.0)])
def test_theme_colours_meet_contrast_rules(palette, minimum: float) -> None:  # type: ignore[no-untyped-def]
    pairs = [
        (palette.text, palette.window),
        (palette.button_text, palette.button),
        (palette.accent_text, palette.accent),
        (palette.checked_text, palette.checked),
        (palette.notice_text, palette.notice),
        (palette.muted_text, palette.window),
        (palette.danger_text, palette.danger),
    ]
    for foreground, background in pairs:
        assert contrast(foreground, background) >= minimum, (foreground, background)
    # The main action's words and "I need help" at least 7:1 in both looks.
    assert contrast(palette.accent_text, palette.accent) >= 7.0
    assert contrast(palette.help_text, palette.help) >= 7.0


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST])
def test_chosen_main_action_help_and_focus_never_look_alike(palette) -> None:  # type: ignore[no-untyped-def]
    # The focus ring stands out against the page and a plain tile.
    assert contrast(palette.focus, palette.window) >= 3.0
    assert contrast(palette.focus, palette.button) >= 3.0
    fills = {
        "chosen": palette.checked,
        "main action": palette.accent,
        "help": palette.help,
        "focus": palette.focus,
    }
    assert len(set(fills.values())) == len(fills), fills
    # Far apart: a clearly lighter or darker fill, or far round the colour cube (and a chosen answer
    # also wears its tick, so "chosen" never rests on colour alone).
    for first, a in fills.items():
        for second, b in fills.items():
            if first < second:
                distance = sum((int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) ** 2 for i in (1, 3, 5)) ** 0.5
                assert contrast(a, b) >= 1.8 or distance > 140, (first, second, a, b)


def test_a_disabled_main_action_keeps_readable_words(qtbot, ui_context: UiContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QPushButton

    from coprod_desktop.store.kinds import TextSize
    from coprod_desktop.ui.theme import Theme

    for high_contrast in (False, True):
        theme = Theme(TextSize.NORMAL, high_contrast)
        QApplication.instance().setStyleSheet(theme.style_sheet())
        button = QPushButton("Export")
        button.setProperty("role", "primary")
        button.setEnabled(False)
        qtbot.addWidget(button)
        button.resize(300, 100)
        button.show()
        qtbot.waitExposed(button)
        image = button.grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(40, 260, 3) for y in range(30, 70, 2)}
        palette = theme.palette
        # The words are drawn in the muted colour on the plain tile: never white on white or black on black.
        assert palette.muted_text.lower() in colours or any(
            contrast(c, palette.button) >= 4.5 for c in colours
        ), (high_contrast, colours)


def test_a_list_that_drops_down_shows_its_arrow_in_both_looks(qtbot, ui_context: UiContext) -> None:  # type: ignore[no-untyped-def]
    """A styled drop-down draws no arrow of its own: the look gives it one in the words' colour, so a
    list of choices ("Or look in a group") never looks like a plain box."""
    from PySide6.QtWidgets import QApplication, QComboBox

    from coprod_desktop.store.kinds import TextSize
    from coprod_desktop.ui.theme import Theme

    for high_contrast in (False, True):
        theme = Theme(TextSize.NORMAL, high_contrast)
        QApplication.instance().setStyleSheet(theme.style_sheet())
        box = QComboBox()
        box.addItems(["Feelings", "People"])
        qtbot.addWidget(box)
        box.resize(400, 90)
        box.show()
        qtbot.waitExposed(box)
        image = box.grab().toImage()
        # The drop-down part is the last 48 px, inside the border.
        arrow = {
            image.pixelColor(x, y).name()
            for x in range(box.width() - 40, box.width() - 8)
            for y in range(20, 70)
        }
        assert theme.palette.button_text.lower() in arrow, (high_contrast, arrow)


def test_odd_names_keep_the_grid_intact(qtbot, ui_context: UiContext, store: Store) -> None:  # type: ignore[no-untyped-def]
    ward = WardService(store.session_factory).add("Odd names ward")
    for name in ODD_NAMES:
        PeopleService(store.session_factory).add(name, ward_id=ward.id)
    window = MainWindow(ui_context, ward)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    buttons = [b for b in window.who_are_you.findChildren(SymbolButton) if b.objectName() == "person"]
    assert len(buttons) == len(ODD_NAMES)
    sizes = {(b.width(), b.height()) for b in buttons}
    assert len(sizes) == 1  # a 500-character name does not stretch its cell
    assert window.width() <= 1280
    html = next(b for b in buttons if b.spoken.startswith("<b>"))
    assert html.words == "<b>Bold</b> & <script>alert(1)</script>"  # shown as typed, not as markup
    long_one = next(b for b in buttons if b.spoken == "A" * 500)
    label = long_one.findChild(WrapLabel)  # the wrapped words
    assert long_one.accessibleName() == "A" * 500
    assert label is not None
    shown = label.visible_lines(label.width())
    # Words reflow onto more lines when the tile has room, but never more than a tall tile allows.
    assert len(shown) <= TALL_TILE_LINES and shown[-1].endswith("…")  # cut short on screen, whole when spoken
