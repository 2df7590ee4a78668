"""``resolve check`` and its configuration: found per file, errors that point at
the line, extend vs replace, ``--show-settings`` (through the real entry point)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CliRunner, write

# L003 (an unclosed bracket) is an error; H004 (trailing blanks) a warning.
ERROR = "WHEREAS, the sky is blue (really; now, therefore, be it\n\nRESOLVED, That we look up.\n"
WARNING = "WHEREAS, the sky is blue; now, therefore, be it   \n\nRESOLVED, That we look up.\n"


def codes(out: str) -> list[str]:
    """The rule codes of ``--output-format concise`` lines."""
    return [line.split(": ")[1].split()[0] for line in out.splitlines() if ": " in line]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """proj/ (a repository) with pyproject.toml ignoring L003, and a draft below it."""
    proj = tmp_path / "proj"
    (proj / ".git").mkdir(parents=True)
    write(proj / "pyproject.toml", '[project]\nname = "x"\n\n[tool.resolve]\nignore = ["L003"]\n')
    write(proj / "drafts" / "a.txt", ERROR)
    return proj


def test_config_is_found_from_the_file_not_the_working_directory(
    cli: CliRunner, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write(elsewhere / "resolve.toml", 'select = ["L003"]\n')  # must not apply to proj/
    monkeypatch.chdir(elsewhere)
    r = cli("check", "--output-format", "concise", str(project / "drafts" / "a.txt"))
    assert r.code == 0, r.out + r.err
    assert "L003" not in r.out


def test_nearest_configuration_wins_per_file(cli: CliRunner, project: Path) -> None:
    write(project / "drafts" / "strict" / "resolve.toml", 'select = ["L003"]\n')
    write(project / "drafts" / "strict" / "b.txt", ERROR)
    r = cli("check", "--output-format", "concise", str(project / "drafts"))
    assert r.code == 1
    assert [line.split(":")[0].endswith("b.txt") for line in r.out.splitlines()[:-1]] == [True]


def test_search_stops_at_the_repository_root(cli: CliRunner, tmp_path: Path) -> None:
    write(tmp_path / "resolve.toml", 'ignore = ["L003"]\n')  # above the repository
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    draft = write(repo / "a.txt", ERROR)
    r = cli("check", "--output-format", "concise", str(draft))
    assert r.code == 1 and "L003" in r.out


def test_config_option_overrides_the_search(cli: CliRunner, project: Path, tmp_path: Path) -> None:
    other = write(tmp_path / "ci.toml", 'select = ["L003"]\n')
    r = cli("check", "--config", str(other), "--output-format", "concise", str(project))
    assert r.code == 1 and codes(r.out) == ["L003"]


def test_ignore_replaces_and_extend_ignore_extends(cli: CliRunner, project: Path) -> None:
    draft = str(project / "drafts" / "a.txt")
    write(project / "drafts" / "a.txt", ERROR.replace("be it\n", "be it   \n"))
    base = cli("check", "--severity", "info", "--output-format", "concise", draft)
    assert "L003" not in base.out and "H004" in base.out  # the configured ignore
    replaced = cli("check", "--ignore", "H004", "--output-format", "concise", draft)
    assert "L003" in replaced.out and "H004" not in replaced.out
    extended = cli("check", "--extend-ignore", "H004", "--output-format", "concise", draft)
    assert codes(extended.out) == [] and extended.code == 0


def test_extend_select_adds_to_the_configured_select(cli: CliRunner, tmp_path: Path) -> None:
    write(tmp_path / "resolve.toml", 'select = ["H004"]\n')
    draft = write(tmp_path / "a.txt", ERROR.replace("be it\n", "be it   \n"))
    only = cli("check", "--output-format", "concise", str(draft))
    assert codes(only.out) == ["H004"]
    both = cli("check", "--extend-select", "L003", "--output-format", "concise", str(draft))
    assert sorted(codes(both.out)) == ["H004", "L003"]


def test_extend_select_without_a_select_keeps_every_rule(cli: CliRunner, tmp_path: Path) -> None:
    write(tmp_path / "resolve.toml", 'ignore = ["L"]\n')
    draft = write(tmp_path / "a.txt", ERROR.replace("be it\n", "be it   \n"))
    r = cli("check", "--extend-select", "L003", "--output-format", "concise", str(draft))
    assert sorted(codes(r.out)) == ["H004", "L003"]  # H004 still runs; L003 beats "L"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("[tool.resolve\nprofile = 'un'\n", 1, ["invalid TOML"]),
        ("[tool.resolve]\nprofile = 3\n", 2, ["tool.resolve.profile", "not a profile"]),
        ("[tool.resolve]\n\nselect = 'L, P'\n", 3, ["tool.resolve.select", "not a rule code"]),
        ("[tool.resolve]\nknown-acronyms = 7\n", 2, ["known-acronyms", "a list of strings"]),
        (
            '[tool.black]\nline = 1\n[tool.resolve]\nprofile = "un"\nknown_acronyms = ["UE"]\n',
            5,
            ["known_acronyms", "did you mean `known-acronyms`?"],
        ),
        ("[tool.resolve.severity]\nL001 = 'fatal'\n", 2, ["severity.L001", "fatal"]),
    ],
)
def test_bad_pyproject_is_an_error_naming_file_line_and_key(
    cli: CliRunner, tmp_path: Path, text: str, line: int, words: list[str]
) -> None:
    write(tmp_path / "pyproject.toml", text)
    draft = write(tmp_path / "a.txt", ERROR)
    r = cli("check", str(draft))
    assert r.code == 2 and r.out == ""
    assert r.err.startswith(f"resolve: error: configuration: {tmp_path / 'pyproject.toml'}:{line}:")
    for word in words:
        assert word in r.err
    assert len(r.err.splitlines()) == 1


def test_deeply_nested_toml_is_a_clear_error(cli: CliRunner, tmp_path: Path) -> None:
    write(tmp_path / "resolve.toml", "x = " + "[" * 5000 + "\n")
    r = cli("check", str(write(tmp_path / "a.txt", ERROR)))
    assert r.code == 2
    assert "internal error" not in r.err
    assert r.err.startswith(f"resolve: error: configuration: {tmp_path / 'resolve.toml'}")


def test_show_settings_names_where_each_value_came_from(cli: CliRunner, project: Path) -> None:
    draft = str(project / "drafts" / "a.txt")
    r = cli("check", "--show-settings", "--extend-ignore", "H004", "--profile", "un", draft)
    assert r.code == 0, r.err
    lines = {line.split(" = ")[0]: line for line in r.out.splitlines() if " = " in line}
    pyproject = project / "pyproject.toml"
    assert f"# configuration file: {pyproject}" in r.out
    assert lines["ignore"].startswith('ignore = ["L003", "H004"]')
    assert lines["ignore"].endswith(f"# {pyproject}:5 + command line")
    assert lines["profile"].startswith('profile = "un"')
    assert lines["profile"].endswith("# command line")
    assert lines["select"].endswith("# default")
    assert "L003" not in cli("check", "--output-format", "concise", draft).out


def test_unknown_choice_suggests_the_near_one(cli: CliRunner, tmp_path: Path) -> None:
    r = cli("check", "--output-format", "sariff", str(write(tmp_path / "a.txt", ERROR)))
    assert r.code == 2
    assert r.err == (
        "resolve: error: --output-format: 'sariff' is not one of full, concise, json, "
        "json-lines, github, sarif, junit (did you mean 'sarif'?)\n"
    )


def test_bad_per_file_ignores_names_its_line(cli: CliRunner, tmp_path: Path) -> None:
    write(
        tmp_path / "resolve.toml",
        'profile = "un"\n\n[per-file-ignores]\n"drafts/*.txt" = ["L0O1"]\n',
    )
    r = cli("check", str(write(tmp_path / "a.txt", ERROR)))
    assert r.code == 2
    assert r.err.startswith(f"resolve: error: configuration: {tmp_path / 'resolve.toml'}:4: ")
    assert "'L0O1' is not a rule code or prefix" in r.err


def test_fmt_writes_the_configured_profile(cli: CliRunner, tmp_path: Path) -> None:
    # The profile found upward from the file is the one fmt writes (as check judges by it);
    # --profile overrides it, and a bad configuration is an error, not the defaults.
    write(tmp_path / "proj" / "pyproject.toml", '[tool.resolve]\nprofile = "gpo"\n')
    draft = write(
        tmp_path / "proj" / "drafts" / "a.txt", "Whereas, a is b; and\n\nResolved, That c.\n"
    )
    configured = cli("fmt", "--diff", str(draft))
    assert configured.code == 1 and "+Whereas a is b; and" in configured.out
    own = cli("fmt", "--diff", "--profile", "auto", str(draft))
    assert own.code == 0 and own.out == ""
    write(tmp_path / "proj" / "pyproject.toml", '[tool.resolve]\nprofile = "nope"\n')
    broken = cli("fmt", "--check", str(draft))
    assert broken.code == 2 and "pyproject.toml" in broken.err and "profile" in broken.err
    assert draft.read_text(encoding="utf-8").startswith("Whereas, a is b")
