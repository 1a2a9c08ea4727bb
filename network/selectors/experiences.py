"""Reads of experiences: a council's own, the exchange, one shared experience, material blocks.

Every read keeps a constant number of queries whatever the number of experiences
(``tests/network/test_query_counts_experiences.py``). What the network sees of a
shared experience is built once here, in ``SharedView``: an anonymised one never
carries its council's name or slug.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from councils.models import Membership
from councils.selectors import standing_for_user
from curriculum.models import MaterialPage
from curriculum.search import parse_search_text, word_forms

from .. import experience_rules as rules
from ..models import (
    Experience,
    ExperienceVersion,
    Lesson,
    LessonKind,
    Question,
    ShareMode,
    TimelineEntry,
)
from ..services.experiences import TEXT_FIELDS, author_label, public_names, public_text

PER_PAGE = 20
MATERIAL_LINKS = 5


# --- Who reads the network ----------------------------------------------------------------


def reader_memberships(*, user) -> list[Membership]:
    if not getattr(user, "is_authenticated", False):
        return []
    return list(Membership.objects.filter(user=user).select_related("council"))


def can_read_network(*, user, memberships: list[Membership] | None = None) -> bool:
    """Members of any council, and the network's coordinators; never anonymous visitors.

    Read from the person's standing (one query, shared with the menu) unless the caller
    already holds the memberships.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    standing = standing_for_user(user)
    member = bool(memberships) if memberships is not None else standing.member
    return member or standing.network_coordinator


# --- A council's own experiences ----------------------------------------------------------


def experiences_of_council(*, council) -> QuerySet[Experience]:
    return council.experiences.annotate(
        worked=Count("lessons", filter=Q(lessons__kind=LessonKind.WORKED), distinct=True),
        failed=Count("lessons", filter=Q(lessons__kind=LessonKind.DID_NOT_WORK), distinct=True),
    ).order_by("-updated_at", "-pk")


def _detail_queryset() -> QuerySet[Experience]:
    # Each list in one query, the rows it points at joined in.
    return Experience.objects.select_related("council", "agreed_in").prefetch_related(
        Prefetch(
            "timeline",
            queryset=TimelineEntry.objects.select_related("session__item", "assembly"),
        ),
        Prefetch("lessons", queryset=Lesson.objects.select_related("theme")),
        "materials",
        "plan_sections",
        "themes",
    )


def experience_of_council(*, council, pk: int) -> Experience:
    return get_object_or_404(_detail_queryset(), council=council, pk=pk)


def questions_for_council(*, experience: Experience) -> list[Question]:
    """Every question, hidden ones too, with the asking council: only its own council reads this."""
    return list(experience.questions.select_related("asker_council"))


def versions_of(*, experience: Experience) -> QuerySet[ExperienceVersion]:
    return experience.versions.select_related("created_by").defer("snapshot")


@dataclass
class ExperienceDiff:
    fields_changed: list[str]
    moments_added: list[str]
    moments_removed: list[str]
    lessons_added: list[str]
    lessons_removed: list[str]
    sharing_changed: bool

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.fields_changed,
                self.moments_added,
                self.moments_removed,
                self.lessons_added,
                self.lessons_removed,
                self.sharing_changed,
            )
        )


def versions_to_compare(*, experience: Experience, a: int, b: int):
    numbers = sorted([a, b])
    found = {v.number: v for v in experience.versions.filter(number__in=numbers)}
    if numbers[0] in found and numbers[1] in found:
        return found[numbers[0]], found[numbers[1]]
    return None


