"""Margins: email quote markers, printed line numbers and a live blog's times
at the start of lines, and the tags of text pasted as HTML source.

A draft pasted from an email reply (``> WHEREAS, …``) or a bill printed with
line numbers (``12      WHEREAS, …``) carries a margin on every line, which
hides each line's structure from the line grammar. :func:`find_margins` finds
such margins; the parser reads the text with them blanked out (:func:`blank`:
spaces of the same length, so every offset holds for the original) and its
nodes refer to the original, so each node's ``text`` is still the exact source
(margins included) while bodies, openers and connectors read as prose.
:func:`strip` cuts them out instead, for the prose converters
(:func:`resolve.parsing.without_margins`). Below the parser: imports only the model.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from resolve.model import Document

KeywordKind = Callable[[str, int, int], "str | None"]
"""The kind of keyword ("whereas", "resolved") that opens ``text[pos:end]``, or
None: given by the parser (this module knows no keyword patterns)."""

_QUOTE = re.compile(r"[ \t]*+>(?:[ \t]?+>)*+[ \t]?")
"""``> ``, ``>> ``, ``> > ``: an email quote marker and the space after it."""
_NUMBER = re.compile(r"[ \t]*+(\d{1,6})(?=[ \t]{2}|\t|[ \t]*+(?:\r?\n|\Z))")
"""A printed line number: digits followed by two blanks, a tab, or the line end."""
_PAGE_LINE = re.compile(r"[ \t]*+\d{1,4}[ \t]++(\d{1,6})(?=[ \t]|\r?\n|\Z)")
"""A page and line number pair ("  1  3    BE IT RESOLVED"): a bill printed with
both in its margin; the line number is the second."""
_PAGE_DASH_LINE = re.compile(r"[ \t]*+\d{1,3}-(\d{1,3})(?=[ \t]|\r?\n|\Z)")
"""A page and line number joined by a hyphen ("1-12 RESOLVED, That …"): an
enrolled bill's margin; the line number is the second."""

_LOOSE_NUMBER = re.compile(r"[ \t]*+(\d{1,4})(?=[ \t]|[^\W\d_]|[\"“‘'(]|\r?\n|\Z)")
"""A line number from a PDF's text layer: digits followed by one blank, or glued
to the text ("11Be it resolved"); trusted only in runs of consecutive numbers."""
MIN_CHAIN = 3
"""Consecutive numbers a loose line number must belong to."""

MIN_QUOTED = 3
"""Quoted lines a document needs before quote markers count as a margin."""
MIN_NUMBERED_RUN = 10
"""Consecutive line numbers (n, n+1, …) a document needs before they count."""


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    start = 0
    find = text.find
    while start <= len(text):
        end = find("\n", start)
        if end == -1:
            yield start, len(text)
            return
        yield start, end
        start = end + 1


_ANY_QUOTED = re.compile(r"^[ \t]*+>", re.MULTILINE)
_ANY_NUMBERED = re.compile(
    r"^[ \t]*+(?:\d{1,6}(?:[ \t]{2}|\t)|\d{1,4}[ \t]++\d{1,6}[ \t]|\d{1,3}-\d{1,3}[ \t])",
    re.MULTILINE,
)


def _at_least(pattern: re.Pattern[str], text: str, count: int) -> bool:
    """Does ``pattern`` match at least ``count`` times? (Stops early; runs in C.)"""
    for n, _ in enumerate(pattern.finditer(text), 1):
        if n >= count:
            return True
    return False


def find_margins(text: str, keyword: KeywordKind | None = None) -> list[tuple[int, int]]:
    """The margin ranges to strip, in order; empty if the text has no margin.
    With ``keyword``, also line labels numbered through a resolution's keywords."""
    if ">" in text and _at_least(_ANY_QUOTED, text, MIN_QUOTED):
        quoted = []
        for start, end in _lines(text):
            m = _QUOTE.match(text, start, end)
            if m is not None:
                quoted.append((start, m.end()))
        if len(quoted) >= MIN_QUOTED:
            return quoted
    if _at_least(_ANY_NUMBERED, text, MIN_NUMBERED_RUN):
        found = (
            _line_numbers(text)
            or _line_numbers(text, _PAGE_LINE)
            or _line_numbers(text, _PAGE_DASH_LINE)
        )
        if found:
            return found
    found = _loose_line_numbers(text) or _glued_line_numbers(text)
    if found or keyword is None:
        return found
    return _keyword_numbers(text, keyword)


