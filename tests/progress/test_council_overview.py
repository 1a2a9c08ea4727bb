"""The coordinator's overview shows only what a person shared with *this* council (issue #9, point 3).

Before, it counted private practice, practice shared with other councils and readings,
and listed every path the person follows, while its banner promised that private
practice is never shown.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from progress import services

from ..councils.factories import add_member
from .factories import FormationStageFactory
from .helpers import table, url, visible_text

pytestmark = pytest.mark.django_db


def practice(user, hours: str, *, council=None, days_ago: int = 1, voucher=None):
    entry = services.practice_log_create(
        user=user,
        practiced_on=timezone.localdate() - dt.timedelta(days=days_ago),
        hours=Decimal(hours),
        what_was_done="Jornada de limpieza de la playa con la escuela.",
    )
    if council is not None:
        services.practice_share(entry=entry, user=user, council_id=council.pk)
    if voucher is not None:
        asked = services.vouch_request(entry=entry, by=user, voucher=voucher)
        services.vouch_decide(vouch=asked, by=voucher, confirm=True)
    return entry


@pytest.fixture
def carmen_in_two_councils(world, committed):
    """Carmen belongs to Playa Colorada and El Tacal, and keeps most of her record to herself."""
    carmen = world.participant
    add_member(world.other_council, carmen)
    FormationStageFactory(name="Primeros pasos", min_study_hours=0)
    with committed():
        services.enrol(user=carmen, path=world.lib.path)
        services.mark_read(
            user=carmen, material=world.lib.reading, completed_on=timezone.localdate()
        )
        practice(carmen, "2")  # private
        practice(carmen, "1.5", council=world.council)  # shared here, not vouched
        practice(carmen, "3", council=world.council, voucher=world.neighbour)
        practice(carmen, "4", council=world.other_council, voucher=world.outsider)
        services.attendance_record(
            session=world.held_session, by=world.facilitator, present_user_ids={carmen.pk}
        )
    return world


def carmens_row(client, council) -> dict[str, str]:
    html = client.get(url("council_overview", council.slug)).content.decode()
    section = html.split("Carmen la de las redes", 1)[1].split("</table>", 1)[0]
    header, rows = table(section + "</table>", "data-table--compact")
    year = str(timezone.localdate().year)
    (row,) = [row for row in rows if row[0] == year]
    return dict(zip(header, row, strict=True))


def test_only_what_was_shared_with_this_council_is_counted(carmen_in_two_councils, as_user):
    world = carmen_in_two_councils
    row = carmens_row(as_user(world.coordinator), world.council)
    assert row["Workshops attended"] == "1.5 h"  # the council's own workshop
    assert row["Practice shared, self-reported"] == "1.5 h"  # not the private 2 h, not El Tacal's
    assert row["Practice shared, vouched"] == "3 h"  # not the 4 h vouched in El Tacal
    assert "Reading" not in row


def test_the_other_council_sees_only_its_own_share(carmen_in_two_councils, as_user):
    world = carmen_in_two_councils
    other_coordinator = world.other_council.memberships.get(is_coordinator=True).user
    row = carmens_row(as_user(other_coordinator), world.other_council)
    assert row["Workshops attended"] == "0 h"
    assert row["Practice shared, self-reported"] == "0 h"
    assert row["Practice shared, vouched"] == "4 h"


def test_paths_and_stage_are_not_shown_and_the_banner_says_so(carmen_in_two_councils, as_user):
    world = carmen_in_two_councils
    page = visible_text(as_user(world.coordinator).get(url("council_overview", world.council.slug)))
    assert "El agua como escuela" not in page  # the path she follows
    assert "Primeros pasos" not in page  # her stage, reached from her whole record
    assert "Their readings, study paths, stage, reflections, private practice" in page
    assert "never shown here" in page


def test_private_practice_alone_shows_nothing(world, as_user, committed):
    with committed():
        practice(world.participant, "5")
    page = as_user(world.coordinator).get(url("council_overview", world.council.slug))
    section = page.content.decode().split("Carmen la de las redes", 1)[1].split("</li>", 1)[0]
    assert "data-table--compact" not in section
    assert "Nothing shared with this council yet." in section
