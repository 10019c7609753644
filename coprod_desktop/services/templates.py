"""Topic templates: the easy-read cards a person starts from in "what I want to say".

There is one default template (no ward, no person). Staff never edit it: they copy it for a ward or
for one person and edit the copy, so every ward keeps a known starting point and a person's own list
never changes because someone edited the ward's.

Welsh and other languages: titles are stored exactly as staff typed them, in whatever language they
typed. The seeded default titles are English, so a screen should call :func:`display_title`, which
shows the catalogue's words for the topic's symbol in the current language while a topic still has its
seeded English title *and* its seeded symbol. A Welsh speaker then sees "Teimlo'n ddiogel" for an
untouched "Feeling safe" card, in the default and in every copy, and a renamed card shows its new words.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.text import InvalidText, clean_name
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import Person, TemplateTopic, TopicTemplate

TITLE_MAX = 300
SYMBOL_MAX = 100
DEFAULT_NAME = "Easy-read topics"
"""Stored name of the default template, and of a copy the app names: screens show their own translated
words for it ("Topics for Sam"), so a copy made on a Welsh screen reads right in English too."""
COPY_NAME = "Topics for {name}"
"""What copies were named before they kept DEFAULT_NAME: recognised, and shown translated, the same way."""
NEW_TOPIC = ("New topic", "idea")
"""(title, symbol) of a topic staff add, until they type its words: shown in the reader's language."""

DEFAULT_TOPICS: tuple[tuple[str, str], ...] = (
    ("Feeling safe", "topic-safe"),
    ("My health", "topic-health"),
    ("Staff", "topic-staff"),
    ("My day", "topic-my-day"),
    ("Family and friends", "topic-family-friends"),
    ("Going out", "topic-going-out"),
    ("My future", "topic-future"),
    ("Worries", "topic-worries"),
    ("Things I am proud of", "topic-proud"),
    ("Anything else", "topic-anything-else"),
)
"""(easy-read English title, symbol id) in the order a person goes through them."""

_DEFAULT_PAIRS = frozenset(DEFAULT_TOPICS)

Direction = Literal["up", "down"]


class TemplateError(ValueError):
    """A change that cannot be made; the message is fit to show to staff."""


class DefaultTemplateReadOnly(TemplateError):
    def __init__(self) -> None:
        super().__init__("The default topics cannot be changed. Make a copy for a ward or a person first.")


class TemplateNotFound(LookupError):
    """The template or topic is gone (another screen may have removed it)."""


@dataclass(frozen=True)
class TopicInfo:
    id: uuid.UUID
    template_id: uuid.UUID
    position: int
    title: str
    symbol_id: str | None


@dataclass(frozen=True)
class TemplateInfo:
    id: uuid.UUID
    name: str
    ward_id: uuid.UUID | None
    person_id: uuid.UUID | None
    copied_from_id: uuid.UUID | None
    topics: tuple[TopicInfo, ...]

    @property
    def is_default(self) -> bool:
        return self.ward_id is None and self.person_id is None


def shown_title(title: str, symbol_id: str | None, language: str, label: Callable[[str, str], str]) -> str:
    """display_title for any topic with a title and a symbol (a person's prepared topics too)."""
    if language == "en" or symbol_id is None or (title, symbol_id) not in _DEFAULT_PAIRS:
        return title
    return label(symbol_id, language) or title


def display_title(topic: TopicInfo, language: str, label: Callable[[str, str], str]) -> str:
    """What to show for a topic. `label` is ``SymbolCatalogue.label`` (symbol id, language -> words).

    A topic that still has a seeded English title and the symbol seeded with it shows the symbol's
    words in `language` (for Welsh speakers); anything staff typed or changed is shown as typed.
    English keeps the longer easy-read title ("Things I am proud of"), not the shorter symbol label.
    """
    if language == "en" or topic.symbol_id is None or (topic.title, topic.symbol_id) not in _DEFAULT_PAIRS:
        return topic.title
    return label(topic.symbol_id, language) or topic.title


def _topic_info(topic: TemplateTopic) -> TopicInfo:
    return TopicInfo(topic.id, topic.template_id, topic.position, topic.title, topic.symbol_id)


def _info(template: TopicTemplate) -> TemplateInfo:
    topics = sorted(template.topics, key=lambda t: t.position)
    return TemplateInfo(
        template.id,
        template.name,
        template.ward_id,
        template.person_id,
        template.copied_from_id,
        tuple(_topic_info(t) for t in topics),
    )


