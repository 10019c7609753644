"""A half-finished thank-you as it is kept in the drafts store, and read back with care: a draft may
come from an older version of the app, or name someone who has since left the ward."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from coprod_desktop.store.kinds import ThankDelivery, ThankReason, WhoseWords

if TYPE_CHECKING:
    from coprod_desktop.ui.kit.said_any_way import SaidAnyWay
    from coprod_desktop.ui.screens.ward.thank_you_someone import SomeoneElse

E = TypeVar("E", WhoseWords, ThankDelivery)


@dataclass
class ThankYouDraft:
    step: int = 0
    to: uuid.UUID | None = None
    someone_else: bool = False
    name: str = ""
    to_symbol: str | None = None
    """Someone else's picture."""
    to_recording: str | None = None
    """Someone else's name in the author's own voice."""
    reasons: list[ThankReason] = field(default_factory=list)
    words: str = ""
    whose: WhoseWords | None = None
    written_by: uuid.UUID | None = None
    recording: str | None = None
    delivery: ThankDelivery | None = None
    on_wall: bool = False
    sentence: list[str] = field(default_factory=list)
    """The words said with pictures, as symbol ids."""

    @property
    def started(self) -> bool:
        """Anything the person would miss if it were not offered back."""
        return bool(
            self.to
            or self.someone_else
            or self.reasons
            or self.words.strip()
            or self.recording
            or self.sentence
        )

    @classmethod
    def of(
        cls, step: int, to: uuid.UUID | None, someone_else: bool, someone: SomeoneElse, said: SaidAnyWay
    ) -> ThankYouDraft:
        """Who, and what was said, as the screen holds them now."""
        return cls(
            step=step,
            to=to,
            someone_else=someone_else,
            name=someone.panel.name_edit.text(),
            to_symbol=someone.symbol_id,
            to_recording=someone.recording,
            words=said.typed,
            whose=said.whose,
            written_by=said.written_by,
            recording=said.recording,
            sentence=list(said.sentence),
        )

    def with_choices(
        self, reasons: list[ThankReason], delivery: ThankDelivery | None, on_wall: bool
    ) -> ThankYouDraft:
        self.reasons, self.delivery, self.on_wall = reasons, delivery, on_wall
        return self

    def said(self) -> dict[str, object]:
        """What was said (words, pictures, voice) as SaidAnyWay keeps it."""
        said: dict[str, object] = {"words": self.words, "sentence": list(self.sentence)}
        if self.whose is not None:
            said["whose"] = self.whose.value
        if self.recording:
            said["recording"] = self.recording
        return said

    def as_dict(self) -> dict[str, object]:
        if not self.started:
            return {}
        return {
            "step": self.step,
            "to": str(self.to) if self.to is not None else None,
            "someone_else": self.someone_else,
            "name": self.name,
            "to_symbol": self.to_symbol,
            "to_recording": self.to_recording,
            "reasons": [r.value for r in self.reasons],
            "words": self.words,
            "whose": self.whose.value if self.whose is not None else None,
            "written_by": str(self.written_by) if self.written_by is not None else None,
            "recording": self.recording,
            "delivery": self.delivery.value if self.delivery is not None else None,
            "wall": self.on_wall,
            "sentence": list(self.sentence),
        }

    @classmethod
    def from_dict(cls, draft: dict[str, object]) -> ThankYouDraft:
        reasons = draft.get("reasons")
        recording = draft.get("recording")
        sentence = draft.get("sentence")
        step = draft.get("step")
        whose = _member(WhoseWords, draft.get("whose"))
        return cls(
            step=step if isinstance(step, int) else 0,
            to=_uuid(draft.get("to")),
            someone_else=bool(draft.get("someone_else")),
            name=str(draft.get("name") or ""),
            to_symbol=_text(draft.get("to_symbol")),
            to_recording=_text(draft.get("to_recording")),
            reasons=[
                ThankReason(value)
                for value in (reasons if isinstance(reasons, list) else [])
                if value in ThankReason._value2member_map_
            ],
            words=str(draft.get("words") or ""),
            whose=whose,
            written_by=_uuid(draft.get("written_by")) if whose is not None else None,
            recording=recording if isinstance(recording, str) and recording else None,
            delivery=_member(ThankDelivery, draft.get("delivery")),
            on_wall=bool(draft.get("wall")),
            sentence=[s for s in (sentence if isinstance(sentence, list) else []) if isinstance(s, str)],
        )


def _member(kind: type[E], value: object) -> E | None:
    return kind(value) if isinstance(value, str) and value in kind._value2member_map_ else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
