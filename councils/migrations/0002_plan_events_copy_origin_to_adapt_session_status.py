"""Room for what happened as data (version events, a copy's origin), "to adapt" items, session status.

The old sentence columns stay until 0003 has converted them; 0004 drops them.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("councils", "0001_councils_plans_assemblies_sessions"),
    ]

    operations = [
        migrations.AddField(
            model_name="planversion",
            name="event",
            field=models.CharField(
                choices=[
                    ("created", "Plan created"),
                    ("copied", "Copied"),
                    ("details_edited", "Plan details edited"),
                    ("section_added", "Section added"),
                    ("section_edited", "Section edited"),
                    ("section_removed", "Section removed"),
                    ("section_moved", "Section moved"),
                    ("item_added", "Item added"),
                    ("item_edited", "Item edited"),
                    ("item_removed", "Item removed"),
                    ("item_moved", "Item moved"),
                    ("amended", "Amendment proposed"),
                    ("assembly_outcome", "Assembly outcome"),
                    ("outcome_corrected", "Outcome corrected"),
                    ("note", "Note"),
                ],
                default="note",
                max_length=30,
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="planversion",
            name="event_data",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.AddField(
            model_name="formationplan",
            name="copied_from_data",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.AddField(
            model_name="planitem",
            name="to_adapt",
            field=models.BooleanField(default=False, verbose_name="to adapt"),
        ),
        migrations.AddField(
            model_name="session",
            name="status",
            field=models.CharField(
                choices=[("scheduled", "Scheduled"), ("cancelled", "Cancelled")],
                default="scheduled",
                max_length=20,
                verbose_name="status",
            ),
        ),
    ]
