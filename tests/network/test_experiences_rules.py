"""The pure rules of shared experiences: folding, the anonymised label, redaction, name warnings."""

from __future__ import annotations

from network import experience_rules as rules


def test_folding_ignores_case_and_accents():
    assert rules.fold("EDUCACIÓN Popular, niño") == "educacion popular, nino"


def test_redaction_takes_every_way_of_naming_the_council():
    names = rules.council_name_variants(
        name="Consejo Comunal Playa Colorada", slug="consejo-comunal-playa-colorada"
    )
    text = "En el consejo comunal playa colorada, o sea en Playa Colorada (consejo-comunal-playa-colorada)."
    redacted = rules.redact(text, names=names, replacement="[el consejo]")
    assert "playa colorada" not in redacted.lower()
    assert redacted.count("[el consejo]") == 3


def test_name_warnings_find_members_and_capitalised_pairs_but_not_common_words():
    found = rules.names_in(
        [
            "La Asamblea decidió con Yusmary y con maría pérez. El Consejo Comunal llamó a "
            "Luisa Fernández. The Council met on Saturday."
        ],
        known=["Yusmary", "María Pérez", "zz", "nelly_taller"],
    )
    assert found == ["Luisa Fernández", "María Pérez", "Yusmary"]
