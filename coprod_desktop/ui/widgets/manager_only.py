"""Kind words for staff when only a ward manager may do something, one sentence per action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coprod_desktop.services.staff_roles import ManagerAction


def manager_only_words(action: ManagerAction) -> str:
    """What to tell a member of ward staff who tried `action`: what needs a manager, and what to do."""
    if action is ManagerAction.ERASE:
        return QCoreApplication.translate(
            "ManagerOnly", "Only a ward manager can erase a person. Ask your ward manager."
        )
    if action is ManagerAction.RESTORE:
        return QCoreApplication.translate(
            "ManagerOnly", "Only a ward manager can restore a backup. Ask your ward manager."
        )
    if action is ManagerAction.EXPORT_WARD:
        return QCoreApplication.translate(
            "ManagerOnly", "Only a ward manager can export the whole ward. Ask your ward manager."
        )
    if action is ManagerAction.WARD_SETTINGS:
        return QCoreApplication.translate(
            "ManagerOnly", "Only a ward manager can change ward settings. Ask your ward manager."
        )
    if action is ManagerAction.SET_ROLE:
        return QCoreApplication.translate(
            "ManagerOnly", "Only a ward manager can change a staff member's role. Ask your ward manager."
        )
    return QCoreApplication.translate(
        "ManagerOnly", "Only a ward manager can change a ward manager's PIN. Ask your ward manager."
    )
