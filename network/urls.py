"""The network's pages, under ``/red/``: the exchange, and each council's experiences."""

from django.urls import path

from .views import exchange, experiences, questions

app_name = "network"

urlpatterns = [
    path("experiencias/", exchange.exchange, name="exchange"),
    path("experiencias/<uuid:uuid>/", exchange.exchange_detail, name="exchange_detail"),
    path("experiencias/<uuid:uuid>/preguntar/", questions.question_ask, name="question_ask"),
    path("consejos/<slug:slug>/experiencias/", experiences.experience_list, name="experience_list"),
    path(
        "consejos/<slug:slug>/experiencias/nueva/",
        experiences.experience_create,
        name="experience_create",
    ),
    path(
        "consejos/<slug:slug>/experiencias/<int:pk>/",
        experiences.experience_detail,
        name="experience_detail",
    ),
    path(
        "consejos/<slug:slug>/experiencias/<int:pk>/editar/",
        experiences.experience_edit,
        name="experience_edit",
    ),
    path(
        "consejos/<slug:slug>/experiencias/<int:pk>/versiones/",
        experiences.experience_versions,
        name="experience_versions",
    ),
    path(
        "consejos/<slug:slug>/experiencias/<int:pk>/compartir/",
        experiences.experience_share,
        name="experience_share",
    ),
    path(
        "consejos/<slug:slug>/experiencias/<int:pk>/retirar/",
        experiences.experience_withdraw,
        name="experience_withdraw",
    ),
    path(
        "consejos/<slug:slug>/preguntas/<int:pk>/responder/",
        questions.question_answer,
        name="question_answer",
    ),
    path(
        "consejos/<slug:slug>/preguntas/<int:pk>/ocultar/",
        questions.question_hide,
        name="question_hide",
    ),
]
