"""Freeze the builders into model nodes: clauses, recitals, resolutions, the Document."""

from __future__ import annotations

from dataclasses import replace

from resolve._text import collapse
from resolve.model import (
    Clause,
    Document,
    Heading,
    HeadingLineKind,
    Recital,
    RecitalOpener,
    Resolution,
    Separator,
    Suppression,
    Unknown,
)
from resolve.parsing.builders import ClauseB, RecitalB, ResB, skip_ws
from resolve.parsing.captions import title_of
from resolve.parsing.context import Context
from resolve.parsing.doubts import doubts
from resolve.parsing.lines import Line
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    OPENER,
    connector_start,
    ends_with,
    marker_end,
    match_lead,
    suppression_codes,
)


def _clause(ctx: Context, b: ClauseB, depth: int, subs: tuple[Clause, ...]) -> Clause:
    src = ctx.text
    own_stop = b.children[0].start if b.children else b.end
    own = src[b.start : own_stop].rstrip()
    pos = 0
    if b.marker is not None:
        pos = marker_end(src, b.start, own_stop) - b.start
    elif b.lead is not None:
        m = match_lead(own)
        pos = skip_ws(own, m.end(), len(own)) if m else 0
    cstart = connector_start(own)
    connector = collapse(own[cstart:]) or None
    if cstart < pos:
        connector, cstart = None, len(own)
    body = collapse(own[pos:cstart])
    verb = ctx.ops.match(own[pos : pos + 80])
    return Clause(
        ctx.spans.span(b.start, b.end),
        ctx.source,
        b.marker,
        b.style,
        b.number,
        b.lead,
        collapse(verb) if verb else None,
        body,
        connector,
        depth,
        subs,
    )


def build_clauses(ctx: Context, roots: list[ClauseB], depth0: int) -> tuple[Clause, ...]:
    """Freeze clause builders into Clause nodes without recursion."""
    for root in roots:
        _fix_ends(root)
    done: dict[int, Clause] = {}
    stack: list[tuple[ClauseB, int, bool]] = [(b, depth0, False) for b in reversed(roots)]
    while stack:
        b, depth, visited = stack.pop()
        if visited:
            subs = tuple(done.pop(id(c)) for c in b.children)
            done[id(b)] = _clause(ctx, b, depth, subs)
        else:
            stack.append((b, depth, True))
            stack.extend((c, depth + 1, False) for c in reversed(b.children))
    return tuple(done.pop(id(b)) for b in roots)


def _fix_ends(root: ClauseB) -> None:
    """A clause's span runs to the end of its last descendant."""
    order: list[ClauseB] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):
        if node.children:
            node.end = max(node.end, node.children[-1].end)


def _recital(ctx: Context, b: RecitalB) -> Recital:
    items = build_clauses(ctx, b.items.roots, 1)
    end = max([b.end, *(i.span.end.offset for i in items)])
    own = ctx.text[b.start : b.end].rstrip()
    pos = 0
    marker = None
    if b.kind in ("MARKER", "WHEREAS", "PHRASE"):
        pos = marker_end(ctx.text, b.start, b.end) - b.start
        marker = own[:pos].strip() or None
    opener: str | None = None
    kind = RecitalOpener.NONE
    m = OPENER.match(own, pos)
    if m:
        opener = collapse(m.group(1))
        kind = RecitalOpener.BECAUSE if m.group(2).lower() == "because" else RecitalOpener.WHEREAS
        pos = m.end()
    else:
        phrase = ctx.pre.match(own[pos : pos + 100])
        if phrase:
            opener = collapse(phrase)
            kind = RecitalOpener.PHRASE
    cstart = connector_start(own)
    connector = collapse(own[cstart:]) or None
    if cstart < pos:
        connector, cstart = None, len(own)
    return Recital(
        ctx.spans.span(b.start, end),
        ctx.source,
        opener,
        kind,
        collapse(own[pos:cstart]),
        connector,
        marker,
        items,
    )


