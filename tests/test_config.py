"""Configuration files: discovery, validation, merging."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolve.config import Config, ConfigError, find_config_file, load_config
from resolve.diagnostics import Severity


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config == Config()
    assert config.profile == "auto"
    assert config.source is None
    assert config.max_findings_per_rule == 1000


def test_max_findings_per_rule_in_code() -> None:
    assert Config(max_findings_per_rule=0).max_findings_per_rule == 0
    assert Config().merge(max_findings_per_rule=7).max_findings_per_rule == 7
    with pytest.raises(ConfigError, match="max-findings-per-rule"):
        Config(max_findings_per_rule=-5)


def test_reads_every_key(tmp_path: Path) -> None:
    path = write(
        tmp_path / "resolve.toml",
        """
profile = "convention"
select = ["L", "S0"]
ignore = ["L004"]
known-acronyms = ["UE", "FAT"]
organization = "United Electrical Workers (UE)"
extra-preamble-phrases = ["Heartened by"]
extra-operative-verbs = ["Salutes"]
max-findings-per-rule = 50

[per-file-ignores]
"drafts/*.txt" = ["L005"]

[severity]
L001 = "error"
H004 = "info"
""",
    )
    config = load_config(tmp_path)
    assert config.source == str(path)
    assert config.profile == "convention"
    assert config.select == ("L", "S0")
    assert config.ignore == ("L004",)
    assert config.known_acronyms == frozenset({"UE", "FAT"})
    assert config.organization == "United Electrical Workers (UE)"
    assert config.extra_preamble_phrases == ("Heartened by",)
    assert config.extra_operative_verbs == ("Salutes",)
    assert config.max_findings_per_rule == 50
    assert config.per_file_ignores == {"drafts/*.txt": ("L005",)}
    assert config.severity == {"L001": Severity.ERROR, "H004": Severity.INFO}


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path / "resolve.toml", 'profil = "ronr"\n')
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    assert str(path) in str(info.value)
    assert "profil" in str(info.value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('profile = "robert"\n', "profile"),
        ("select = 3\n", "select"),
        ('ignore = ["not a code"]\n', "ignore"),
        ('[severity]\nL001 = "fatal"\n', "severity.L001"),
        ("organization = 7\n", "organization"),
        ('per-file-ignores = "x"\n', "per-file-ignores"),
        ("max-findings-per-rule = -1\n", "max-findings-per-rule"),
        ('max-findings-per-rule = "100"\n', "max-findings-per-rule"),
        ("max-findings-per-rule = true\n", "max-findings-per-rule"),
        ("max-findings-per-rule = 2.5\n", "max-findings-per-rule"),
    ],
)
def test_bad_values_name_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path / "resolve.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    assert str(path) in info.value.message
    assert key in info.value.message


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / ".resolve.toml", "profile = \n")
    with pytest.raises(ConfigError, match=str(path.name)):
        load_config(tmp_path)


def test_walks_up_from_a_file(tmp_path: Path) -> None:
    write(tmp_path / "resolve.toml", 'profile = "un"\n')
    doc = write(tmp_path / "a" / "b" / "draft.txt", "RESOLVED, That.\n")
    assert load_config(doc).profile == "un"
    assert load_config(doc.parent).profile == "un"


def test_nearest_file_wins_and_order(tmp_path: Path) -> None:
    write(tmp_path / "resolve.toml", 'profile = "un"\n')
    write(tmp_path / "sub" / ".resolve.toml", 'profile = "gpo"\n')
    assert load_config(tmp_path / "sub").profile == "gpo"
    write(tmp_path / "sub" / "resolve.toml", 'profile = "board"\n')
    assert load_config(tmp_path / "sub").profile == "board"


def test_pyproject_tool_resolve(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.resolve]\nprofile = "board"\nignore = ["H"]\n')
    config = load_config(tmp_path / "docs")
    assert config.profile == "board"
    assert config.ignore == ("H",)


def test_pyproject_without_section_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "resolve.toml", 'profile = "un"\n')
    write(tmp_path / "pkg" / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config_file(tmp_path / "pkg") == tmp_path / "resolve.toml"
    assert load_config(tmp_path / "pkg").profile == "un"


def test_pyproject_unknown_key(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.resolve]\nselct = []\n")
    with pytest.raises(ConfigError, match="selct"):
        load_config(tmp_path)


def test_merge_overrides_file_values() -> None:
    base = Config(profile="ronr", select=("L",), known_acronyms=frozenset({"UE"}))
    merged = base.merge(profile="un", select=None, extend_known_acronyms=["FAT"])
    assert merged.profile == "un"
    assert merged.select == ("L",)
    assert merged.known_acronyms == frozenset({"UE", "FAT"})
    assert base.profile == "ronr"
    assert base.merge(severity={"L001": "error"}).severity == {"L001": Severity.ERROR}
    assert base.merge(extend_ignore=["H004"]).ignore == ("H004",)
    with pytest.raises(TypeError):
        base.merge(colour=True)
    with pytest.raises(ConfigError):
        base.merge(profile="nope")


@pytest.mark.parametrize(
    ("select", "ignore", "code", "expected"),
    [
        ((), (), "L001", True),
        ((), ("L",), "L001", False),
        (("L",), (), "S001", False),
        (("L",), ("L001",), "L001", False),
        (("L001",), ("L",), "L001", True),
        (("S0",), (), "S001", True),
        (("ALL",), ("H",), "H004", False),
    ],
)
def test_select_and_ignore_by_prefix(
    select: tuple[str, ...], ignore: tuple[str, ...], code: str, expected: bool
) -> None:
    assert Config(select=select, ignore=ignore).is_selected(code) is expected


@pytest.mark.parametrize(
    ("content", "found"),
    [
        ('[project]\nname = "x"\n', False),
        ("[tool.black]\nline-length = 100\n", False),
        ('[tool.resolve]\nprofile = "ronr"\n', True),
        ('[tool]\nresolve = { profile = "ronr" }\n', True),
        ('tool.resolve.profile = "ronr"\n', True),
        ('[tool."resolve"]\nprofile = "ronr"\n', True),
        ("[tool.resolve\nbroken", True),  # malformed: reported, not ignored
    ],
)
def test_pyproject_counts_only_with_a_tool_resolve_table(
    tmp_path: Path, content: str, found: bool
) -> None:
    from resolve.config import _has_tool_resolve

    path = tmp_path / "pyproject.toml"
    path.write_text(content, encoding="utf-8")
    assert _has_tool_resolve(path) is found


def test_extend_keys_in_a_file_add_to_select_and_ignore(tmp_path: Path) -> None:
    write(
        tmp_path / "resolve.toml",
        'select = ["L"]\nextend-select = ["H004"]\nignore = ["L001"]\nextend-ignore = ["L002"]\n',
    )
    config = load_config(tmp_path)
    assert config.select == ("L", "H004")
    assert config.ignore == ("L001", "L002")
    assert config.origins["select"] == f"{tmp_path / 'resolve.toml'}:2"


def test_config_for_reads_each_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import resolve.config as config_module

    write(tmp_path / "resolve.toml", 'profile = "un"\n')
    calls: list[Path] = []
    real = config_module.load_config_file

    def counting(path: Path) -> Config:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(config_module, "load_config_file", counting)
    monkeypatch.setattr(config_module, "_CACHE", {})
    first = config_module.config_for(tmp_path / "a.txt")
    second = config_module.config_for(tmp_path / "sub" / "b.txt")
    assert first is second and first.profile == "un"
    assert len(calls) == 1
