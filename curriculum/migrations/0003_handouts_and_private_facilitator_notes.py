"""Handouts on materials, and the choice to keep facilitator notes private.

New pages keep their notes private by default; pages that exist keep showing
them to everyone (their current behaviour), in the page and in its revisions,
so that the next edit does not change it silently.
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def keep_existing_notes_public(apps, schema_editor):
    MaterialPage = apps.get_model("curriculum", "MaterialPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    ids = [str(pk) for pk in MaterialPage.objects.values_list("pk", flat=True)]
    if page_type is None or not ids:
        return
    revisions = Revision.objects.filter(base_content_type=page_type, object_id__in=ids)
    for revision in revisions.iterator():
        if isinstance(revision.content, dict) and "kind" in revision.content:
            revision.content["notes_for_facilitators_only"] = False
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('curriculum', '0002_unaccent_spanish_search_config'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.AddField(
            model_name='materialpage',
            name='notes_for_facilitators_only',
            field=models.BooleanField(default=False, help_text='Ticked: only signed-in facilitators see the notes for the facilitator and the handouts for facilitators, on screen and in print. Not ticked: anyone who opens or prints the page sees them.', verbose_name='keep notes and handouts for facilitators private'),
        ),
        migrations.RunPython(keep_existing_notes_public, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='materialpage',
            name='notes_for_facilitators_only',
            field=models.BooleanField(default=True, help_text='Ticked: only signed-in facilitators see the notes for the facilitator and the handouts for facilitators, on screen and in print. Not ticked: anyone who opens or prints the page sees them.', verbose_name='keep notes and handouts for facilitators private'),
        ),
        migrations.CreateModel(
            name='Handout',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('title', models.CharField(help_text='What people will see, for example: Map of the sector to fill in.', max_length=200, verbose_name='title')),
                ('audience', models.CharField(choices=[('participants', 'Participants'), ('facilitators', 'Facilitators')], default='participants', help_text='Handouts for facilitators follow the same rule as the notes for the facilitator.', max_length=20, verbose_name='for')),
                ('document', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtaildocs.document', verbose_name='document')),
                ('material', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='handouts', to='curriculum.materialpage')),
            ],
            options={
                'verbose_name': 'handout',
                'verbose_name_plural': 'handouts',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
    ]
