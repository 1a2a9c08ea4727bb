"""Read and check the demo library's data files (``curriculum/demo/data/*.toml``).

Translators and facilitators edit those files, not Python. Every mistake is reported with
its file and field before anything is written, so a typo never half-loads the library.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from curriculum.choices import Audience, Level

LANGUAGES = ("es", "en")
DATA_DIR = Path(__file__).resolve().parent / "data"
PROJECT_DIR = Path(__file__).resolve().parents[2]
KEY = re.compile(r"[a-z][a-z0-9_]*")
SLUG = re.compile(r"[-\w]+")


class DemoDataError(ValueError):
    """One or more data files are unreadable or wrong; each line names a file and a field."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class DemoContent:
    """The checked content; every text is an ``{"es": ..., "en": ...}`` dict."""

    home: dict
    library_index: dict
    study_path_index: dict
    themes: dict[str, dict]
    readings: list[dict]
    practices: list[dict]
    workshops: list[dict]
    paths: list[dict]


class _File:
    """One data file: its name as shown in messages, its lines, and the problems found."""

    def __init__(self, path: Path, problems: list[str]):
        path = path.resolve()
        self.name = str(path.relative_to(PROJECT_DIR) if path.is_relative_to(PROJECT_DIR) else path)
        self.lines: list[str] = []
        self.problems = problems

    def problem(self, where: str, message: str) -> None:
        line = self._entry_line(where)
        hint = f" (in the entry at line {line})" if line else ""
        self.problems.append(f"{self.name}:{where}: {message}{hint}")

    def _entry_line(self, where: str) -> int | None:
        """The line of the ``[[table]]`` or ``[table]`` header the field belongs to."""
        table, start, end, found = "", 0, len(self.lines), None
        for name, index in re.findall(r"(\w+)\[(\d+)\]", where):
            table = f"{table}.{name}" if table else name
            headers = [n for n in range(start, end) if self.lines[n].strip() == f"[[{table}]]"]
            position = int(index)
            if position >= len(headers):
                break
            start, found = headers[position], headers[position] + 1
            end = headers[position + 1] if position + 1 < len(headers) else end
        if found:
            return found
        parts = where.split(".")
        for header in (f"[{'.'.join(parts[:2])}]", f"[{parts[0]}]"):
            for number, line in enumerate(self.lines, 1):
                if line.strip() == header:
                    return number
        return None


Check = Callable[[_File, object, str], None]


