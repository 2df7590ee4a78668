"""Page furniture of PDF extracts: footnote rules and footnotes, job numbers,
running page headers and the title repeated under them, which interrupt a
preamble or the clauses; and heading lines that repeat a resolution's number.
Pure tests: each reads its arguments and changes nothing.
"""

from __future__ import annotations

from resolve._text import collapse
from resolve.model import HeadingLine, HeadingLineKind
from resolve.parsing.builders import (
    BODY,
    PRE,
    ResB,
)
from resolve.parsing.context import Context
from resolve.parsing.glued import EDITORIAL_GAP
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    FOOTNOTE,
    FOOTNOTE_MARK,
    FURNITURE,
    RULE_GAP,
    RULE_LINE,
    SYMBOL,
    WORD,
    is_section,
)


def page_furniture(ctx: Context, units: list[Unit], kinds: list[str], i: int, r: ResB) -> int:
    """How many units from ``i`` are page furniture of a PDF extract (footnote
    rule and footnotes, job numbers, running page headers) that interrupt a
    preamble or the clauses, which go on after them. 0 if none."""
    if r.state not in (PRE, BODY):
        return 0
    j, n = i, len(units)
    last = ctx.text.rfind("\n", 0, units[i - 1].end) + 1 if i else 0  # a rule ends the unit above?
    after_rule = i > 0 and RULE_GAP.search(ctx.text, last, units[i].start) is not None
    while j < n:
        unit = units[j]
        if kinds[j] == "MARKER" and is_section(ctx.text, unit.start, unit.end):
            break  # "SECTION 1. DESIGNATION." is a section heading, not a running header
        text = ctx.t(unit)
        if RULE_LINE.match(text):
            after_rule = True
        elif not (
            _header_lines(text, r.heading)
            or EDITORIAL_GAP.fullmatch(text.strip()) is not None
            or (after_rule and FOOTNOTE.match(text))
            or cited_footnote(ctx, unit, r)
            or _running_header(text, r.heading)
            or (j > i and _title_again(text, r.heading))  # under a header, or after footnotes
            or _page_top(ctx, unit, text)
        ):
            break
        j += 1
    if j == i or j >= n:
        return 0
    going_on = (
        ("PHRASE", "WHEREAS", "MARKER", "VERB", "FORMULA")
        if r.state == PRE
        else ("MARKER", "VERB", "FORMULA")
    )
    nxt_text = ctx.t(units[j])
    if kinds[j] in going_on or nxt_text[:1].islower():
        return j - i
    return 0


def repeats_number(ctx: Context, u: Unit, heading: list[HeadingLine]) -> bool:
    """Does heading line ``u`` repeat this resolution's number, as a running
    page header does ("Resolution No. 24-047   Page 2 of 2")?"""
    number = next((h.value for h in heading if h.kind == HeadingLineKind.NUMBER), None)
    if not number or u.lines != 1:
        return False
    needle = collapse(number).casefold()
    hay = collapse(ctx.t(u)).casefold()
    at = hay.find(needle)
    while at >= 0:  # the number, not followed by a word character
        after = at + len(needle)
        if after >= len(hay) or not WORD.match(hay, after):
            return True
        at = hay.find(needle, at + 1)
    return False


def cited_footnote(ctx: Context, u: Unit, r: ResB) -> bool:
    """Is ``u`` a footnote whose mark the resolution's text above cites glued to
    a word ("…held in 1979,1" … "1 Official Records …"; "…of Work;*" … "*
    WPR/RC31/16"), a PDF extract's or web page's footnote with its rule lost?"""
    m = FOOTNOTE_MARK.match(ctx.text, u.start, u.end)
    return m is not None and ctx.cites(m.group(1), r.start, u.start)


def _header_lines(text: str, heading: list[HeadingLine]) -> bool:
    """Is every line of ``text`` a footer or running-header line, or the title
    again beside one ("<the title>" / "A/RES/80/10": an even page's header)?"""
    furniture = False
    for line in text.splitlines():  # stops at the first line that is neither
        f = _furniture_line(line, heading)
        if not (f or _title_again(line, heading)):
            return False
        furniture = furniture or f
    return furniture


def _page_top(ctx: Context, u: Unit, text: str) -> bool:
    """A short line just after a form feed: the running header of a new page
    ("<FF>UAAW 39th Constitutional Convention        Resolutions Book")."""
    line_start = ctx.text.rfind("\n", 0, u.start) + 1
    return u.lines == 1 and len(text) <= 120 and "\f" in ctx.text[line_start : u.start]


def _furniture_line(line: str, heading: list[HeadingLine]) -> bool:
    """A footer or running-header line of a PDF page: "25-20417    1/2",
    "A/RES/80/47   <the title>" (blank runs between the columns folded)."""
    return bool(FURNITURE.match(collapse(line))) or _running_header(line.strip(), heading)


def _title_again(text: str, heading: list[HeadingLine]) -> bool:
    """Is ``text`` the title again, under the symbol of a running page header?"""
    line = text.strip()
    return len(line) >= 15 and "\n" not in line and any(line in collapse(h.text) for h in heading)


def _running_header(text: str, heading: list[HeadingLine]) -> bool:
    m = SYMBOL.match(text)
    if m is None:
        return False
    return any(m.group(0) in h.text for h in heading)
