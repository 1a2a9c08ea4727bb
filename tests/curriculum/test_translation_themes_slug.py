"""Translating a material from its page: English themes, and a slug that follows the English title.

The facilitator presses "Traducir al inglés" on a Spanish workshop; the English copy she
is taken to carries the English names of its themes (a theme with none is left out and
named to her), stays a draft until she publishes it, and its address follows the title
she writes until then.
"""

import pytest
from django.contrib.messages import constants
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from curriculum.models import MaterialPage, Theme

from ..factories import ReadingPageFactory, ThemeFactory, UserFactory, WorkshopPageFactory
from ..utils import login, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def water(content):
    """The Spanish theme «Agua», named «water» in English."""
    water = ThemeFactory(name="water", description="Access to water and its care.")
    agua = content.themes["agua"]
    agua.english = water
    agua.save()
    return water


@pytest.fixture
def facilitator(client):
    user = UserFactory(is_superuser=True)
    login(client, user)
    return user


def _untranslated(content, factory=WorkshopPageFactory, **fields):
    """A published Spanish material and the English alias the synchronised tree gives it."""
    page = publish(factory(parent=content.tree.library, **fields))
    alias = page.copy_for_translation(content.tree.locale_en, copy_parents=True, alias=True)
    return page, alias


def _translate(client, alias):
    """Press "Translate into English" on the Spanish page and confirm, as the admin does."""
    response = client.post(f"/admin/pages/{alias.pk}/convert_alias/", follow=True)
    assert response.status_code == 200
    copy = MaterialPage.objects.get(pk=alias.pk).specific
    messages = [(m.level, str(m)) for m in response.context["messages"]]
    return copy, messages


def _theme_names(page):
    return sorted(theme.name for theme in page.tags.all())


def test_the_english_copy_carries_the_english_names_of_its_themes(client, content, water):
    spanish, alias = _untranslated(content, title="Cuidar el agua", themes=[content.themes["agua"]])
    assert _theme_names(alias.specific) == ["Agua"]  # the alias shows the Spanish page
    themes_before = Theme.objects.count()
    login(client, UserFactory(is_superuser=True))

    copy, messages = _translate(client, alias)

    assert _theme_names(copy) == ["water"]
    assert _theme_names(copy.get_latest_revision_as_object()) == ["water"]
    assert _theme_names(spanish) == ["Agua"]
    assert Theme.objects.count() == themes_before  # nothing made up
    assert not [text for level, text in messages if level == constants.WARNING]
    publish(copy)
    html = client.get(copy.url).content.decode()
    assert "water" in html and "Agua" not in html


def test_a_theme_without_an_english_name_is_left_out_and_named(client, content, water, facilitator):
    themes = [content.themes["agua"], content.themes["educacion"]]
    _spanish, alias = _untranslated(content, title="Agua y escuela", themes=themes)
    themes_before = Theme.objects.count()

    copy, messages = _translate(client, alias)

    assert _theme_names(copy) == ["water"]
    assert Theme.objects.count() == themes_before
    warnings = [text for level, text in messages if level == constants.WARNING]
    assert len(warnings) == 1
    assert "Educación popular" in warnings[0] and "Agua" not in warnings[0]


def test_an_english_theme_stays_and_nothing_is_duplicated(client, content, water, facilitator):
    """A Spanish page tagged both «Agua» and (by mistake) «water» gets «water» once."""
    _spanish, alias = _untranslated(content, title="Agua dos veces", themes=["Agua", "water"])

    copy, _messages = _translate(client, alias)

    assert _theme_names(copy) == ["water"]


def test_the_copy_is_a_draft_with_a_slug_made_from_its_title(client, content, facilitator):
    """Not the Spanish slug with "-en": the title's, numbered when an English sibling has it."""
    english_library = content.english["library"]
    WorkshopPageFactory(parent=english_library, title="Otro", slug="taller-del-agua")
    _spanish, alias = _untranslated(content, title="Taller del agua", slug="agua-en-el-sector")

    copy, messages = _translate(client, alias)

    assert copy.alias_of_id is None
    assert copy.slug == "taller-del-agua-1"
    assert copy.get_latest_revision_as_object().slug == copy.slug
    assert copy.url_path.endswith("/taller-del-agua-1/")
    # Its text is still Spanish: no English reader meets it until she publishes it.
    assert not copy.live and copy.first_published_at is None
    client.logout()
    assert client.get(copy.url).status_code == 404
    assert "Taller del agua" not in client.get(english_library.url).content.decode()
    # The admin speaks the facilitator's language (Spanish by default).
    assert any(
        "draft" in text or "borrador" in text for level, text in messages if level == constants.INFO
    )


