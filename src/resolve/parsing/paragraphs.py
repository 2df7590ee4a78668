"""Typed lines → paragraph units: undo hard wrapping, split inline parts.

A blank line always ends a paragraph; inside a block of non-blank lines a
structural line (WHEREAS, RESOLVED, a marker…) starts a new one, and a prose
line continues the one before it when the block is hard-wrapped. Then
paragraphs that hold several parts inline ("…; and WHEREAS …; now, therefore,
be it RESOLVED, That …") are split.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain, islice, pairwise

from resolve.parsing.boundaries import (
    BOUNDARY,
    FLAT_BOUNDARY,
    FLAT_ITEMS,
    FLAT_MIN,
    FLAT_SENTENCES,
    FLAT_TRAILERS,
    FLAT_WHEREAS,
)
from resolve.parsing.flat_sections import section_starts
from resolve.parsing.lines import Line
from resolve.parsing.patterns import (
    FOOTNOTE_MARK,
    FOREGOING_ADOPTED,
    FUNCTION_WORD_END,
    HTML_TAG_LINE,
    LEAD,
    LIST_CONNECTOR,
    RESOLVES_UNIT,
    SENTENCE_END,
    TEASER_END,
    TERMINAL_PUNCT,
    WILL_COLON,
)
from resolve.parsing.prose_recitals import NAMED_NUMBER_END, NUMBER_WRAPPED, statement_starts
from resolve.parsing.sentences import ENACTING_THEREFORE, MOTION_SECTION, NOW_THEREFORE
from resolve.phrases import preamble_phrases

# Kinds of typed lines, as named by the grammar's terminals.
STRUCTURAL = frozenset(
    {
        "CONNECTOR",
        "FORMULA",
        "RESOLVES",
        "WHEREAS",
        "HEADING",
        "ORGAN",
        "META",
        "TRAILER",
        "MARKER",
        "KEYVAL",
    }
)
ALWAYS_NEW = frozenset({"CONNECTOR", "FORMULA", "WHEREAS", "MARKER", "ORGAN"})
"""Line kinds that start a paragraph wherever they stand. Other structural lines
(headings, trailers, "Key: value") start one only after a line that ended."""
ONE_LINE = frozenset({"HEADING", "META", "ORGAN", "CONNECTOR", "KEYVAL"})


@dataclass(slots=True)
class Unit:
    """A paragraph, or an inline part of one, with its kind."""

    kind: str
    start: int
    end: int
    lines: int = 1
    """How many physical lines the unit spans."""


def cut_unit(text: str, kind: str, start: int, end: int) -> Unit:
    """A unit of ``kind`` cut from a longer one: ``start`` to ``end`` less its
    trailing blanks, with its count of lines."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return Unit(kind, start, end, text.count("\n", start, end) + 1)


def cut_at_offsets(text: str, units: list[Unit], cuts: list[int]) -> list[Unit]:
    """``units`` cut at each offset of the sorted ``cuts`` that falls inside one,
    each part a TEXT unit without the blanks around it (blank parts left out)."""
    out: list[Unit] = []
    for u in units:
        inside = cuts[bisect_right(cuts, u.start) : bisect_left(cuts, u.end)]
        for s, e in pairwise([u.start, *inside, u.end]):
            while s < e and text[s].isspace():
                s += 1
            if s < e and text[s:e].strip():
                out.append(cut_unit(text, "TEXT", s, e))
    return out


def _ends_with_punct(text: str) -> bool:
    return TERMINAL_PUNCT.search(text[-6:]) is not None


def _ends_sentence(text: str) -> bool:
    return SENTENCE_END.search(text) is not None


def _first_word_len(text: str, start: int, end: int) -> int:
    i = start
    while i < end and not text[i].isspace():
        i += 1
    return i - start


