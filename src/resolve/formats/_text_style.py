"""House styles and small text helpers for the text writer and ``fmt``.

A :class:`Style` is what ``fmt`` writes for one profile. It is not a second
table: :func:`style_for` derives it from the profile that the rules check
against (:data:`resolve.profiles.PROFILES`), so a house style is declared once.
The helpers below respace connectors and apply casing. The writer itself is
:mod:`resolve.formats.text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from resolve._text import collapse
from resolve.profiles import PROFILES as _RULE_PROFILES
from resolve.profiles import Profile

__all__ = [
    "FULL_INDENT_DEPTH",
    "INDENT",
    "PROFILES",
    "Case",
    "Style",
    "indentation",
    "join_connector",
    "respace",
    "style_for",
]

Case = Literal["upper", "title"]


@dataclass(frozen=True, slots=True)
class Style:
    """The text conventions ``fmt`` writes. ``None`` means: keep the document's own."""

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

    @classmethod
    def from_profile(cls, p: Profile) -> Style:
        """The style ``fmt`` writes for the rules' profile ``p``."""
        sep = None if p.whereas_comma is None else ("," if p.whereas_comma else "")
        transitions = [c for c in p.last_recital_connectors if "therefore" in c.lower()]
        punct = {c[0] for c in transitions if c and not c[0].isalnum()}
        recital_ends = {c[0] for c in p.recital_connectors if c}
        return cls(
            whereas_case=p.keyword_case,
            whereas_sep=sep,
            keyword_case=p.keyword_case,
            that_case=p.resolved_that,
            transition_punct=punct.pop() if len(punct) == 1 else None,
            transition_cap=bool(transitions)
            and all(re.search(r"\b[A-Z][a-z]", c) for c in transitions),
            recital_end=recital_ends.pop() if len(recital_ends) == 1 else None,
            clause_end=bool(p.clause_connectors)
            and all(c.startswith(";") for c in p.clause_connectors),
        )


PROFILES: dict[str | None, Style] = {
    None: Style(),
    **{name: Style.from_profile(p) for name, p in _RULE_PROFILES.items()},
}
"""Profile name → text conventions, derived from :data:`resolve.profiles.PROFILES`.
``None``: the document's own conventions."""

INDENT = "    "
FULL_INDENT_DEPTH = 8
"""Levels that get a full :data:`INDENT` each; deeper ones get one more space per level."""
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_WORDS = re.compile(r"[^\W_]+")
_LEAD_KEYWORDS = frozenset(
    {"now", "therefore", "be", "it", "further", "finally", "also", "resolved", "and", "hereby"}
)


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
