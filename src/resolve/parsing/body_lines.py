"""A formula whose only content is the resolving body, on its own line over
numbered items that each open with the body's verb.

"The staff therefore:" / "1. Asks …", "Our members accordingly —" / "(a)
Welcome …": the line names the body, in any case, with at most an adverb of
consequence ("therefore", "accordingly", "thus", "hence") and no verb; the
items under it are its clauses (Q7 of tests/real/README.md), and the prose
above it is the preamble its "therefore" leads on from. A plain regular
expression and one settle pass (registered in :mod:`resolve.parsing.passes`).
"""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import NAME_SMALL_WORDS, VERBISH, marker_end

BODY_ONLY_LINE = re.compile(
    r"[ \t]*+(?:The|THE|This|THIS|Our|OUR)[ \t]++(?P<body>[A-Za-z][\w&'’.-]*+(?:[ \t]++[A-Za-z][\w&'’.-]*+){0,5}?)"
    r"(?:,?[ \t]++(?P<so>(?i:therefore|accordingly|thus|hence)),?)?[ \t]*+(?::|[\u2014\u2013-]{1,2})[ \t]*+"
)
"""A body named alone on its line before its items: "The faculty therefore:",
"Our members accordingly —", "This Assembly:"."""
MAX_BODY_WORDS = 6
"""The most words a body's name has here."""


def _body_only(ctx: Context, u: Unit) -> re.Match[str] | None:
    """The match if unit ``u`` is one line naming only a body, no verb in it."""
    if u.lines != 1:
        return None
    m = BODY_ONLY_LINE.fullmatch(ctx.text, u.start, u.end)
    if m is None or VERBISH.search(m["body"]):
        return None
    words = m["body"].split()
    ok = len(words) <= MAX_BODY_WORDS and words[-1].lower() not in NAME_SMALL_WORDS
    return m if ok else None


def settle_body_lines(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A body-only line ("The faculty therefore:") right over a list item that
    opens with an operative verb ("1. Supports …") is the formula over that list:
    an organ line, whose items are clauses, or, with its adverb of consequence,
    the enacting sentence of the prose reasons above it."""
    for i in range(len(units) - 1):
        u, nxt = units[i], units[i + 1]
        if kinds[i] != "TEXT" or kinds[i + 1] != "MARKER":
            continue
        m = _body_only(ctx, u)
        after = marker_end(ctx.text, nxt.start, nxt.end)
        if m and after > nxt.start and ctx.ops.match(ctx.text[after : min(nxt.end, after + 80)]):
            kinds[i] = "RESOLVES" if m["so"] else "ORGAN"


VERB_PARAGRAPH = re.compile(r"[ \t]*+[A-Z][a-z]{2,20}+(?<![siu]s)(?<=s)[ \t]++[a-z]")
"""A paragraph that opens with a verb in the third person, in the form of the
body's items: "Remembers with gratitude …", "Looks forward to …" (not "Business
…", "Various …")."""
_LIST_STOPS = frozenset({"HEADING", "FORMULA", "RESOLVES", "WHEREAS", "TRAILER", "META"})
"""Kinds that end the items of an organ line."""


def settle_verb_paragraphs(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Under an organ line, once its items have begun, a prose paragraph that
    opens with a verb in the third person ("Remembers …") after an item ending
    with a semicolon is one more item, numbered or not."""
    listing = False
    for i, u in enumerate(units):
        k = kinds[i]
        if k == "ORGAN":
            listing = True
        elif k in _LIST_STOPS:
            listing = False
        elif (
            listing
            and k == "TEXT"
            and i > 0
            and kinds[i - 1] in ("MARKER", "VERB")
            and ctx.t(units[i - 1]).rstrip().endswith(";")
            and VERB_PARAGRAPH.match(ctx.text, u.start, u.end)
        ):
            kinds[i] = "VERB"
