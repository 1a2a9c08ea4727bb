"""Turn the stored sentences into data, so they read in the reader's language.

Version summaries and "adapted from" labels were saved as finished sentences in
the language of whoever acted (English or Spanish), with ISO dates inside. Here
each known sentence, in either language, becomes an event kind with its data;
a sentence that matches nothing known (or was cut at 300 characters) is kept
whole as a "note" with ``{"text": ...}``, so nothing is lost.

Library items whose hours were filled in from the material (its length, rounded
to a tenth of an hour) lose that copy, so they follow the material's own length.

The converters are written here, not imported from the app: a migration must
keep working when the app's code changes later.
"""

from __future__ import annotations

import re
from decimal import Decimal

from django.db import migrations

OUTCOMES = {
    "Consensus": "consensus",
    "No consensus yet": "no_consensus",
    "Split into smaller parts": "split",
    "Consenso": "consensus",
    "Sin consenso todavía": "no_consensus",
    "Dividida en partes más pequeñas": "split",
}
DATE = r"(?P<date>\d{4}-\d{2}-\d{2})"
VERBS = {
    "added": "added",
    "edited": "edited",
    "removed": "removed",
    "moved": "moved",
    "agregada": "added",
    "editada": "edited",
    "quitada": "removed",
    "movida": "moved",
    "agregado": "added",
    "quitado": "removed",
    "movido": "moved",
}

ORIGIN_PATTERNS = [
    (re.compile(r"^network template “(?P<title>.*)”$", re.S), "template"),
    (re.compile(r"^plantilla de la red «(?P<title>.*)»$", re.S), "template"),
    (re.compile(r"^“(?P<title>.*)” of (?P<council>.*)$", re.S), "plan"),
    (re.compile(r"^«(?P<title>.*)» de (?P<council>.*)$", re.S), "plan"),
]

SIMPLE = {
    "Plan created": "created",
    "Plan creado": "created",
    "Plan details edited": "details_edited",
    "Datos del plan editados": "details_edited",
}

PATTERNS = [
    (re.compile(r"^(?:Copied from|Copiado de) (?P<origin>.*)$", re.S), "copied"),
    (
        re.compile(
            r"^(?:Section “(?P<title>.*)” (?P<verb>added|edited|removed|moved)"
            r"|Sección «(?P<title_es>.*)» (?P<verb_es>agregada|editada|quitada|movida))$",
            re.S,
        ),
        "section",
    ),
    (
        re.compile(
            r"^(?:“(?P<title>.*)” (?P<verb>added|removed|moved)"
            r"|«(?P<title_es>.*)» (?P<verb_es>agregado|quitado|movido))$",
            re.S,
        ),
        "item",
    ),
    (
        re.compile(
            r"^(?:Amendment proposed to “(?P<title>.*?)”: (?P<reason>.*)"
            r"|Enmienda propuesta a «(?P<title_es>.*?)»: (?P<reason_es>.*))$",
            re.S,
        ),
        "amended",
    ),
    (
        re.compile(
            rf"^(?:Assembly of {DATE}: “(?P<title>.*)”, (?P<outcome>[^,]*?)(?P<adopted> · plan adopted)?"
            rf"|Asamblea del (?P<date_es>\d{{4}}-\d{{2}}-\d{{2}}): «(?P<title_es>.*)», "
            r"(?P<outcome_es>[^,]*?)(?P<adopted_es> · plan aprobado)?)$",
            re.S,
        ),
        "assembly_outcome",
    ),
    (
        re.compile(
            rf"^(?:Correction of the assembly of {DATE} on “(?P<title>.*)”: (?P<outcome>.*)"
            rf"|Corrección de la asamblea del (?P<date_es>\d{{4}}-\d{{2}}-\d{{2}}) sobre "
            r"«(?P<title_es>.*)»: (?P<outcome_es>.*))$",
            re.S,
        ),
        "outcome_corrected",
    ),
]