def paragraphs(text: str, lines: Iterable[Line]) -> tuple[list[Unit], list[Line]]:
    """Group typed lines into paragraph units; also return suppression lines.

    A blank line always ends a paragraph. Inside a block of non-blank lines a
    structural line (WHEREAS, RESOLVED, a marker…) starts a new paragraph. A
    prose line continues the previous one when the block is hard-wrapped and
    the previous line was full: its next word would not have fitted on it.
    """
    units: list[Unit] = []
    suppress: list[Line] = []
    block: list[Line] = []

    def flush() -> None:
        if block and _teaser(text, block):
            suppress.extend(replace(ln, kind="SEPARATOR") for ln in block)
            block.clear()
        if block:
            _split_block(text, block, units)
            block.clear()

    for line in front_matter(text, lines):
        if line.kind == "TEXT" and HTML_TAG_LINE.fullmatch(text, line.line_start, line.end):
            line = replace(line, kind="SEPARATOR")  # "<details>": markup, not text
        if line.kind == "BLANK":
            flush()
        elif line.kind in ("SUPPRESS", "SEPARATOR"):
            flush()
            suppress.append(line)
        else:
            block.append(line)
    flush()
    return units, suppress


TEASER_LINES = 6
"""Lines a web page's truncated preview of the text may have."""


def _teaser(text: str, block: list[Line]) -> bool:
    """Is ``block`` a web page's preview of the text below it: a few lines that
    break off with "... Read More", their first line printed again further on?
    It is page furniture, kept out of every part."""
    if len(block) > TEASER_LINES or not TEASER_END.search(text, block[-1].start, block[-1].end):
        return False
    first = text[block[0].start : block[0].end].strip()
    return len(first) >= 20 and text.find(first, block[-1].end) != -1


FRONT_MATTER_MAX = 80
"""Lines a YAML front matter block at the top of a file may have."""
_FRONT_FENCE = re.compile(r"[ \t]*(?:---|\.\.\.)[ \t]*\r?\n?")
_FRONT_LINE = re.compile(r"[ \t]*(?:[\w-]+[ \t]*:|-[ \t]|#)")


def front_matter(text: str, lines: Iterable[Line]) -> Iterator[Line]:
    """``lines``, with a YAML front matter block at the top of the file (``---``,
    ``title: …``, ``  - item``, ``---``: a web page's or a note's metadata) typed
    as separator lines, kept out of every part."""
    it = iter(lines)
    head = list(islice(it, FRONT_MATTER_MAX + 2))
    first = next((i for i, ln in enumerate(head) if ln.kind != "BLANK"), None)
    close = None
    if first is not None and _FRONT_FENCE.fullmatch(text, head[first].line_start, head[first].end):
        for j in range(first + 1, len(head)):
            ln = head[j]
            if ln.kind == "BLANK":
                continue
            if _FRONT_FENCE.fullmatch(text, ln.line_start, ln.end):
                close = j
                break
            if not _FRONT_LINE.match(text, ln.line_start, ln.end):
                break
    if first is not None and close is not None:
        head = [
            replace(ln, kind="SEPARATOR") if first <= i <= close and ln.kind != "BLANK" else ln
            for i, ln in enumerate(head)
        ]
    return chain(head, it)


