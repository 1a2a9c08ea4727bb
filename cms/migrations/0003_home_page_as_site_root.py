"""Replace Wagtail's placeholder welcome page with Trayecto's Spanish home page."""

from django.db import migrations


def create_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("cms.HomePage")

    locale, _ = Locale.objects.get_or_create(language_code="es")
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    if HomePage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="cms")
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    # Treebeard's API is not available on historical models: set the tree fields by hand.
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    path = root.path + ("0001" if last_child is None else f"{int(last_child.path[-4:], 36) + 1:04d}")
    home = HomePage.objects.create(
        title="Trayecto",
        draft_title="Trayecto",
        slug="inicio",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/inicio/",
        locale=locale,
        intro="<p>Formación política permanente para consejos comunales.</p>",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_home_page_and_site_settings"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_home, migrations.RunPython.noop)]
