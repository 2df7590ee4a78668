"""resolve.cli._coerce: typer's value coercion without pydantic, same results."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# Only typer versions that coerce through pydantic (0.26+) have what _coerce
# replaces; older ones (the lowest-versions CI lane) coerce with click.
typer_coercion = pytest.importorskip("typer._coercion")

import typer.main  # noqa: E402
from typer._click import Context  # noqa: E402
from typer._click.exceptions import BadParameter  # noqa: E402

from resolve.cli import _command, app, run  # noqa: E402
from resolve.cli._coerce import seed_command  # noqa: E402

ROOT = Path(__file__).parent.parent
UE = ROOT / "examples" / "ue-79th-convention-international-solidarity.txt"
PY = sys.executable


def _all_params(command: Any) -> list[tuple[Any, Any]]:
    found = [(command, p) for p in command.params]
    for sub in getattr(command, "commands", {}).values():
        found.extend(_all_params(sub))
    return found


def _samples(param: Any, tmp_path: Path) -> list[Any]:
    annotation = param.type_descriptor.annotation
    leaf = annotation.__args__[0] if getattr(annotation, "__origin__", None) is list else annotation
    values: list[Any] = [None]
    if leaf is bool:
        values += [True, False, "yes"]
    elif leaf is int:
        values += ["0", "1", "12", "007", "-1", "abc", "1.0", " 2", "", "٣", "9" * 30, 3, -3]
    elif leaf is str:
        values += ["x", "", "héllo wörld", "-", "a,b"]
    elif leaf is Path:
        (tmp_path / "f.toml").write_text("", encoding="utf-8")
        values += [str(tmp_path / "f.toml"), str(tmp_path), str(tmp_path / "missing"), "", "-"]
        values += ["a\0b"]
    else:  # an Enum
        values += [m.value for m in leaf] + list(leaf) + ["nope", str(next(iter(leaf)).upper())]
    if leaf is not annotation:  # list[...]: also whole lists, mixed good and bad
        values += [[v for v in values[1:3]], tuple(values[1:2]), [values[1], "nope", values[1]]]
        values += [values[1]]  # a lone string for a list parameter: typer refuses it
    return values


def _outcome(runtime_param: Any, value: Any, param: Any, ctx: Context) -> tuple[str, Any]:
    try:
        return "ok", runtime_param.coerce(value, param=param, ctx=ctx)
    except BadParameter as exc:
        return "error", exc.format_message()


def test_every_parameter_is_seeded() -> None:
    command = _command()
    params = _all_params(command)
    assert len(params) > 30
    for _, param in params:
        assert type(param._runtime_param).__name__ == "FastRuntimeParam", param.name


def test_help_option_is_seeded_when_made() -> None:
    command = _command()
    ctx = Context(command, help_option_names=["-h", "--help"])
    option = command.get_help_option(ctx)
    assert type(option._runtime_param).__name__ == "FastRuntimeParam"


def test_same_values_and_messages_as_typer(tmp_path: Path) -> None:
    command = _command()
    compared = 0
    for owner, param in _all_params(command):
        ctx = Context(owner)
        theirs = typer_coercion.build_runtime_param(param.type_descriptor)
        for value in _samples(param, tmp_path):
            ours = _outcome(param._runtime_param, value, param, ctx)
            expected = _outcome(theirs, value, param, ctx)
            assert ours == expected, (param.name, value)
            assert type(ours[1]) is type(expected[1]), (param.name, value)
            compared += 1
    assert compared > 200


def test_plain_values_need_no_fallback(tmp_path: Path) -> None:
    """Valid values of every kind are coerced without typer's (pydantic) coercer."""
    (tmp_path / "f.toml").write_text("", encoding="utf-8")
    good = {
        bool: [True, False],
        int: ["0", "12", 3],
        str: ["x", ""],
        Path: [str(tmp_path / "f.toml"), str(tmp_path), str(tmp_path / "missing")],
    }
    command = _command()
    for owner, param in _all_params(command):
        annotation = param.type_descriptor.annotation
        is_list = getattr(annotation, "__origin__", None) is list
        leaf = annotation.__args__[0] if is_list else annotation
        values = good.get(leaf) or [m.value for m in leaf] + list(leaf)
        for value in values:
            param._runtime_param.coerce(
                [value] if is_list else value, param=param, ctx=Context(owner)
            )
        assert param._runtime_param.fallback == [], (param.name, leaf)


def test_typer_internals_missing_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(typer_coercion, "build_runtime_param")
    command = typer.main.get_command(app)
    assert seed_command(command) == 0
    assert all(p._runtime_param is None for _, p in _all_params(command))


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = run(list(args))
    return code, capsys.readouterr().err


def test_bad_int(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli(capsys, "check", "-j", "two", str(UE))
    assert code == 2
    assert err == (
        "resolve: error: Invalid value for '--jobs' / '-j': Input should be a valid integer,"
        " unable to parse string as an integer (see 'resolve check --help')\n"
    )
    code, err = _cli(capsys, "check", "--jobs", "-1", str(UE))
    assert code == 2 and "Input should be greater than or equal to 0" in err


def test_unusual_int_still_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    # typer (pydantic) takes " 2" and "1.0"; the fast path hands them over
    code, _ = _cli(capsys, "check", "-j", "1.0", "--output-format", "concise", str(UE))
    assert code == 0


def test_bad_enum(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli(capsys, "check", "--output-format", "xml", str(UE))
    assert code == 2
    assert err == (
        "resolve: error: --output-format: 'xml' is not one of"
        " full, concise, json, json-lines, github, sarif, junit\n"
    )


def test_bad_config_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, err = _cli(capsys, "check", "--config", str(tmp_path / "none.toml"), str(UE))
    assert (code, err) == (2, f"resolve: error: --config: {tmp_path / 'none.toml'}: no such file\n")
    code, err = _cli(capsys, "check", "--config", str(tmp_path), str(UE))
    assert (code, err) == (2, f"resolve: error: --config: {tmp_path}: no such file\n")


@pytest.mark.parametrize(
    "options",
    [
        ["--output-format=concise", "-j", "1"],  # '=': typer reads this line
        ["--output-format=full", "--profile", "un", "--select", "P"],
        ["-j1", "--config", str(UE)],  # a config path, through typer's Path coercion
    ],
)
def test_typer_path_does_not_import_pydantic(options: list[str]) -> None:
    proc = subprocess.run(
        [PY, "-X", "importtime", "-m", "resolve", "check", *options, str(UE)],
        capture_output=True,
        text=True,
        check=False,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()}
    assert "typer.core" in imported  # typer parsed it, under -X importtime
    assert "resolve.cli.check_run" in imported
    assert not {m for m in imported if m.split(".")[0] in ("pydantic", "pydantic_core")}