def _split_block(text: str, block: list[Line], out: list[Unit]) -> None:
    widths = [ln.end - ln.line_start for ln in block]
    width = max(widths)
    punct = sum(
        1 for ln in block[:-1] if _ends_with_punct(text[max(ln.start, ln.end - 6) : ln.end])
    )
    one_per_line = width > 110 or (len(block) > 2 and punct >= 0.8 * (len(block) - 1))
    cur: Unit | None = None
    prev: Line | None = None
    listed = False
    """A list item has begun in this block: later marker lines are items too."""
    enacting = False
    """The paragraph being built opened the enacting sentence (:func:`_enacts`)."""
    under_formula = False
    """A formula over unmarked propositions has ended above (:func:`_formula_over`)."""
    for i, line in enumerate(block):
        new = (
            cur is None
            or prev is None
            or cur.kind in ONE_LINE
            or (
                line.kind in ALWAYS_NEW
                and (listed or not _marker_continues(text, line, prev, widths[i - 1], width))
                and not _name_wraps(text, line, prev)
            )
            or (
                line.kind in STRUCTURAL
                and line.kind not in ALWAYS_NEW
                and (prev.kind in ONE_LINE_KINDS or _ended(text, prev, widths[i - 1], width))
            )
            or (one_per_line and not _wrapped(text, line, prev))
            or _enacts(text, line, prev)
            or _formula_over(text, line, prev)
            or (under_formula and _next_proposition(text, line, prev))
            or _adoption(text, line, prev)
            or _next_recital(text, line, prev)
            or _motion_opens(text, line, prev)
            or _next_operative(text, line, prev, cur, widths[i - 1], width)
            or (
                cur.kind not in KEYWORD_LED
                and not (
                    enacting and not _ends_sentence(text[max(prev.start, prev.end - 6) : prev.end])
                )
                and not text[line.start].islower()
                and not _numbers_wrap(text, line, prev)
                and not _comma_continues(text, line, prev)
                and _room(
                    widths[i - 1], _first_word_len(text, line.start, line.end), width, text, prev
                )
            )
        )
        if line.kind == "MARKER" and new:
            listed = True
        if prev is not None and _formula_over(text, line, prev):
            under_formula = True
        if new:
            # "NOW, THEREFORE, THE CITY COUNCIL … DOES" / "HEREBY RESOLVE AS
            # FOLLOWS:": the enacting sentence runs on until it ends.
            enacting = prev is not None and _enacts(text, line, prev)
        if new:
            cur = Unit(line.kind, line.start, line.end)
            out.append(cur)
        else:
            assert cur is not None
            cur.end = line.end
            cur.lines += 1
        prev = line


KEYWORD_LED = frozenset({"WHEREAS", "FORMULA", "MARKER"})
"""Paragraphs opened by a keyword or marker: a prose line inside the same block
continues them, however ragged the wrapping."""
ONE_LINE_KINDS = frozenset({"HEADING", "META", "TRAILER", "KEYVAL"})


def _enacts(text: str, line: Line, prev: Line) -> bool:
    """Inside a hard-wrapped block with no blank lines, does ``line`` open the
    enacting sentence ("…development; and" / "Therefore, LULAC calls for …")?"""
    if line.kind == "TEXT" and WILL_COLON.match(text, line.start, line.end):
        return True  # "The CLC will: co-ordinate …" below a status line
    if line.kind != "TEXT" or not (
        ENACTING_THEREFORE.match(text, line.start, line.end)
        or NOW_THEREFORE.match(text, line.start, line.end)
    ):
        return False
    tail = text[max(prev.start, prev.end - 6) : prev.end].rstrip()
    return tail.endswith((";", ".", ":", " and", ",and")) or tail == "and"


def _formula_over(text: str, line: Line, prev: Line) -> bool:
    """Inside a hard-wrapped block, does prose ``line`` open the first item under
    a formula line that names its body and ends on a colon ("The Council of X
    at its sitting of 3 May resolves that:", quoted or not)? However full that
    line, the colon closed the formula: no wrap."""
    if line.kind != "TEXT" or prev.kind != "TEXT" or text[line.start].islower():
        return False
    if not text[prev.start : prev.end].rstrip().endswith(":"):
        return False
    return RESOLVES_UNIT.fullmatch(text, prev.start, prev.end) is not None


def _next_proposition(text: str, line: Line, prev: Line) -> bool:
    """Below such a formula, does prose ``line`` open the next unmarked
    proposition: the line above closed one on ";" (or "; and") and this one
    opens with a capital? However full that line, the semicolon closed it."""
    if line.kind != "TEXT" or not text[line.start].isupper():
        return False
    tail = text[max(prev.start, prev.end - 6) : prev.end].rstrip()
    return tail.endswith(";") or tail.endswith("; and")


