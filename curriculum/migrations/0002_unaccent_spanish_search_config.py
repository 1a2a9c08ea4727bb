"""PostgreSQL only: a Spanish text-search configuration that ignores accents.

``trayecto_spanish`` is Spanish stemming after ``unaccent``, so "educacion",
"EDUCACIÓN" and "educación" reach the same lexeme. Settings name it in
WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"]; Wagtail's database backend
uses that configuration both to build the index vectors and to parse queries.
Index entries written before this migration were built with plain ``spanish``:
run ``manage.py update_index`` once after migrating an existing site.
SQLite needs nothing: its FTS5 tokenizer already removes diacritics.
"""

from django.db import migrations

CONFIG = "trayecto_spanish"

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}",
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.spanish)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem",
]
# Reversing keeps the extension: other objects of the database may use it.
DROP = [f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("curriculum", "0001_library_materials_paths_themes")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP), elidable=False)]
