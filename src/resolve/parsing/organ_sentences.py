"""A resolution printed as its organ's one run-on sentence in one paragraph:
"The Conference, having heard …; noting …; expresses concern …", or quoted
whole in a telegram after the teletype word for an opening quotation mark ("…
QUOTE THE CONFERENCE, CONSIDERING …, AND IN VIEW OF …, ADMITS …",
"RESOLUTION 9. QUOTE THE COUNCIL, HAVING HEARD …; DECIDES …. UNQUOTE"). The
organ is the formula, each run-in participle a recital, the verb in the third
person and what follows it the clause; the lines above are head, those after
"UNQUOTE" trailer. A ``BREAKS`` pass of :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.run_in import participles_then_verb

SENTENCE_ORGAN = re.compile(
    r"(?:(?<![^\s.])(QUOTE)[ \t]++|(?<![^\n]))((?:THE|The)[ \t]++(?:[A-Z][\w-]*+[ \t]++){0,4}?"
    r"(?i:Assembly|Council|Conference|Commission|Committee|Board|Congress|Meeting|Parties)"
    r"[ \t]*+,)[ \t\r\n]++"
)
"""The organ and its comma at a paragraph's start ("The Conference,") or after
the teletype quotation word ("QUOTE THE CONFERENCE,")."""
SENTENCE_PART = re.compile(r"[,;][ \t\r\n]++(?:(?i:and)[ \t\r\n]++)?(?=[A-Za-z])")
"""Where the next participle or the verb of the organ's sentence may begin."""
UNQUOTE = re.compile(r"[ \t\r\n]UNQUOTE\b")
"""The teletype word for the closing quotation mark."""
EXTRA_PRE = ("in view of",)
EXTRA_OPS = ("admits",)
"""Openers of such sentences that the UN vocabulary lacks: "in view of the fact
that …", "admits … as a member"."""
LATER = frozenset({"META", "TRAILER", "HEADING", "KEYVAL"})
"""What may follow a paragraph that is the organ's whole sentence."""


def organ_sentences(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Cut the organ's sentence into its organ, participles and verb (in
    place); the units above it are head. No resolution starts."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return []
    for i, u in enumerate(units):
        if kinds[i] not in ("TEXT", "MARKER"):
            continue
        m = SENTENCE_ORGAN.search(ctx.text, u.start, u.end)
        if m is not None and m.group(1) is None and (m.start() != u.start or kinds[i] != "TEXT"):
            m = None  # the plain sentence opens its paragraph
        if m is not None and m.group(1) is None and not all(k in LATER for k in kinds[i + 1 :]):
            m = None  # … and is the last paragraph of text
        cut = _cuts(ctx, m.end(), u.end) if m is not None else None
        if m is None or cut is None:
            continue
        stop = UNQUOTE.search(ctx.text, cut[1], u.end)
        edges = [m.start(2), *cut[0], cut[1], stop.start() if stop else u.end]
        pieces = [ctx.piece("TEXT", a, b) for a, b in pairwise(edges)]
        new_kinds = ["ORGAN", *(["PHRASE"] * len(cut[0])), "VERB"]
        if m.start() > u.start:
            pieces.insert(0, ctx.piece("TEXT", u.start, m.start()))
            new_kinds.insert(0, "META")
        if stop is not None:
            pieces.append(ctx.piece("TEXT", stop.start() + 1, u.end))
            new_kinds.append("META")
        for j in range(i):
            kinds[j] = "META"
        units[i : i + 1] = pieces
        kinds[i : i + 1] = new_kinds
        return []
    return []


def _cuts(ctx: Context, at: int, end: int) -> tuple[list[int], int] | None:
    """The starts of the organ's run-in participles from ``at`` (the first one
    there), and of its verb in the third person; None unless both are there."""
    pre, ops = ctx.pre.extended(EXTRA_PRE), ctx.ops.extended(EXTRA_OPS)
    if not pre.match(ctx.text[at : at + 80]):
        return None
    parts = SENTENCE_PART.finditer(ctx.text, at, end)
    return participles_then_verb(ctx.text, parts, end, pre, ops, [at])
