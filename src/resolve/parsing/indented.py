"""Fixed-width text whose paragraphs are told only by a first-line indent, with
no blank line between them: cut before each indented line that opens a new
paragraph. Called from :func:`resolve.parsing.extracts.unglue`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

FIRST_LINE_INDENT = re.compile(r"\n([ \t]{3,12})(?=[A-Za-z])")
"""A line indented deeper than the flush text around it: a paragraph's first
line ("…there," / "     condemns …", "…at once." / "     Furthermore, …")."""


def indented_parts(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Cut a hard-wrapped paragraph of flush lines before each line with a
    first-line indent that follows a line ending a part of the sentence with a
    comma or semicolon ("…elections there," / "     condemns aggression …") or
    a sentence with a full stop ("…at once." / "     Furthermore, the …"): in
    fixed-width text that leaves no blank line between paragraphs, the indent is
    the only sign that a new paragraph (the next recital or operative part of
    the organ's one sentence) begins; each part is a unit of its own."""
    out: list[Unit] = []
    for u in units:
        flush = u.start == 0 or ctx.text[u.start - 1] == "\n"
        cuts = FIRST_LINE_INDENT.findall(ctx.text, u.start, u.end)
        if u.kind not in ("TEXT", "PHRASE") or not flush or not 0 < 3 * len(cuts) <= u.lines:
            out.append(u)
            continue
        start, kind = u.start, u.kind
        for m in FIRST_LINE_INDENT.finditer(ctx.text, u.start, u.end):
            line_end = m.start()
            if not ctx.text[start:line_end].rstrip().endswith((",", ";", ".")):
                continue
            out.append(ctx.piece(kind, start, line_end))
            start, kind = m.end(), "TEXT"
        out.append(u if start == u.start else ctx.piece(kind, start, u.end))
    return out
