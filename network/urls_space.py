"""Encuentros (``/red/encuentros/``) and the network coordinators' space (``/red/coordinacion/``)."""

from django.urls import path

from .views import gatherings, space

app_name = "network_space"

T = "coordinacion/plantillas/<int:pk>/"

urlpatterns = [
    path("encuentros/", gatherings.gathering_list, name="gathering_list"),
    path("encuentros/nuevo/", gatherings.gathering_create, name="gathering_create"),
    path("encuentros/<int:pk>/", gatherings.gathering_detail, name="gathering_detail"),
    path("encuentros/<int:pk>/editar/", gatherings.gathering_edit, name="gathering_edit"),
    path("encuentros/<int:pk>/cancelar/", gatherings.gathering_cancel, name="gathering_cancel"),
    path("encuentros/<int:pk>/agenda/", gatherings.gathering_agenda, name="gathering_agenda"),
    path(
        "encuentros/<int:pk>/agenda/<int:entry_pk>/quitar/",
        gatherings.agenda_remove,
        name="agenda_remove",
    ),
    path(
        "encuentros/<int:pk>/resultados/",
        gatherings.gathering_outcomes,
        name="gathering_outcomes",
    ),
    path(
        "encuentros/<int:pk>/consejos/<slug:slug>/inscripcion/",
        gatherings.registration,
        name="registration",
    ),
    path(
        "encuentros/<int:pk>/consejos/<slug:slug>/retirar/",
        gatherings.registration_withdraw,
        name="registration_withdraw",
    ),
    path(
        "encuentros/<int:pk>/consejos/<slug:slug>/compromisos/",
        gatherings.commitments,
        name="commitments",
    ),
    path("coordinacion/", space.space_home, name="home"),
    path("coordinacion/consejos/", space.directory, name="directory"),
    path("coordinacion/materiales/", space.materials, name="materials"),
    path("coordinacion/plantillas/nueva/", space.template_create, name="template_create"),
    path(T, space.template_detail, name="template_detail"),
    path(T + "editar/", space.template_edit, name="template_edit"),
    path(T + "retirar/", space.template_withdraw, name="template_withdraw"),
    path(T + "ofrecer/", space.template_restore, name="template_restore"),
    path(T + "secciones/", space.section_add, name="section_add"),
    path(T + "secciones/<int:section_pk>/editar/", space.section_edit, name="section_edit"),
    path(T + "secciones/<int:section_pk>/items/", space.item_add, name="item_add"),
    path(
        T + "secciones/<int:section_pk>/<str:action>/",
        space.section_action,
        name="section_action",
    ),
    path(T + "items/<int:item_pk>/editar/", space.item_edit, name="item_edit"),
    path(T + "items/<int:item_pk>/<str:action>/", space.item_action, name="item_action"),
]
