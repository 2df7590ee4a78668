"""Paragraphs above the first WHEREAS that are the preamble's first reason.

Prose between a resolution's head and its first WHEREAS is often a web page's
note about the resolution ("View the resolution in PDF here."), which heads
it. Two forms are the body's own reasons instead, a prose recital (as
tests/corpus/README.md counts a plain paragraph of the body before its
WHEREAS recitals):

    Harbour Valley Teachers (HVT) stands with the parents …   (the body speaks)

    Background: Since the directory moved online, fewer …     (labelled reasons)

The first is a sentence whose subject is the body, named by its words (an
article, its initials in brackets, as the case may be) with a verb in the
present; the second a paragraph of reasons under a label ("Rationale:",
"Background:", "Explanation:") that stands apart by blank lines, never one
line of a block of one-line fields ("Budget Implications: None" / "Rationale:
…" / "Submitted by: …"), which is the record's head.
"""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import NARRATES

_BODY_SPEAKS = re.compile(
    r"[ \t]*+(?:The[ \t]++)?[A-Z][\w&'’.-]*+"
    r"(?:[ \t]++(?:of[ \t]++(?:the[ \t]++)?|and[ \t]++|for[ \t]++)?[A-Z][\w&'’.-]*+){0,7}"
    r"(?:[ \t]++\([A-Z][\w&.-]*+\))?,?[ \t]++(?:(?:also|hereby|strongly|firmly)[ \t]++)?"
    r"(?!(?:is|was|has|does|goes|seems|appears|remains|means)\b)[a-z]{1,30}s\b"
)
"""A sentence whose subject is the body, named, and whose verb is in the present
("Harbour Valley Teachers (HVT) stands with …", "The Guild supports …"), never
a copula or a verb that states rather than acts ("… is", "… has")."""
_REASONS_LABEL = re.compile(
    r"[ \t]*+(?:\*\*)?(?i:rationale|background|explanation)(?:\*\*)?[ \t]*+:(?:\*\*)?[ \t]*+(?=\S)"
)
"""A label that names the paragraph after it as reasons, with text of its own
on the line: "Rationale: At the last conference …"."""


def body_speaks(text: str) -> bool:
    """Is ``text`` a paragraph in which the body, named as subject, states
    something in the present, and never speaks of "the resolution" from
    outside?"""
    return _BODY_SPEAKS.match(text) is not None and NARRATES.search(text) is None


def labelled_reasons(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is ``units[i]`` a paragraph of reasons under its label ("Rationale: …")
    that ends a sentence and stands apart by blank lines from the units before
    and after it (no field of a block of field lines)?"""
    u = units[i]
    text = ctx.t(u).rstrip()
    return (
        _REASONS_LABEL.match(text) is not None
        and text[-1:] in ".!?"
        and (i == 0 or ctx.text.count("\n", units[i - 1].end, u.start) >= 2)
        and (i + 1 >= len(units) or ctx.text.count("\n", u.end, units[i + 1].start) >= 2)
    )
