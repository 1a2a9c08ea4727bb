from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """The network of councils: shared experiences, questions, encuentros, coordinators' space."""

    name = "network"
    label = "network"
    verbose_name = _("Network")
