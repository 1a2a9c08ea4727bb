from django.urls import path

from . import views

app_name = "councils"

urlpatterns = [
    path("", views.council_list, name="list"),
    path("nuevo/", views.council_create, name="create"),
    path("unirse/", views.join, name="join"),
    path("unirse/<str:code>/", views.join, name="join_code"),
    path("planes/<int:pk>/", views.template_detail, name="template_detail"),
    path("avisos/<int:pk>/leido/", views.notice_read, name="notice_read"),
    path("calendario/<str:token>.ics", views.council_feed, name="council_feed"),
    path("calendario/persona/<str:token>.ics", views.personal_feed, name="personal_feed"),
    path("<slug:slug>/", views.council_detail, name="detail"),
    path("<slug:slug>/editar/", views.council_edit, name="edit"),
    path("<slug:slug>/exportar.json", views.council_export, name="export"),
    path("<slug:slug>/borrar/", views.council_delete, name="delete"),
    path("<slug:slug>/miembros/", views.members, name="members"),
    path("<slug:slug>/miembros/<int:pk>/roles/", views.member_roles, name="member_roles"),
    path("<slug:slug>/miembros/<int:pk>/quitar/", views.member_remove, name="member_remove"),
    path(
        "<slug:slug>/invitaciones/<int:pk>/retirar/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("<slug:slug>/planes/nuevo/", views.plan_create, name="plan_create"),
    path("<slug:slug>/planes/<int:pk>/", views.plan_detail, name="plan_detail"),
    path("<slug:slug>/planes/<int:pk>/editar/", views.plan_edit, name="plan_edit"),
    path("<slug:slug>/planes/<int:pk>/secciones/", views.section_add, name="section_add"),
    path(
        "<slug:slug>/planes/<int:pk>/secciones/<int:section_pk>/editar/",
        views.section_edit,
        name="section_edit",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/secciones/<int:section_pk>/enmendar/",
        views.section_amend,
        name="section_amend",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/secciones/<int:section_pk>/items/",
        views.item_add,
        name="item_add",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/secciones/<int:section_pk>/<str:action>/",
        views.section_action,
        name="section_action",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/items/<int:item_pk>/<str:action>/",
        views.item_action,
        name="item_action",
    ),
    path("<slug:slug>/planes/<int:pk>/versiones/", views.plan_versions, name="plan_versions"),
    path(
        "<slug:slug>/planes/<int:pk>/plantilla/",
        views.plan_publish_template,
        name="plan_publish_template",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/versiones/<int:number>/",
        views.plan_version_detail,
        name="plan_version_detail",
    ),
    path("<slug:slug>/planes/<int:pk>/asamblea/", views.assembly_open, name="assembly_open"),
    path("<slug:slug>/asambleas/", views.assembly_list, name="assembly_list"),
    path("<slug:slug>/asambleas/<int:pk>/", views.assembly_detail, name="assembly_detail"),
    path(
        "<slug:slug>/asambleas/<int:pk>/correccion/<int:outcome_pk>/",
        views.outcome_correct,
        name="outcome_correct",
    ),
    path("<slug:slug>/sesiones/nueva/", views.session_create, name="session_create"),
    path("<slug:slug>/sesiones/<int:pk>/cancelar/", views.session_cancel, name="session_cancel"),
    path("<slug:slug>/calendario/", views.calendar, name="calendar"),
    path("<slug:slug>/calendario/nuevo-enlace/", views.calendar_rotate, name="calendar_rotate"),
]
