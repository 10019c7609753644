"""Topic templates on a real SQLite store: one default, copies that keep order and symbols, edits."""

from __future__ import annotations

import pytest

from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.templates import (
    DEFAULT_TOPICS,
    DefaultTemplateReadOnly,
    TemplateError,
    TemplateService,
    display_title,
    ensure_default,
)
from coprod_desktop.services.text import InvalidText
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.models import TopicTemplate
from coprod_desktop.symbols.catalogue import SymbolCatalogue
from tests.conftest import FixedClock


@pytest.fixture
def templates(store: Store, clock: FixedClock) -> TemplateService:
    return TemplateService(store.session_factory, clock)


def titles(template) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.title for t in template.topics]


def test_default_is_made_once_with_the_ten_topics_in_order(store: Store, templates: TemplateService) -> None:
    first = ensure_default(store.session_factory)
    assert ensure_default(store.session_factory) == first
    assert templates.default().id == first
    with store.session_factory() as session:
        assert session.query(TopicTemplate).count() == 1
    default = templates.default()
    assert default.is_default
    assert [(t.title, t.symbol_id) for t in default.topics] == list(DEFAULT_TOPICS)
    assert [t.position for t in default.topics] == list(range(10))


def test_every_default_symbol_is_in_the_catalogue() -> None:
    catalogue = SymbolCatalogue.load()
    assert all(symbol in catalogue for _, symbol in DEFAULT_TOPICS)


def test_copies_keep_order_symbols_and_where_they_came_from(store: Store, templates: TemplateService) -> None:
    ward = WardService(store.session_factory).add("Oak")
    amy = PeopleService(store.session_factory).add("Amy", ward_id=ward.id)
    default = templates.default()
    for_ward = templates.copy_for_ward(default.id, ward.id, "Oak topics")
    for_amy = templates.copy_for_person(for_ward.id, amy.id)
    assert for_ward.ward_id == ward.id and for_ward.person_id is None and for_ward.name == "Oak topics"
    assert for_amy.person_id == amy.id and for_amy.name == "Oak topics"
    assert for_ward.copied_from_id == default.id and for_amy.copied_from_id == for_ward.id
    for copy in (for_ward, for_amy):
        assert [(t.title, t.symbol_id) for t in copy.topics] == list(DEFAULT_TOPICS)
        assert {t.id for t in copy.topics}.isdisjoint(t.id for t in default.topics)
    assert [t.id for t in templates.list_templates(ward.id)] == [default.id, for_ward.id, for_amy.id]


def test_edits_to_a_copy_are_saved_and_leave_the_default_alone(
    store: Store, templates: TemplateService
) -> None:
    ward = WardService(store.session_factory).add("Oak")
    copy = templates.copy_for_ward(templates.default().id, ward.id)
    first, second = copy.topics[0], copy.topics[1]
    templates.rename_topic(first.id, "  Being   safe ")
    templates.set_symbol(second.id, "doctor")
    templates.move_topic(second.id, "up")
    templates.move_topic(second.id, "up")  # already at the top: nothing changes
    added = templates.add_topic(copy.id, "Music", "music")
    templates.rename_template(copy.id, "Oak ward")
    after = templates.get(copy.id)
    assert after.name == "Oak ward"
    assert titles(after)[:2] == ["My health", "Being safe"]
    assert after.topics[0].symbol_id == "doctor"
    assert after.topics[-1] == added and added.position == 10
    templates.move_topic(after.topics[-1].id, "down")
    templates.remove_topic(after.topics[2].id)
    after = templates.get(copy.id)
    assert [t.position for t in after.topics] == list(range(10))
    assert titles(after)[2] == "My day" and titles(after)[-1] == "Music"
    assert titles(templates.default()) == [title for title, _ in DEFAULT_TOPICS]


def test_the_default_is_read_only(templates: TemplateService) -> None:
    default = templates.default()
    topic = default.topics[0]
    for change in (
        lambda: templates.rename_topic(topic.id, "New"),
        lambda: templates.set_symbol(topic.id, "doctor"),
        lambda: templates.move_topic(topic.id, "down"),
        lambda: templates.remove_topic(topic.id),
        lambda: templates.add_topic(default.id, "New"),
        lambda: templates.rename_template(default.id, "New"),
        lambda: templates.remove_template(default.id),
    ):
        with pytest.raises(DefaultTemplateReadOnly, match="copy"):
            change()
    assert templates.default() == default


def test_bad_edits_are_refused_with_plain_words(store: Store, templates: TemplateService) -> None:
    ward = WardService(store.session_factory).add("Oak")
    copy = templates.copy_for_ward(templates.default().id, ward.id)
    with pytest.raises(InvalidText):
        templates.rename_topic(copy.topics[0].id, "   ")
    for topic in copy.topics[1:]:
        templates.remove_topic(topic.id)
    with pytest.raises(TemplateError, match="at least one"):
        templates.remove_topic(copy.topics[0].id)


def test_template_for_prefers_the_person_then_the_newest_ward_copy_then_the_default(
    store: Store, templates: TemplateService
) -> None:
    ward = WardService(store.session_factory).add("Oak")
    people = PeopleService(store.session_factory)
    amy, ben = people.add("Amy", ward_id=ward.id), people.add("Ben", ward_id=ward.id)
    nobody = people.add("Cai", ward_id=None)
    default = templates.default()
    assert templates.template_for(amy.id).id == default.id
    templates.copy_for_ward(default.id, ward.id, "Older")
    newer = templates.copy_for_ward(default.id, ward.id, "Newer")
    mine = templates.copy_for_person(default.id, amy.id, "Amy's")
    assert templates.template_for(amy.id).id == mine.id
    assert templates.template_for(ben.id).id == newer.id
    assert templates.template_for(nobody.id).id == default.id


def test_removing_a_copy_is_audited(store: Store, templates: TemplateService) -> None:
    from coprod_desktop.services.audit import AuditService

    ward = WardService(store.session_factory).add("Oak")
    copy = templates.copy_for_ward(templates.default().id, ward.id)
    templates.remove_template(copy.id)
    assert [t.id for t in templates.list_templates(ward.id)] == [templates.default().id]
    kinds = [e.kind for e in AuditService(store.session_factory).recent()]
    assert "template_copied" in kinds and "template_removed" in kinds


def test_welsh_shows_catalogue_words_only_for_untouched_default_topics(
    store: Store, templates: TemplateService
) -> None:
    catalogue = SymbolCatalogue.load()
    ward = WardService(store.session_factory).add("Oak")
    copy = templates.copy_for_ward(templates.default().id, ward.id)
    safe, health = copy.topics[0], copy.topics[1]
    assert display_title(safe, "cy", catalogue.label) == catalogue.label("topic-safe", "cy") != safe.title
    assert display_title(safe, "en", catalogue.label) == "Feeling safe"
    renamed = templates.rename_topic(safe.id, "Diogelwch")
    assert display_title(renamed, "cy", catalogue.label) == "Diogelwch"
    moved_symbol = templates.set_symbol(health.id, "doctor")
    assert display_title(moved_symbol, "cy", catalogue.label) == "My health"