def _kind(value) -> str:
    names = {bool: "true/false", int: "a whole number", float: "a number", str: "text"}
    names |= {list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def text(file: _File, value, where: str) -> None:
    """A text in both languages, side by side: ``name.es = "..."`` and ``name.en = "..."``."""
    if not isinstance(value, dict):
        file.problem(
            where, f"expected a text in both languages (.es and .en), found {_kind(value)}"
        )
        return
    for lang in LANGUAGES:
        if lang not in value:
            file.problem(f"{where}.{lang}", "missing")
        elif not isinstance(value[lang], str):
            file.problem(f"{where}.{lang}", f"expected text, found {_kind(value[lang])}")
        elif not value[lang].strip():
            file.problem(f"{where}.{lang}", "empty")
    for other in value.keys() - set(LANGUAGES):
        file.problem(f"{where}.{other}", "unknown language (only es and en)")


def slugs(file: _File, value, where: str) -> None:
    text(file, value, where)
    for lang in LANGUAGES:
        slug = value.get(lang) if isinstance(value, dict) else None
        if isinstance(slug, str) and slug and not SLUG.fullmatch(slug):
            file.problem(f"{where}.{lang}", f"{slug!r} is not a slug (letters, digits, hyphens)")


def key(file: _File, value, where: str) -> None:
    if not isinstance(value, str):
        file.problem(where, f"expected a key (text), found {_kind(value)}")
    elif not KEY.fullmatch(value):
        file.problem(where, f"{value!r} is not a key (lower-case letters, digits, underscores)")


def integer(minimum: int | None = None) -> Check:
    def check(file: _File, value, where: str) -> None:
        if type(value) is not int:
            file.problem(where, f"expected a whole number, found {_kind(value)}")
        elif minimum is not None and value < minimum:
            file.problem(where, f"must be at least {minimum}, found {value}")

    return check


def positive_number(file: _File, value, where: str) -> None:
    if type(value) not in (int, float):
        file.problem(where, f"expected a number, found {_kind(value)}")
    elif value <= 0:
        file.problem(where, f"must be more than 0, found {value}")


def choice(choices) -> Check:
    def check(file: _File, value, where: str) -> None:
        if value not in choices.values:
            allowed = ", ".join(f'"{option}"' for option in choices.values)
            file.problem(where, f"expected one of {allowed}, found {value!r}")

    return check


def items(check: Check, *, minimum: int = 0) -> Check:
    def check_list(file: _File, value, where: str) -> None:
        if not isinstance(value, list):
            file.problem(where, f"expected a list, found {_kind(value)}")
        elif len(value) < minimum:
            file.problem(where, f"needs at least {minimum}, found {len(value)}")
        else:
            for index, item in enumerate(value):
                check(file, item, f"{where}[{index}]")

    return check_list


def table(fields: dict[str, Check]) -> Check:
    """A table with exactly these fields, all required."""

    def check(file: _File, value, where: str) -> None:
        if not isinstance(value, dict):
            file.problem(where, f"expected a table, found {_kind(value)}")
            return
        for name, check_field in fields.items():
            if name not in value:
                file.problem(_join(where, name), "missing")
            else:
                check_field(file, value[name], _join(where, name))
        for name in value.keys() - fields.keys():
            file.problem(_join(where, name), "unknown field")

    return check


def mapping(check: Check) -> Check:
    """A table of tables by key, as ``[themes.water]``."""

    def check_mapping(file: _File, value, where: str) -> None:
        if not isinstance(value, dict) or not value:
            file.problem(where, "expected one or more tables")
            return
        for name, item in value.items():
            key(file, name, f"{where}.{name}")
            check(file, item, f"{where}.{name}")

    return check_mapping


MATERIAL = {
    "key": key,
    "slug": slugs,
    "title": text,
    "summary": text,
    "level": choice(Level),
    "themes": items(key, minimum=1),
}
READING = {
    **MATERIAL,
    "author": text,
    "work": text,
    "year": integer(),
    "estimated_minutes": integer(1),
    "body": text,
    "questions": items(text),
}
PRACTICE = {
    **MATERIAL,
    "estimated_hours": positive_number,
    "task": text,
    "expected_evidence": text,
    "reflection_prompts": items(text),
}
ACTIVITY = {"minutes": integer(1), "title": text, "method": text, "materials": text}
WORKSHOP = {
    **MATERIAL,
    "objectives": text,
    "local_problem": text,
    "agenda": items(table({**ACTIVITY, "instructions": text}), minimum=1),
    "facilitator_notes": text,
    "discussion_questions": items(text),
    "follow_up_practice": key,
    "follow_up_notes": text,
}
STAGE = {"title": text, "description": text, "materials": items(key, minimum=1)}
PATH = {
    "slug": slugs,
    "title": text,
    "intro": text,
    "audience": choice(Audience),
    "level": choice(Level),
    "stages": items(table(STAGE), minimum=1),
}
INDEX = {"slug": slugs, "title": text, "intro": text}
FILES: dict[str, Check] = {
    "site.toml": table(
        {"home": table({**INDEX, "body": text}), "library_index": table(INDEX)}
        | {"study_path_index": table(INDEX)}
    ),
    "themes.toml": table({"themes": mapping(table({"name": text, "description": text}))}),
    "readings.toml": table({"readings": items(table(READING), minimum=1)}),
    "practices.toml": table({"practices": items(table(PRACTICE), minimum=1)}),
    "workshops.toml": table({"workshops": items(table(WORKSHOP), minimum=1)}),
    "paths.toml": table({"paths": items(table(PATH), minimum=1)}),
}


def _read(path: Path, problems: list[str]) -> tuple[_File, dict | None]:
    file = _File(path, problems)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(f"{file.name}: file missing")
        return file, None
    except UnicodeDecodeError as error:
        problems.append(f"{file.name}: not UTF-8 text ({error.reason} at byte {error.start})")
        return file, None
    file.lines = source.splitlines()
    try:
        return file, tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.search(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$", message)
        place = f"{match[1]}:{match[2]}" if match and match[1] else "end of file"
        message = message[: match.start()] if match else message
        problems.append(f"{file.name}:{place}: invalid TOML: {message}")
        return file, None


def _check_references(files: dict[str, _File], data: dict[str, dict]) -> None:
    """Keys and slugs are unique; themes, practices and materials cited exist."""
    themes = data["themes.toml"]["themes"]
    theme_names: dict[str, str] = {}
    for theme_key, theme in themes.items():
        if theme["name"]["es"] == theme["name"]["en"]:
            where = f"themes.{theme_key}.name.en"
            files["themes.toml"].problem(where, "must differ from name.es: it names the theme")
        for lang in LANGUAGES:
            name = theme["name"][lang]
            if theme_names.setdefault(name, theme_key) != theme_key:
                where = f"themes.{theme_key}.name.{lang}"
                files["themes.toml"].problem(where, f"{name!r} is also the name of another theme")
    materials: dict[str, str] = {}
    used_slugs: set[tuple[str, str]] = set()
    for file_name in ("readings.toml", "practices.toml", "workshops.toml", "paths.toml"):
        file, top = files[file_name], file_name.removesuffix(".toml")
        for index, entry in enumerate(data[file_name][top]):
            where = f"{top}[{index}]"
            if "key" in entry:
                if entry["key"] in materials:
                    file.problem(f"{where}.key", f"{entry['key']!r} is already used")
                materials.setdefault(entry["key"], top)
            for lang in LANGUAGES:
                slug = (top == "paths", lang, entry["slug"][lang])
                if slug in used_slugs:
                    file.problem(f"{where}.slug.{lang}", f"{slug[2]!r} is already used")
                used_slugs.add(slug)
            for number, theme_key in enumerate(entry.get("themes", [])):
                if theme_key not in themes:
                    file.problem(f"{where}.themes[{number}]", f"unknown theme {theme_key!r}")
            practice = entry.get("follow_up_practice")
            if practice is not None and materials.get(practice) != "practices":
                file.problem(f"{where}.follow_up_practice", f"unknown practice {practice!r}")
            for stage_index, stage in enumerate(entry.get("stages", [])):
                for number, material in enumerate(stage["materials"]):
                    if material not in materials:
                        field = f"{where}.stages[{stage_index}].materials[{number}]"
                        file.problem(field, f"unknown material {material!r}")


def load_content(data_dir: Path = DATA_DIR) -> DemoContent:
    """Read every data file in ``data_dir``; raise ``DemoDataError`` listing all mistakes."""
    problems: list[str] = []
    files: dict[str, _File] = {}
    data: dict[str, dict] = {}
    for file_name, check in FILES.items():
        file, content = _read(Path(data_dir) / file_name, problems)
        files[file_name] = file
        if content is not None:
            before = len(problems)
            check(file, content, "")
            if len(problems) == before:
                data[file_name] = content
    if problems:
        raise DemoDataError(problems)
    _check_references(files, data)
    if problems:
        raise DemoDataError(problems)
    site = data["site.toml"]
    return DemoContent(
        home=site["home"],
        library_index=site["library_index"],
        study_path_index=site["study_path_index"],
        themes=data["themes.toml"]["themes"],
        readings=data["readings.toml"]["readings"],
        practices=data["practices.toml"]["practices"],
        workshops=data["workshops.toml"]["workshops"],
        paths=data["paths.toml"]["paths"],
    )
