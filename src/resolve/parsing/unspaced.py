"""A UN-style text whose extraction ran its paragraphs together with no space.

"…;NOTING …;CONVINCED that …;The Regional Forum decides to:(i)hold …;(ii)ask …":
the preambular phrases are split by :func:`resolve.parsing.extracts.glued_phrases`;
here the last of them gives up the organ's operative line glued after it (the
formula) and the items glued to their numerals after that (the clauses). Plain
regular expressions and one splitting step, registered in
:func:`resolve.parsing.extracts.unglue`.
"""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

GLUED_ORGAN_ACT = re.compile(
    r"(?<=[;.])(?P<organ>(?:The|This)[ \t]++[^\n,;:.]{1,60}?[ \t]++(?:hereby[ \t]++)?"
    r"(?i:decides|resolves|agrees|declares|demands|calls[ \t]++(?:on|upon))(?:[ \t]++to)?[ \t]*+:)"
    r"(?=\()"
)
"""The organ's operative line glued after the last preambular phrase and before
its first item: "…;The Regional Forum decides to:(i)…"."""
GLUED_NUMERAL = re.compile(r"(?<=[:;.])(?=\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)[a-z])")
"""Where the next item begins, its numeral glued to the punctuation before it and
to its first word: "…;(ii)ask …"."""


def unspaced_acts(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a preambular paragraph that runs on into the organ's operative line
    and its items with no space: the phrase (TEXT), the line (RESOLVES), each
    item (MARKER)."""
    out: list[Unit] = []
    for u in units:
        m = (
            GLUED_ORGAN_ACT.search(ctx.text, u.start, u.end)
            if u.kind == "TEXT" and ctx.pre.match(ctx.text[u.start : min(u.end, u.start + 60)])
            else None
        )
        if m is None:
            out.append(u)
            continue
        out.append(ctx.piece("TEXT", u.start, m.start("organ")))
        out.append(ctx.piece("RESOLVES", m.start("organ"), m.end("organ")))
        cuts = [c.start() for c in GLUED_NUMERAL.finditer(ctx.text, m.end(), u.end)]
        for a, b in zip([m.end(), *cuts], [*cuts, u.end], strict=True):
            if b > a:
                out.append(ctx.piece("MARKER", a, b))
    return out