def _motion_opens(text: str, line: Line, prev: Line) -> bool:
    """Does prose ``line`` open a motion's section on its own line ("This branch
    notes:", "Conference calls on …") right under a line that ended its words
    with no stop and no word that a sentence goes on from (a heading: "Safer
    Streets" / "This branch notes:")? However short both lines, no wrap."""
    if line.kind != "TEXT" or MOTION_SECTION.match(text, line.start, line.end) is None:
        return False
    tail = text[max(prev.start, prev.end - 12) : prev.end]
    return (
        tail[-1:].isalnum()
        and FUNCTION_WORD_END.search(tail) is None
        and not text[prev.start : prev.end].lstrip()[:1].islower()
    )


def _adoption(text: str, line: Line, prev: Line) -> bool:
    """Inside a hard-wrapped block with no blank lines, does prose ``line`` tell
    the adoption of the resolution above it ("…effective immediately." / "THE
    FOREGOING RESOLUTION is approved and adopted …"): a trailer, not the last
    clause going on?"""
    return (
        line.kind == "TEXT"
        and _ends_sentence(text[max(prev.start, prev.end - 6) : prev.end])
        and FOREGOING_ADOPTED.match(text, line.start, line.end) is not None
    )


def _next_operative(
    text: str, line: Line, prev: Line, cur: Unit, prev_width: int, width: int
) -> bool:
    """Inside a hard-wrapped block with no blank lines, does prose ``line`` open
    the next operative paragraph after the resolving one ("…Program." / "The
    Director is further authorized …"): the line above ended a sentence with a
    period and left ample room for this line's first word (a short last line)?"""
    if cur.kind != "FORMULA" or line.kind != "TEXT" or not text[line.start].isupper():
        return False
    if not text[prev.start : prev.end].rstrip().endswith("."):
        return False
    if not _ends_sentence(text[max(prev.start, prev.end - 6) : prev.end]):
        return False
    word = _first_word_len(text, line.start, line.end)
    return prev_width + 1 + word + 10 <= width


def _comma_continues(text: str, line: Line, prev: Line) -> bool:
    """Does prose ``line`` go on with the sentence that ``prev`` left at a comma,
    however short ``prev`` was ("The Board of County Commissioners of Lake
    County," / "Ohio, resolves:"), not open the next preambular paragraph of a
    UN text whose paragraphs each end on a comma ("Recalling its decision
    II/22," / "Noting …", "Having considered …": a preambular phrase or a
    participle)?"""
    if line.kind != "TEXT" or text[prev.end - 1] != ",":
        return False
    head = text[line.start : min(line.end, line.start + 60)]
    first = head.split(maxsplit=1)[0] if head.strip() else ""
    return preamble_phrases().match(head) is None and not first.endswith("ing")


def _next_recital(text: str, line: Line, prev: Line) -> bool:
    """Does prose ``line`` open the next recital of a hard-wrapped preamble: a
    preambular phrase with its capital ("Mindful of …", "Recalling …") after a
    line that ended its part with a list connector ("…Secretary-General; and")?
    However full that line, the connector closed the part: no wrap."""
    if line.kind != "TEXT" or not text[line.start].isupper():
        return False
    tail = text[max(prev.start, prev.end - 12) : prev.end]
    return (
        LIST_CONNECTOR.search(tail) is not None
        and tail.rstrip()[-4:] != "--"
        and preamble_phrases().match(text[line.start : min(line.end, line.start + 60)]) is not None
    )


SERIES_THAT = re.compile(r"[ \t]*+that[ \t]++(?=[a-z])")
"""A paragraph that opens the next "that" of a formula's series in lower case
("Resolved, that A;" / "that this committee report …; and" / "that …"), not
"That", which :data:`~resolve.parsing.motion_cues.THAT_ITEM` reads."""