def _clean_title(raw: str) -> str:
    try:
        return clean_name(raw, TITLE_MAX)
    except InvalidText:
        raise InvalidText("A topic needs some words.") from None


def _clean_symbol(symbol_id: str | None) -> str | None:
    symbol = (symbol_id or "").strip()[:SYMBOL_MAX]
    return symbol or None


def _find_default(session: Session) -> TopicTemplate | None:
    query = (
        select(TopicTemplate)
        .where(TopicTemplate.ward_id.is_(None), TopicTemplate.person_id.is_(None))
        .order_by(TopicTemplate.created_at, TopicTemplate.id)
    )
    return session.scalars(query).first()


def ensure_default(session_factory: SessionFactory) -> uuid.UUID:
    """Creates the default template the first time; later calls return the same one's id."""
    with session_factory.begin() as session:
        found = _find_default(session)
        if found is not None:
            return found.id
        template = TopicTemplate(name=DEFAULT_NAME)
        template.topics = [
            TemplateTopic(position=index, title=title, symbol_id=symbol)
            for index, (title, symbol) in enumerate(DEFAULT_TOPICS)
        ]
        session.add(template)
        session.flush()
        return template.id


def _newest(session: Session, **where: uuid.UUID) -> TopicTemplate | None:
    query = select(TopicTemplate).order_by(TopicTemplate.created_at.desc(), TopicTemplate.id)
    for column, value in where.items():
        query = query.where(getattr(TopicTemplate, column) == value)
    return session.scalars(query).first()