_ELEMENTS = (
    r"(?:p|div|span|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|strong|em|b|i|u|s|a|font|sup|sub|small"
    r"|big|center|blockquote|table|thead|tbody|tr|td|th|section|article|header|footer|main"
    r"|nav|pre|code|mark|del|ins|strike|img)"
)
_TAG = re.compile(r"</?" + _ELEMENTS + r"(?:[ \t]++[^<>\n]*+)?/?>", re.IGNORECASE)
"""An HTML tag of a known element, with its attributes: ``<p>``, ``<span class="x">``, ``</p>``."""
_TAGGED_LINE = re.compile(
    r"^[ \t]*+</?" + _ELEMENTS + r"\b[^<>\n]*+>", re.IGNORECASE | re.MULTILINE
)
MIN_TAGGED = 3
"""Lines that must open with an HTML tag before a text counts as pasted HTML
source. (HTML run onto one line is left alone: cutting its paragraph tags out
would glue the paragraphs' words together in the prose converters.)"""


def html_tags(text: str) -> list[tuple[int, int]]:
    """The HTML tags of a text pasted as HTML source (``<p><span class="…">WHEREAS,
    …</span></p>``, at least :data:`MIN_TAGGED` lines opening with a tag), as
    margins: markup, not words of the resolution. Empty for any other text, so
    a stray ``<b>`` in prose stays prose."""
    if "<" not in text or not _at_least(_TAGGED_LINE, text, MIN_TAGGED):
        return []
    return [m.span() for m in _TAG.finditer(text)]


_TIMESTAMP = re.compile(r"[ \t]*+([01]?\d|2[0-3]):([0-5]\d)(?:[ \t]*+[:–—-])?[ \t]++(?=\S)")
"""A live blog's time before each line's event: "10:24: 5.1 BIRT the …"."""
MIN_TIMESTAMPS = 5
"""Time-stamped lines, in time order, a text needs before the times count as a margin."""


def timestamps(text: str) -> list[tuple[int, int]]:
    """The times a live blog or a meeting's running record puts before its lines
    ("10:04: Meeting called to order." / "10:24: 5.1 BIRT …"): at least
    :data:`MIN_TIMESTAMPS` of them, never going back in time, on at least a
    third of the text's lines (the movers' lines under a motion carry none).
    Empty for any other text."""
    if _few_numbered(text, MIN_TIMESTAMPS, 3):
        return []
    found: list[tuple[int, int]] = []
    nonblank = 0
    last = -1
    for start, end in _lines(text):
        if not text[start:end].strip():
            continue
        nonblank += 1
        m = _TIMESTAMP.match(text, start, end)
        if m is None:
            continue
        minute = int(m.group(1)) * 60 + int(m.group(2))
        if minute < last:
            return []
        last = minute
        found.append((start, m.end()))
    if len(found) < MIN_TIMESTAMPS or 3 * len(found) < nonblank:
        return []
    return found


_HUNK = re.compile(
    r"^@@[ \t]++-\d++(?:,\d++)?[ \t]++\+\d++(?:,\d++)?[ \t]++@@[^\n]*+$", re.MULTILINE
)
"""A unified diff's hunk header: "@@ -2,4 +2,34 @@"."""
MIN_ADDED = 3
"""Added lines ("+…") a hunk needs before its marks count as a margin."""


def diff_marks(text: str) -> list[tuple[int, int]]:
    """The marks of a unified diff's hunks, as a wiki's or a repository's page
    shows a change to the minutes ("@@ -2,4 +2,34 @@" / " context" / "+added"):
    each line's first column ("+", or the blank of a context line) is a margin,
    and a removed line ("-…", the text before the change) is one whole. A hunk
    runs from its header to the first line that opens with none of the three
    marks. Empty unless some hunk adds at least :data:`MIN_ADDED` lines."""
    if "@@" not in text:
        return []
    found: list[tuple[int, int]] = []
    added = 0
    for header in _HUNK.finditer(text):
        at = header.end() + 1
        while at < len(text):
            stop = text.find("\n", at)
            stop = len(text) if stop < 0 else stop
            mark = text[at] if at < stop else ""
            if mark not in ("+", " ", "-"):
                break
            added += mark == "+"
            found.append((at, stop if mark == "-" else at + 1))
            at = stop + 1
    return found if added >= MIN_ADDED else []