def compare_versions(*, older: ExperienceVersion, newer: ExperienceVersion) -> ExperienceDiff:
    a, b = older.snapshot, newer.snapshot
    labels = {name: Experience._meta.get_field(name).verbose_name for name in TEXT_FIELDS}
    cited = {"materials": _("library materials"), "plan_sections": _("plan sections")}
    cited["themes"] = _("themes")
    changed = [str(labels[name]) for name in TEXT_FIELDS if a.get(name) != b.get(name)]
    changed += [str(label) for name, label in cited.items() if a.get(name) != b.get(name)]

    def moments(snap):
        return [f"{m['happened_on']}: {m['text']}" for m in snap.get("timeline", [])]

    def lessons(snap):
        return [lesson["text"] for lesson in snap.get("lessons", [])]

    return ExperienceDiff(
        fields_changed=changed,
        moments_added=[m for m in moments(b) if m not in moments(a)],
        moments_removed=[m for m in moments(a) if m not in moments(b)],
        lessons_added=[t for t in lessons(b) if t not in lessons(a)],
        lessons_removed=[t for t in lessons(a) if t not in lessons(b)],
        sharing_changed=a.get("share_mode") != b.get("share_mode"),
    )


# --- What the network sees ----------------------------------------------------------------


@dataclass
class SharedMoment:
    happened_on: object
    text: str
    cites: str = ""


@dataclass
class SharedLesson:
    kind: str
    kind_label: str
    text: str
    theme: object = None


@dataclass
class SharedView:
    """A shared experience exactly as other councils read it (also the coordinator's preview)."""

    experience: Experience
    author: str
    anonymised: bool
    texts: dict[str, str]
    timeline: list[SharedMoment] = field(default_factory=list)
    worked: list[SharedLesson] = field(default_factory=list)
    did_not_work: list[SharedLesson] = field(default_factory=list)
    materials: list = field(default_factory=list)
    plan_sections: list[str] = field(default_factory=list)
    themes: list = field(default_factory=list)
    territory: str = ""


def shared_view(experience: Experience, *, mode: str | None = None) -> SharedView:
    """``mode`` previews another way of sharing than the experience's current one."""
    mode = mode or experience.share_mode
    anonymised = mode == ShareMode.ANONYMISED

    def clean(text: str) -> str:
        return public_text(experience, text, mode=mode)

    timeline = []
    for entry in experience.timeline.all():
        cites = ""
        if entry.session_id:
            cites = (
                _("A session of the council")
                if anonymised
                else _("Session: %(title)s") % {"title": entry.session.item.title}
            )
        elif entry.assembly_id:
            cites = _("An assembly of the council")
        timeline.append(SharedMoment(entry.happened_on, clean(entry.text), cites))
    lessons = [
        SharedLesson(lesson.kind, lesson.get_kind_display(), clean(lesson.text), lesson.theme)
        for lesson in experience.lessons.all()
    ]
    return SharedView(
        experience=experience,
        author=author_label(experience, mode=mode),
        anonymised=anonymised,
        texts={name: clean(getattr(experience, name)) for name in TEXT_FIELDS},
        timeline=timeline,
        worked=[lesson for lesson in lessons if lesson.kind == LessonKind.WORKED],
        did_not_work=[lesson for lesson in lessons if lesson.kind == LessonKind.DID_NOT_WORK],
        materials=list(experience.materials.all()),
        plan_sections=[clean(section.title) for section in experience.plan_sections.all()],
        themes=list(experience.themes.all()),
        territory=experience.council.get_territory_kind_display(),
    )


def name_warnings(view: SharedView, *, council) -> list[str]:
    """Person names the preview warns about: members' names and anything that looks like one."""
    known = []
    for member in Membership.objects.filter(council=council).select_related("user"):
        known += [member.user.username, member.user.display_name]
    if view.anonymised:
        known += public_names(view.experience)
    texts = [*view.texts.values(), *(m.text for m in view.timeline)]
    texts += [lesson.text for lesson in view.worked + view.did_not_work]
    return rules.names_in(texts, known=known)


def shared_experiences() -> QuerySet[Experience]:
    return Experience.objects.exclude(share_mode=ShareMode.PRIVATE)


