"""A council writes an experience together, keeps its versions, shares it and withdraws it."""

from __future__ import annotations

import pytest

from network.models import Experience, ExperienceVersion, ShareMode

from ..councils.factories import make_session
from ..progress.factories import workshop_item
from . import experiences_support as support
from .experiences_support import FISHING, assembly_of, share, url, write

english, net = support.english, support.net

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def form_data(**extra) -> dict:
    data = {
        "title": "Talleres de sábado con cuidado de niños",
        "language": "es",
        "starting_point": "Las compañeras no venían a los talleres de los miércoles.",
        "purpose": "Contar cómo subió la participación.",
        "subject": "",
        "axis": "La participación de las mujeres.",
        "reflection": "El cuidado era la condición para venir.",
        "conclusions": "El horario decide quién se forma.",
        "do_differently": "Preguntar casa por casa.",
        "moments-TOTAL_FORMS": "2",
        "moments-INITIAL_FORMS": "0",
        "moments-0-happened_on": "2025-02-01",
        "moments-0-text": "Primer taller de sábado: veintidós personas.",
        "lessons-TOTAL_FORMS": "2",
        "lessons-INITIAL_FORMS": "0",
        "lessons-0-kind": "worked",
        "lessons-0-text": "Los sábados vinieron tres veces más mujeres.",
        "lessons-1-kind": "did_not_work",
        "lessons-1-text": "Anunciar solo por mensaje de teléfono.",
    }
    data.update(extra)
    return data


def test_a_facilitator_writes_an_experience_that_stays_inside_the_council(net):
    nelly = net.client("facilitator")
    response = nelly.post(url("experience_create", net.fishing.slug), form_data())
    experience = Experience.objects.get()
    assert response.status_code == 302
    assert response["Location"] == experience.get_absolute_url()
    assert experience.share_mode == ShareMode.PRIVATE
    assert [m.text for m in experience.timeline.all()] == [
        "Primer taller de sábado: veintidós personas."
    ]
    assert sorted(experience.lessons.values_list("kind", flat=True)) == [
        "did_not_work",
        "worked",
    ]
    assert experience.versions.get().number == 1
    page = net.client("participant").get(experience.get_absolute_url())
    assert "Talleres de sábado" in page.content.decode()
    # Other councils, the network and the exchange see nothing of it.
    assert net.client("other").get(experience.get_exchange_url()).status_code == 404
    assert "Talleres de sábado" not in net.client("other").get(url("exchange")).content.decode()


def test_a_participant_reads_but_cannot_write(net):
    carmen = net.client("participant")
    assert carmen.get(url("experience_list", net.fishing.slug)).status_code == 200
    assert carmen.post(url("experience_create", net.fishing.slug), form_data()).status_code == 403
    assert not Experience.objects.exists()


def test_missing_parts_and_bad_ids_are_form_errors(net):
    farming_session = make_session(
        net.farming,
        workshop_item(net.farming, net.content.workshop),
        net.people["other_coordinator"],
    )
    nelly = net.client("facilitator")
    response = nelly.post(
        url("experience_create", net.fishing.slug),
        form_data(
            starting_point="",
            **{
                "moments-0-session": str(farming_session.pk),
                "moments-1-happened_on": "no es fecha",
                "moments-1-text": "algo",
                "lessons-1-kind": "quizás",
                "materials": ["99999999999999999999999"],
                "moments-TOTAL_FORMS": "5000",
            },
        ),
    )
    assert response.status_code == 200
    assert not Experience.objects.exists()
    assert "errorlist" in response.content.decode()


def test_every_save_keeps_a_version_and_a_stale_form_is_refused(net):
    experience = write(net.fishing, net.people["facilitator"])
    nelly = net.client("facilitator")
    yusmary = net.client("coordinator")
    edit = url("experience_edit", net.fishing.slug, experience.pk)
    first = yusmary.post(edit, form_data(title="Primera corrección", revision="0"))
    assert first.status_code == 302
    stale = nelly.post(edit, form_data(title="Otra corrección a la vez", revision="0"))
    assert stale.status_code == 200
    assert "Someone else changed this experience" in stale.content.decode()
    experience.refresh_from_db()
    assert experience.title == "Primera corrección"
    assert list(experience.versions.values_list("number", flat=True)) == [2, 1]
    versions = nelly.get(
        url("experience_versions", net.fishing.slug, experience.pk), {"a": 1, "b": 2}
    )
    text = versions.content.decode()
    assert "Moments added" in text and "Primer taller de sábado" in text
    garbled = nelly.get(
        url("experience_versions", net.fishing.slug, experience.pk), {"a": "x", "b": 99}
    )
    assert garbled.status_code == 200
    assert "Choose two existing versions" in garbled.content.decode()


