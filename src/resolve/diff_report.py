"""Amendments as text: plain sentences, Markdown for a pull request, and JSON.

The Rich view for a terminal is :mod:`resolve.render.diff_view`; these three
are plain strings, the same on any stream.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from resolve.differ import Amendment

__all__ = ["to_json", "to_markdown", "to_plain"]


def to_plain(amendments: Sequence[Amendment]) -> str:
    """One numbered sentence per amendment, or a line saying there are none."""
    if not amendments:
        return "No amendments: the drafts have the same words in the same parts.\n"
    width = len(str(len(amendments)))
    lines = [f"{n:>{width}}. {a.sentence()}" for n, a in enumerate(amendments, 1)]
    noun = "amendment" if len(amendments) == 1 else "amendments"
    return "\n".join(lines) + f"\n\n{len(amendments)} {noun}.\n"


# Inline marks only: the text never starts a line, so block marks need no escape.
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~"})


def _md(text: str | None) -> str:
    return (text or "").translate(_MD_SPECIAL)


def to_markdown(amendments: Sequence[Amendment]) -> str:
    """A Markdown list for a pull request: struck words ~~struck~~, inserted **bold**."""
    if not amendments:
        return "**No amendments**: the drafts have the same words in the same parts.\n"
    noun = "amendment" if len(amendments) == 1 else "amendments"
    out = [f"### {len(amendments)} {noun}", ""]
    for n, a in enumerate(amendments, 1):
        if a.op == "strike-and-insert":
            body = f"{_md(a.prefix())}~~{_md(a.old)}~~ and insert **{_md(a.new)}**."
        elif a.op == "insert":
            body = f"{_md(a.prefix())}**{_md(a.new)}**{_md(a.suffix())}"
        elif a.op == "strike":
            body = f"{_md(a.prefix())}~~{_md(a.old)}~~{_md(a.suffix())}"
        else:
            body = f"{_md(a.prefix())}*{_md(a.old)}*{_md(a.suffix())}"
        out.append(f"{n}. {body}")
    return "\n".join(out) + "\n"


def to_json(amendments: Sequence[Amendment]) -> str:
    """The JSON contract: ``{"amendments": [...]}`` (see ``diff-schema.json``)."""
    data = {"amendments": [a.to_dict() for a in amendments]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