def finish_resolution(ctx: Context, r: ResB) -> Resolution:
    """Freeze one resolution's builders."""
    spans = ctx.spans
    heading = None
    if r.heading:
        first, last = r.heading[0].span.start.offset, r.heading[-1].span.end.offset
        title = title_of(r.heading)
        number = next((h.value for h in r.heading if h.kind == HeadingLineKind.NUMBER), None)
        heading = Heading(spans.span(first, last), ctx.source, tuple(r.heading), title, number)
    preamble = tuple(_recital(ctx, b) for b in r.recitals)
    clauses = build_clauses(ctx, r.clauses.roots, 0)
    unknown = tuple(Unknown(spans.span(x.start, x.end), ctx.source, x.reason) for x in r.unknown)
    parts = [p.span for p in (*preamble, *clauses, *r.trailer, *unknown)]
    if heading:
        parts.append(heading.span)
    if r.formula:
        parts.append(r.formula.span)
    start = min(s.start.offset for s in parts)
    end = max(s.end.offset for s in parts)
    res = Resolution(
        spans.span(start, end),
        ctx.source,
        heading,
        preamble,
        r.formula,
        clauses,
        tuple(r.trailer),
        unknown,
    )
    found = doubts(res)
    return replace(res, doubts=found) if found else res


def _real_resolutions(
    finished: list[Resolution],
) -> tuple[tuple[Resolution, ...], tuple[Unknown, ...]]:
    """Split off prose that only looked like a resolution.

    In a file that holds a real resolution (one with a formula or clauses), a
    block with neither (an email's cover note, a report's introduction) is not
    another resolution: it is kept as unknown text outside every resolution.
    """
    if not any(_is_real(r) for r in finished) or all(_is_real(r) for r in finished):
        return tuple(finished), ()
    real = tuple(r for r in finished if _is_real(r))
    stray = tuple(
        Unknown(r.span, r.source, "text outside any resolution: no enacting formula and no clauses")
        for r in finished
        if not _is_real(r)
    )
    return real, stray


def _is_real(r: Resolution) -> bool:
    return r.enacting_formula is not None or (bool(r.clauses) and not _lone_bullet(r))


def _lone_bullet(r: Resolution) -> bool:
    """Is all that ``r`` holds as clauses one bulleted line with no sentence
    in it ("• No results found" atop a document-sharing page, then its chrome)?
    A page's menu or search result, not a resolution, when a real one follows."""
    if r.enacting_formula is not None or r.preamble or len(r.clauses) != 1:
        return False
    c = r.clauses[0]
    text = c.text.strip()
    return (
        (c.marker_style or "").startswith("bullet")
        and not c.subclauses
        and "\n" not in text
        and not ends_with(text, ".;:")
    )


def document(
    ctx: Context, built: list[ResB], furniture: list[Unit], suppress: list[Line]
) -> Document:
    """The Document: the resolutions built, suppression comments, separators
    (rules between sections and page furniture kept out of every part)."""
    spans = ctx.spans
    finished = [finish_resolution(ctx, r) for r in built]
    resolutions, stray = _real_resolutions(finished)
    sups = tuple(
        Suppression(
            spans.span(ln.start, ln.end),
            ctx.source,
            suppression_codes(ctx.text[ln.start : ln.end]),
        )
        for ln in suppress
        if ln.kind == "SUPPRESS"
    )
    seps = tuple(
        sorted(
            [
                *(
                    Separator(spans.span(ln.start, ln.end), ctx.source)
                    for ln in suppress
                    if ln.kind == "SEPARATOR"
                ),
                *(Separator(spans.span(u.start, u.end), ctx.source) for u in furniture),
            ],
            key=lambda sep: sep.span.start.offset,
        )
    )
    return Document(
        source=ctx.source,
        span=spans.span(0, len(ctx.text)),
        resolutions=resolutions,
        unknown=stray,
        suppressions=sups,
        separators=seps,
    )