def test_the_preview_shows_what_others_read_and_warns_about_names(net):
    experience = write(
        net.fishing,
        net.people["coordinator"],
        starting_point="Yusmary Salazar y Nelly compraron la cava del Consejo Comunal Playa "
        "Colorada con María Pérez.",
    )
    yusmary = net.client("coordinator")
    preview = yusmary.get(
        url("experience_share", net.fishing.slug, experience.pk), {"mode": "anonymised"}
    )
    html = preview.content.decode()
    section = html[html.index('id="preview"') :]
    assert "Sucre" in section and "Coastal, fishing" in section
    warnings = section[section.index("name-warnings") : section.index("</div>")]
    for name in ("Yusmary Salazar", "Nelly", "María Pérez"):
        assert name in warnings
    article = section[section.index("<article") : section.index("</article>")]
    assert "Playa Colorada" not in article and net.fishing.slug not in article
    assert "[the council]" in article
    assert experience.share_mode == ShareMode.PRIVATE


def test_a_coordinator_shares_naming_the_assembly_and_anyone_with_a_role_withdraws(net):
    experience = write(net.fishing, net.people["facilitator"])
    assembly = assembly_of(net.fishing, net.people["coordinator"])
    share_url = url("experience_share", net.fishing.slug, experience.pk)
    # A facilitator cannot record the council's agreement; a coordinator must confirm it.
    assert net.client("facilitator").post(share_url, {"mode": "named"}).status_code == 403
    yusmary = net.client("coordinator")
    unconfirmed = yusmary.post(share_url, {"mode": "named", "assembly": assembly.pk})
    assert unconfirmed.status_code == 200
    experience.refresh_from_db()
    assert not experience.is_shared
    foreign = yusmary.post(share_url, {"mode": "named", "assembly": "99999", "confirm": "on"})
    assert foreign.status_code == 200
    done = yusmary.post(share_url, {"mode": "named", "assembly": assembly.pk, "confirm": "on"})
    assert done.status_code == 302
    experience.refresh_from_db()
    assert experience.share_mode == ShareMode.NAMED and experience.agreed_in == assembly
    assert ExperienceVersion.objects.filter(experience=experience, event="shared").exists()
    other = net.client("other")
    assert other.get(experience.get_exchange_url()).status_code == 200
    assert FISHING in other.get(experience.get_exchange_url()).content.decode()
    assert "cava comunal" in other.get(url("exchange"), {"q": "cava"}).content.decode()

    withdraw = url("experience_withdraw", net.fishing.slug, experience.pk)
    assert net.client("participant").post(withdraw).status_code == 403
    assert net.client("facilitator").post(withdraw).status_code == 302
    experience.refresh_from_db()
    assert experience.share_mode == ShareMode.PRIVATE and experience.search_text == ""
    assert other.get(experience.get_exchange_url()).status_code == 404
    assert "cava comunal" not in other.get(url("exchange"), {"q": "cava"}).content.decode()
    assert "cava comunal" not in other.get(url("exchange")).content.decode()


def test_erasing_a_council_takes_its_experiences_and_the_questions_it_asked(net):
    import datetime as dt

    from django.utils import timezone

    from councils.models import Council
    from councils.services.erasure import council_purge
    from network.models import Question

    fishing, farming = net.people["coordinator"], net.people["other_coordinator"]
    mine = share(write(net.fishing, fishing), fishing)
    theirs = share(write(net.farming, farming, title="El banco de semillas"), farming)
    Question.objects.create(experience=theirs, asker_council=net.fishing, text="¿Cómo?")
    Question.objects.create(experience=mine, asker_council=net.farming, text="¿Cuánto?")
    Council.objects.filter(pk=net.fishing.pk).update(
        erase_requested_at=timezone.now() - dt.timedelta(days=60)
    )
    assert council_purge(council_id=net.fishing.pk)
    assert list(Experience.objects.all()) == [theirs]
    assert not Question.objects.exists()
