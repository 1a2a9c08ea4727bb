"""The Spanish catalogue: no msgid with two meanings, and Wagtail's admin in Spanish ("tú")."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from curriculum.admin_messages import MESSAGES, PLURAL_MESSAGES
from curriculum.blocks import AgendaActivityBlock

# Called through other names so that makemessages does not take this file for a source.
in_spanish = translation.gettext
in_spanish_plural = translation.ngettext
in_spanish_context = translation.pgettext

SPANISH = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"


@pytest.fixture(scope="module", autouse=True)
def _compiled():
    call_command("compiletranslations", verbosity=0)
    translation.trans_real._translations = {}
    translation.trans_real._default = None
    yield
    translation.trans_real._translations = {}
    translation.trans_real._default = None


def test_agenda_minutes_are_minutes_and_assembly_minutes_an_acta():
    block = AgendaActivityBlock()
    with translation.override("es"):
        assert str(block.child_blocks["minutes"].label) == "Minutos"
        assert str(block.child_blocks["materials"].label) == "Materiales"
        assert in_spanish("Minutes") == "Acta"  # the assembly's minutes (councils)


def test_curriculum_block_labels_carry_a_context():
    """Short labels that name something else elsewhere ("Minutes") keep their own context."""
    po = polib.pofile(str(SPANISH))
    by_key = {(e.msgctxt, e.msgid): e for e in po}
    for key in [
        ("agenda activity length", "Minutes"),
        ("agenda activity supplies", "Materials"),
        ("agenda activity", "Activity"),
    ]:
        assert key in by_key and by_key[key].msgstr, key
        assert any("curriculum/blocks.py" in path for path, _ in by_key[key].occurrences)
    minutes = by_key[(None, "Minutes")]
    assert all(not path.startswith("curriculum/") for path, _ in minutes.occurrences)


def test_no_fuzzy_guess_reaches_readers():
    po = polib.pofile(str(SPANISH))
    assert not po.fuzzy_entries()


@pytest.mark.parametrize(
    "english, spanish",
    [
        ("Autosave is paused", "El guardado automático está en pausa"),
        (
            "There are validation errors, click save to highlight them.",
            "Hay errores en el formulario: pulsa Guardar para verlos marcados.",
        ),
        (
            "The page could not be saved due to validation errors.",
            "No se pudo guardar la página porque hay errores en el formulario.",
        ),
        ("Show filters", "Mostrar filtros"),
        ("Password", "Contraseña"),
        ("Yes, delete it", "Sí, borrarlo"),
        ("Yes, delete", "Sí, borrar"),
    ],
)
def test_admin_strings_the_facilitators_met_in_english(english, spanish):
    with translation.override("es"):
        assert in_spanish(english) == spanish


def test_odd_wagtail_words_are_corrected():
    with translation.override("es"):
        assert "marquilla" not in in_spanish("slug")
        assert in_spanish("title tag") != "etiqueta título"
        assert "etiquedas" not in in_spanish_plural(
            "Add tags to 1 image", "Add tags to %(counter)s images", 2
        )
        assert in_spanish_plural(
            "This %(model_name)s is referenced %(usage_count)s time.",
            "This %(model_name)s is referenced %(usage_count)s times.",
            1,
        ).startswith("Este elemento")
        listing = in_spanish("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s")
        assert " de " in listing and " of " not in listing


def test_every_listed_admin_message_is_translated():
    po = polib.pofile(str(SPANISH))
    listed = [e for e in po if any("curriculum/admin_messages.py" in p for p, _ in e.occurrences)]
    assert len(listed) == len(MESSAGES) + len(PLURAL_MESSAGES)
    assert [e.msgid for e in listed if not e.translated()] == []


def test_contexts_are_used_where_the_catalogue_has_them():
    with translation.override("es"):
        assert in_spanish_context("agenda activity supplies", "Materials") == "Materiales"
