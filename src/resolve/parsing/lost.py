"""Extractions that lost the headings of a resolution's parts: a web page that
rendered the WHEREAS and RESOLVED headings as nothing, leaving numbered lists.

Numbered paragraphs read as clauses before the enacting formula ("1. New York
State requires …" / "2. SPI's information …" / "It is resolved that") were the
preamble; with no formula at all, a numbered list that starts again at 1 marks
where the preamble ended and the clauses began. Pure tests over a resolution
being built, like :mod:`resolve.parsing.classify`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.model import HeadingLineKind, Trailer, TrailerKind
from resolve.parsing.builders import (
    ClauseB,
    RecitalB,
    ResB,
    clauses_to_recitals,
    heading_line,
    recitals_to_clauses,
)
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    MARKER,
    MD_HEADING,
    SENTENCE_END,
    ends_with,
    first_item,
    marker_end,
    match_lead,
)
from resolve.parsing.sentences import (
    BODY_DECIDED,
    INFINITIVE_DECISION,
    PARTICIPLE_OPENS,
    PARTICIPLE_REASON,
)

_THAT = re.compile(r"[\"“‘']?(?i:that)\b")
"""A numbered motion ("1. That the Council …"): its items are clauses wherever they stand."""


_INFINITIVE = re.compile(r"To[ \t]++[a-z]{3,}\b")
"""An operative paragraph in the infinitive, after a lost "RESOLVES:": "To thank …"."""


def _numbered(ctx: Context, roots: list[ClauseB], preamble: bool = True) -> bool:
    """Are ``roots`` one arabic-numbered list 1, 2, 3 … of plain paragraphs (no "That …";
    as a ``preamble``, no "RESOLVED, THAT …" either: an item that opens with a
    resolving lead is a clause)?"""
    if not roots or roots[0].style is None or not roots[0].style.startswith("arabic"):
        return False
    for n, c in enumerate(roots, start=1):
        if c.style != roots[0].style or c.number != str(n) or c.lead is not None:
            return False
        body = marker_end(ctx.text, c.start, c.end)
        if _THAT.match(ctx.text, body, c.end) or (preamble and match_lead(ctx.text, body, c.end)):
            return False
    return True


def numbered_preamble(ctx: Context, r: ResB) -> bool:
    """At its enacting formula, is all that resolution ``r`` holds a numbered list
    read as clauses, with no recital and no formula before it? Then the list was
    its preamble, its WHEREAS heading lost."""
    return r.formula is None and not r.recitals and _numbered(ctx, r.clauses.roots)


def lost_formula_list(ctx: Context, r: ResB, u: Unit) -> bool:
    """Is ``u`` the first of numbered "That …" items right after WHEREAS
    recitals, with no formula between ("WHEREAS, …," / "(1) That we reaffirm
    …;"), or of numbered "To …" items right after UN preambular paragraphs
    ("Mindful of …," / "1. To thank …")? A page that lost the formula line:
    the items are the clauses."""
    last = r.recitals[-1] if r.recitals else None
    if r.formula is not None or last is None or last.opener_kind not in ("whereas", "phrase"):
        return False
    if ends_with(ctx.t_range(last.start, last.end), ":") or last.items.roots:
        return False  # "WHEREAS, the Act provides:" / "(1) That …": the recital quotes it
    body = marker_end(ctx.text, u.start, u.end)
    if not first_item(ctx.text, u.start, u.end):
        return False
    if last.opener_kind == "phrase":
        # "Mindful of …," / "1. To thank the Director …": UN preambular paragraphs,
        # then the operative ones in the infinitive, their "RESOLVES:" lost.
        return _INFINITIVE.match(ctx.text, body, u.end) is not None
    return ctx.text.startswith("That ", body)


def restarted_list(ctx: Context, r: ResB) -> int:
    """With no formula and no recital, how many of ``r``'s clauses come before
    its numbered list starts again at 1 ("1." / "1. 2. 3. 4. 5."): the first list
    is the preamble, the second the clauses. 0 if the list never restarts, or
    restarts more than once."""
    roots = r.clauses.roots
    if r.formula is not None or r.recitals or len(roots) < 2:
        return 0
    starts = [k for k, c in enumerate(roots) if c.number == "1"]
    if len(starts) != 2 or starts[0] != 0:
        return 0
    k = starts[1]
    return k if _numbered(ctx, roots[:k]) and _numbered(ctx, roots[k:], preamble=False) else 0


def colon_paragraphs(ctx: Context, r: ResB, u: Unit) -> bool:
    """Is ``u``, after the clauses, one more of the plain paragraphs that a bare
    formula introduces? After a colon ("Therefore, be it resolved that:" / "In
    the absence of … ." / "The Faculty Senate directs … ."), each whole sentence
    is a clause: a page that lost the list's markers. After a comma ("Therefore
    be it resolved," / "NSLU will open …" / "In the event …"), only a list of
    lines that lost their markers: each clause one line, ``u`` on the next (a
    line item needs no final stop)."""
    f = r.formula
    roots = r.clauses.roots
    text = ctx.t(u)
    if f is None or not _bare_formula(ctx, r, ":,", run_in=True):
        return False
    last = ctx.text[roots[-1].start : roots[-1].end].rstrip()
    plain = (
        roots[-1].lead is None
        and (not roots[-1].children or _list_ended(ctx, roots[-1], u))
        and text[:1].isupper()
    )
    if not plain or _quote_closed(f.text, last):
        return False
    if f.text.rstrip().endswith(":") and SENTENCE_END.search(last) is not None:
        return SENTENCE_END.search(text.rstrip()) is not None
    return _line_list(ctx, roots, u)


_OPENS_QUOTE = re.compile(r"[ \t]*+[\"“‘]")
_CLOSES_QUOTE = re.compile(r"[.;!?][\"”’][ \t]*+$")


def _quote_closed(formula: str, last: str) -> bool:
    """Did the quotation opened before the formula ("“The Council … resolves
    that:") close at the end of the last clause ("… of the contract.”")? The
    quoted resolution is whole: what follows is the page's, not its paragraphs."""
    return _OPENS_QUOTE.match(formula) is not None and _CLOSES_QUOTE.search(last) is not None


def _bare_formula(ctx: Context, r: ResB, ends: str, run_in: bool = False) -> bool:
    """Does ``r``'s formula stand alone on its line, ending on one of ``ends``,
    over plain paragraphs none of which carries a marker ("BE IT RESOLVED AS
    FOLLOWS:" / "The Club shall …")? "RESOLVED: X …" is not bare, unless
    ``run_in`` and the formula, ending on a colon, opens its text
    (:func:`_opens_text`)."""
    f = r.formula
    roots = r.clauses.roots
    return (
        f is not None
        and bool(roots)
        and ends_with(f.text.rstrip(), ends)
        and f.span.end.offset <= roots[0].start
        and (
            "\n" in ctx.text[f.span.end.offset : roots[0].start]
            or (run_in and f.text.rstrip().endswith(":") and _opens_text(ctx, r))
        )
        and not r.clauses.marked
    )


def section_between(ctx: Context, r: ResB, u: Unit, nxt: str | None) -> bool:
    """Is ``u`` a Markdown section heading ("## Fees") between the plain
    paragraphs that a bare formula ending in a colon introduces, one more
    paragraph below it? It names the clauses below it and counts in no field
    (convention Q7: the paragraphs are the clauses)."""
    return (
        u.lines == 1
        and nxt in ("TEXT", "VERB", "RESOLVES")
        and MD_HEADING.match(ctx.text, u.start, u.end) is not None
        and _bare_formula(ctx, r, ":")
    )


def _list_ended(ctx: Context, c: ClauseB, u: Unit) -> bool:
    """Is ``u`` a paragraph below the list that clause ``c`` introduced with its
    own colon ("The Club shall charge these fees:" / "1. …" / "2. …"), a blank
    line between? The list is its content; ``u`` is no part of it."""
    own = ctx.text[c.start : c.children[0].start].rstrip()
    return own.endswith(":") and ctx.text.count("\n", c.end, u.start) >= 2


_HEAD_LINE = 100
"""The longest heading line over a formula that opens its text."""


def _opens_text(ctx: Context, r: ResB) -> bool:
    """Does ``r``'s formula open its text, with nothing above it but short
    heading lines ("Be it Resolved: X …" over more paragraphs, each a clause)?
    Under a meeting's narrative ("… moved the following resolution:") the
    paragraphs after "RESOLVED: X …" are the record's again."""
    return (
        not r.recitals
        and not r.unknown
        and all(
            h.span.end.offset - h.span.start.offset < _HEAD_LINE and "\n" not in h.text
            for h in r.heading
        )
    )


def _line_list(ctx: Context, roots: list[ClauseB], u: Unit) -> bool:
    """Is each of ``roots`` a single line, with no blank line between them, and
    ``u`` a single line right under the last?"""
    starts = [*(c.start for c in roots), u.start]
    ends = [*(c.end for c in roots), u.end]
    return all(
        "\n" not in ctx.text[a:b].rstrip() for a, b in zip(starts, ends, strict=True)
    ) and all(ctx.text.count("\n", b, a) == 1 for b, a in zip(ends, starts[1:], strict=False))


def report_paragraphs(ctx: Context, r: ResB) -> bool:
    """Is all that ``r`` holds a run of a report's numbered paragraphs ("381. The
    Conference noted …", "382. …"), with no formula, no recital and no trailer?"""
    roots = r.clauses.roots
    return (
        r.formula is None
        and not r.recitals
        and not r.trailer
        and bool(roots)
        and all(c.style is not None and c.style.startswith("arabic") for c in roots)
        and all(c.lead is None and not c.children for c in roots)
    )


def bare_text(ctx: Context, done: list[ResB]) -> None:
    """A document with no formula and no clause anywhere, whose paragraphs open
    with no recital opener and no list marker, one of them a decision told
    with the body as its subject ("The Board adopted the agenda …", "The
    Conference of the Parties, in Decision 8, decided to …"), or each of them a
    decision's paragraph in the infinitive ("To request that the Panel …"): nothing enacts
    them, so they are what the body adopted, its clauses, not the preamble of
    a missing resolution (as the labels of such texts count them). A text with
    any WHEREAS, participle or marker, or no such decision (a letter, a
    notice), is left alone. So is read a list of resolutions each under its own
    numbered heading over one plain paragraph (:func:`_lone_paragraph`)."""
    if any(r.formula is not None or r.clauses.roots for r in done):
        return
    numbered = [r for r in done if any(h.kind is HeadingLineKind.NUMBER for h in r.heading)]
    lone = len(numbered) >= 2 and all(_lone_paragraph(r) for r in numbered)
    for r in done:
        if (lone and r in numbered) or (
            r.recitals
            and all(x.opener_kind == "none" and x.kind != "MARKER" for x in r.recitals)
            and (
                any(BODY_DECIDED.match(ctx.text, x.start, x.end) for x in r.recitals)
                or all(INFINITIVE_DECISION.match(ctx.text, x.start, x.end) for x in r.recitals)
            )
        ):
            recitals_to_clauses(r)
        elif (k := _therefore_hinge(ctx, r)) > 0:
            _operative_from(ctx, r, k)


_THEREFORE_ACTS = re.compile(
    r"[\"“]?(?:(?:We|It)[ \t]++|(?:The|This|Our)[ \t]++(?:[A-Z][\w&'’.-]*+[ \t]++){1,6}?"
    r"|(?:We|WE),[ \t]++(?:the|THE)[ \t]++[^,;:\n]{1,80}?,[ \t]++)therefore,?[ \t]++"
    r"(?:hereby[ \t]++)?(?!(?:is|are|was|were|be|been|follows?|seems?|appears?|must|should|can"
    r"|could|may|might|would|will|shall|have|has|had|do|does|did|not|need|ought)\b)[a-z]{3,}+[ \t]"
)
"""The sentence by which a statement with no formula acts, its body the subject of
"therefore" and a verb in the present: "We therefore create this council …", "The
Assembly therefore establishes …" (not reasoning: "It therefore follows …")."""
_PAGE_LABEL = re.compile(r"[A-Z][\w'’-]*+(?:[ \t]++[A-Za-z][\w'’-]*+){0,3}+\s*+")
"""A page's label after the text, a line of a few words with no stop: "Related Links"."""


def _therefore_hinge(ctx: Context, r: ResB) -> int:
    """The first of ``r``'s plain prose paragraphs (none before it the first) that
    opens with the body acting "therefore"; 0 when there is none. The paragraphs
    before it may open with a participle ("Having heard …; and noting …,")."""
    if len(r.recitals) < 2 or any(
        x.opener_kind not in ("none", "phrase") or x.kind == "MARKER" for x in r.recitals
    ):
        return 0
    k = next(
        (
            k
            for k, x in enumerate(r.recitals)
            if k and _THEREFORE_ACTS.match(ctx.text, x.start, x.end)
        ),
        0,
    )
    return k if all(x.opener_kind == "none" for x in r.recitals[k:]) else 0


def _operative_from(ctx: Context, r: ResB, k: int) -> None:
    """The paragraphs of ``r`` from the ``k``-th on are what the body adopted, each
    a clause (as a statement with no formula is counted); those before are its
    preamble, and a page's label left below them is its trailer."""
    keep, rest = r.recitals[:k], r.recitals[k:]
    last = rest[-1]
    if len(rest) > 1 and _PAGE_LABEL.fullmatch(ctx.text, last.start, last.end):
        rest.pop()
        span = ctx.spans.span(last.start, last.end)
        r.trailer.append(Trailer(span, ctx.source, TrailerKind.OTHER))
    r.recitals[:] = rest
    recitals_to_clauses(r)
    r.recitals[:] = [part for x in keep for part in _reasons(ctx, x)]


def _reasons(ctx: Context, x: RecitalB) -> list[RecitalB]:
    """Preamble paragraph ``x`` cut at each reason a participle opens after "; and"
    ("Having adopted …; and having also concluded …; and recognizing …,"), when
    the paragraph opens with a participle too; else ``x`` whole."""
    if x.items.roots or not PARTICIPLE_OPENS.match(ctx.text, x.start, x.end):
        return [x]
    cuts = [m.end() for m in PARTICIPLE_REASON.finditer(ctx.text, x.start, x.end)]
    parts = []
    for a, b in pairwise([x.start, *cuts, x.end]):
        while b > a and ctx.text[b - 1].isspace():
            b -= 1
        parts.append(RecitalB(a, b, x.kind, opener_kind=x.opener_kind))
    return parts


def _lone_paragraph(r: ResB) -> bool:
    """Does ``r`` hold one plain paragraph only (no recital opener, no marker)? Under
    its own numbered heading ("Resolution #2 – Title of the Director" / "The Director
    shall be …", or a provision quoted whole), in a list of such resolutions with no
    formula anywhere, that paragraph is the text adopted: its clause."""
    return (
        len(r.recitals) == 1
        and r.recitals[0].opener_kind == "none"
        and r.recitals[0].kind != "MARKER"
    )


STATEMENT_MIN_WORDS = 5
"""Words each statement of a list with lost part headings holds: a sentence
("The fee has not changed since 2040"), not an agenda's item ("Apologies")."""
SUBJECT_INFINITIVE = re.compile(r"[ \t]*+For[ \t]++[^.;:\n]{1,80}?[ \t]to[ \t]++[a-z]{3,}+[ \t]")
"""An act in the infinitive with its subject: "For the officers to sign …"."""
_Entry = tuple[int, int, list[ClauseB], bool]
"""A paragraph of a resolution being settled: start, end, sub-items, list item?"""


def _family(ctx: Context, start: int) -> str | None:
    """The marker family of the list item at ``start``: its bullet, or the form
    of its number ("(a)", "1.")."""
    m = MARKER.match(ctx.text, start)
    if m is None:
        return None
    return m.group("bullet") or m.lastgroup


def lost_part_headings(ctx: Context, done: list[ResB]) -> None:
    """A page that lost the headings of a motion's parts ("notes", "believes",
    "resolves"), leaving one list, with no formula and no clause anywhere: its
    items run from statements ("The fee has not changed since 2040") to acts in
    the infinitive ("To ask the Treasurer to …"). The statements are the
    recitals, the infinitive items the clauses (README: one recital per
    preamble paragraph, one clause per resolving item), the paragraphs above
    the list head and those below it trailer."""
    if any(r.formula is not None for r in done):
        return
    for r in done:
        if r.clauses.roots:
            # Read as clauses (a list with no formula): its statements were the preamble.
            roots = r.clauses.roots
            if not r.recitals and all(c.lead is None for c in roots):
                first = _statements(ctx, [(c.start, c.end, c.children, True) for c in roots])
                if first:
                    clauses_to_recitals(r, first)
            continue
        entries: list[_Entry] = []
        for x in r.recitals:
            if x.items.roots:
                entries.append((x.start, x.end, [], False))
                entries.extend((c.start, c.end, c.children, True) for c in x.items.roots)
            else:
                entries.append((x.start, x.end, [], x.kind == "MARKER"))
        _split_list(ctx, r, entries)


def _statements(ctx: Context, items: list[_Entry]) -> int:
    """How many of ``items``, one list of at least three items of one marker
    family, are statements before the rest, each an act in the infinitive; 0
    when they do not read so."""
    if len(items) < 3 or len({_family(ctx, a) for a, _, _, _ in items}) != 1:
        return 0
    acts = [
        INFINITIVE_DECISION.match(ctx.text, at := marker_end(ctx.text, a, b), b) is not None
        or SUBJECT_INFINITIVE.match(ctx.text, at, b) is not None
        for a, b, _, _ in items
    ]
    first = acts.index(True) if any(acts) else 0
    if first == 0 or not all(acts[first:]):
        return 0
    for a, b, _, _ in items[:first]:
        statement = ctx.text[marker_end(ctx.text, a, b) : b]
        if len(statement.split()) < STATEMENT_MIN_WORDS or ends_with(statement, ":"):
            return 0
    return first


def _split_list(ctx: Context, r: ResB, entries: list[_Entry]) -> None:
    """Settle ``r`` as :func:`lost_part_headings` reads it, if its ``entries``
    hold one such list."""
    items = [k for k, e in enumerate(entries) if e[3]]
    if not items or items[-1] - items[0] != len(items) - 1:
        return
    first = _statements(ctx, [entries[k] for k in items])
    if not first:
        return
    for a, b, _, _ in entries[: items[0]]:
        r.heading.append(heading_line(ctx, Unit("TEXT", a, b), HeadingLineKind.META))
    r.recitals.clear()
    for a, b, children, _ in (entries[k] for k in items[:first]):
        rec = RecitalB(a, b, "MARKER")
        rec.items.roots.extend(children)
        r.recitals.append(rec)
    for a, b, children, _ in (entries[k] for k in items[first:]):
        clause = ClauseB(a, b, None, None, None, None, 0)
        clause.children.extend(children)
        r.clauses.roots.append(clause)
    r.clauses.close()
    for a, b, _, _ in entries[items[-1] + 1 :]:
        r.trailer.append(Trailer(ctx.spans.span(a, b), ctx.source, TrailerKind.OTHER))
