"""The optional gender self-description: the person's own, private, counted only in fives.

It is set and removed from a page linked from the profile; it is in the person's own
export and goes with their account; nobody else reads it anywhere: not the council's
member list, not the council's export, not the dashboards below five people.
"""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse

from insights.models import GenderSelfDescription

from .conftest import describe

pytestmark = pytest.mark.django_db

PAGE = "insights:self_description"


def test_the_profile_links_to_the_page_and_the_person_describes_themselves(world, as_user):
    client = as_user(world.member)
    profile = client.get(reverse("accounts:profile")).content.decode()
    assert reverse(PAGE) in profile
    page = client.get(reverse(PAGE)).content.decode()
    assert "Nobody sees it" in page
    response = client.post(reverse(PAGE), {"gender": "woman"}, follow=True)
    assert "Saved. Only you see it." in response.content.decode()
    assert GenderSelfDescription.objects.get(user=world.member).gender == "woman"
    again = client.get(reverse(PAGE)).content.decode()
    assert re.search(r'value="woman"[^>]*checked', again)


def test_choosing_nothing_removes_it(world, as_user):
    describe(world.member, "man")
    response = as_user(world.member).post(reverse(PAGE), {"gender": ""}, follow=True)
    assert "Nothing is kept about your gender." in response.content.decode()
    assert not GenderSelfDescription.objects.filter(user=world.member).exists()


@pytest.mark.parametrize("bad", ["mujer", "WOMAN", "x" * 500, "0"])
def test_an_unknown_answer_is_refused(world, as_user, bad):
    response = as_user(world.member).post(reverse(PAGE), {"gender": bad})
    assert response.status_code == 200
    assert "Choose one of the options, or none." in response.content.decode()
    assert not GenderSelfDescription.objects.exists()


def test_it_is_in_the_persons_own_export_only(world, as_user):
    describe(world.member, "other")
    mine = json.loads(as_user(world.member).get(reverse("accounts:export")).content)
    assert mine["self_description"]["gender_self_description"] == "other"
    theirs = json.loads(as_user(world.coordinator).get(reverse("accounts:export")).content)
    assert theirs["self_description"]["gender_self_description"] is None
    council = as_user(world.coordinator).get(reverse("councils:export", args=[world.council.slug]))
    assert "gender" not in council.content.decode()


def test_nobody_else_sees_it_on_any_council_page(world, as_user):
    describe(world.facilitator, "woman")
    coordinator = as_user(world.coordinator)
    pages = [
        reverse("councils:members", args=[world.council.slug]),
        reverse("councils:detail", args=[world.council.slug]),
        reverse("insights:council_dashboard", args=[world.council.slug]),
    ]
    for url in pages:
        text = coordinator.get(url).content.decode()
        assert "Woman" not in text and "woman" not in text.replace("women", ""), url


def test_it_goes_with_the_account(world, as_user):
    from ..factories import PASSWORD

    describe(world.member, "woman")
    client = as_user(world.member)
    client.post(
        reverse("accounts:delete"), {"confirm": world.member.username, "password": PASSWORD}
    )
    assert not GenderSelfDescription.objects.exists()


def test_fewer_than_five_descriptions_count_nowhere(world, django_capture_on_commit_callbacks):
    """Four described role holders: their descriptions stay out of every summary's share."""
    from insights import rules, selectors
    from insights.models import CouncilYearSummary

    from ..councils.factories import add_member
    from ..factories import UserFactory

    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(4):
            describe(add_member(world.council, UserFactory(), is_facilitator=True).user)
    row = CouncilYearSummary.objects.filter(council=world.council).latest("year")
    assert row.responsible_described == 4
    inputs = selectors.year_gap_inputs(row)
    assert rules.responsible_counts(inputs) == (inputs.facilitated_women, inputs.facilitated_total)
