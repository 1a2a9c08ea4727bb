from django.urls import path

from .views import council, paths, practice, record

app_name = "progress"

urlpatterns = [
    path("", record.record, name="record"),
    path("imprimir/", record.record_print, name="record_print"),
    path("exportar.json", record.record_json, name="record_json"),
    path("trayectos/", paths.paths, name="paths"),
    path("trayectos/seguir/<int:path_id>/", paths.enrol, name="enrol"),
    path("trayectos/<int:pk>/", paths.path_detail, name="path_detail"),
    path("trayectos/<int:pk>/estado/", paths.enrolment_status, name="enrolment_status"),
    path("materiales/<int:material_id>/hecho/", paths.mark_done, name="mark_done"),
    path("practica/", practice.practice_list, name="practice_list"),
    path("practica/nueva/", practice.practice_edit, name="practice_new"),
    path("practica/<int:pk>/", practice.practice_detail, name="practice_detail"),
    path("practica/<int:pk>/editar/", practice.practice_edit, name="practice_edit"),
    path("practica/<int:pk>/compartir/", practice.practice_share, name="practice_share"),
    path("practica/<int:pk>/borrar/", practice.practice_delete, name="practice_delete"),
    path("practica/<int:pk>/aval/", practice.vouch_request, name="vouch_request"),
    path("avales/", practice.vouches, name="vouches"),
    path("avales/<int:pk>/", practice.vouch_answer, name="vouch_answer"),
    path("consejo/<slug:slug>/", council.council_overview, name="council_overview"),
    path("consejo/<slug:slug>/practica/", council.council_practice, name="council_practice"),
    path(
        "consejo/<slug:slug>/asistencia/<int:session_pk>/",
        council.attendance,
        name="attendance",
    ),
]
