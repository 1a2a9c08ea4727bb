from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    name = "progress"
    verbose_name = _("Progress")

    def ready(self):
        # Registers the tasks that services enqueue by name, in every process (web too).
        from councils.signals import council_erased

        from . import tasks  # noqa: F401
        from .receivers import recompute_after_council_erased

        council_erased.connect(
            recompute_after_council_erased, dispatch_uid="progress.recompute_after_council_erased"
        )
