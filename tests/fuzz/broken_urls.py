"""Views broken on purpose, to prove the harness's checks catch each kind of fault."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.urls import path

from cms import urls as site_urls
from curriculum.models import Theme

from .world import MARKER


def crash(request):
    return HttpResponse(str(int(request.GET.get("n", "0"))))  # '²'.isdigit(), int('²') fails


def half_write(request):
    Theme.objects.create(name="Huérfano", slug="huerfano")
    return HttpResponse("the form came back; nothing says it was saved")


def saved(request):
    Theme.objects.create(name="Guardado", slug="guardado")
    messages.success(request, "Saved.")
    return HttpResponse("saved")


def leak(request):
    return HttpResponse(f"<p>Consejo Comunal {MARKER} El Tacal</p>")


urlpatterns = [
    path("crash/", crash),
    path("half-write/", half_write),
    path("saved/", saved),
    path("leak/", leak),
    *site_urls.urlpatterns,  # the error pages link to the site's own pages
]