def _wrapped(text: str, line: Line, prev: Line) -> bool:
    """In a block of one paragraph per line, is ``line`` still the sentence of
    ``prev`` (a hard wrap): prose that opens in lower case after a line that did
    not end a sentence, or any prose after a line ending on "of", "the", "and"…?"""
    if line.kind != "TEXT":
        return False
    tail = text[max(prev.start, prev.end - 12) : prev.end]
    if _ends_sentence(tail):
        return False
    if _numbers_wrap(text, line, prev):
        return True
    if text[line.start].islower():
        # "…from the Council itself; and" / "that this committee …": the
        # connector closed one "that" of a series, the line opens the next.
        return LIST_CONNECTOR.search(tail) is None or SERIES_THAT.match(text, line.start) is None
    # "…Conference; and" / "Mindful of …": the connector ends a part, it is no wrap
    return FUNCTION_WORD_END.search(tail) is not None and LIST_CONNECTOR.search(tail) is None


def _numbers_wrap(text: str, line: Line, prev: Line) -> bool:
    """Is prose ``line`` the next line of a list of numbers wrapped after a comma
    ("…58/29 of 8 December 2003," / "60/48 of 8 December 2005, …")? A footnote
    ("1 Official Records …") opens with its mark and a blank, never a wrap."""
    if (
        line.kind == "TEXT"
        and NUMBER_WRAPPED.match(text, line.start, line.end) is not None
        and NAMED_NUMBER_END.search(text, max(prev.start, prev.end - 40), prev.end) is not None
    ):
        return True  # "… by Resolution" / "90/91-20, has called …": the number wrapped
    return (
        line.kind == "TEXT"
        and text[line.start].isdigit()
        and text[prev.start : prev.end].rstrip().endswith(",")
        and FOOTNOTE_MARK.match(text, line.start, line.end) is None
    )


def _marker_continues(text: str, line: Line, prev: Line, prev_width: int, width: int) -> bool:
    """A list-marker-looking line inside wrapped prose ("...resolutions 2349" /
    "(2017) and 2744") continues the sentence above it."""
    if line.kind != "MARKER" or LIST_CONNECTOR.search(
        text, max(prev.start, prev.end - 12), prev.end
    ):
        return False
    return not _ended(text, prev, prev_width, width)


_NAME_AFTER_INITIAL = re.compile(r"[ \t]*+[A-Z]\.[ \t]++[A-Z][a-z]++(?![.:)])\b")
"""A person's initial and surname at the head of a line ("P. Marsh and …"): the
shape of a lettered item ("A. Budget") too, told apart by the line above."""


def _name_wraps(text: str, line: Line, prev: Line) -> bool:
    """Does ``line``, which opens with an initial and a surname, go on with the
    sentence that ``prev`` left at a comma ("It was MOVED," / "P. Marsh and
    seconded to …"), even in a block that a list item made a list? A lettered
    item follows a line that ends its lead-in (":", ";", ".") or an item, never a
    comma."""
    return (
        line.kind == "MARKER"
        and text[prev.end - 1] == ","
        and _NAME_AFTER_INITIAL.match(text, line.start, line.end) is not None
    )


def _ended(text: str, prev: Line, prev_width: int, width: int) -> bool:
    """Did ``prev`` end its paragraph: closing punctuation, or a short line?"""
    if _ends_sentence(text[max(prev.start, prev.end - 6) : prev.end]):
        return True
    last = text[prev.end - 1]
    mid_sentence = last.isalnum() or last == ","
    return not (mid_sentence and width >= 40 and prev_width >= 0.75 * width)


def _room(prev_width: int, word: int, width: int, text: str, prev: Line | None) -> bool:
    """Would the next line's first word have fitted on the previous line?

    Manual wrapping is ragged, so a line counts as ended only with ample room
    to spare, or with room and closing punctuation.
    """
    fits = prev_width + 1 + word <= width
    if not fits:
        return False
    if prev_width + 1 + word + 10 <= width:
        return True
    return prev is not None and _ends_sentence(text[max(prev.start, prev.end - 6) : prev.end])


