from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    name = "progress"
    verbose_name = _("Progress")

    def ready(self):
        # Registers the tasks that services enqueue by name, in every process (web too).
        from . import tasks  # noqa: F401
