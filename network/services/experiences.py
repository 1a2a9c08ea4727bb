"""Writing an experience together, keeping its versions, and sharing or withdrawing it.

Two people editing at once cannot overwrite each other silently: like the plans
(``councils.services.versions``), an experience carries a ``revision``; a save names
the revision its form was read at, and a different one raises ``StaleEdit``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from councils import rules as council_rules
from councils.models import Assembly, Council, Membership, PlanSection, Session, TerritoryKind
from councils.services.common import acting_membership
from councils.services.versions import StaleEdit
from curriculum.models import MaterialPage, Theme

from .. import experience_rules as rules
from ..models import (
    Experience,
    ExperienceEvent,
    ExperienceVersion,
    Lesson,
    LessonKind,
    ShareMode,
    TimelineEntry,
)

TEXT_FIELDS = (
    "title",
    "starting_point",
    "purpose",
    "subject",
    "axis",
    "reflection",
    "conclusions",
    "do_differently",
)


@dataclass
class Moment:
    happened_on: dt.date
    text: str
    session: Session | None = None
    assembly: Assembly | None = None


@dataclass
class LessonData:
    kind: str
    text: str
    theme: Theme | None = None


@dataclass
class ExperienceContent:
    """Everything a council writes in an experience: the five moments and what it cites."""

    title: str
    starting_point: str
    language: str = "es"
    purpose: str = ""
    subject: str = ""
    axis: str = ""
    reflection: str = ""
    conclusions: str = ""
    do_differently: str = ""
    timeline: list[Moment] = field(default_factory=list)
    lessons: list[LessonData] = field(default_factory=list)
    materials: list[MaterialPage] = field(default_factory=list)
    plan_sections: list[PlanSection] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)


def require_writer(*, council: Council, by, actor: Membership | None = None) -> Membership:
    """Members with a role (facilitators and coordinators) write experiences."""
    return acting_membership(
        council_id=council.pk, by=by, actor=actor, role=council_rules.FACILITATOR
    )


def _validate(council: Council, content: ExperienceContent) -> None:
    errors = []
    if not content.title.strip():
        errors.append(_("Give the experience a title."))
    if not content.starting_point.strip():
        errors.append(_("Tell where the experience starts: what the council lived."))
    if len(content.timeline) > rules.MAX_TIMELINE:
        errors.append(_("The lived process holds at most 60 moments."))
    if len(content.lessons) > rules.MAX_LESSONS:
        errors.append(_("An experience holds at most 40 lessons."))
    today = timezone.localdate()
    for moment in content.timeline:
        if not moment.text.strip():
            errors.append(_("Each moment of the lived process needs a few words."))
        if message := rules.timeline_date_error(happened_on=moment.happened_on, today=today):
            errors.append(message)
        if moment.session is not None and moment.session.council_id != council.pk:
            errors.append(_("A moment can only cite your own council's sessions."))
        if moment.assembly is not None and moment.assembly.council_id != council.pk:
            errors.append(_("A moment can only cite your own council's assemblies."))
    for lesson in content.lessons:
        if lesson.kind not in LessonKind.values:
            errors.append(_("Say whether each lesson is about what worked or what did not."))
        if not lesson.text.strip():
            errors.append(_("Each lesson needs a few words."))
    if any(s.plan.council_id != council.pk for s in content.plan_sections):
        errors.append(_("An experience can only cite sections of your own council's plans."))
    if any(not m.live for m in content.materials):
        errors.append(_("That material is not published."))
    if (
        max(len(content.materials), len(content.plan_sections), len(content.themes))
        > rules.MAX_CITED
    ):
        errors.append(_("Cite at most 30 materials, sections or themes."))
    if errors:
        raise ValidationError(list(dict.fromkeys(errors)))


def snapshot(experience: Experience) -> dict:
    """The whole experience as plain data (no person's name): stored with each version."""
    return {
        **{name: getattr(experience, name) for name in TEXT_FIELDS},
        "language": experience.language,
        "share_mode": experience.share_mode,
        "agreed_in": experience.agreed_in_id,
        "timeline": [
            {
                "happened_on": entry.happened_on.isoformat(),
                "text": entry.text,
                "session": entry.session_id,
                "assembly": entry.assembly_id,
            }
            for entry in experience.timeline.order_by("happened_on", "position", "pk")
        ],
        "lessons": [
            {"kind": lesson.kind, "text": lesson.text, "theme": lesson.theme_id}
            for lesson in experience.lessons.order_by("position", "pk")
        ],
        "materials": sorted(experience.materials.values_list("pk", flat=True)),
        "plan_sections": sorted(experience.plan_sections.values_list("pk", flat=True)),
        "themes": sorted(experience.themes.values_list("pk", flat=True)),
    }


def record_version(experience: Experience, by, event: str) -> ExperienceVersion:
    number = (experience.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    return ExperienceVersion.objects.create(
        experience=experience,
        number=number,
        event=event,
        created_by=by if getattr(by, "is_authenticated", False) else None,
        snapshot=snapshot(experience),
    )


def lock(experience: Experience, expected_revision: int | None) -> Experience:
    """The experience, locked for this transaction; StaleEdit when it changed since it was read."""
    locked = Experience.objects.select_for_update().select_related("council").get(pk=experience.pk)
    if expected_revision is not None and locked.revision != expected_revision:
        raise StaleEdit(
            _(
                "Someone else changed this experience while you were editing it. "
                "Your text is kept below: look at the experience again, then save."
            )
        )
    return locked


def bump(experience: Experience) -> None:
    Experience.objects.filter(pk=experience.pk).update(revision=F("revision") + 1)
    experience.revision += 1


def _write(experience: Experience, content: ExperienceContent) -> None:
    for name in TEXT_FIELDS:
        setattr(experience, name, getattr(content, name).strip())
    experience.language = content.language
    experience.full_clean(exclude=["council", "created_by", "agreed_in", "agreed_by"])
    experience.save()
    experience.timeline.all().delete()
    TimelineEntry.objects.bulk_create(
        TimelineEntry(
            experience=experience,
            position=position,
            happened_on=moment.happened_on,
            text=moment.text.strip(),
            session=moment.session,
            assembly=moment.assembly,
        )
        for position, moment in enumerate(content.timeline)
    )
    experience.lessons.all().delete()
    Lesson.objects.bulk_create(
        Lesson(
            experience=experience,
            position=position,
            kind=lesson.kind,
            text=lesson.text.strip(),
            theme=lesson.theme,
        )
        for position, lesson in enumerate(content.lessons)
    )
    experience.materials.set(content.materials)
    experience.plan_sections.set(content.plan_sections)
    experience.themes.set(content.themes)


@transaction.atomic
def experience_create(
    *, council: Council, by, content: ExperienceContent, actor: Membership | None = None
) -> Experience:
    require_writer(council=council, by=by, actor=actor)
    _validate(council, content)
    experience = Experience(council=council, created_by=by)
    _write(experience, content)
    record_version(experience, by, ExperienceEvent.CREATED)
    return experience


@transaction.atomic
def experience_update(
    *,
    experience: Experience,
    by,
    expected_revision: int,
    content: ExperienceContent,
    actor: Membership | None = None,
) -> Experience:
    require_writer(council=experience.council, by=by, actor=actor)
    locked = lock(experience, expected_revision)
    _validate(locked.council, content)
    _write(locked, content)
    bump(locked)
    refresh_search_text(locked)
    record_version(locked, by, ExperienceEvent.EDITED)
    return locked


# --- Sharing ------------------------------------------------------------------------------


def public_names(experience: Experience) -> list[str]:
    """What an anonymised experience must never say: the ways of naming its council."""
    council = experience.council
    return rules.council_name_variants(name=council.name, slug=council.slug)


def author_label(experience: Experience, *, mode: str | None = None) -> str:
    """The council's name, or its anonymised label (``mode``: as if shared that way)."""
    council = experience.council
    if (mode or experience.share_mode) == ShareMode.ANONYMISED:
        return rules.anonymised_label(
            territory_label=str(TerritoryKind(council.territory_kind).label)
            if council.territory_kind in TerritoryKind.values
            else council.territory_kind,
            state=council.state,
        )
    return council.name


def public_text(experience: Experience, text: str, *, mode: str | None = None) -> str:
    """A text as the network reads it: without the council's name when anonymised."""
    if (mode or experience.share_mode) != ShareMode.ANONYMISED:
        return text
    return rules.redact(text, names=public_names(experience), replacement=_("[the council]"))


def refresh_search_text(experience: Experience) -> None:
    """What the exchange's search finds: the text others read, folded; empty when not shared."""
    if not experience.is_shared:
        text = ""
    else:
        parts = [getattr(experience, name) for name in TEXT_FIELDS]
        parts += list(experience.timeline.values_list("text", flat=True))
        parts += list(experience.lessons.values_list("text", flat=True))
        parts += list(experience.themes.values_list("name", flat=True))
        parts.append(author_label(experience))  # the council's name, or its anonymised label
        text = rules.fold(public_text(experience, "\n".join(parts)))
    Experience.objects.filter(pk=experience.pk).update(search_text=text)
    experience.search_text = text


@transaction.atomic
def experience_share(
    *,
    experience: Experience,
    by,
    mode: str,
    assembly: Assembly | None = None,
    actor: Membership | None = None,
) -> Experience:
    """A coordinator records the council's agreement to share it, named or anonymised."""
    acting_membership(
        council_id=experience.council_id, by=by, actor=actor, role=council_rules.COORDINATOR
    )
    if mode not in (ShareMode.NAMED, ShareMode.ANONYMISED):
        raise ValidationError(_("Choose whether to share with the council's name or anonymised."))
    if assembly is not None and assembly.council_id != experience.council_id:
        raise ValidationError(_("Choose one of your council's own assemblies."))
    locked = lock(experience, None)
    locked.share_mode = mode
    locked.shared_at = locked.shared_at if locked.is_shared and locked.shared_at else timezone.now()
    locked.agreed_in = assembly
    locked.agreed_by = by
    locked.save(update_fields=["share_mode", "shared_at", "agreed_in", "agreed_by", "updated_at"])
    bump(locked)
    refresh_search_text(locked)
    record_version(locked, by, ExperienceEvent.SHARED)
    return locked


@transaction.atomic
def experience_withdraw(
    *, experience: Experience, by, actor: Membership | None = None
) -> Experience:
    """Back inside the council, at once and everywhere: the exchange, search, material pages."""
    require_writer(council=experience.council, by=by, actor=actor)
    locked = lock(experience, None)
    if not locked.is_shared:
        raise ValidationError(_("This experience is not shared."))
    locked.share_mode = ShareMode.PRIVATE
    locked.shared_at = None
    locked.save(update_fields=["share_mode", "shared_at", "updated_at"])
    bump(locked)
    refresh_search_text(locked)
    record_version(locked, by, ExperienceEvent.WITHDRAWN)
    return locked