def quote_breaks(text: str, margins: list[tuple[int, int]]) -> list[int]:
    """Line starts where quoting begins or ends (blank lines aside): an email's
    own text and the message it quotes are never parts of one resolution."""
    if not margins or not text[margins[0][0] : margins[0][1]].lstrip().startswith(">"):
        return []  # printed line numbers: the unnumbered header belongs to the text
    quoted = {start: end for start, end in margins}
    breaks: list[int] = []
    previous: bool | None = None
    last_line = ""
    blocks = introduced = 0
    for start, end in _lines(text):
        content = quoted.get(start, start)
        line = text[content:end].strip()
        if not line:
            continue
        now = start in quoted
        if now and previous is False:
            blocks += 1
            introduced += _label(last_line)
        if previous is not None and now != previous and not _introduces(last_line):
            breaks.append(start)
        previous = now
        last_line = line
    if blocks > 1 and introduced == blocks:
        # Markdown minutes: every block quote is the text of the short label
        # above it ("_RESOLVED:_" / "> That …"), so the text between is the
        # same document going on, not an email's words around a quoted message
        # (nor a web page's "The department passed this:" over each quote).
        return []
    return breaks


def _label(line: str) -> bool:
    """Is ``line`` a short label that introduces the quoted block after it as its
    own text ("_RESOLVED:_", "**Motion:**"), not an email's "Ann wrote:"?"""
    words = line.rstrip("*_ \t:").split()
    return _introduces(line) and 0 < len(words) <= 3 and words[-1].lower() != "wrote"


def _introduces(line: str) -> bool:
    """Does ``line`` introduce the quoted block after it ("_RESOLVED:_", "…the
    following:", "…the following report:—"), so that the quotation is its text, not another message?"""
    return line.rstrip("*_ \t\u2014\u2013-").endswith(":")


def _line_numbers(text: str, number: re.Pattern[str] = _NUMBER) -> list[tuple[int, int]]:
    """Printed line numbers, with the blanks after them up to the text column.

    The text column is the leftmost column at which text follows a number, so
    the indentation beyond it (first-line indents, nested items) is kept.
    """
    numbered: list[tuple[int, int, int]] = []
    """(line start, end of the number, first non-blank after it or the line end)"""
    in_sequence = 0
    nonblank_from_first = 0
    previous: int | None = None
    for start, end in _lines(text):
        m = number.match(text, start, end)
        if m is None:
            if numbered and text[start:end].strip():
                nonblank_from_first += 1
            continue
        value = int(m.group(1))
        if previous is not None and value == previous + 1:
            in_sequence += 1
        previous = value
        first = m.end()
        while first < end and text[first] in " \t":
            first += 1
        numbered.append((start, m.end(), first))
        nonblank_from_first += 1
    if in_sequence + 1 < MIN_NUMBERED_RUN or 2 * len(numbered) < nonblank_from_first:
        return []
    column = min(
        (
            first - start
            for start, _, first in numbered
            if first < len(text) and text[first] not in "\r\n"
        ),
        default=0,
    )
    return [
        (start, max(number_end, min(first, start + column)))
        for start, number_end, first in numbered
    ]


_DIGIT_LINE = re.compile(r"\n[ \t]*+\d")
_BLANK_LINE = re.compile(r"\n[^\S\n]*+(?=\n|\Z)")


def _few_numbered(text: str, least: int, share: int) -> bool:
    """Do fewer than ``least`` lines, or than one nonblank line in ``share``, open
    with a digit (after blanks)? Then no margin of numbers opening lines is
    found: counted in C, not line by line."""
    # Each line read after a newline: "\n" first lets ``re`` skip from line to
    # line, where a MULTILINE "^" is tried at every offset.
    lines = "\n" + text
    numbered = len(_DIGIT_LINE.findall(lines))
    nonblank = lines.count("\n") - len(_BLANK_LINE.findall(lines))
    return numbered < least or share * numbered < nonblank


