"""A reader for the small YAML subset of the repository's own YAML files.

PyYAML is not a dependency. :func:`load_yaml` reads block mappings and
sequences, ``|`` block scalars and scalars (:func:`scalar`): quoted strings,
``true``/``false`` and ``[a, b]`` flow sequences. Used by the tests of
``action.yml`` and ``.pre-commit-hooks.yaml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def scalar(text: str) -> Any:
    """The value of one scalar: a flow sequence, a quoted string, a boolean or plain text."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return [scalar(part) for part in text[1:-1].split(",") if part.strip()]
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1].encode().decode("unicode_escape")
    if text in ("true", "false"):
        return text == "true"
    return text


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.i = 0

    def _skip(self) -> None:
        while self.i < len(self.lines):
            stripped = self.lines[self.i].strip()
            if stripped and not stripped.startswith("#"):
                return
            self.i += 1

    def _indent(self) -> int:
        self._skip()
        if self.i >= len(self.lines):
            return -1
        line = self.lines[self.i]
        return len(line) - len(line.lstrip(" "))

    def block(self, indent: int) -> Any:
        if self.lines[self.i].strip().startswith("- "):
            return self._sequence(indent)
        return self._mapping(indent)

    def _sequence(self, indent: int) -> list[Any]:
        items: list[Any] = []
        while self._indent() == indent and self.lines[self.i].strip().startswith("- "):
            line = self.lines[self.i]
            # Re-read "- key: value" as "  key: value", a mapping two columns in.
            self.lines[self.i] = " " * (indent + 2) + line.strip()[2:]
            items.append(self._mapping(indent + 2))
        return items

    def _mapping(self, indent: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        while self._indent() == indent and not self.lines[self.i].strip().startswith("- "):
            text = self.lines[self.i].strip()
            key, sep, rest = text.partition(":")
            assert sep and (not rest or rest[0] == " "), f"line {self.i + 1}: {text!r}"
            assert key not in result, f"line {self.i + 1}: duplicate key {key!r}"
            rest = rest.strip()
            self.i += 1
            if rest == "|":
                result[key] = self._literal(indent)
            elif rest:
                result[key] = scalar(rest)
            else:
                deeper = self._indent()
                assert deeper > indent, f"line {self.i + 1}: empty value for {key!r}"
                result[key] = self.block(deeper)
        return result

    def _literal(self, indent: int) -> str:
        body: list[str] = []
        while self.i < len(self.lines):
            line = self.lines[self.i]
            if line.strip() and len(line) - len(line.lstrip(" ")) <= indent:
                break
            body.append(line)
            self.i += 1
        while body and not body[-1].strip():
            body.pop()
        margin = min(len(b) - len(b.lstrip(" ")) for b in body if b.strip())
        return "\n".join(b[margin:] for b in body) + "\n"


def load_yaml(path: Path) -> Any:
    """The document in ``path``, read as the YAML subset above."""
    reader = _Reader(path.read_text(encoding="utf-8"))
    data = reader.block(reader._indent())
    assert reader._indent() == -1, f"line {reader.i + 1}: not read"
    return data