def _reading_form(copy, **fields):
    data = {
        "title": copy.title,
        "slug": copy.slug,
        "summary": copy.summary,
        "level": copy.level,
        "tags": "",
        "author": copy.author,
        "work": copy.work,
        "year": str(copy.year),
        "estimated_minutes": str(copy.estimated_minutes),
        "body": rich_text(copy.body),
        "link": "",
        "guiding_questions": streamfield([]),
        **fields,
    }
    return nested_form_data(data)


def _edit(client, page, data, *, publish_it=False):
    if publish_it:
        data = {**data, "action-publish": "action-publish"}
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    return Page.objects.get(pk=page.pk).specific


def test_the_slug_follows_the_english_title_until_first_published(client, content, facilitator):
    _spanish, alias = _untranslated(
        content, factory=ReadingPageFactory, title="La educación como práctica de la libertad"
    )
    copy, _messages = _translate(client, alias)
    assert copy.slug == "la-educacion-como-practica-de-la-libertad"

    # She writes the English title and saves a draft: the address follows it.
    title = "Education as the Practice of Freedom"
    copy = _edit(client, copy, _reading_form(copy, title=title))
    assert copy.get_latest_revision_as_object().slug == "education-as-the-practice-of-freedom"

    # She corrects the title and publishes: the address still follows it.
    draft = copy.get_latest_revision_as_object()
    title = "Education, the Practice of Freedom"
    copy = _edit(client, draft, _reading_form(draft, title=title), publish_it=True)
    assert copy.live and copy.slug == "education-the-practice-of-freedom"
    assert client.get(copy.url).status_code == 200
    assert copy.url.startswith("/en/")

    # Once published, a new title leaves the address alone (links to it keep working).
    copy = _edit(client, copy, _reading_form(copy, title="Education and Freedom"), publish_it=True)
    assert copy.slug == "education-the-practice-of-freedom"


def test_a_slug_written_by_hand_is_kept_and_sources_are_left_alone(client, content, facilitator):
    """The server follows the title only for a translation whose slug came from its title."""
    _spanish, alias = _untranslated(content, factory=ReadingPageFactory, title="Pedagogía")
    copy, _messages = _translate(client, alias)
    assert copy.slug == "pedagogia"

    copy = _edit(client, copy, _reading_form(copy, title="Pedagogy", slug="freire-pedagogy"))
    assert copy.get_latest_revision_as_object().slug == "freire-pedagogy"
    draft = copy.get_latest_revision_as_object()
    copy = _edit(client, draft, _reading_form(draft, title="Pedagogy of Hope"))
    assert copy.get_latest_revision_as_object().slug == "freire-pedagogy"

    # A Spanish draft (a source, not a translation) keeps the slug it was given.
    spanish = ReadingPageFactory(parent=content.tree.library, title="Texto", slug="texto")
    spanish.live = False
    spanish.first_published_at = None
    spanish.save()
    spanish = _edit(client, spanish, _reading_form(spanish, title="Texto nuevo"))
    assert spanish.get_latest_revision_as_object().slug == "texto"


def test_themes_are_named_in_english_where_themes_are_managed(client, content, facilitator):
    agua, water = content.themes["agua"], ThemeFactory(name="water")
    url = f"/admin/snippets/curriculum/theme/edit/{agua.pk}/"
    form = {"name": agua.name, "slug": agua.slug, "description": agua.description}

    assert 'name="english"' in client.get(url).content.decode()
    response = client.post(url, {**form, "english": str(water.pk)})
    assert response.status_code == 302
    agua.refresh_from_db()
    assert agua.english == water
    listing = client.get("/admin/snippets/curriculum/theme/").content.decode()
    assert "water" in listing

    # A Spanish theme cannot be another Spanish theme's English name, nor its own.
    educacion = content.themes["educacion"]
    url = f"/admin/snippets/curriculum/theme/edit/{educacion.pk}/"
    form = {"name": educacion.name, "slug": educacion.slug, "description": ""}
    for wrong in (agua, educacion):
        response = client.post(url, {**form, "english": str(wrong.pk)})
        assert response.status_code == 200
        assert response.context["form"].errors["english"]
    educacion.refresh_from_db()
    assert educacion.english is None
