"""The sentences are data now (0003): drop the columns that held them."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("councils", "0003_convert_sentences_to_events"),
    ]

    operations = [
        migrations.RemoveField(model_name="planversion", name="summary"),
        migrations.RemoveField(model_name="formationplan", name="copied_from_label"),
    ]
