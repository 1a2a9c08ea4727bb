"""A facilitator's journey in the Wagtail admin, in Spanish, without a server error or a repair.

The workshop is written (agenda and handout) as a draft the way the editor saves it,
with the English alias the synchronised tree gives a new page; everything a
facilitator decides is then done in the browser through Wagtail's own screens:
edit and preview, publish, translate from the page, unpublish and delete. Wagtail's
words are looked up in the Spanish catalogue, so the story reads what she reads.
"""

from __future__ import annotations

import pytest
from django.utils import translation
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.services]

in_spanish = translation.gettext


def es(msgid: str) -> str:
    with translation.override("es"):
        return in_spanish(msgid)


@pytest.fixture
def desk(browser_content, settings, tmp_path):
    """A facilitator (an editor of the library) and a draft workshop with agenda and handout."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    from curriculum.choices import Audience
    from curriculum.models import Handout

    from ..factories import ThemeFactory, UserFactory, WorkshopPageFactory, agenda_data

    settings.MEDIA_ROOT = tmp_path
    if Collection.get_first_root_node() is None:  # a transactional flush removed it
        Collection.add_root(name="Root")
    library = browser_content
    facilitator = UserFactory(username="facilitadora", is_superuser=True, is_staff=True)
    document = get_document_model().objects.create(
        title="Mapa del sector", file=ContentFile(b"%PDF-1.4 mapa" * 200, name="mapa.pdf")
    )
    workshop = WorkshopPageFactory.build(
        title="Cuidar el agua del sector",
        slug="cuidar-el-agua-del-sector",
        agenda=agenda_data([("Ronda", 15), ("Mapa", 45), ("Acuerdos", 30)]),
    )
    workshop.live = False
    library.tree.library.add_child(instance=workshop)
    agua = library.themes["agua"]  # named «water» in English
    agua.english = ThemeFactory(name="water")
    agua.save()
    workshop.tags.set([agua])
    workshop.handouts = [
        Handout(title="Mapa para completar", document=document, audience=Audience.PARTICIPANTS)
    ]
    workshop.save_revision(user=facilitator)
    workshop.copy_for_translation(library.tree.locale_en, copy_parents=True, alias=True)
    return {"library": library, "facilitator": facilitator, "workshop": workshop}


def log_in(page, base_url, user):
    from ..factories import PASSWORD

    page.goto(f"{base_url}/accounts/login/")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("input[name=password]")).to_have_count(0)


def test_a_facilitator_publishes_translates_and_removes_a_workshop(page, live_server, desk):
    from wagtail.models import Page

    from curriculum import services
    from curriculum.models import StudyPathPage, WorkshopPage

    from ..factories import stages_data
    from ..utils import publish

    base = live_server.url
    errors = []
    page.on("response", lambda r: errors.append(r.url) if r.status >= 500 else None)
    workshop, library = desk["workshop"], desk["library"]
    log_in(page, base, desk["facilitator"])

    # The editor, in Spanish: the agenda's minutes are minutes, the total is in sight.
    page.goto(f"{base}/admin/pages/{workshop.pk}/edit/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("[data-workshop-duration]")).to_contain_text("1,5 h")
    expect(page.get_by_text("Minutos").first).to_be_attached()
    expect(page.get_by_text("Autosave is paused")).to_have_count(0)

    # Preview, then publish from the editor's own button.
    preview = page.request.get(f"{base}/admin/pages/{workshop.pk}/edit/preview/")
    assert preview.status < 500
    page.evaluate("document.querySelector('button[name=action-publish]').click()")
    page.wait_for_url(f"**/admin/pages/{library.tree.library.pk}/**")
    workshop = WorkshopPage.objects.get(pk=workshop.pk)
    assert workshop.live

    # Newest first in the library; the handout is on the page.
    page.goto(base + library.tree.library.url + "?sort=newest")
    first = page.locator(".card-list .card__title a").first
    expect(first).to_have_text("Cuidar el agua del sector")
    first.click()
    expect(page.get_by_role("link", name="Mapa para completar")).to_be_visible()

    # Added to the study path (the path's editor is Wagtail's StreamField chooser).
    page.goto("about:blank")
    path = StudyPathPage.objects.get(pk=library.path.pk)
    path.stages = list(path.stages.raw_data) + stages_data(
        [("Cuidar", "Pasar al acuerdo.", [workshop])]
    )
    publish(path)
    services.refresh_study_path(path_id=path.pk)

    # Translate from the page itself: the English copy is a draft with the English themes,
    # and its slug follows the English title she writes.
    page.goto(f"{base}/admin/pages/{workshop.pk}/edit/")
    page.locator(f"button[aria-label='{es('Actions')}']").first.click()  # the header's menu
    page.get_by_role("link", name="Traducir al inglés").click()
    page.get_by_role("button", name=es("Yes, convert it")).or_(
        page.locator(f"input[value='{es('Yes, convert it')}']")
    ).first.click()
    page.wait_for_url("**/edit/")
    english = Page.objects.get(translation_key=workshop.translation_key, locale__language_code="en")
    english = WorkshopPage.objects.get(pk=english.pk)
    assert english.alias_of_id is None and not english.live
    assert english.slug == "cuidar-el-agua-del-sector"
    assert sorted(english.tags.names()) == ["water"]
    page.locator("#id_title").fill("Caring for the water of the sector")
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value("caring-for-the-water-of-the-sector")
    page.get_by_role("button", name=es("Save draft")).first.click()
    for _ in range(50):  # the save answers with a reload (or, with autosave, in place)
        draft = WorkshopPage.objects.get(pk=english.pk).get_latest_revision_as_object()
        if draft.title != workshop.title:
            break
        page.wait_for_timeout(100)
    assert draft.slug == "caring-for-the-water-of-the-sector"
    assert sorted(draft.tags.names()) == ["water"]

    # Change its duration: the editor's total follows on save. (The test writes through the
    # ORM meanwhile: leave the editor first, whose pings would meet SQLite's table lock.)
    page.goto("about:blank")
    workshop = WorkshopPage.objects.get(pk=workshop.pk)
    workshop.agenda = [*workshop.agenda.raw_data][:2]
    publish(workshop)
    page.goto(f"{base}/admin/pages/{workshop.pk}/edit/")
    expect(page.locator("[data-workshop-duration]")).to_contain_text("1 h")

    # Unpublish: the confirmation names the path and the hours it would lose.
    page.goto(f"{base}/admin/pages/{workshop.pk}/unpublish/")
    expect(page.locator("[data-material-usage]")).to_contain_text(path.title)
    page.get_by_role("button", name=es("Yes, unpublish it")).click()
    assert not WorkshopPage.objects.get(pk=workshop.pk).live

    # Delete: the path drops it by itself and publishes again without repair.
    page.goto(f"{base}/admin/pages/{workshop.pk}/delete/")
    expect(page.locator("[data-material-usage]")).to_contain_text(path.title)
    page.locator(f"input[value='{es('Yes, delete it')}']").click()
    expect(page.locator("html")).to_have_attribute("lang", "es")
    assert not WorkshopPage.objects.filter(pk=workshop.pk).exists()
    path = StudyPathPage.objects.get(pk=path.pk)
    assert path.live and not path.has_unpublished_changes
    path.stages.stream_block.clean(path.stages)
    page.goto(base + path.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(path.title)
    assert errors == []
