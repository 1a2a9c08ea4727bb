"""A vouch belongs to the council it was given in (issue #9, point 7).

Existing vouches are given the council their entry is shared with now: the best
record there is of where they were given. Vouches of entries already private keep
no council, so they count nowhere until someone vouches again.
"""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill_council_from_entry(apps, schema_editor):
    Vouch = apps.get_model("progress", "Vouch")
    PracticeLog = apps.get_model("progress", "PracticeLog")
    shared_with = PracticeLog.objects.filter(pk=OuterRef("entry_id")).values("shared_with_id")[:1]
    Vouch.objects.update(council_id=Subquery(shared_with))


class Migration(migrations.Migration):
    dependencies = [
        ("councils", "0001_councils_plans_assemblies_sessions"),
        ("progress", "0002_pending_recompute_outbox"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="vouch",
            name="one_vouch_per_person_entry",
        ),
        migrations.AddField(
            model_name="vouch",
            name="council",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="councils.council",
            ),
        ),
        migrations.RunPython(fill_council_from_entry, migrations.RunPython.noop, elidable=True),
        migrations.AddConstraint(
            model_name="vouch",
            constraint=models.UniqueConstraint(
                fields=("entry", "voucher", "council"), name="one_vouch_per_person_entry_council"
            ),
        ),
    ]