_SPLITTABLE = frozenset({"WHEREAS", "FORMULA", "TEXT", "RESOLVES"})
"""Paragraph kinds that may hold further parts inline (see ``patterns.BOUNDARY``)."""
_FLAT_SPLITTABLE = frozenset({"HEADING", "META", "KEYVAL"})
"""Kinds of one-line lines that hold a whole flattened document only when long."""


def split_inline(text: str, units: list[Unit]) -> list[Unit]:
    """Split paragraphs that hold several recitals or clauses inline."""
    out: list[Unit] = []
    for unit in units:
        flat = unit.lines == 1 and unit.end - unit.start >= FLAT_MIN
        if unit.kind not in _SPLITTABLE and not (flat and unit.kind in _FLAT_SPLITTABLE):
            # A whole OCR page on one line that opens with its number
            # ("Resolution 127-1979 RESOLUTION NO. … WHEREAS, …") or a field
            # ("From: … Topic: … WHEREAS …") is split too.
            out.append(unit)
            continue
        start = unit.start
        kind = unit.kind
        protect = _lead_end(text, start, unit.end) if kind == "FORMULA" else start
        for m in (FLAT_BOUNDARY if flat else BOUNDARY).finditer(text, unit.start, unit.end):
            group = m.lastgroup
            assert group is not None
            at = m.start(group)
            if at <= protect:
                continue
            end = _rstrip(text, start, at)
            out.append(Unit(kind, start, end, text.count("\n", start, end) + 1))
            start = at
            # "…: Now, therefore, be it That the Senate—": the XML left out "Resolved,".
            kind = (
                "TRAILER"
                if group in FLAT_TRAILERS
                else "WHEREAS"
                if group in FLAT_WHEREAS
                else "TEXT"
                if group in FLAT_SENTENCES
                else "MARKER"
                if group in FLAT_ITEMS
                else "FORMULA"
            )
            protect = _lead_end(text, start, unit.end) if kind == "FORMULA" else start
        out.append(Unit(kind, start, unit.end, text.count("\n", start, unit.end) + 1))
        if flat and kind == "FORMULA":
            out[-1:] = _sections(text, out[-1])
    return _statements(text, out)


def _sections(text: str, u: Unit) -> list[Unit]:
    """The formula ``u`` of a flattened document cut before each section run in
    after it ("… concurring therein section 1 the following … sec 2 the …"):
    the formula, then each section a paragraph of the act, read as a RESOLVED
    paragraph after the formula is (FORMULA: a clause; its run-in label in lower
    case is no list marker)."""
    cuts = section_starts(text, u.start, u.end)
    if not cuts:
        return [u]
    edges = [u.start, *cuts, u.end]
    return [
        Unit("FORMULA", a, e, text.count("\n", a, e) + 1)
        for a, b in pairwise(edges)
        if (e := _rstrip(text, a, b)) > a
    ]


def _statements(text: str, units: list[Unit]) -> list[Unit]:
    """Split the prose paragraph that leads on to the formula below it into its
    bare statements (:func:`~resolve.parsing.prose_recitals.statement_starts`):
    each is a recital, as each WHEREAS would be."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        after = units[i + 1].kind if i + 1 < len(units) else None
        cuts = (
            statement_starts(text, unit.start, unit.end, units[i + 1].start)
            if unit.kind == "TEXT" and after == "FORMULA"
            else []
        )
        start = unit.start
        for at in cuts:
            end = _rstrip(text, start, at)
            out.append(Unit("TEXT", start, end, text.count("\n", start, end) + 1))
            start = at
        out.append(replace(unit, start=start, lines=text.count("\n", start, unit.end) + 1))
    return out


def _lead_end(text: str, start: int, end: int) -> int:
    m = LEAD.match(text, start, end)
    return m.end() if m else start


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
