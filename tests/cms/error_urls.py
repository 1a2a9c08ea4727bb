"""A URL conf for the error-page tests: the site's, plus views that fail on purpose."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import BadRequest, PermissionDenied
from django.urls import path

from cms.urls import handler400, handler500
from cms.urls import urlpatterns as site_patterns

__all__ = ["handler400", "handler500", "urlpatterns"]


class DatabaseFellOver(RuntimeError):
    pass


def raises(request):
    raise DatabaseFellOver("secret detail of the failure")


def bad(request):
    raise BadRequest("unreadable value")


def forbidden(request):
    raise PermissionDenied("internal reason")


urlpatterns = [
    *i18n_patterns(
        path("test-errors/raises/", raises),
        path("test-errors/bad/", bad),
        path("test-errors/forbidden/", forbidden),
        prefix_default_language=False,
    ),
    *site_patterns,
]
