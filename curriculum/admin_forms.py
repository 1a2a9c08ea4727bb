"""The editor's forms for materials: a translation's slug follows its title; handouts."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

from curriculum.selectors.translation import slug_follows_title, slug_from_title

HANDOUTS = "handouts"


class TranslationPageForm(WagtailAdminPageForm):
    """Until a translation is first published, its slug follows its title.

    The copy starts with the source's title and a slug made from it; when the
    facilitator writes the title in her language, the address should say it too.
    The editor's script does this while she types; this does it on the server as
    well, for a post made without the script. A slug she wrote herself (one that
    is not made from the previous title) is kept.
    """

    def clean(self):
        if self._slug_follows_title():
            title = self.cleaned_data["title"]
            self.cleaned_data["slug"] = slug_from_title(
                parent=self.parent_page, title=title, page=self.instance
            )
        return super().clean()

    def _slug_follows_title(self) -> bool:
        page = self.instance
        data = self.cleaned_data
        if page is None or not page.pk or page.live or page.first_published_at is not None:
            return False
        if page.alias_of_id is not None or self.parent_page is None:
            return False
        title, slug = data.get("title"), data.get("slug")
        if not title or slug is None:
            return False
        if slug != page.slug and not slug_follows_title(slug=slug, title=title):
            return False  # a slug written by hand
        if page.locale_id == Locale.get_default().pk:
            return False  # a source page: Wagtail's editor handles its slug
        return slug_follows_title(slug=page.slug, title=page.title)


class HandoutsPageForm(TranslationPageForm):
    """A post without the handouts' part (a client written before handouts existed) keeps them.

    Wagtail's editor always sends the part; without this, such a post would be refused
    (no error shown) or, once filled in blank, would delete the page's handouts.
    """

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and f"{HANDOUTS}-TOTAL_FORMS" not in data:
            data = data.copy()
            instance = kwargs.get("instance")
            existing = list(instance.handouts.all()) if instance is not None and instance.pk else []
            for number, handout in enumerate(existing):
                prefix = f"{HANDOUTS}-{number}-"
                data[prefix + "id"] = str(handout.pk)
                data[prefix + "document"] = str(handout.document_id)
                data[prefix + "title"] = handout.title
                data[prefix + "audience"] = handout.audience
                data[prefix + "ORDER"] = str(number + 1)
            data[f"{HANDOUTS}-TOTAL_FORMS"] = str(len(existing))
            data[f"{HANDOUTS}-INITIAL_FORMS"] = str(len(existing))
            data[f"{HANDOUTS}-MIN_NUM_FORMS"] = "0"
            data[f"{HANDOUTS}-MAX_NUM_FORMS"] = "1000"
        super().__init__(data, *args, **kwargs)
