"""The editor's form for materials that carry handouts."""

from wagtail.admin.forms import WagtailAdminPageForm

HANDOUTS = "handouts"


class HandoutsPageForm(WagtailAdminPageForm):
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
