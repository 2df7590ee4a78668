"""Head matter of web pages and records: what stands above a resolution's
preamble and is none of its parts.

A page's introduction to the resolution ("The following resolution, presented
by …, was passed …"), a database record's field lines without colons
("Authored by …", "Result n/a"), a status line over a clear-language text
("- Adopted with minor amendment"), a page's links and notes. Pure tests over
paragraph units, like :mod:`resolve.parsing.classify`, whose cues they use.
"""

from __future__ import annotations

import re

from resolve.model import TrailerKind
from resolve.parsing.builders import ResB
from resolve.parsing.classify import head_list, note_item
from resolve.parsing.context import Context
from resolve.parsing.head_cues import PREAMBLE_HEADING
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    ADOPTED,
    BULLETS,
    DATE,
    DATE_IN_TEXT,
    EMPTY_FIELD,
    FIELD_LABEL,
    HEREBY,
    INTRO,
    NARRATES,
    REPORTED_ADOPTION,
    marker_end,
)
from resolve.parsing.patterns import trailer_kind as trailer_words

_REFERENCE = re.compile(r"[ \t]*+\((?=[^\n]{0,60}\d)[A-Z][^\n]{1,60}\)[ \t]*+")
"""A line that only cites a document in brackets: "(CM(2011)24 corr3)", "(GB.301/7,
paragraphs 3, 4 and 5.)"."""
_DOC_REFERENCE = re.compile(
    r"[ \t]*+(?:(?i:annex|attachment|appendix|addendum)(?:[ \t]++[IVX\d]{1,4})?[ \t]++to[ \t]++)?"
    r"(?:DOC\.|Doc\.|Document|document)[ \t]*+(?=[^\n]{0,40}\d)[A-Z][\w./()-]{0,40}"
    r"(?:[ \t]*+\((?i:rev|corr|add)\.?[ \t]*+\d{0,2}\))?[ \t.]*+"
)
"""A line that only cites the document a text is printed in or annexed to: "Annex
to DOC. C.4.12 (Rev.)", "Document A/CONF.48/14/Rev.1"."""


_BILL_LABEL = r"(?:[A-Z]\.[ \t]*+){2,4}No\.(?:[ \t]*+\d{1,4})?"
_SESSION_STATUS = re.compile(
    rf"[ \t]*+{_BILL_LABEL}\.?[ \t]*+"
    rf"|[^\n]{{0,200}}?(?:{_BILL_LABEL}|\d{{1,4}})[;,][ \t]*+Approved[ \t]++[A-Z][a-z]{{2,8}}\.?"
    r"[ \t]++\d{1,2},[ \t]*+\d{4}\.?[ \t]*+"
)
"""A session law's status under its title, as a compilation prints it: "C. J. R.
No. 3; Approved January 24, 1905." (glued to the title or split by the page
layout into "4; Approved …" and "C. J. R. No.")."""


SHARE_LINK = re.compile(
    r"[ \t]*+(?:[•*·-][ \t]*+)?(?:(?i:share)(?:[ \t]++(?i:on|via))?[ \t]++)?"
    r"(?i:facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|e-?mail|print|copy[ \t]++link)"
    r"(?:[ \t]*+-?[ \t]*+(?i:icon))?[ \t]*+"
)
"""A page's share button on a line of its own: "• Facebook-icon", "Share on
Twitter", "Email", "Print"."""
FORM_FIELD_NOTE = re.compile(
    r"[ \t]*+(?:[•*·-][ \t]*+)?(?i:this[ \t]++field[ \t]++is[ \t]++for[ \t]++validation[ \t]++purposes"
    r"[ \t]++and[ \t]++should[ \t]++be[ \t]++left[ \t]++unchanged)\.?[ \t]*+(?:\n|$)"
)
"""The hidden field of a web page's contact or share form that the page's text
keeps ("• This field is for validation purposes and should be left unchanged."):
page furniture, with whatever line the layout joined to it."""


