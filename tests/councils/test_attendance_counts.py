"""Assemblies and held sessions take aggregate counts (women, men, others), with clear refusals.

Only numbers: no gender is stored per person. A count is never negative nor absurd, those
who spoke (or facilitated) in a group are at most those who attended in it, and the three
counts of an assembly add up to its attendance.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from councils import rules, services
from councils.models import Assembly, Session

from .factories import make_session
from .helpers import assert_error_shown, assert_shows, url

pytestmark = pytest.mark.django_db


def assembly_post(plan, **counts):
    data = {
        "held_on": timezone.localdate().isoformat(),
        "place": "Casa comunal",
        "attendance": "30",
        "minutes": "",
        "sections": [str(s.pk) for s in services.pending_sections(plan)],
    }
    data.update({key: str(value) for key, value in counts.items()})
    return data


def test_an_assembly_records_counts_and_its_page_shows_them(as_user, council, coordinator, plan):
    client = as_user(coordinator)
    response = client.post(
        url("assembly_open", council.slug, plan.pk),
        assembly_post(
            plan, attended_women=18, attended_men=10, attended_other=2, spoke_women=5, spoke_men=7
        ),
        follow=True,
    )
    assembly = Assembly.objects.get(plan=plan)
    assert (assembly.attended_women, assembly.attended_men, assembly.attended_other) == (18, 10, 2)
    assert (assembly.spoke_women, assembly.spoke_men, assembly.spoke_other) == (5, 7, None)
    assert_shows(response, "Who took part, counted")
    table = response.content.decode().split("Who took part, counted")[1].split("</table>")[0]
    for number in ("18", "10", "2", "5", "7"):
        assert f"<td>{number}</td>" in table


def test_counts_are_optional(as_user, council, coordinator, plan):
    response = as_user(coordinator).post(
        url("assembly_open", council.slug, plan.pk), assembly_post(plan), follow=True
    )
    assembly = Assembly.objects.get(plan=plan)
    assert assembly.attended_women is None and assembly.spoke_men is None
    assert_shows(response, "Who took part was not counted by group.")


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ({"attended_women": -3}, "A count can't be negative."),
        ({"attended_men": 100001}, "At most 100000 people."),
        ({"attended_women": "doce"}, "Write a whole number, or leave it empty."),
        (
            {"attended_women": 4, "spoke_women": 6},
            "There can't be more women here (6) than attended (4).",
        ),
        ({"spoke_men": 2}, "Fill in how many men attended too."),
        ({"attended_women": 25, "attended_men": 10}, "The counts add up to 35, more than the 30"),
        (
            {"attended_women": 10, "attended_men": 10, "attended_other": 0},
            "Women, men and others add up to 20, not the 30 who attended",
        ),
    ],
)
def test_impossible_counts_are_refused_with_a_clear_message(
    as_user, council, coordinator, plan, counts, message
):
    response = as_user(coordinator).post(
        url("assembly_open", council.slug, plan.pk), assembly_post(plan, **counts)
    )
    assert response.status_code == 200
    assert_error_shown(response, message)
    assert not Assembly.objects.exists()


def test_the_service_checks_the_counts_too(council, coordinator, plan):
    with pytest.raises(ValidationError, match="more men here"):
        services.assembly_open(
            plan=plan,
            by=coordinator,
            held_on=timezone.localdate(),
            place="Casa comunal",
            attendance=12,
            sections=services.pending_sections(plan),
            counts={"attended_men": 3, "spoke_men": 4},
        )
    assert not Assembly.objects.exists()


@pytest.fixture
def held_session(council, coordinator, plan):
    from .factories import agree

    agree(plan, coordinator)
    item = plan.sections.first().items.first()
    return make_session(
        council, item, coordinator, starts_at=timezone.now() - dt.timedelta(hours=4)
    )


def attendance_url(council, session):
    return reverse("progress:attendance", args=[council.slug, session.pk])


def test_a_facilitator_records_a_sessions_counts_with_its_attendance(
    as_user, council, facilitator, participant, held_session
):
    client = as_user(facilitator)
    page = client.get(attendance_url(council, held_session))
    assert_shows(page, "Who took part, counted (optional)")
    response = client.post(
        attendance_url(council, held_session),
        {
            "present": [str(participant.pk)],
            "attended_women": "11",
            "attended_men": "4",
            "attended_other": "",
            "facilitated_women": "1",
            "facilitated_men": "1",
        },
        follow=True,
    )
    assert_shows(response, "Attendance saved.")
    held_session.refresh_from_db()
    assert (held_session.attended_women, held_session.attended_men) == (11, 4)
    assert held_session.attended_other is None
    assert (held_session.facilitated_women, held_session.facilitated_men) == (1, 1)
    table = response.content.decode().split("<caption>Who took part, counted")[1]
    assert "<td>11</td>" in table.split("</table>")[0]


def test_a_session_cannot_have_more_facilitators_than_attended_in_a_group(
    as_user, council, facilitator, participant, held_session
):
    response = as_user(facilitator).post(
        attendance_url(council, held_session),
        {"present": [str(participant.pk)], "attended_men": "1", "facilitated_men": "2"},
    )
    assert_error_shown(response, "There can't be more men here (2) than attended (1).")
    held_session.refresh_from_db()
    assert held_session.facilitated_men is None
    # Neither the attendance nor the counts were saved: the page confirmed nothing.
    assert not held_session.attendance.exists()


def test_counts_of_a_session_not_held_yet_or_by_a_participant_are_refused(
    council, coordinator, participant, held_session
):
    later = Session.objects.create(
        council=council,
        item=held_session.item,
        starts_at=timezone.now() + dt.timedelta(days=3),
        ends_at=timezone.now() + dt.timedelta(days=3, hours=2),
        place="Casa comunal",
    )
    with pytest.raises(ValidationError, match="once the session has started"):
        services.session_record_counts(session=later, by=coordinator, counts={"attended_women": 5})
    with pytest.raises(PermissionDenied):
        services.session_record_counts(
            session=held_session, by=participant, counts={"attended_women": 5}
        )
    with pytest.raises(ValidationError, match="negative"):
        services.session_record_counts(
            session=held_session, by=coordinator, counts={"attended_women": -1}
        )
    held_session.refresh_from_db()
    assert held_session.attended_women is None


def test_no_gender_is_stored_per_person():
    """The counts are numbers on the assembly and the session, never a person's attribute."""
    for model in (Assembly, Session):
        for field in model._meta.get_fields():
            if field.name.startswith(("attended_", "spoke_", "facilitated_")):
                assert field.get_internal_type() == "PositiveIntegerField"
    assert (
        rules.attendance_count_errors(
            {"attended_women": 3, "spoke_women": 3}, subgroup="spoke", maximum=10
        )
        == []
    )