def shared_experience(*, uuid) -> Experience:
    """One shared experience by its own id; a withdrawn or private one does not exist (404)."""
    return get_object_or_404(_detail_queryset().exclude(share_mode=ShareMode.PRIVATE), uuid=uuid)


def visible_questions(*, experience: Experience) -> list[Question]:
    return list(experience.questions.filter(hidden_at__isnull=True))


# --- The exchange -------------------------------------------------------------------------


def _search(queryset: QuerySet[Experience], text: str) -> QuerySet[Experience]:
    words = [rules.fold(word) for word in parse_search_text(text).words]
    if not words:
        return queryset
    contains = Q()
    for word in words:
        contains &= Q(
            *[Q(search_text__contains=form) for form in word_forms(word)], _connector=Q.OR
        )
    if connection.vendor != "postgresql":
        return queryset.filter(contains)
    from django.contrib.postgres.search import SearchQuery, SearchVector

    config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG") or "spanish"
    return queryset.annotate(_found=SearchVector("search_text", config=config)).filter(
        Q(_found=SearchQuery(" ".join(words), config=config)) | contains
    )


def materials_like(material: MaterialPage) -> QuerySet[MaterialPage]:
    """The material in every language: experiences cite whichever translation they read."""
    return MaterialPage.objects.filter(translation_key=material.translation_key)


def exchange(
    *, text: str = "", theme=None, territory: str = "", material=None, lesson: str = ""
) -> QuerySet[Experience]:
    queryset = shared_experiences().select_related("council")
    if theme is not None:
        queryset = queryset.filter(Q(themes=theme) | Q(lessons__theme=theme)).distinct()
    if territory:
        queryset = queryset.filter(council__territory_kind=territory)
    if material is not None:
        queryset = queryset.filter(materials__in=materials_like(material)).distinct()
    if lesson:
        queryset = queryset.filter(
            Exists(Lesson.objects.filter(experience=OuterRef("pk"), kind=lesson))
        )
    if text:
        queryset = _search(queryset, text)
    return queryset.order_by("-shared_at", "-pk")


def exchange_page(queryset: QuerySet[Experience], *, number: int | None) -> Page:
    page = Paginator(queryset, PER_PAGE).get_page(number or 1)
    experiences = list(page.object_list)
    _attach_summaries(experiences)
    page.object_list = experiences
    return page


def _attach_summaries(experiences: list[Experience]) -> None:
    if not experiences:
        return
    ids = [e.pk for e in experiences]
    counts = {
        (row["experience_id"], row["kind"]): row["n"]
        for row in Lesson.objects.filter(experience_id__in=ids)
        .values("experience_id", "kind")
        .annotate(n=Count("pk"))
    }
    themes: dict[int, list] = {}
    through = Experience.themes.through
    for row in through.objects.filter(experience_id__in=ids).select_related("theme"):
        themes.setdefault(row.experience_id, []).append(row.theme)
    for experience in experiences:
        experience.author = author_label(experience)
        experience.public_title = public_text(experience, experience.title)
        experience.public_start = public_text(experience, experience.starting_point)
        experience.worked_count = counts.get((experience.pk, LessonKind.WORKED), 0)
        experience.failed_count = counts.get((experience.pk, LessonKind.DID_NOT_WORK), 0)
        experience.theme_list = sorted(themes.get(experience.pk, []), key=lambda t: t.name)


# --- The library material's block ---------------------------------------------------------


@dataclass
class MaterialBlock:
    councils: int
    links: list[Experience]


def material_block(*, material: MaterialPage) -> MaterialBlock:
    """How many councils shared an experience citing this material, and the latest few."""
    cited = shared_experiences().filter(materials__in=materials_like(material))
    councils = cited.values("council_id").distinct().count()
    links = list(
        cited.select_related("council").distinct().order_by("-shared_at", "-pk")[:MATERIAL_LINKS]
    )
    for experience in links:
        experience.author = author_label(experience)
        experience.public_title = public_text(experience, experience.title)
    return MaterialBlock(councils=councils, links=links)
