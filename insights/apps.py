from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "insights"
    verbose_name = _("Insights")

    def ready(self):
        # Councils and progress cannot import insights: their saves reach it by signals.
        from . import signals, tasks  # noqa: F401

        signals.connect()