def origin_from_label(label: str, *, date: str = "") -> dict:
    """An "adapted from" label ("network template “X”", "«X» de Y"...) as copy data."""
    label = (label or "").strip()
    if not label:
        return {}
    for pattern, kind in ORIGIN_PATTERNS:
        found = pattern.match(label)
        if found:
            data = {"kind": kind, "title": found["title"]}
            if kind == "plan":
                data["council"] = found["council"]
            if date:
                data["date"] = date
            return data
    return {"kind": "note", "text": label}


def _pick(found: re.Match, name: str):
    """A group of the English or the Spanish alternative, whichever matched."""
    value = found.group(name)
    if value is None and f"{name}_es" in found.re.groupindex:
        value = found.group(f"{name}_es")
    return value


def event_from_summary(summary: str) -> tuple[str, dict]:
    """A legacy version summary, in English or Spanish, as (event kind, data)."""
    text = summary or ""
    if text.strip() in SIMPLE:
        return SIMPLE[text.strip()], {}
    for pattern, kind in PATTERNS:
        found = pattern.match(text)
        if not found:
            continue
        if kind == "copied":
            data = origin_from_label(found["origin"])
            if data.get("kind") in ("template", "plan"):
                return "copied", data
            break
        if kind in ("section", "item"):
            verb = VERBS[_pick(found, "verb")]
            return f"{kind}_{verb}", {"title": _pick(found, "title")}
        if kind == "amended":
            return "amended", {"title": _pick(found, "title"), "reason": _pick(found, "reason")}
        outcome = OUTCOMES.get((_pick(found, "outcome") or "").strip())
        if outcome is None:
            break
        data = {"date": _pick(found, "date"), "title": _pick(found, "title"), "outcome": outcome}
        if kind == "assembly_outcome":
            data["adopted"] = bool(_pick(found, "adopted"))
        return kind, data
    return "note", {"text": text}


def forwards(apps, schema_editor):
    PlanVersion = apps.get_model("councils", "PlanVersion")
    FormationPlan = apps.get_model("councils", "FormationPlan")
    PlanItem = apps.get_model("councils", "PlanItem")

    for version in PlanVersion.objects.all().only("pk", "summary").iterator():
        event, data = event_from_summary(version.summary)
        PlanVersion.objects.filter(pk=version.pk).update(event=event, event_data=data)

    plans = FormationPlan.objects.exclude(copied_from_label="").only(
        "pk", "copied_from_label", "created_at"
    )
    for plan in plans.iterator():
        data = origin_from_label(plan.copied_from_label, date=plan.created_at.date().isoformat())
        FormationPlan.objects.filter(pk=plan.pk).update(copied_from_data=data)

    library_items = PlanItem.objects.filter(
        material__isnull=False, estimated_hours__isnull=False
    ).select_related("material")
    for item in library_items.iterator():
        filled_in = (Decimal(item.material.duration_minutes) / 60).quantize(Decimal("0.1"))
        if item.estimated_hours == filled_in:
            PlanItem.objects.filter(pk=item.pk).update(estimated_hours=None)


def backwards(apps, schema_editor):
    """Back to sentences, in Spanish (the first language): readable, if not word for word."""
    PlanVersion = apps.get_model("councils", "PlanVersion")
    FormationPlan = apps.get_model("councils", "FormationPlan")
    for version in PlanVersion.objects.all().iterator():
        data = version.event_data or {}
        summary = data.get("text") or " ".join(
            [version.event] + [str(v) for v in data.values() if v not in (None, "")]
        )
        PlanVersion.objects.filter(pk=version.pk).update(summary=summary[:300])
    for plan in FormationPlan.objects.exclude(copied_from_data={}).iterator():
        data = plan.copied_from_data
        if data.get("kind") == "template":
            label = "plantilla de la red «{}»".format(data.get("title", ""))
        elif data.get("kind") == "plan":
            label = "«{}» de {}".format(data.get("title", ""), data.get("council", ""))
        else:
            label = data.get("text", "")
        FormationPlan.objects.filter(pk=plan.pk).update(copied_from_label=label.strip()[:300])


class Migration(migrations.Migration):
    dependencies = [
        ("councils", "0002_plan_events_copy_origin_to_adapt_session_status"),
        ("curriculum", "0001_library_materials_paths_themes"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