def settle_share_links(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A block of two or more share buttons, one a line ("Facebook" / "Twitter" /
    "Email"), or a form's hidden-field note: page furniture (META), never the
    clauses of a resolution."""
    run: list[int] = []
    for i, u in enumerate([*units, None]):
        if u is not None and u.lines == 1 and SHARE_LINK.fullmatch(ctx.text, u.start, u.end):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                kinds[j] = "META"
        run = []
    for i, u in enumerate(units):
        if FORM_FIELD_NOTE.match(ctx.text, u.start, u.end) is not None:
            kinds[i] = "META"  # "• This field is for validation purposes …"


def settle_references(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A one-line document reference in brackets ("(CM(2011)24 corr3)" under an
    item's caption, "(GB.301/7, paragraphs 3 and 4.)" under a decision) or to the
    document it is annexed to ("Annex to DOC. C.4.12 (Rev.)"), or a
    session law's status line ("H. B. No. 12; Approved March 3, 1905."), is a
    field of the record (META), no recital or clause."""
    for i, u in enumerate(units):
        if u.lines == 1 and (
            (kinds[i] == "TEXT" and _REFERENCE.fullmatch(ctx.text, u.start, u.end))
            or (kinds[i] == "TEXT" and _DOC_REFERENCE.fullmatch(ctx.text, u.start, u.end))
            or (
                kinds[i] in ("TEXT", "MARKER")
                and _SESSION_STATUS.fullmatch(ctx.text, u.start, u.end)
            )
        ):
            kinds[i] = "META"


def settle_preamble_label(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A label line that names the preamble below it ("Background", "Preamble:")
    alone on its line, read with the paragraph under it as one rationale block
    (the scanner's trailer word takes the next line when no blank line parts
    them), while a formula or recital opener stands below: the label is head
    (META), the paragraph its own prose (TEXT), the first reason of the
    preamble, never a trailer above the text it explains."""
    found = [
        i
        for i, u in enumerate(units)
        if kinds[i] == "TRAILER"
        and u.lines >= 2
        and any(k in ("FORMULA", "WHEREAS") for k in kinds[i + 1 :])
        and (eol := ctx.text.find("\n", u.start, u.end)) > 0
        and PREAMBLE_HEADING.fullmatch(ctx.text, u.start, eol) is not None
    ]
    for i in reversed(found):
        u = units[i]
        eol = ctx.text.index("\n", u.start, u.end)
        units[i : i + 1] = [ctx.piece("META", u.start, eol), ctx.piece("TEXT", eol + 1, u.end)]
        kinds[i : i + 1] = ["META", "TEXT"]


def settle_title_quote(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A web page's title line that opens with the resolution's number and runs
    on into its text ("A/RES/12: The Assembly, Having examined …;"), the number
    standing again further down on a line of its own ("A/RES/12:"): the long
    line is the page's title (META), the short one the resolution's number."""
    heads = [i for i, k in enumerate(kinds) if k == "HEADING"]
    below: set[str] = set()  # the headings after the one read (read from the last)
    for i in reversed(heads):
        long = ctx.t(units[i]).strip()
        # A heading below is the line up to a blank: "R/12: The …" over "R/12:", never
        # "R/12" over "R/1" (each blank's prefix looked up, not every heading compared).
        if any(c.isspace() and long[:k] in below for k, c in enumerate(long)):
            kinds[i] = "META"
        below.add(long)


def introduces_preamble(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is prose unit ``i`` a web page's or newsletter's introduction to the
    resolution below it: only prose stands between it and the first WHEREAS,
    and it or that prose speaks of "the resolution" from outside ("Via the
    chapter president:" / "Attached is the chapter's resolution …"), with no
    "hereby" ("The undersigned hereby adopt the following resolutions:" is the
    body speaking, a prose recital)?"""
    narrates = reports = False
    for j in range(i, min(len(kinds), i + 5)):
        if kinds[j] == "WHEREAS":
            return narrates
        if kinds[j] == "FORMULA":
            # Straight to "Resolved, that …": only a note that reports the
            # adoption itself ("This vote unanimously approved making
            # resolution votes transparent. It was passed on March 30, 2012.").
            return reports
        if kinds[j] not in ("TEXT", "META", "KEYVAL", "HEADING"):
            return False
        text = ctx.t(units[j])
        if HEREBY.search(text) is not None:
            return False
        narrates = narrates or (kinds[j] == "TEXT" and NARRATES.search(text) is not None)
        reports = reports or (kinds[j] == "TEXT" and reports_adoption(text))
    return False


def reports_adoption(text: str) -> bool:
    """Does ``text`` report the resolution's adoption from outside, with its date
    ("This resolution was adopted by the Board … at their meeting of October 5,
    2004.", a filed certificate's "The following amendment to the Bylaws was duly
    adopted by the Board … as of May 27, 2031:")? Such a note is no part of the
    resolution, whatever follows it."""
    return (
        (NARRATES.search(text) is not None or text.lstrip().lower().startswith("the following "))
        and ADOPTED.search(text) is not None
        and DATE_IN_TEXT.search(text) is not None
        and HEREBY.search(text) is None
    )


PASSED_BELOW = re.compile(
    r"(?i)\b(?:passed|carried|adopted|approved|endorsed)[ \t]++(?:this|the[ \t]++following)"
    r"(?:[ \t]++[\w-]++){0,3}?[ \t]++(?:motion|resolution)\b"
)
"""A report that a body passed the text below, from outside: "… met last night and
passed this emergency motion by 38 votes to 5", "… adopted the following
resolution unanimously"."""
FIELD_BLOCK_MIN = 3
"""Labelled lines a block needs before its lines count as a record's fields."""
FIELD_BLOCK_MAX = 40
"""Lines looked at on each side of a line: a record has a few dozen fields at most."""


def field_block(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` one line of a block of field lines with no colons
    ("Number 12-01" / "Authored by …" / "Date Submitted …" / "Result n/a"): a
    run of one-line units with no blank line between them, at least
    :data:`FIELD_BLOCK_MIN` and half of them opening with a field label?"""
    if units[i].lines != 1:
        return False
    lo = hi = i
    floor, ceiling = max(0, i - FIELD_BLOCK_MAX), min(len(units) - 1, i + FIELD_BLOCK_MAX)
    while lo > floor and units[lo - 1].lines == 1 and _adjacent(ctx, units[lo - 1], units[lo]):
        lo -= 1
    while hi < ceiling and units[hi + 1].lines == 1 and _adjacent(ctx, units[hi], units[hi + 1]):
        hi += 1
    labelled = sum(1 for u in units[lo : hi + 1] if FIELD_LABEL.match(ctx.t(u)) is not None)
    return labelled >= FIELD_BLOCK_MIN and 2 * labelled >= hi - lo + 1


def _adjacent(ctx: Context, a: Unit, b: Unit) -> bool:
    """Are units ``a`` and ``b`` on consecutive lines (no blank line between)?"""
    return ctx.text.count("\n", a.end, b.start) <= 1


def page_head(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is unit ``i``, before any recital, head matter of a web page or a
    database record: an introduction to the resolution ("The following
    resolution, presented by …, was passed …") or one of a record's field
    lines ("Authored by …", or "Final Text:" under the others)?"""
    return (
        (kinds[i] == "TEXT" and introduces_preamble(ctx, units, kinds, i))
        or (kinds[i] == "TEXT" and units[i].lines <= 3 and reports_adoption(ctx.t(units[i])))
        or (
            kinds[i] == "TEXT"
            and units[i].lines <= 3
            and kinds[i + 1 : i + 2] in (["THAT"], ["FORMULA"], ["WHEREAS"], ["RESOLVES"])
            and PASSED_BELOW.search(ctx.t(units[i])) is not None
        )
        or field_block(ctx, units, i)
        or empty_field(ctx, units, kinds, i)
        or (kinds[i] == "TEXT" and bulleted_page(ctx, units, kinds, i))
    )


def empty_field(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is unit ``i`` a record's last field label, alone and with no value
    ("Final Text:", "Source File:"), between the record's field lines and the
    resolution's first WHEREAS or RESOLVED? Then it heads the resolution."""
    return (
        0 < i < len(kinds) - 1
        and kinds[i] == "TEXT"
        and units[i].lines == 1
        and kinds[i - 1] in ("META", "KEYVAL")
        and kinds[i + 1] in ("WHEREAS", "FORMULA")
        and EMPTY_FIELD.match(ctx.t(units[i]).strip()) is not None
    )


def status_item(ctx: Context, u: Unit, nxt: str | None) -> bool:
    """Is bullet ``u`` a status or date line above the text ("-  Adopted with minor
    amendment" over "The CLC will: …", "• February 15, 2003" over "WHEREAS
    …")? Then it is head matter."""
    text = ctx.t(u)
    body = text[marker_end(ctx.text, u.start, u.end) - u.start :]
    return (
        text[:1] in BULLETS
        and u.lines == 1
        and nxt in ("RESOLVES", "FORMULA", "WHEREAS")
        and (trailer_words(body) == TrailerKind.ADOPTION or DATE.match(body.strip()) is not None)
    )


def head_item(
    ctx: Context, units: list[Unit], kinds: list[str], i: int, nxt: str | None, r: ResB
) -> bool:
    """Is list item ``units[i]`` head matter above a resolution: a page's link or
    note (:func:`note_item`), a status line (:func:`status_item`), a list under a
    line that introduces it (:func:`head_list`) or a bulleted page's item above
    its bulleted first part (:func:`bulleted_page`)?"""
    u = units[i]
    if not r.recitals and not r.clauses.roots and (note_item(ctx.t(u)) or status_item(ctx, u, nxt)):
        return True
    return head_list(ctx, kinds, i, u, r) or bulleted_page(ctx, units, kinds, i, r)


def bulleted_page(
    ctx: Context, units: list[Unit], kinds: list[str], i: int, r: ResB | None = None
) -> bool:
    """Is bullet ``units[i]`` an item of a web form that bullets every block (its
    title, instructions, each resolution's title), above a first part that is
    itself bulleted ("  • RESOLVED, the TMA should …")? Nothing can be enacted
    before that formula, so the bullets above it (and a bullet's indented note)
    head the resolution."""
    if r is not None and (r.recitals or r.clauses.roots or r.formula is not None):
        return False
    note = kinds[i] == "TEXT" and i > 0 and kinds[i - 1] == "MARKER"  # a bullet's own note
    if ctx.t(units[i - 1 if note else i])[:1] not in BULLETS:
        return False
    for j in range(i + 1, min(len(kinds), i + 12)):
        if kinds[j] in ("FORMULA", "WHEREAS"):
            return ctx.t(units[j]).lstrip()[:1] in BULLETS
        if kinds[j] not in ("MARKER", "TEXT"):
            return False
    return False


_OWN_START = frozenset({"HEADING", "RESOLVES", "FORMULA", "WHEREAS", "ORGAN"})
"""Kinds that open a resolution's own text: its number line, formula or recitals."""


def settle_stray_bullets(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Bullets an extraction set before a page's first lines, above the
    resolution's own first line (its number, formula or recitals): a bullet with
    nothing after it, or one over the minutes' lead-in ("• on a Motion …, the
    following Resolution was unanimously adopted:"), is the page's head (META),
    never a clause of a resolution of its own."""
    first = next((i for i, k in enumerate(kinds) if k in _OWN_START), None)
    if first is None:
        return
    text = ctx.text
    for i in range(first):
        u = units[i]
        if kinds[i] != "MARKER" or text[u.start : u.end].lstrip()[:1] not in BULLETS:
            continue
        rest = text[marker_end(text, u.start, u.end) : u.end].strip()
        if not rest or REPORTED_ADOPTION.search(rest) or INTRO.search(rest):
            kinds[i] = "META"
