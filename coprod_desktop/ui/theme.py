"""Look and feel for patient screens: large type, strong focus, a high-contrast variant.

Colours are chosen for contrast: at least 4.5:1 normally (7:1 for the main action) and at least 7:1 in
high contrast (tests/ui/test_accessibility.py computes the ratios from these values). Four states never
look alike, in either look: a chosen answer is filled and wears a tick; the one main action of a screen
is filled in its own colour; "I need help" is in a colour of its own; the focus is a ring in a colour
that is none of these and stands out at least 3:1 against the page and the tiles.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.paths import SYMBOLS_DIR
from coprod_desktop.store.kinds import TextSize

BODY_POINTS = {TextSize.NORMAL: 20, TextSize.LARGE: 24, TextSize.LARGEST: 28}
TARGET_PX = 88
"""The smallest a patient target may be on its short side (DESIGN.md section 3)."""


@dataclass(frozen=True)
class Palette:
    window: str
    text: str
    button: str
    button_text: str
    border: str
    accent: str
    accent_text: str
    focus: str
    checked: str
    checked_text: str
    notice: str
    notice_text: str
    muted_text: str
    danger: str
    danger_text: str
    help: str
    help_text: str


STANDARD = Palette(
    window="#F5F3EE",
    text="#1B1B1B",
    button="#FFFFFF",
    button_text="#1B1B1B",
    border="#005EB8",
    accent="#005A30",
    accent_text="#FFFFFF",
    focus="#1B1B1B",
    checked="#CFE3F7",
    checked_text="#1B1B1B",
    notice="#FFF2C2",
    notice_text="#1B1B1B",
    muted_text="#3D3D3D",
    danger="#B00020",
    danger_text="#FFFFFF",
    help="#FFB81C",
    help_text="#1B1B1B",
)

HIGH_CONTRAST = Palette(
    window="#000000",
    text="#FFFFFF",
    button="#000000",
    button_text="#FFFF00",
    border="#FFFF00",
    accent="#FFFFFF",
    accent_text="#000000",
    focus="#00FFFF",
    checked="#FFFF00",
    checked_text="#000000",
    notice="#FFFF00",
    notice_text="#000000",
    muted_text="#FFFFFF",
    danger="#FF6B6B",
    danger_text="#000000",
    help="#FF80FF",
    help_text="#000000",
)


@dataclass(frozen=True)
class Theme:
    text_size: TextSize = TextSize.NORMAL
    high_contrast: bool = False

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else STANDARD

    @property
    def body_points(self) -> int:
        return BODY_POINTS[self.text_size]

    def style_sheet(self) -> str:
        p = self.palette
        body = self.body_points
        title = body + 10
        small = max(16, body - 2)
        border = 4 if self.high_contrast else 3
        # Symbols are drawn with dark outlines: on a black screen they sit on a white tile.
        symbol_tile = "#FFFFFF" if self.high_contrast else "transparent"
        # A text box is a target too: 88 px tall with its padding and thinnest border.
        field = TARGET_PX - 2 * 10 - 2 * 3
        # A styled drop-down draws no arrow of its own: ours, in the look's text colour.
        open_list = (
            SYMBOLS_DIR / "ui" / f"open-list-{'bright' if self.high_contrast else 'dark'}.svg"
        ).as_posix()
        return f"""
