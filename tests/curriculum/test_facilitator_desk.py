"""The facilitator's desk: handouts, private notes, editor help, newest first, honest translations."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from curriculum.choices import Audience
from curriculum.models import Handout, StudyPathPage, WorkshopPage

from ..factories import UserFactory, WorkshopPageFactory
from ..utils import login, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _document(title, size=2048):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"x" * size, name=f"{title}.pdf")
    )


def _with_handouts(workshop, *, private=True):
    workshop.notes_for_facilitators_only = private
    workshop.handouts = [
        Handout(
            title="Mapa del sector", document=_document("mapa"), audience=Audience.PARTICIPANTS
        ),
        Handout(
            title="Guía para facilitar",
            document=_document("guia"),
            audience=Audience.FACILITATORS,
        ),
    ]
    return publish(workshop)


def test_handouts_on_the_page_and_print_with_size(client, content):
    workshop = _with_handouts(content.workshop, private=False)
    html = client.get(workshop.url).content.decode()
    assert "Mapa del sector" in html and "Guía para facilitar" in html
    assert "2,0\xa0KB" in html or "2.0\xa0KB" in html
    assert "Ofrecer cuido" in html  # the notes, public on this page
    assert "Cualquiera que abra o imprima esta página ve estas notas." in html


def test_private_notes_and_facilitator_handouts_need_a_facilitator(client, content):
    workshop = _with_handouts(content.workshop, private=True)
    html = client.get(workshop.url).content.decode()
    assert "Mapa del sector" in html
    assert "Guía para facilitar" not in html
    assert "Ofrecer cuido" not in html
    login(client, UserFactory(is_superuser=True))
    html = client.get(workshop.url).content.decode()
    assert "Guía para facilitar" in html and "Ofrecer cuido" in html


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ({}, False),
        ({"is_facilitator": True}, True),
        # A coordinator organises sessions too (``councils.rules.has_role``): they prepare them.
        ({"is_coordinator": True}, True),
    ],
)
def test_private_notes_follow_the_council_role(client, content, role, sees):
    from tests.councils.factories import MembershipFactory

    workshop = _with_handouts(content.workshop, private=True)
    login(client, MembershipFactory(**role).user)
    html = client.get(workshop.url).content.decode()
    assert ("Guía para facilitar" in html) is sees
    assert ("Ofrecer cuido" in html) is sees


def test_path_material_list_shows_handouts(client, content):
    _with_handouts(content.workshop, private=True)
    html = client.get(content.path.url).content.decode()
    assert "Mapa del sector" in html
    assert "Guía para facilitar" not in html


def test_new_pages_keep_notes_private_by_default(tree):
    assert WorkshopPage().notes_for_facilitators_only is True
    assert WorkshopPageFactory(parent=tree.library).notes_for_facilitators_only is True


def test_admin_title_shows_kind_and_hours(content):
    assert content.workshop.get_admin_display_title() == "El agua que no llega · Taller · 1,5 h"
    assert content.reading.get_admin_display_title().endswith("Lectura · 30 min")


def test_preview_defaults_to_desktop_with_a_print_size(content):
    assert content.workshop.default_preview_size == "desktop"
    assert "print" in [size["name"] for size in content.workshop.preview_sizes]


def test_editor_shows_the_workshop_total(client, content):
    login(client, UserFactory(is_superuser=True))
    html = client.get(f"/admin/pages/{content.workshop.pk}/edit/").content.decode()
    assert "data-workshop-duration" in html and "1,5 h" in html
    assert "Minutos" in html and "Acta" not in html


def test_library_newest_first_and_home_links_to_it(client, content):
    newest = publish(WorkshopPageFactory(parent=content.tree.library, title="Un taller nuevo"))
    page = client.get(content.tree.library.url + "?sort=newest").context["page_obj"]
    assert page.object_list[0].pk == newest.pk
    html = client.get(content.tree.home.url).content.decode()
    assert "?sort=newest" in html


def _new_untranslated(content):
    """A new Spanish workshop and the English alias the synchronised tree gives it."""
    new = publish(WorkshopPageFactory(parent=content.tree.library, title="Taller sin traducir"))
    alias = new.copy_for_translation(content.tree.locale_en, copy_parents=True, alias=True)
    return new, alias


def test_an_untranslated_material_is_marked_in_english(client, content):
    """With the tree in sync a new Spanish page gets an English alias: it says it is Spanish."""
    new, alias = _new_untranslated(content)
    html = client.get(alias.url).content.decode()
    assert "Only in Spanish for now" in html
    assert '<article class="material material--workshop" lang="es">' in html
    listing = client.get(content.english["library"].url).content.decode()
    assert "Only in Spanish for now" in listing


def test_translate_from_the_page_gives_own_slug(client, content):
    new, alias = _new_untranslated(content)
    login(client, UserFactory(is_superuser=True))
    edit = client.get(f"/admin/pages/{new.pk}/edit/").content.decode()
    assert f"/admin/pages/{alias.pk}/convert_alias/" in edit
    assert "Traducir al inglés" in edit
    response = client.post(f"/admin/pages/{alias.pk}/convert_alias/")
    assert response.status_code == 302
    alias.refresh_from_db()
    assert alias.alias_of_id is None
    assert alias.slug == "taller-sin-traducir"  # from its title, which she then translates
    assert alias.get_latest_revision_as_object().slug == alias.slug
    assert not alias.live  # a draft until she publishes her translation
    assert StudyPathPage.objects.exists()


def test_report_lists_pages_lacking_english(client, content):
    new, _alias = _new_untranslated(content)
    login(client, UserFactory(is_superuser=True))
    response = client.get("/admin/reports/missing-english/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Taller sin traducir" in html
    assert "El agua que no llega" not in html  # translated in the fixture
    assert "Páginas sin versión en inglés" in html
