"""The demo library's data files: the shipped ones validate, a broken one names file and field."""

import re
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from curriculum.demo.loader import DATA_DIR, DemoDataError, _File, load_content


@pytest.fixture
def data_dir(tmp_path):
    """A copy of the shipped data files that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def edit(path, old, new, *, count=1):
    """Replace the first ``count`` occurrences of ``old``, which must be there."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def error_for(data_dir) -> str:
    with pytest.raises(DemoDataError) as caught:
        load_content(data_dir)
    return str(caught.value)


def test_shipped_files_validate():
    content = load_content()
    keys = [m["key"] for m in (*content.readings, *content.practices, *content.workshops)]
    assert len(keys) == len(set(keys)) >= 15
    assert len(content.paths) >= 3
    assert len(content.themes) >= 10
    for path in content.paths:
        for stage in path["stages"]:
            assert set(stage["materials"]) <= set(keys)


def test_shipped_files_keep_both_languages_side_by_side():
    content = load_content()
    workshop = content.workshops[0]
    assert set(workshop["title"]) == {"es", "en"}
    assert workshop["title"]["es"] != workshop["title"]["en"]
    assert set(content.themes["water"]["name"]) == {"es", "en"}


def test_missing_english_title(data_dir):
    path = data_dir / "workshops.toml"
    parts = path.read_text(encoding="utf-8").split("\n[[workshops]]\n")
    # parts[4] is the fourth workshop; its own title comes before its [[workshops.agenda]].
    parts[4] = re.sub(r"^title\.en = .*\n", "", parts[4], count=1, flags=re.MULTILINE)
    path.write_text("\n[[workshops]]\n".join(parts), encoding="utf-8")
    message = error_for(data_dir)
    assert "curriculum/demo/data/workshops.toml" not in message  # a copy: its own path
    assert f"{path.resolve()}:workshops[3].title.en: missing (in the entry at line " in message


def test_a_theme_needs_its_own_english_name(data_dir):
    edit(data_dir / "themes.toml", 'name.en = "water"', 'name.en = "agua"')
    assert "themes.toml:themes.water.name.en: must differ from name.es" in error_for(data_dir)


def test_wrong_type_for_hours(data_dir):
    edit(data_dir / "practices.toml", "estimated_hours = 6", 'estimated_hours = "six"')
    message = error_for(data_dir)
    assert "practices.toml:practices[0].estimated_hours: expected a number, found text" in message


def test_unknown_material_in_a_path(data_dir):
    edit(
        data_dir / "paths.toml",
        'materials = ["water", "water_map"]',
        'materials = ["water", "nope"]',
    )
    message = error_for(data_dir)
    assert "paths.toml:paths[0].stages[0].materials[1]: unknown material 'nope'" in message


def test_unknown_theme_in_a_reading(data_dir):
    edit(data_dir / "readings.toml", '"anarchism", "mutual_aid"', '"anarchy", "mutual_aid"')
    message = error_for(data_dir)
    assert "readings.toml:readings[0].themes[0]: unknown theme 'anarchy'" in message


def test_follow_up_must_be_a_practice(data_dir):
    edit(
        data_dir / "workshops.toml",
        'follow_up_practice = "water_map"',
        'follow_up_practice = "water"',
    )
    message = error_for(data_dir)
    assert "workshops.toml:workshops[0].follow_up_practice: unknown practice 'water'" in message


def test_misspelt_field_and_unknown_level(data_dir):
    edit(data_dir / "readings.toml", "year = 1902", "yeer = 1902")
    edit(data_dir / "paths.toml", 'level = "starting"', 'level = "beginner"')
    message = error_for(data_dir)
    assert "readings.toml:readings[0].year: missing" in message
    assert "readings.toml:readings[0].yeer: unknown field" in message
    assert "paths.toml:paths[0].level: expected one of" in message


def test_toml_syntax_error_names_file_and_line(data_dir):
    path = data_dir / "themes.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if line.startswith("name.es"))
    lines[number - 1] = lines[number - 1].replace(" = ", " ", 1)
    path.write_text("".join(lines), encoding="utf-8")
    message = error_for(data_dir)
    assert re.search(rf"data/themes\.toml:{number}:\d+: invalid TOML: ", message), message


def test_missing_file(data_dir):
    (data_dir / "site.toml").unlink()
    assert "data/site.toml: file missing" in error_for(data_dir)


def test_shipped_files_are_named_from_the_project_root():
    assert _File(DATA_DIR / "workshops.toml", []).name == "curriculum/demo/data/workshops.toml"


def test_command_check_reports_mistakes_without_writing(monkeypatch, data_dir):
    edit(data_dir / "practices.toml", "estimated_hours = 6", "estimated_hours = -1")
    monkeypatch.setattr(
        "cms.management.commands.load_demo.load_content", lambda: load_content(data_dir)
    )
    with pytest.raises(CommandError, match=r"practices\[0\]\.estimated_hours: must be more than 0"):
        call_command("load_demo", "--check", stdout=StringIO())


def test_command_check_accepts_the_shipped_files():
    out = StringIO()
    call_command("load_demo", "--check", stdout=out)
    assert "valid" in out.getvalue()
