"""Verb-led paragraphs under an organ line: recitals only before the first act.

A body that prints each paragraph as its verb, with no WHEREAS and no formula,
under one line naming itself, then closes with its enacting sentence:

    The Guild
    Recalls that the bridge was built in 1900.      (recital)
    Reaffirms its support for the bridge.           (clause: it affirms)
    Notes that repairs are late.                    (clause: after an act)
    Therefore, the Guild resolves to fund them.     (clause)

A noting verb (recalls, notes, regrets …) makes a recital only while no
operative paragraph (affirms, decides, requests, urges …) has come before it;
from the first operative paragraph on, every paragraph is a clause (counting
convention Q3 of tests/real/README.md).
"""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import marker_end

VERB_LED = re.compile(
    r"[ \t]*+[“\"‘']?(?:(?:Further|Also|Finally|Again|Strongly)[ \t]++[a-z]++|[A-Z][a-z]++)(?<=s)"
    r"[ \t]++(?:that|its|the|to|with|on|upon|all|an?)\b"
)
"""A paragraph opened by its verb in the third person, the body left to the line
above, and the verb's object: "Recalls that …", "Further observes that …",
"Reaffirms its …" (never a body's name, "Congress calls on …")."""
OPERATIVE_VERB = re.compile(
    r"[ \t]*+[“\"‘']?(?:(?:Further|Also|Finally|Again|Strongly)[ \t]++)?"
    r"(?i:re)?(?i:affirms|decides|approves|requests|calls[ \t]++(?:on|upon)|urges|instructs"
    r"|mandates|demands|empowers|expresses[ \t]++(?:its[ \t]++)?approval|resolves|directs)\b"
)
"""A verb-led paragraph that acts: "Reaffirms its commitment …", "Urges …"."""
_RUN = frozenset({"VERB", "TEXT", "PHRASE"})


def settle_noted_verbs(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """In a document with no WHEREAS and no formula, a run of verb-led
    paragraphs that ends on the enacting clause (THAT): from its first
    operative paragraph on, each is a clause (THAT)."""
    if any(k in ("WHEREAS", "FORMULA", "RESOLVES") for k in kinds):
        return
    for i, kind in enumerate(kinds):
        if kind != "THAT":
            continue
        j = i
        while j > 0 and kinds[j - 1] in _RUN and VERB_LED.match(ctx.text, units[j - 1].start):
            j -= 1
        if i - j < 2:
            continue
        first = next(
            (k for k in range(j, i) if OPERATIVE_VERB.match(ctx.text, units[k].start)),
            None,
        )
        if first is None:
            continue
        for k in range(first, i):
            kinds[k] = "THAT"


def after_verb_led(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is the motion paragraph unit ``i`` the next clause after a verb-led one
    ("Reaffirms …" / "Regrets …")? A verb-led paragraph is a whole act: what
    follows it is never its text."""
    return (
        i > 0
        and kinds[i] == kinds[i - 1] == "THAT"
        and VERB_LED.match(ctx.text, units[i - 1].start) is not None
    )


def _caps_caption(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a numbered caption in capitals alone on its line ("2. HARBOUR")?"""
    at = marker_end(ctx.text, u.start, u.end)
    words = ctx.text[at : u.end].strip()
    return (
        u.lines == 1 and 0 < len(words) <= 80 and at > u.start and words.upper() == words
    ) and any(c.isalpha() for c in words)


def captioned_statements(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each section of a body's statement begins, on a page with no formula
    and no WHEREAS: numbered captions in capitals ("1. HARBOUR" / "2. FERRY"), each
    over the body's noting or acting paragraph (PHRASE or THAT). Each caption
    heads its section's resolution (HEADING), so the recitals of the next section
    are not read as text of the clauses above."""
    if any(k in ("WHEREAS", "FORMULA", "RESOLVES") for k in kinds):
        return []
    found = [
        i
        for i in range(len(units) - 1)
        if kinds[i] == "MARKER"
        and kinds[i + 1] in ("PHRASE", "THAT")
        and _caps_caption(ctx, units[i])
    ]
    if len(found) < 2:
        return []
    for i in found:
        kinds[i] = "HEADING"
    return [units[i].start for i in found]
