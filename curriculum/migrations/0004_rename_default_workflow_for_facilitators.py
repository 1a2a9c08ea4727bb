"""Rename Wagtail's default workflow and task, which are data and so never translated.

"Moderators approval" reached the Spanish admin in English. Trayecto's editors are
the network's facilitators and Spanish comes first, so the names say, in Spanish,
who reviews. Only names still at Wagtail's default are changed.
"""

from django.db import migrations

DEFAULT = "Moderators approval"
NEW_NAME = "Revisión del equipo de formación"


def rename(apps, schema_editor):
    for model_name in ("Workflow", "Task"):
        model = apps.get_model("wagtailcore", model_name)
        model.objects.filter(name=DEFAULT).update(name=NEW_NAME)


def restore(apps, schema_editor):
    for model_name in ("Workflow", "Task"):
        model = apps.get_model("wagtailcore", model_name)
        model.objects.filter(name=NEW_NAME).update(name=DEFAULT)


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0003_handouts_and_private_facilitator_notes"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(rename, restore)]
