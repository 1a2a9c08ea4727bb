"""The "Network coordinators" group: the network's coordinators are given it in the admin.

Its one permission, ``councils.coordinate_network``, opens the coordinators' space
(plan templates, the directory, the materials report) and lets them convene encuentros.
The permission may not exist yet on a fresh database (Django creates permissions after
migrating), so it is created here the way Django would, and found by it later.
"""

from django.db import migrations

GROUP = "Network coordinators"


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    council_type, _ = ContentType.objects.get_or_create(app_label="councils", model="council")
    permission, _ = Permission.objects.get_or_create(
        content_type=council_type,
        codename="coordinate_network",
        defaults={"name": "Can coordinate the network (publish plan templates)"},
    )
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(permission)


def keep_group(apps, schema_editor):
    """Going back leaves the group: people may have been given it."""


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("councils", "0008_plan_template_withdrawn"),
        ("network", "0002_gatherings_registrations_agenda"),
    ]

    operations = [migrations.RunPython(create_group, keep_group)]
