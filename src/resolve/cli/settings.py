"""``resolve check --show-settings``: the settings that apply to each file, and
where each value came from (``file:line``, the command line, or the default)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resolve.config import DEFAULT, KEYS

if TYPE_CHECKING:
    from resolve.cli.files import Target
    from resolve.config import Config

__all__ = ["show"]

_HIDDEN = {"source", "origins"}


def _toml(value: Any) -> str:
    """``value`` written as TOML would write it (strings JSON-quoted, which TOML reads)."""
    if isinstance(value, (frozenset, set)):
        value = sorted(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{json.dumps(str(k))} = {_toml(v)}" for k, v in value.items())
        return "{" + inner + "}" if inner else "{}"
    if hasattr(value, "label"):  # a Severity
        return json.dumps(value.label)
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _key(field_name: str) -> str:
    key = field_name.replace("_", "-")
    return key if key in KEYS else field_name


def settings_text(display: str, config: Config) -> str:
    """The settings of one file, one ``key = value  # origin`` line each."""
    lines = [f"# {display}", f"# configuration file: {config.source or 'none (defaults)'}"]
    rows = []
    for field in dataclasses.fields(config):
        if field.name in _HIDDEN:
            continue
        rows.append(
            (
                f"{_key(field.name)} = {_toml(getattr(config, field.name))}",
                config.origins.get(field.name, DEFAULT),
            )
        )
    width = max(len(row) for row, _ in rows)
    lines += [f"{row.ljust(width)}  # {origin}" for row, origin in rows]
    return "\n".join(lines) + "\n"


def show(targets: Sequence[Target], config_of: Callable[[Path], Config]) -> str:
    """The settings of every target, separated by blank lines."""
    from resolve.render.safe import safe_text

    blocks = [
        settings_text(safe_text(t.display, single_line=True), config_of(Path(t.path or t.display)))
        for t in targets
    ]
    return "\n".join(blocks)
