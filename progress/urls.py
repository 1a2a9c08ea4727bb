from django.urls import path

from . import views

app_name = "progress"

urlpatterns = [
    path("", views.record, name="record"),
    path("imprimir/", views.record_print, name="record_print"),
    path("exportar.json", views.record_json, name="record_json"),
    path("trayectos/", views.paths, name="paths"),
    path("trayectos/seguir/<int:path_id>/", views.enrol, name="enrol"),
    path("trayectos/<int:pk>/", views.path_detail, name="path_detail"),
    path("trayectos/<int:pk>/estado/", views.enrolment_status, name="enrolment_status"),
    path("materiales/<int:material_id>/hecho/", views.mark_done, name="mark_done"),
    path("practica/", views.practice_list, name="practice_list"),
    path("practica/nueva/", views.practice_edit, name="practice_new"),
    path("practica/<int:pk>/", views.practice_detail, name="practice_detail"),
    path("practica/<int:pk>/editar/", views.practice_edit, name="practice_edit"),
    path("practica/<int:pk>/compartir/", views.practice_share, name="practice_share"),
    path("practica/<int:pk>/borrar/", views.practice_delete, name="practice_delete"),
    path("practica/<int:pk>/aval/", views.vouch_request, name="vouch_request"),
    path("avales/", views.vouches, name="vouches"),
    path("avales/<int:pk>/", views.vouch_answer, name="vouch_answer"),
    path("consejo/<slug:slug>/", views.council_overview, name="council_overview"),
    path("consejo/<slug:slug>/practica/", views.council_practice, name="council_practice"),
    path(
        "consejo/<slug:slug>/asistencia/<int:session_pk>/",
        views.attendance,
        name="attendance",
    ),
]
