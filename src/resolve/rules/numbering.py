"""Numbering rules (C001, C002, C009): numbers, markers and nesting of clauses."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from resolve._text import roman
from resolve.model import Clause, Resolution
from resolve.rules.base import Context, Hit

_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_DIGITS = re.compile(r"\d+")


def marker_family(clause: Clause) -> str | None:
    if not clause.marker_style:
        return None
    return clause.marker_style.split(":", 1)[0]


def _roman(text: str) -> int | None:
    total = 0
    prev = 0
    for ch in reversed(text.lower()):
        value = _ROMAN_VALUES.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


def _value(clause: Clause) -> int | None:
    family = (marker_family(clause) or "").lower()
    number = clause.number
    if not number:
        return None
    if family in ("arabic", "section"):
        m = _DIGITS.match(number)
        return int(m.group()) if m else None
    if family == "alpha" and len(number) == 1 and number.isalpha():
        return ord(number.lower()) - ord("a") + 1
    if family == "roman":
        return _roman(number)
    if family == "ordinal" and number.lower() in _ORDINALS:
        return _ORDINALS.index(number.lower()) + 1
    return None


def _marker_for(clause: Clause, value: int) -> str:
    family = marker_family(clause) or ""
    style = clause.marker_style or ""
    template = style.split(":", 1)[1] if ":" in style else ""
    marker = clause.marker or ""
    if family in ("alpha", "ALPHA"):
        text = chr(ord("a") + value - 1) if 1 <= value <= 26 else str(value)
        text = text.upper() if family == "ALPHA" else text
    elif family in ("roman", "ROMAN"):
        text = roman(value)
        text = text.upper() if family == "ROMAN" else text
    elif family == "ordinal":
        word = _ORDINALS[value - 1] if 1 <= value <= len(_ORDINALS) else str(value)
        word = word.capitalize() if marker[:1].isupper() else word
        return word + marker[len(clause.number or "") :]
    else:
        text = str(value)
    if "{}" in template:
        return template.replace("{}", text)
    if marker and clause.number and clause.number in marker:
        return marker.replace(clause.number, text, 1)
    return text


def _groups(ctx: Context, res: Resolution) -> Iterator[Sequence[Clause]]:
    yield res.clauses
    for clause in ctx.all_clauses(res):
        if clause.subclauses:
            yield clause.subclauses
    for recital in res.preamble:
        if recital.items:
            yield recital.items
            for item in recital.items:
                for sub in item.walk():
                    if sub.subclauses:
                        yield sub.subclauses


def _marker_hit(clause: Clause, message: str, help_text: str) -> Hit:
    # clause.text.find(marker) without copying the clause and its sub-clauses.
    span = clause.span
    at = clause.source.find(clause.marker or "", span.start.offset, span.end.offset)
    start = at if at >= 0 else span.start.offset
    return Hit(start, start + len(clause.marker or ""), message, help=help_text)


def numbering(ctx: Context) -> Iterator[Hit]:
    """Reports gaps, duplicates and restarts in clause numbering.

    ## What it does
    Within each list of clauses or sub-clauses, checks that numbers, letters,
    roman numerals and ordinals (``First,`` ``Second,``) run on by one.

    ## Why is this bad?
    A gap or duplicate shows a clause was added or deleted without renumbering;
    references such as "paragraph 3" then point at the wrong text.

    ## Example
    ```text
    1. Calls upon States to act;
    2. Encourages donors to give;
    4. Decides to remain seized of the matter.
    ```

    ## Use instead
    ```text
    1. Calls upon States to act;
    2. Encourages donors to give;
    3. Decides to remain seized of the matter.
    ```
    """
    for res in ctx.doc.resolutions:
        for group in _groups(ctx, res):
            last: dict[str, int] = {}
            for clause in group:
                value = _value(clause)
                family = marker_family(clause)
                if value is None or family is None:
                    continue
                prev = last.get(family)
                last[family] = value
                if prev is None:
                    continue
                expected = _marker_for(clause, prev + 1)
                if value == prev:
                    yield _marker_hit(
                        clause,
                        f'Unexpected duplicate number "{clause.marker}", expected "{expected}"',
                        "Renumber the clauses so each number appears once.",
                    )
                elif value == 1 and prev > 1:
                    yield _marker_hit(
                        clause,
                        f'Unexpected restart at "{clause.marker}", expected "{expected}"',
                        "Continue the numbering, or nest the list under its lead-in.",
                    )
                elif value > prev + 1:
                    yield _marker_hit(
                        clause,
                        f'Unexpected number "{clause.marker}", expected "{expected}"',
                        "Renumber the clauses without gaps.",
                    )
                elif value < prev:
                    yield _marker_hit(
                        clause,
                        f'Unexpected number "{clause.marker}" out of order, expected "{expected}"',
                        "Put the clauses in order and renumber them.",
                    )


def _style_key(clause: Clause) -> str | None:
    family = marker_family(clause)
    if family is None:
        return None
    if family == "bullet":
        return f"bullet:{(clause.marker or '').strip()}"
    if family in ("section", "ordinal"):
        return family
    return clause.marker_style


def mixed_markers(ctx: Context) -> Iterator[Hit]:
    """Reports sibling clauses marked in different styles.

    ## What it does
    Within one list, compares the markers: ``1.`` against ``2)``, ``-``
    against ``*``, ``(a)`` against ``b.``. The first marker sets the style,
    except a bullet before ``2.``: that bullet is a first number that the
    extraction turned into a bullet, and the numbers set the style.

    ## Why is this bad?
    Mixed markers at one level make the structure ambiguous: a reader cannot
    tell whether ``2)`` continues the list or begins a nested one.

    ## Example
    ```text
    1. Supports the campaign;
    2) Calls on locals to join.
    ```

    ## Use instead
    ```text
    1. Supports the campaign;
    2. Calls on locals to join.
    ```
    """
    for res in ctx.doc.resolutions:
        for parent in ctx.all_clauses(res):
            # "1." followed by "2)" is parsed as a nested list; it is really
            # the next sibling written with another marker.
            child = parent.subclauses[0] if parent.subclauses else None
            if child is None or child.marker_style == parent.marker_style:
                continue
            parent_value, child_value = _value(parent), _value(child)
            if (
                marker_family(child) == marker_family(parent)
                and parent_value is not None
                and child_value == parent_value + 1
            ):
                yield _marker_hit(
                    child,
                    f'Unexpected marker "{child.marker}", expected the style of "{parent.marker}"',
                    "Mark every item of one list the same way.",
                )
        for group in _groups(ctx, res):
            first: Clause | None = None
            first_key: str | None = None
            # A bullet before "2." stands for a lost "1.": the numbers set the style.
            items = group[1:] if _lost_first_number(group) else group
            for clause in items:
                key = _style_key(clause)
                if key is None:
                    continue
                if first is None:
                    first, first_key = clause, key
                    continue
                if key != first_key:
                    yield _marker_hit(
                        clause,
                        f'Unexpected marker "{clause.marker}", expected the style of '
                        f'"{first.marker}"',
                        "Mark every item of one list the same way.",
                    )


def _lost_first_number(group: Sequence[Clause]) -> bool:
    """A bullet first, then "2.", "3." …: extraction turned the first number
    into a bullet (PDF and web text do), so the list's style is the numbers'."""
    return (
        len(group) >= 2
        and marker_family(group[0]) == "bullet"
        and marker_family(group[1]) == "arabic"
        and _value(group[1]) == 2
    )


_LEVELS = ("arabic", "alpha", "roman")


def _level(clause: Clause) -> int | None:
    family = (marker_family(clause) or "").lower()
    return _LEVELS.index(family) if family in _LEVELS else None


def sublevel_order(ctx: Context) -> Iterator[Hit]:
    """Reports sub-clause levels nested in the wrong order.

    ## What it does
    Under ``un``, checks that numbered paragraphs hold lettered sub-paragraphs
    and lettered ones hold roman numerals: ``1.`` → ``(a)`` → ``(i)``.

    ## Why is this bad?
    The UN editorial manual fixes this order so that a reference such as
    "paragraph 2 (b) (ii)" is unambiguous; reversing levels breaks references.

    ## Example
    ```text
    2. Urges all States:
        (i) To ratify the Convention;
            (a) Without reservations;
    ```

    ## Use instead
    ```text
    2. Urges all States:
        (a) To ratify the Convention;
            (i) Without reservations;
    ```
    """
    for res in ctx.doc.resolutions:
        if ctx.profile_name(res) != "un":
            continue
        for parent in ctx.all_clauses(res):
            parent_level = _level(parent)
            if parent_level is None:
                continue
            for child in parent.subclauses:
                level = _level(child)
                if level is not None and level < parent_level:
                    expected = _LEVELS[min(parent_level + 1, 2)]
                    yield _marker_hit(
                        child,
                        f'Unexpected {_LEVELS[level]} marker "{child.marker}" inside '
                        f'"{parent.marker}", expected {expected} markers at this level',
                        "Nest sub-clauses as 1. → (a) → (i).",
                    )
