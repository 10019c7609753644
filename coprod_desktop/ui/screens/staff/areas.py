"""The staff area's tiles. Each names the module and class of its screen, imported when opened,
so an area appears only once its screen exists (no placeholders). An area that only a ward manager
may open names the action, so the staff home can refuse it kindly (and the refusal is audited)."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coprod_desktop.services.staff_roles import ManagerAction
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen


@dataclass(frozen=True)
class StaffArea:
    key: str
    symbol: str
    source_words: str
    module: str
    class_name: str
    needs_manager: ManagerAction | None = None

    def words(self) -> str:
        return QCoreApplication.translate("StaffAreas", self.source_words)

    def available(self) -> bool:
        try:
            return importlib.util.find_spec(self.module) is not None
        except ModuleNotFoundError:
            return False

    def screen_class(self) -> type[StaffScreen]:
        screen_class = getattr(importlib.import_module(self.module), self.class_name)
        assert issubclass(screen_class, StaffScreen)
        return screen_class


_SCREENS = "coprod_desktop.ui.screens.staff."
AREAS = (
    StaffArea(
        "people",
        "family",
        QT_TRANSLATE_NOOP("StaffAreas", "People"),
        _SCREENS + "people_screen",
        "PeopleScreen",
    ),
    StaffArea(
        "picture-passwords",
        "private",
        QT_TRANSLATE_NOOP("StaffAreas", "Picture passwords"),
        _SCREENS + "picture_passwords_screen",
        "PicturePasswordsScreen",
    ),
    StaffArea(
        "ward-pictures",
        "photo",
        QT_TRANSLATE_NOOP("StaffAreas", "The ward's pictures"),
        _SCREENS + "ward_pictures_screen",
        "WardPicturesScreen",
    ),
    StaffArea(
        "wards",
        "hospital",
        QT_TRANSLATE_NOOP("StaffAreas", "Wards"),
        _SCREENS + "wards_screen",
        "WardsScreen",
    ),
    StaffArea(
        "meetings",
        "calendar",
        QT_TRANSLATE_NOOP("StaffAreas", "Meetings"),
        _SCREENS + "meetings_screen",
        "MeetingsScreen",
    ),
    StaffArea(
        "say-groups",
        "say-group",
        QT_TRANSLATE_NOOP("StaffAreas", "SAY groups"),
        _SCREENS + "say_groups_screen",
        "SayGroupsScreen",
    ),
    StaffArea(
        "actions",
        "you-said-we-did",
        QT_TRANSLATE_NOOP("StaffAreas", "You said, we did"),
        _SCREENS + "actions_board_screen",
        "ActionsBoardScreen",
    ),
    StaffArea(
        "worries",
        "not-happy",
        QT_TRANSLATE_NOOP("StaffAreas", "Worries"),
        _SCREENS + "worries_screen",
        "WorriesScreen",
    ),
    StaffArea(
        "mutual-help",
        "thank-you",
        QT_TRANSLATE_NOOP("StaffAreas", "Mutual help meeting"),
        _SCREENS + "mutual_help_screen",
        "MutualHelpScreen",
    ),
    StaffArea(
        "council",
        "recovery-council",
        QT_TRANSLATE_NOOP("StaffAreas", "Recovery council"),
        _SCREENS + "council_packs_screen",
        "CouncilPacksScreen",
    ),
    StaffArea(
        "prems",
        "questions-for-me",
        QT_TRANSLATE_NOOP("StaffAreas", "Experience questions"),
        _SCREENS + "prems_screen",
        "PremsScreen",
    ),
    StaffArea(
        "partnership",
        "care-team",
        QT_TRANSLATE_NOOP("StaffAreas", "Working in partnership"),
        _SCREENS + "partnership_screen",
        "PartnershipScreen",
    ),
    StaffArea(
        "templates",
        "words",
        QT_TRANSLATE_NOOP("StaffAreas", "Topic templates"),
        _SCREENS + "templates_screen",
        "TemplatesScreen",
    ),
    StaffArea(
        "export",
        "letter",
        QT_TRANSLATE_NOOP("StaffAreas", "Export to staff"),
        _SCREENS + "export_screen",
        "ExportScreen",
    ),
    StaffArea(
        "backups",
        "computer",
        QT_TRANSLATE_NOOP("StaffAreas", "Backups"),
        _SCREENS + "backups_screen",
        "BackupsScreen",
    ),
    StaffArea(
        "audit",
        "question",
        QT_TRANSLATE_NOOP("StaffAreas", "Audit log"),
        _SCREENS + "audit_log_screen",
        "AuditLogScreen",
    ),
    StaffArea(
        "settings",
        "my-settings",
        QT_TRANSLATE_NOOP("StaffAreas", "Ward settings"),
        _SCREENS + "ward_settings_screen",
        "WardSettingsScreen",
        needs_manager=ManagerAction.WARD_SETTINGS,
    ),
)


def available_areas() -> list[StaffArea]:
    return [area for area in AREAS if area.available()]
