from django.urls import path

from .views import assemblies, export, membership, plan_sections, plans, sessions

app_name = "councils"

urlpatterns = [
    path("", membership.council_list, name="list"),
    path("nuevo/", membership.council_create, name="create"),
    path("unirse/", membership.join, name="join"),
    path("unirse/<str:code>/", membership.join, name="join_code"),
    path("planes/<int:pk>/", plans.template_detail, name="template_detail"),
    path("avisos/<int:pk>/leido/", sessions.notice_read, name="notice_read"),
    path("calendario/<str:token>.ics", sessions.council_feed, name="council_feed"),
    path("calendario/persona/<str:token>.ics", sessions.personal_feed, name="personal_feed"),
    path("<slug:slug>/", membership.council_detail, name="detail"),
    path("<slug:slug>/editar/", membership.council_edit, name="edit"),
    path("<slug:slug>/exportar.json", export.council_export, name="export"),
    path("<slug:slug>/borrar/", export.council_delete, name="delete"),
    path("<slug:slug>/miembros/", membership.members, name="members"),
    path("<slug:slug>/miembros/<int:pk>/roles/", membership.member_roles, name="member_roles"),
    path("<slug:slug>/miembros/<int:pk>/quitar/", membership.member_remove, name="member_remove"),
    path(
        "<slug:slug>/solicitudes/<int:pk>/aceptar/",
        membership.join_request_approve,
        name="join_request_approve",
    ),
    path(
        "<slug:slug>/solicitudes/<int:pk>/rechazar/",
        membership.join_request_refuse,
        name="join_request_refuse",
    ),
    path(
        "<slug:slug>/invitaciones/<int:pk>/retirar/",
        membership.invitation_revoke,
        name="invitation_revoke",
    ),
    path("<slug:slug>/planes/nuevo/", plans.plan_create, name="plan_create"),
    path("<slug:slug>/planes/<int:pk>/", plans.plan_detail, name="plan_detail"),
    path("<slug:slug>/planes/<int:pk>/editar/", plans.plan_edit, name="plan_edit"),
    path("<slug:slug>/planes/<int:pk>/secciones/", plan_sections.section_add, name="section_add"),
    path(
        "<slug:slug>/planes/<int:pk>/secciones/<int:section_pk>/editar/",
        plan_sections.section_edit,
        name="section_edit",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/secciones/<int:section_pk>/enmendar/",
        plan_sections.section_amend,
        name="section_amend",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/secciones/<int:section_pk>/items/",
        plan_sections.item_add,
        name="item_add",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/secciones/<int:section_pk>/<str:action>/",
        plan_sections.section_action,
        name="section_action",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/items/<int:item_pk>/editar/",
        plan_sections.item_edit,
        name="item_edit",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/items/<int:item_pk>/<str:action>/",
        plan_sections.item_action,
        name="item_action",
    ),
    path("<slug:slug>/planes/<int:pk>/versiones/", plans.plan_versions, name="plan_versions"),
    path(
        "<slug:slug>/planes/<int:pk>/plantilla/",
        plans.plan_publish_template,
        name="plan_publish_template",
    ),
    path(
        "<slug:slug>/planes/<int:pk>/versiones/<int:number>/",
        plans.plan_version_detail,
        name="plan_version_detail",
    ),
    path("<slug:slug>/planes/<int:pk>/asamblea/", assemblies.assembly_open, name="assembly_open"),
    path("<slug:slug>/asambleas/", assemblies.assembly_list, name="assembly_list"),
    path("<slug:slug>/asambleas/<int:pk>/", assemblies.assembly_detail, name="assembly_detail"),
    path(
        "<slug:slug>/asambleas/<int:pk>/correccion/<int:outcome_pk>/",
        assemblies.outcome_correct,
        name="outcome_correct",
    ),
    path("<slug:slug>/sesiones/nueva/", sessions.session_create, name="session_create"),
    path("<slug:slug>/sesiones/<int:pk>/editar/", sessions.session_edit, name="session_edit"),
    path("<slug:slug>/sesiones/<int:pk>/cancelar/", sessions.session_cancel, name="session_cancel"),
    path("<slug:slug>/calendario/", sessions.calendar, name="calendar"),
    path("<slug:slug>/calendario/nuevo-enlace/", sessions.calendar_rotate, name="calendar_rotate"),
]