def _loose_line_numbers(text: str) -> list[tuple[int, int]]:
    """Line numbers a PDF's text layer put before each line with one blank or
    none ("2 empowering citizens", "11Be it resolved"): only numbers in chains
    of at least :data:`MIN_CHAIN` lines numbered n, n+1, n+2, …, and only when
    such chains run :data:`MIN_NUMBERED_RUN` steps and number most lines."""
    if _few_numbered(text, MIN_NUMBERED_RUN + 1, 2):
        return []  # (steps < kept <= lines opening with a digit)
    found: list[tuple[int, int, int]] = []
    """(line start, end of the number, the number)"""
    nonblank = 0
    for start, end in _lines(text):
        if text[start:end].strip():
            nonblank += 1
        m = _LOOSE_NUMBER.match(text, start, end)
        if m is not None:
            found.append((start, m.end(), int(m.group(1))))
        elif found and (glued := _glued_next(text, start, end, found[-1][2] + 1)):
            found.append((start, glued, found[-1][2] + 1))
    chains: list[list[tuple[int, int, int]]] = []
    for item in found:
        if chains and item[2] == chains[-1][-1][2] + 1:
            chains[-1].append(item)
        else:
            chains.append([item])
    kept = [item for chain in chains if len(chain) >= MIN_CHAIN for item in chain]
    steps = sum(len(chain) - 1 for chain in chains if len(chain) >= MIN_CHAIN)
    if steps < MIN_NUMBERED_RUN or 2 * len(kept) < nonblank:
        return []
    margins = []
    for chain in chains:
        if len(chain) >= MIN_CHAIN and (first := _mid_line_first(text, chain[0])) is not None:
            margins.append(first)
    for start, number_end, _ in kept:
        stop = number_end
        if stop < len(text) and text[stop] in " \t":
            stop += 1
        margins.append((start, stop))
    return sorted(margins)


def _mid_line_first(text: str, item: tuple[int, int, int]) -> tuple[int, int] | None:
    """The number before a chain's first, printed where the numbered text starts
    inside the line above, after a label the PDF left unnumbered ("A Concurrent
    Resolution 1to provide for a joint" / "2convention."): its range, if that
    line holds it once, glued to a word."""
    start, _, number = item
    if number < 2 or start == 0:
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    found = [
        m for m in _MID_NUMBER.finditer(text, above, start - 1) if m.group(1) == str(number - 1)
    ]
    if len(found) != 1:
        return None
    return found[0].start(1), found[0].end(1)


_MID_NUMBER = re.compile(r"(?<=[ \t])(\d{1,4})(?=[^\W\d_])")


def _glued_next(text: str, start: int, end: int, want: int) -> int | None:
    """The end of line number ``want`` glued to a number of the text's own at
    the start of a line ("710:00 a.m." on line 7: "7" + "10:00"); None if the
    line does not open with it."""
    m = _LEADING_DIGITS.match(text, start, end)
    digits = str(want)
    if m is None or len(m.group(1)) <= len(digits) or not m.group(1).startswith(digits):
        return None
    return m.start(1) + len(digits)


_LEADING_DIGITS = re.compile(r"[ \t]*+(\d++)")


_KEYWORD_NUMBER = re.compile(r"[ \t]*+(\d{1,3})[.)][ \t]++")
"""A number before a line's keyword: "4. THEREFORE, BE IT RESOLVED, that …"."""


def _keyword_numbers(text: str, keyword: KeywordKind) -> list[tuple[int, int]]:
    """Line labels numbered 1, 2, 3, … in front of every keyword of a resolution
    ("1. WHEREAS, …" / "3. WHEREAS, …" / "4. THEREFORE, BE IT RESOLVED, …" /
    "5. BE IT FURTHER RESOLVED …"): one numbering runs through the recitals and
    the resolved clauses alike, so the numbers label lines, not list items.
    Only when every numbered line of the text is in that one run from 1, each
    opens with WHEREAS or a resolving lead, and recitals come before resolved
    clauses (at least :data:`MIN_CHAIN` lines, both kinds present)."""
    margins: list[tuple[int, int]] = []
    kinds: list[str] = []
    for start, end in _lines(text):
        m = _KEYWORD_NUMBER.match(text, start, end)
        if m is None:
            continue
        if int(m.group(1)) != len(margins) + 1:
            return []
        kind = keyword(text, m.end(), end)
        if kind is None:
            return []
        if kinds and kinds[-1] == "resolved" and kind == "whereas":
            return []
        kinds.append(kind)
        margins.append((start, m.end()))
    if len(margins) < MIN_CHAIN or len(set(kinds)) < 2:
        return []
    return margins