class TemplateService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    # Reading

    def default(self) -> TemplateInfo:
        return self.get(ensure_default(self._sessions))

    def get(self, template_id: uuid.UUID) -> TemplateInfo:
        with self._sessions() as session:
            return _info(self._template(session, template_id))

    def template_for(self, person_id: uuid.UUID) -> TemplateInfo:
        """The person's own newest copy, else their ward's newest, else the default."""
        default_id = ensure_default(self._sessions)
        with self._sessions() as session:
            found = _newest(session, person_id=person_id)
            person = session.get(Person, person_id)
            if found is None and person is not None and person.ward_id is not None:
                found = _newest(session, ward_id=person.ward_id)
            return _info(found or self._template(session, default_id))

    def list_templates(self, ward_id: uuid.UUID) -> list[TemplateInfo]:
        """The default, then the ward's copies, then copies for its people (by name), oldest first in each."""
        default_id = ensure_default(self._sessions)
        people = select(Person.id).where(Person.ward_id == ward_id)
        ward_query = (
            select(TopicTemplate)
            .where(TopicTemplate.ward_id == ward_id, TopicTemplate.person_id.is_(None))
            .order_by(TopicTemplate.created_at, TopicTemplate.id)
        )
        person_query = (
            select(TopicTemplate)
            .join(Person, Person.id == TopicTemplate.person_id)
            .where(TopicTemplate.person_id.in_(people))
            .order_by(Person.called, TopicTemplate.created_at, TopicTemplate.id)
        )
        with self._sessions() as session:
            found = [self._template(session, default_id)]
            found += list(session.scalars(ward_query))
            found += list(session.scalars(person_query))
            return [_info(t) for t in found]

    # Copies

    def copy_for_ward(
        self,
        template_id: uuid.UUID,
        ward_id: uuid.UUID,
        name: str | None = None,
        *,
        actor_id: uuid.UUID | None = None,
    ) -> TemplateInfo:
        return self._copy(template_id, name, actor_id, ward_id=ward_id, person_id=None)

    def copy_for_person(
        self,
        template_id: uuid.UUID,
        person_id: uuid.UUID,
        name: str | None = None,
        *,
        actor_id: uuid.UUID | None = None,
    ) -> TemplateInfo:
        return self._copy(template_id, name, actor_id, ward_id=None, person_id=person_id)

    def _copy(
        self,
        template_id: uuid.UUID,
        name: str | None,
        actor_id: uuid.UUID | None,
        *,
        ward_id: uuid.UUID | None,
        person_id: uuid.UUID | None,
    ) -> TemplateInfo:
        with self._sessions.begin() as session:
            source = self._template(session, template_id)
            copy = TopicTemplate(
                name=clean_name(name, TITLE_MAX) if name and name.strip() else source.name,
                ward_id=ward_id,
                person_id=person_id,
                copied_from_id=source.id,
            )
            copy.topics = [
                TemplateTopic(position=index, title=topic.title, symbol_id=topic.symbol_id)
                for index, topic in enumerate(sorted(source.topics, key=lambda t: t.position))
            ]
            session.add(copy)
            session.flush()
            add_event(
                session,
                self._clock,
                "template_copied",
                actor_id=actor_id,
                subject_id=person_id,
                detail={"template_id": str(copy.id), "copied_from_id": str(source.id)},
            )
            return _info(copy)

    def remove_template(self, template_id: uuid.UUID, *, actor_id: uuid.UUID | None = None) -> None:
        """Deletes a copy; meetings that used it fall back to the person's usual topics."""
        with self._sessions.begin() as session:
            template = self._editable(session, template_id)
            add_event(
                session,
                self._clock,
                "template_removed",
                actor_id=actor_id,
                subject_id=template.person_id,
                detail={"template_id": str(template.id)},
            )
            session.delete(template)

    # Editing a copy. Not audited one by one: titles save as staff type, which would flood the log.

    def rename_template(self, template_id: uuid.UUID, name: str) -> TemplateInfo:
        with self._sessions.begin() as session:
            template = self._editable(session, template_id)
            template.name = clean_name(name, TITLE_MAX)
            session.flush()
            return _info(template)

    def add_topic(self, template_id: uuid.UUID, title: str, symbol_id: str | None = None) -> TopicInfo:
        """Adds a topic at the end."""
        with self._sessions.begin() as session:
            template = self._editable(session, template_id)
            topic = TemplateTopic(
                position=len(template.topics), title=_clean_title(title), symbol_id=_clean_symbol(symbol_id)
            )
            template.topics.append(topic)
            session.flush()
            return _topic_info(topic)

    def rename_topic(self, topic_id: uuid.UUID, title: str) -> TopicInfo:
        with self._sessions.begin() as session:
            topic = self._editable_topic(session, topic_id)
            topic.title = _clean_title(title)
            session.flush()
            return _topic_info(topic)

    def set_symbol(self, topic_id: uuid.UUID, symbol_id: str | None) -> TopicInfo:
        with self._sessions.begin() as session:
            topic = self._editable_topic(session, topic_id)
            topic.symbol_id = _clean_symbol(symbol_id)
            session.flush()
            return _topic_info(topic)

    def move_topic(self, topic_id: uuid.UUID, direction: Direction) -> TemplateInfo:
        """Swaps the topic with the one above or below; at either end nothing changes."""
        with self._sessions.begin() as session:
            topic = self._editable_topic(session, topic_id)
            topics = sorted(topic.template.topics, key=lambda t: t.position)
            index = topics.index(topic)
            other = index - 1 if direction == "up" else index + 1
            if 0 <= other < len(topics):
                topics[index], topics[other] = topics[other], topics[index]
            for position, item in enumerate(topics):
                item.position = position
            session.flush()
            return _info(topic.template)

    def remove_topic(self, topic_id: uuid.UUID) -> TemplateInfo:
        with self._sessions.begin() as session:
            topic = self._editable_topic(session, topic_id)
            template = topic.template
            if len(template.topics) <= 1:
                raise TemplateError("A template needs at least one topic.")
            template.topics.remove(topic)
            for position, item in enumerate(sorted(template.topics, key=lambda t: t.position)):
                item.position = position
            session.flush()
            return _info(template)

    # Helpers

    @staticmethod
    def _template(session: Session, template_id: uuid.UUID) -> TopicTemplate:
        template = session.get(TopicTemplate, template_id)
        if template is None:
            raise TemplateNotFound(str(template_id))
        return template

    def _editable(self, session: Session, template_id: uuid.UUID) -> TopicTemplate:
        template = self._template(session, template_id)
        if template.ward_id is None and template.person_id is None:
            raise DefaultTemplateReadOnly()
        return template

    def _editable_topic(self, session: Session, topic_id: uuid.UUID) -> TemplateTopic:
        topic = session.get(TemplateTopic, topic_id)
        if topic is None:
            raise TemplateNotFound(str(topic_id))
        self._editable(session, topic.template_id)
        return topic