QWidget {{ background: {p.window}; color: {p.text}; font-size: {body}pt; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {body + 4}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {p.muted_text}; font-size: {small}pt; }}
QPushButton, QToolButton {{
    background: {p.button}; color: {p.button_text};
    border: {border}px solid {p.border}; border-radius: 16px; padding: 8px;
}}
QPushButton:hover {{ border-width: {border + 2}px; }}
QPushButton:checked {{ background: {p.checked}; border-color: {p.border}; color: {p.checked_text}; }}
QPushButton:disabled {{ border-style: dashed; }}
QPushButton:focus {{ border: 6px solid {p.focus}; }}
QPushButton QLabel {{ background: transparent; color: {p.button_text}; }}
/* Only property selectors on the button: Qt does not apply its pseudo-states to descendants. */
QPushButton WrapLabel {{ color: {p.button_text}; }}
QPushButton[role="primary"] {{ background: {p.accent}; color: {p.accent_text}; }}
QPushButton[role="primary"] WrapLabel {{ color: {p.accent_text}; }}
QPushButton[role="primary"]:disabled {{
    background: {p.button}; border-color: {p.border}; color: {p.muted_text};
}}
QPushButton[role="help"] {{ background: {p.help}; color: {p.help_text}; border-color: {p.help_text}; }}
QPushButton[role="help"] WrapLabel {{ color: {p.help_text}; }}
QPushButton:disabled {{ color: {p.muted_text}; }}
QPushButton[role="danger"] {{ background: {p.danger}; color: {p.danger_text}; border-color: {p.danger}; }}
QPushButton[role="danger"] WrapLabel {{ color: {p.danger_text}; }}
QPushButton[checked="true"] WrapLabel {{ color: {p.checked_text}; }}
QPushButton[enabled="false"] WrapLabel {{ color: {p.muted_text}; }}
QPushButton[state="done"] {{ border: {border + 3}px solid #1E7B34; }}
QPushButton[state="skipped"] {{ border-style: dashed; }}
QPushButton[state="skipped"] WrapLabel {{ color: {p.muted_text}; }}
QLabel#slide-title {{ font-size: 40pt; font-weight: bold; }}
QLabel#slide-name {{ font-size: 48pt; font-weight: bold; }}
QLabel#slide-words {{ font-size: 32pt; }}
QLabel#slide-whose {{ font-size: 20pt; color: {p.muted_text}; }}
QLabel#slide-counter {{ font-size: {small}pt; color: {p.muted_text}; }}
QLabel#symbol {{ background: {symbol_tile}; border-radius: 12px; }}
QLabel#symbol[empty="true"] {{ background: transparent; }}
QLabel#tick-badge {{
    background: {p.checked_text}; color: {p.checked}; border: 3px solid {p.checked};
    border-radius: 18px; font-size: 20pt; font-weight: bold;
}}
QFrame[role="card"] {{ border: {border}px solid {p.border}; border-radius: 16px; background: {p.button}; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="card"] QScrollArea, QWidget#card-words {{ background: transparent; }}
QFrame[role="notice"] {{ background: {p.notice}; border-top: 3px solid {p.border}; }}
QFrame[role="notice"] QLabel {{ background: transparent; color: {p.notice_text}; font-size: {small}pt; }}
QFrame[role="navbar"] {{ border-bottom: 3px solid {p.border}; }}
QListView {{ selection-background-color: {p.checked}; selection-color: {p.checked_text}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit, QListWidget {{
    background: {p.button}; color: {p.button_text}; border: {border}px solid {p.border};
    border-radius: 10px; padding: 10px; min-height: {field}px; selection-background-color: {p.checked};
    selection-color: {p.checked_text};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QTimeEdit:focus, QListWidget:focus {{ border: 6px solid {p.focus}; }}
QComboBox QAbstractItemView {{ background: {p.button}; color: {p.button_text}; }}
QListWidget::item {{ min-height: 64px; padding: 8px; }}
QListWidget::item:selected {{ background: {p.checked}; color: {p.checked_text}; }}
QCheckBox {{ spacing: 16px; min-height: 56px; }}
QCheckBox::indicator {{ width: 40px; height: 40px; border: {border}px solid {p.border}; border-radius: 6px;
    background: {p.button}; }}
QCheckBox::indicator:checked {{ background: {p.border}; border: 10px solid {p.button}; }}
QComboBox::drop-down, QDateEdit::drop-down {{ width: 48px; border-left: {border}px solid {p.border}; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{open_list}"); width: 28px; height: 28px; }}
QSpinBox::up-button, QSpinBox::down-button, QTimeEdit::up-button, QTimeEdit::down-button {{ width: 48px; }}
QCheckBox:focus {{ color: {p.text}; border: 4px solid {p.focus}; border-radius: 8px; }}
QLabel[role="message"] {{ color: {p.text}; font-weight: bold; }}
QScrollArea {{ border: none; }}
QScrollBar:vertical {{ width: 28px; background: {p.window}; border: none; }}
QScrollBar::handle:vertical {{ background: {p.border}; min-height: 80px; border-radius: 12px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""