_STANDALONE = re.compile(r"(?<!\S)\d{1,3}(?!\S)")
"""A number standing alone between blanks: "… conflicts with 10 current …"."""
GLUED_MIN_LINE = 300
"""Characters a line needs before numbers inside it are looked at."""
GLUED_MIN_SPAN = 200
"""Characters a chain of glued line numbers must run across."""


def _glued_line_numbers(text: str) -> list[tuple[int, int]]:
    """Line numbers that a PDF's text layer put inside one long line, where the
    page's lines were run together ("… to Senate, 8 9 WHEREAS, the current …
    conflicts with 10 current …"): the longest chain of stand-alone numbers n,
    n+1, n+2, … in the order they appear, if it runs :data:`MIN_NUMBERED_RUN`
    steps across :data:`GLUED_MIN_SPAN` characters. Only the digits are margin."""
    margins: list[tuple[int, int]] = []
    for start, end in _lines(text):
        if end - start < GLUED_MIN_LINE:
            continue
        tokens = [
            (m.start(), m.end(), int(m.group())) for m in _STANDALONE.finditer(text, start, end)
        ]
        best: dict[int, tuple[int, int]] = {}
        """number -> (length of the longest chain ending on it so far, its last token)"""
        back: list[int] = []
        """token -> the token before it in its chain, or -1"""
        for k, (_, _, value) in enumerate(tokens):
            before = best.get(value - 1)
            length = before[0] + 1 if before else 1
            back.append(before[1] if before else -1)
            mine = best.get(value)
            if mine is None or length >= mine[0]:
                best[value] = (length, k)
        if not best:
            continue
        length, k = max(best.values())
        if length - 1 < MIN_NUMBERED_RUN:
            continue
        chain = [k]
        while back[chain[-1]] >= 0:
            chain.append(back[chain[-1]])
        chain.reverse()
        if tokens[chain[-1]][0] - tokens[chain[0]][0] >= GLUED_MIN_SPAN:
            margins.extend((tokens[i][0], tokens[i][1]) for i in chain)
    return margins


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Clean-text offsets → original offsets, for text with margins cut out."""

    cuts: tuple[int, ...]
    """Clean offsets at which a margin was removed, ascending."""
    removed: tuple[int, ...]
    """Characters removed up to and including each cut."""

    def start(self, offset: int) -> int:
        """Original offset of a span start: after any margin cut at ``offset``."""
        i = bisect_right(self.cuts, offset) - 1
        return offset + (self.removed[i] if i >= 0 else 0)

    def to_clean(self, original: int) -> int:
        """Clean offset of an original offset outside every margin, or at a
        margin's start."""
        lo, hi = 0, len(self.cuts)
        while lo < hi:  # count the margins that start before ``original``
            mid = (lo + hi) // 2
            if self.cuts[mid] + (self.removed[mid - 1] if mid else 0) < original:
                lo = mid + 1
            else:
                hi = mid
        return original - (self.removed[lo - 1] if lo else 0)

    def end(self, offset: int) -> int:
        """Original offset of a span end: before any margin cut at ``offset``."""
        i = bisect_left(self.cuts, offset) - 1
        return offset + (self.removed[i] if i >= 0 else 0)


def strip(text: str, margins: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    """``text`` without the margin ranges, and the map back to ``text``."""
    pieces: list[str] = []
    cuts: list[int] = []
    removed: list[int] = []
    total = 0
    pos = 0
    for a, b in margins:
        pieces.append(text[pos:a])
        cuts.append(a - total)
        total += b - a
        removed.append(total)
        pos = b
    pieces.append(text[pos:])
    return "".join(pieces), OffsetMap(tuple(cuts), tuple(removed))


def blank(text: str, margins: list[tuple[int, int]]) -> str:
    """``text`` with every margin replaced by as many spaces: same length, same
    offsets, same lines, so the parser reads the prose and its spans hold for
    the original. (Indentation beyond the margin keeps its relative depth.)"""
    pieces: list[str] = []
    pos = 0
    for a, b in margins:
        pieces.append(text[pos:a])
        pieces.append(" " * (b - a))
        pos = b
    pieces.append(text[pos:])
    return "".join(pieces)


def has_line_numbers(doc: Document) -> bool:
    """Are the document's margins printed line numbers (words that a canonical
    form without them would drop)?"""
    return any(ch.isdigit() for a, b in doc.margins[:1] for ch in doc.source[a:b])
