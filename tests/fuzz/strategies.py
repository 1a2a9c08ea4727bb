"""Values a hostile or careless visitor sends, and whole requests built from them.

A request is drawn in steps: the language, then either a form the crawl found (its
own action, with valid ids) or the view's URL filled with ids of the role's council,
of council B, or a mix; then every field is kept, fuzzed, repeated or left out,
and extra fields are added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse
from django.urls.converters import get_converters
from django.utils import translation
from hypothesis import strategies as st

from .forms import Catalogue, Field
from .urlconf import Target
from .world import World

UNICODE_DIGITS = ["²", "①", "٣", "١٢٣", "߂", "𝟙", "Ⅻ", "½", "³⁴", "௫", "٣٠"]
CONTROL = ["\x00", "a\x00b", "\x01\x02\x1b[31m", "\x7f", "\u200f", "\u202e", "\u200b", "\ufeff"]
MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7|add:7 }}",
    "{% debug %}",
    "javascript:alert(1)",
]
SEARCH_SYNTAX = ['"', "'", ";", ">", "<", "*", "-", "(", ")", "^", ":", "\\", "%", "_", "{", "}"]
SEARCH_WORDS = [
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(agua educación)",
    'agua" OR "1"="1',
    "'; DROP TABLE councils_council; --",
    "agua:*",
    "!agua & | <->",
    "-agua +pesca",
    "educación*",
    '"""',
    "😀🌊",
]
NUMBERS = [
    "0",
    "-1",
    "-0",
    "1.5",
    "1e309",
    "NaN",
    "inf",
    str(2**31),
    str(2**63),
    str(-(2**63) - 1),
    str(10**30),
    "0x10",
    " 7 ",
    "+3",
]
DATES = [
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "10000-01-01",
    "2026-13-01",
    "2026-01-01T25:61",
    "31/02/2026",
    "1900-01-01",
    "2026-06-06 09:00",
]
EMPTY = ["", " ", "\t\n"]
LONG = ["x" * 10_000, "á" * 10_000, "agua " * 2_000]
REDIRECTS = ["//evil.example/", "https://evil.example/", "councils:list", "../../", "\\\\evil"]

FIXED = (
    UNICODE_DIGITS
    + CONTROL
    + MARKUP
    + SEARCH_SYNTAX
    + SEARCH_WORDS
    + NUMBERS
    + DATES
    + EMPTY
    + LONG
    + REDIRECTS
)
FRAGMENTS = [f for f in FIXED if len(f) < 100] + ["agua", "7", "2026"]
EXTRA_NAMES = ["next", "id", "pk", "page", "q", "action", "revision", "csrfmiddlewaretoken", "x"]

text = st.text(max_size=40)
fuzz_value = st.one_of(
    st.sampled_from(FIXED),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4).map("".join),
    text,
)


@dataclass
class Request:
    method: str
    path: str
    data: dict[str, list[str]] = field(default_factory=dict)
    how: str = ""  # "form", "own ids", "B's ids"...

    def describe(self) -> str:
        shown = {
            k: [v if len(v) < 80 else f"{v[:40]!r}…({len(v)} chars)" for v in vs]
            for k, vs in self.data.items()
        }
        return f"{self.method} {self.path} [{self.how}] data={shown!r}"

    def query_path(self) -> str:
        if self.method != "GET" or not self.data:
            return self.path
        return f"{self.path}?{urlencode(self.data, doseq=True)}"


def _favour_first(values: list):
    """The first value half of the time (the role's own object), any value otherwise."""
    if len(values) == 1:
        return st.just(values[0])
    return st.one_of(st.just(values[0]), st.sampled_from(values))


def _url(draw, target: Target, world: World, role: str, language: str) -> tuple[str, str]:
    """The target's URL, its keywords filled with own, foreign (council B), mixed or junk values."""
    if target.is_page:
        path = world.page_paths()[target.name]
        return (f"/en{path}" if language == "en" else path), "page"
    nouns = target.nouns()
    how = draw(st.sampled_from(["own ids", "own ids", "B's ids", "B's slug only", "junk ids"]))
    kwargs = {}
    for keyword, converter in target.params:
        noun = nouns[keyword]
        own = world.own(noun, role) if noun else []
        foreign = world.foreign(noun) if noun else []
        if how == "B's ids" and foreign:
            value = draw(st.sampled_from(foreign))
        elif how == "B's slug only" and noun == "slug" and foreign:
            value = foreign[0]
        elif how == "junk ids" or not own:
            value = draw(_junk_kwarg(converter))
        else:
            value = draw(_favour_first(own))
        kwargs[keyword] = value
    if how == "junk ids" or any(not nouns[k] for k in kwargs):
        return target.path(kwargs, language), how
    with translation.override(language):
        return reverse(target.name, kwargs=kwargs), how


JUNK_IDS = ["0", "-1", "²", "١٢٣", "①", "0" * 30, str(2**63), str(10**30), "x", "a" * 300, ".."]


def _junk_kwarg(converter: str):
    """Values the converter's pattern may or may not accept; the resolver is tested too."""
    found = get_converters().get(converter)
    pattern = found.regex if found else "[^/]+"
    return st.one_of(
        st.sampled_from(JUNK_IDS),
        st.from_regex(pattern, fullmatch=True).filter(lambda v: "/" not in v and v.strip()),
    )


def _value(draw, spec: Field, foreign_ids: list[str]) -> list[str]:
    """One field's values: as offered, an option, a fuzz value, another council's id, or several."""
    choices = [fuzz_value, fuzz_value]
    if spec.value:
        choices.append(st.just(spec.value))
    if spec.options:
        choices += [st.sampled_from(spec.options)] * 2
    if foreign_ids:
        choices.append(st.sampled_from(foreign_ids))
    one = st.one_of(*choices)
    return draw(st.one_of(one.map(lambda v: [v]), st.lists(one, min_size=2, max_size=3)))


def _fields(draw, fields: dict[str, Field], world: World) -> dict[str, list[str]]:
    foreign = sorted({str(v) for vs in world.b.values.values() for v in vs if isinstance(v, int)})
    data: dict[str, list[str]] = {}
    for name, spec in fields.items():
        if draw(st.integers(0, 9)) == 0:
            continue  # a missing field
        data[name] = _value(draw, spec, foreign)
    for name in draw(st.lists(st.sampled_from(EXTRA_NAMES), max_size=2, unique=True)):
        data.setdefault(name, [draw(fuzz_value)])
    return data


@st.composite
def requests(draw, target: Target, role: str, world: World, catalogue: Catalogue) -> Request:
    """A request to ``target`` as ``role``: a discovered form or a URL of its own making."""
    language = draw(st.sampled_from(["es", "en"]))
    forms = catalogue.for_target(target.name)
    form = draw(st.sampled_from([None, *forms, *forms])) if forms else None
    if form is not None:
        english = language == "en" and target.i18n and not form.action.startswith("/en/")
        path = f"/en{form.action}" if english else form.action
        method, how, fields = form.method, f"form on {form.found_on}", form.fields
    else:
        path, how = _url(draw, target, world, role, language)
        method = draw(st.sampled_from(["GET", "POST"]))
        fields = dict(catalogue.fields_for(target.name, method))
        for name in target.hand_parsed()[method]:
            fields.setdefault(name, Field(name=name))
    return Request(method=method, path=path, data=_fields(draw, fields, world), how=how)
