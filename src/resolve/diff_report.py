"""Amendments as text: plain sentences, Markdown for a pull request, and JSON.

The Rich view for a terminal is :mod:`resolve.render.diff_view`; these three
are plain strings, the same on any stream.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from resolve.differ import Amendment

__all__ = ["NONE_ELSEWHERE", "NONE_SAME", "to_json", "to_markdown", "to_plain"]

NONE_SAME = "the drafts have the same words in the same parts."
NONE_ELSEWHERE = (
    "the title, preamble, formula and clauses have the same words, "
    "but the drafts differ elsewhere (see the warning)."
)


def _none(outside: bool) -> str:
    return NONE_ELSEWHERE if outside else NONE_SAME


def to_plain(amendments: Sequence[Amendment], *, outside: bool = False) -> str:
    """One numbered sentence per amendment, or a line saying there are none
    (``outside``: the drafts differ outside the parts amendments name)."""
    if not amendments:
        return f"No amendments: {_none(outside)}\n"
    width = len(str(len(amendments)))
    lines = [f"{n:>{width}}. {a.sentence()}" for n, a in enumerate(amendments, 1)]
    noun = "amendment" if len(amendments) == 1 else "amendments"
    return "\n".join(lines) + f"\n\n{len(amendments)} {noun}.\n"


# Inline marks only: the text never starts a line, so block marks need no escape.
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~"})


def _md(text: str | None) -> str:
    return (text or "").translate(_MD_SPECIAL)


def to_markdown(amendments: Sequence[Amendment], *, outside: bool = False) -> str:
    """A Markdown list for a pull request: struck words ~~struck~~, inserted **bold**."""
    if not amendments:
        return f"**No amendments**: {_none(outside)}\n"
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


def to_json(amendments: Sequence[Amendment], *, outside: bool = False) -> str:
    """The JSON contract: ``{"amendments": [...]}`` (see ``diff-schema.json``), with
    ``"outside_changed": true`` added only when the drafts also differ outside
    the parts amendments name."""
    data: dict[str, object] = {"amendments": [a.to_dict() for a in amendments]}
    if outside:
        data["outside_changed"] = True
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
