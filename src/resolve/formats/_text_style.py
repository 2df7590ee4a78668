"""House styles and small text helpers for the canonical text writer.

:data:`PROFILES` maps each profile to its :class:`Style` (casing of openers and
keywords, connector punctuation, bullets, list numbering); the helpers below
respace connectors, apply casing and render list numbers. The writer itself
is :mod:`resolve.formats.text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from resolve._text import collapse

__all__ = [
    "FULL_INDENT_DEPTH",
    "INDENT",
    "PROFILES",
    "Case",
    "Style",
    "format_number",
    "indentation",
    "join_connector",
    "respace",
    "style_for",
]

Case = Literal["upper", "title"]


@dataclass(frozen=True, slots=True)
class Style:
    """The text conventions of one profile. ``None`` means: keep the document's own."""

    whereas_case: Case | None = None
    """Casing of ``WHEREAS``/``BECAUSE`` openers."""
    whereas_sep: str | None = None
    """What follows the opener: ``","`` (``WHEREAS, the``) or ``""`` (``Whereas the``)."""
    keyword_case: Case | None = None
    """Casing of ``RESOLVED``, ``BE IT FURTHER``, ``NOW, THEREFORE`` in leads."""
    that_case: str | None = None
    """``That`` or ``that`` after ``RESOLVED,``."""
    transition_punct: str | None = None
    """Punctuation before ``now, therefore, be it`` at the end of the last recital."""
    transition_cap: bool = False
    """Capitalise that transition (``: Now, therefore, be it``)."""
    recital_end: str | None = None
    """Punctuation ending a recital that is followed by another (``;`` or ``,``)."""
    clause_end: bool = False
    """End clauses with ``;`` and the last top-level clause with ``.``."""
    bullet: str | None = None
    """Bullet character for bulleted lists."""
    numbering: tuple[str, ...] = ()
    """Marker styles by depth (depth 0 first) for numbered lists; empty keeps the document's."""


PROFILES: dict[str | None, Style] = {
    None: Style(),
    "ronr": Style(
        whereas_case="upper",
        whereas_sep=",",
        keyword_case="upper",
        that_case="That",
        transition_punct=";",
        recital_end=";",
        clause_end=True,
        bullet="-",
        numbering=("arabic:{}.", "alpha:({})", "roman:({})"),
    ),
    "gpo": Style(
        whereas_case="title",
        whereas_sep="",
        keyword_case="title",
        that_case="That",
        transition_punct=":",
        transition_cap=True,
        recital_end=";",
        clause_end=True,
        bullet="-",
        numbering=("arabic:({})", "ALPHA:({})", "roman:({})", "ROMAN:({})"),
    ),
    "un": Style(
        recital_end=",",
        clause_end=True,
        bullet="-",
        numbering=("arabic:{}.", "alpha:({})", "roman:({})"),
    ),
    "convention": Style(
        whereas_case="upper",
        whereas_sep=",",
        keyword_case="upper",
        that_case="that",
        transition_punct=";",
        recital_end=";",
        clause_end=True,
        bullet="-",
    ),
    "board": Style(
        whereas_case="upper",
        whereas_sep=",",
        keyword_case="upper",
        that_case="that",
        transition_punct=";",
        recital_end=";",
        clause_end=True,
        bullet="-",
    ),
}
"""Profile name → text conventions. ``None``: the document's own conventions."""

INDENT = "    "
FULL_INDENT_DEPTH = 8
"""Levels that get a full :data:`INDENT` each; deeper ones get one more space per level."""
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_WORDS = re.compile(r"[^\W_]+")
_LEAD_KEYWORDS = frozenset(
    {"now", "therefore", "be", "it", "further", "finally", "also", "resolved", "and", "hereby"}
)
_RENUMBERED = ("arabic", "alpha", "roman", "ALPHA", "ROMAN")


def style_for(profile: str | None) -> Style:
    """The :class:`Style` of ``profile``; ``ValueError`` on an unknown profile."""
    key = profile.strip().lower() if profile else None
    if key not in PROFILES:
        names = ", ".join(sorted(p for p in PROFILES if p))
        raise ValueError(f"unknown profile {profile!r} (expected one of: {names})")
    return PROFILES[key]


# -- small text helpers ------------------------------------------------------------


def respace(text: str) -> str:
    """Normalise spacing in a connector: ``; and`` stays, ``;and`` → ``; and``, `` ;`` → ``;``."""
    leading = " " if text[:1].isspace() and text.strip().startswith("-") else ""
    out = collapse(text)
    out = re.sub(r"\s+(?=[;,.:])", "", out)
    out = re.sub(r"(?<=[;,:])(?=[A-Za-z])", " ", out)
    return leading + out


def indentation(depth: int) -> str:
    """The indentation of a sub-clause at ``depth`` (0: a top-level clause).

    Four spaces per level down to :data:`FULL_INDENT_DEPTH` (32 columns), then
    one space per level. Each level must still be indented further than its
    parent, or the text would not parse back to the same nesting; but four
    columns a level made a clause nested 1,000 deep a 4,000-column line (2 MB
    of spaces for 1,000 lines). Real documents stop long before level 8.
    """
    if depth <= FULL_INDENT_DEPTH:
        return INDENT * depth
    return INDENT * FULL_INDENT_DEPTH + " " * (depth - FULL_INDENT_DEPTH)


def _case(word: str, case: Case, first: bool) -> str:
    if case == "upper":
        return word.upper()
    return word.capitalize() if first else word.lower()


def join_connector(body: str, connector: str | None) -> str:
    if not connector:
        return body
    if not body:
        return connector
    if connector[0].isalnum() or connector.startswith(" "):
        return body + (connector if connector.startswith(" ") else " " + connector)
    return body + connector


def format_number(n: int, family: str) -> str:
    """``3`` → ``3`` / ``c`` / ``iii`` / ``C`` / ``III`` for the marker family."""
    if family == "arabic":
        return str(n)
    if family in ("alpha", "ALPHA"):
        letters = ""
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters.upper() if family == "ALPHA" else letters
    numerals = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    out = ""
    for value, numeral in numerals:
        while n >= value:
            out += numeral
            n -= value
    return out.upper() if family == "ROMAN" else out


@cache
def _family_shape(style: str | None) -> tuple[str, str] | None:
    if not style or ":" not in style:
        return None
    family, shape = style.split(":", 1)
    if family not in _RENUMBERED or "{}" not in shape:
        return None
    return family, shape
