""" "I need help" on a real store: one request per device however often it is pressed, cancelled or
answered with a time and who, shown to staff until then, and every step audited."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.device import DeviceService
from coprod_desktop.services.help_requests import (
    ANSWERED_EVENT,
    ASKED_EVENT,
    CANCELLED_EVENT,
    PRESSED_AGAIN_EVENT,
    HelpRequestService,
    UnknownHelpRequest,
)
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Role
from tests.conftest import FixedClock


@pytest.fixture
def setting(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    wards = WardService(store.session_factory, clock)
    oak, elm = wards.add("Oak"), wards.add("Elm")
    people = PeopleService(store.session_factory, clock)
    sam = people.add("Sam", ward_id=oak.id)
    jo = people.add("Jo", ward_id=oak.id, role=Role.STAFF)
    return HelpRequestService(store.session_factory, clock), oak, elm, sam, jo


def test_pressing_again_counts_on_one_request(setting, clock: FixedClock, store: Store) -> None:  # type: ignore[no-untyped-def]
    help_requests, oak, _elm, sam, _jo = setting
    first = help_requests.ask(oak.id, sam.id, "Day room tablet")
    clock.now += timedelta(seconds=20)
    help_requests.ask(oak.id, sam.id, "Day room tablet")
    third = help_requests.ask(oak.id, sam.id, "Day room tablet")
    assert third.id == first.id and third.presses == 3
    assert third.asked_at == first.asked_at  # the wait counts from the first press
    [waiting] = help_requests.open_requests(oak.id)
    assert (waiting.called, waiting.device, waiting.presses) == ("Sam", "Day room tablet", 3)
    audit = AuditService(store.session_factory)
    assert len(audit.recent(10, kind=ASKED_EVENT)) == 1
    assert sorted(e.detail["presses"] for e in audit.recent(10, kind=PRESSED_AGAIN_EVENT)) == [2, 3]


def test_another_device_is_another_request(setting) -> None:  # type: ignore[no-untyped-def]
    help_requests, oak, _elm, sam, _jo = setting
    help_requests.ask(oak.id, sam.id, "Day room tablet")
    help_requests.ask(oak.id, None, "Quiet room tablet")
    assert [(r.called, r.device) for r in help_requests.open_requests(oak.id)] == [
        ("Sam", "Day room tablet"),
        (None, "Quiet room tablet"),
    ]


def test_cancel_is_recorded_and_the_request_leaves_staff_screens(
    setting, clock: FixedClock, store: Store
) -> None:  # type: ignore[no-untyped-def]
    help_requests, oak, _elm, sam, _jo = setting
    asked = help_requests.ask(oak.id, sam.id, "Day room tablet")
    clock.now += timedelta(minutes=1)
    cancelled = help_requests.cancel(asked.id)
    assert cancelled.cancelled_at == clock() and not cancelled.is_open
    assert help_requests.open_requests(oak.id) == []
    [event] = AuditService(store.session_factory).recent(10, kind=CANCELLED_EVENT)
    assert event.subject_id == sam.id and event.detail == {"request": asked.id.hex}
    again = help_requests.ask(oak.id, sam.id, "Day room tablet")  # a new press after cancelling
    assert again.id != asked.id and again.presses == 1


def test_i_am_here_answers_it_with_who_and_when(setting, clock: FixedClock, store: Store) -> None:  # type: ignore[no-untyped-def]
    help_requests, oak, _elm, sam, jo = setting
    asked = help_requests.ask(oak.id, sam.id, "Day room tablet")
    clock.now += timedelta(minutes=3)
    answered = help_requests.answer(asked.id, jo.id)
    assert (answered.answered_at, answered.answered_by_id) == (clock(), jo.id)
    assert help_requests.open_requests(oak.id) == []
    [event] = AuditService(store.session_factory).recent(10, kind=ANSWERED_EVENT)
    assert event.actor_id == jo.id and event.detail["waited_seconds"] == 180
    # A second "I am here", or the person's cancel afterwards, changes nothing.
    later = help_requests.cancel(asked.id)
    assert later.cancelled_at is None and later.answered_by_id == jo.id
    with pytest.raises(UnknownHelpRequest):
        help_requests.answer(jo.id, jo.id)


def test_staff_see_their_ward_and_devices_with_no_ward(setting) -> None:  # type: ignore[no-untyped-def]
    help_requests, oak, elm, sam, _jo = setting
    help_requests.ask(elm.id, None, "Elm tablet")
    help_requests.ask(None, None, "Spare tablet")
    help_requests.ask(oak.id, sam.id, "Day room tablet")
    assert [r.device for r in help_requests.open_requests(oak.id)] == ["Spare tablet", "Day room tablet"]
    assert len(help_requests.open_requests(None)) == 3


def test_the_device_name_is_the_chosen_one_else_the_computers(store: Store) -> None:
    import socket

    device = DeviceService(store.session_factory)
    assert device.device_name() == socket.gethostname()
    device.set_device_name("  Day room tablet ")
    assert device.device_name() == "Day room tablet"
    device.set_device_name("")
    assert device.device_name() == socket.gethostname()
