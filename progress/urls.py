from django.urls import path

from . import converters
from .views import council, paths, practice, record

converters.register()

app_name = "progress"

urlpatterns = [
    path("", record.record, name="record"),
    path("imprimir/", record.record_print, name="record_print"),
    path("exportar.json", record.record_json, name="record_json"),
    path("trayectos/", paths.paths, name="paths"),
    path("trayectos/seguir/<id:path_id>/", paths.enrol, name="enrol"),
    path("trayectos/<id:pk>/", paths.path_detail, name="path_detail"),
    path("trayectos/<id:pk>/estado/", paths.enrolment_status, name="enrolment_status"),
    path("materiales/<id:material_id>/hecho/", paths.mark_done, name="mark_done"),
    path("practica/", practice.practice_list, name="practice_list"),
    path("practica/nueva/", practice.practice_edit, name="practice_new"),
    path("practica/<id:pk>/", practice.practice_detail, name="practice_detail"),
    path("practica/<id:pk>/editar/", practice.practice_edit, name="practice_edit"),
    path("practica/<id:pk>/compartir/", practice.practice_share, name="practice_share"),
    path("practica/<id:pk>/borrar/", practice.practice_delete, name="practice_delete"),
    path("practica/<id:pk>/aval/", practice.vouch_request, name="vouch_request"),
    path("avales/", practice.vouches, name="vouches"),
    path("avales/<id:pk>/", practice.vouch_answer, name="vouch_answer"),
    path("consejo/<slug:slug>/", council.council_overview, name="council_overview"),
    path("consejo/<slug:slug>/practica/", council.council_practice, name="council_practice"),
    path(
        "consejo/<slug:slug>/asistencia/<id:session_pk>/",
        council.attendance,
        name="attendance",
    ),
]
