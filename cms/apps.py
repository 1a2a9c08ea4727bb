from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Models whose changes may show on a public page: every change makes cached pages stale.
_PAGE_CACHE_APPS = {"curriculum"}
_PAGE_CACHE_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailimages.image",
    "wagtaildocs.document",
}


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        _connect_page_cache()
        from django.contrib.auth.signals import user_logged_in

        from .login_notices import tell_at_login

        user_logged_in.connect(tell_at_login, dispatch_uid="cms.tell_at_login")


def _connect_page_cache() -> None:
    """Bump the page cache's generation on publish, unpublish, move, save and delete."""
    from celery.signals import task_postrun
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .page_cache import bump_generation

    uid = "cms.page_cache"
    page_published.connect(bump_generation, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(bump_generation, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(bump_generation, dispatch_uid=f"{uid}.moved")

    def after_setting_saved(created=False, **kwargs):
        # Rendering a page creates the site's settings row, empty, on first use: no change.
        if not created:
            bump_generation()

    for model in apps.get_models():
        if issubclass(model, BaseSiteSetting):
            post_save.connect(
                after_setting_saved, sender=model, weak=False, dispatch_uid=f"{uid}.save.{model}"
            )
            post_delete.connect(bump_generation, sender=model, dispatch_uid=f"{uid}.del.{model}")
        elif issubclass(model, Page) or (
            model._meta.app_label in _PAGE_CACHE_APPS
            or model._meta.label_lower in _PAGE_CACHE_MODELS
        ):
            post_save.connect(bump_generation, sender=model, dispatch_uid=f"{uid}.save.{model}")
            post_delete.connect(bump_generation, sender=model, dispatch_uid=f"{uid}.del.{model}")

    def after_library_task(sender=None, **kwargs):
        # Study path entries are rebuilt by Celery after a publish, with bulk writes.
        if getattr(sender, "name", "").startswith("curriculum."):
            bump_generation()

    task_postrun.connect(after_library_task, weak=False, dispatch_uid=f"{uid}.task")
