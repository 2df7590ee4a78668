"""Line breaks written as HTML tags: a page's text with its ``<br />`` and ``<p>``
tags left in as literal text.

A scan's text layer exported as HTML keeps each printed line's break as a
literal ``<br />`` ("… facilities in the <br /> area for …"), often with the
whole page run onto one line; a page's paragraphs may likewise be run onto one
line as ``<p>WHEREAS, …</p> <p>WHEREAS, …</p>``. The line grammar then sees no
line at all. :func:`unwrap` writes each break where its tags stand: the tags
and the blanks around them become spaces ending in a newline (same length,
same offsets, as the repairs of :mod:`resolve.parsing.ocr`), and the other
tags of a known element (``<span class="…">``, as :mod:`resolve.parsing.margins`
knows them) become spaces and the document's margins (:func:`inline_tags`), so
the parser reads the lines and its nodes refer to the original.

A text double-spaced by its tags (every line's break two tags, or a tag and a
blank line) is read single-spaced: only a break heavier than the text's usual
one is a blank line. It imports only :mod:`resolve.parsing.margins`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from resolve._text import find_words, matches_at
from resolve.parsing.margins import _TAG
from resolve.parsing.patterns import MARKER

MIN_BREAKS = 3
"""Tag breaks inside lines a text needs before its tags count as its line breaks
(a stray ``<br>`` in prose stays prose)."""

_BR = r"<br[ \t]*+/?>"
_BR_RUN = re.compile(_BR + r"(?:[ \t\r\n]*+" + _BR + r")*+[ \t]*+(?:\r?\n[ \t]*+)*+", re.IGNORECASE)
"""A line break written as one or more ``<br />`` tags, with the blanks and
newlines between and after them."""
_P = r"</?p(?:[ \t]++[^<>\n]*+)?/?>"
_P_RUN = re.compile(_P + r"(?:[ \t]*+" + _P + r")*+[ \t]*+", re.IGNORECASE)
"""A paragraph break written as ``</p> <p>`` (or an empty ``<p/>``) tags."""
_MID_LINE = re.compile(r"(?<=[^\s>])[ \t]*+(?:<br[ \t]*+/?>|</p>[ \t]*+<p\b)", re.IGNORECASE)
"""A break tag with text before it on its line: ``area; and <br />``, ``…</p> <p>``."""
_BREAK_TAG = re.compile(r"</?(?:br|p)\b", re.IGNORECASE)
_ROW = re.compile(r"^[ \t]*+\|[^\n]*+", re.MULTILINE)
"""A Markdown table row: a line that opens with "|"."""


def _weight(run: str) -> int:
    """How many line breaks ``run`` writes: its ``<br>`` tags and its newlines."""
    return run.lower().count("<br") + run.count("\n")


def _rows(text: str) -> list[tuple[int, int]]:
    """The Markdown table rows of ``text`` ("| a<br>b | c |"), whose cells break
    their lines with tags that must not break the row."""
    return [m.span() for m in _ROW.finditer(text)] if "|" in text else []


def _in_row(rows: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(rows, (pos, pos)) - 1
    return i >= 0 and rows[i][0] <= pos < rows[i][1]


_HYPHEN_END = re.compile(r"[^\W\d_]-[ \t]*+$")
"""A line that ends on a word hyphenated at the break ("… have compe-")."""


def _hyphenated(text: str, run: re.Match[str]) -> bool:
    """Does the break ``run`` part a hyphenated word ("compe- <br /> <br /> <br />tently")?
    The word goes on below: a heavier break there is the scan's spacing, no paragraph's end."""
    start = max(0, run.start() - 40)
    return (
        _HYPHEN_END.search(text, start, run.start()) is not None
        and text[run.end() : run.end() + 1].islower()
    )


def _breaks(text: str) -> list[tuple[int, int, int]]:
    """(start, end, newlines to write) for every break written as tags."""
    rows = _rows(text)
    runs = [m for m in _BR_RUN.finditer(text) if not _in_row(rows, m.start())]
    found: list[tuple[int, int, int]] = []
    if runs:
        usual = Counter(_weight(m.group()) for m in runs).most_common(1)[0][0]
        heavy = [_weight(m.group()) > usual and not _hyphenated(text, m) for m in runs]
        found += [(m.start(), m.end(), 2 if h else 1) for m, h in zip(runs, heavy, strict=True)]
    found += [
        (m.start(), m.end(), 2) for m in _P_RUN.finditer(text) if not _in_row(rows, m.start())
    ]
    return sorted(found)


def _blanks_before_tags(text: str) -> Iterator[int]:
    """Where each "<" of ``text`` is preceded by its blanks: the only places a
    match of :data:`_MID_LINE` may start (its lookbehind made ``finditer`` try
    every offset of a book)."""
    for at in find_words(text, "<"):
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        yield at


def _tag_breaks(text: str) -> bool:
    """Do at least :data:`MIN_BREAKS` break tags stand inside the lines of ``text``?"""
    if not any(cue in text for cue in ("<b", "<B", "</p", "</P")):
        return False  # every break tag opens with one (no other letter folds to b or p)
    rows = _rows(text)
    found = matches_at(_MID_LINE, text, _blanks_before_tags(text))
    inside = (m for m in found if not _in_row(rows, m.start()))
    return sum(1 for _ in zip(range(MIN_BREAKS), inside, strict=False)) >= MIN_BREAKS


def inline_tags(text: str) -> list[tuple[int, int]]:
    """The tags other than breaks (``<span class="…">``, ``</span>``) of a text
    whose line breaks are tags, as margins: markup, not words of the resolution.
    The break tags are no margin: cut out, they would glue the lines' words."""
    if not _tag_breaks(text):
        return []
    return [m.span() for m in _TAG.finditer(text) if not _BREAK_TAG.match(m.group())]


def unwrap(text: str) -> str:
    """``text`` with its HTML line and paragraph breaks written as newlines and
    its other tags blanked (same length, same offsets); ``text`` itself when
    fewer than :data:`MIN_BREAKS` break tags stand inside its lines."""
    if not _tag_breaks(text):
        return text
    pieces: list[str] = []
    pos = 0
    for start, end, newlines in _breaks(text):
        if start < pos:
            continue
        pieces.append(_TAG.sub(lambda m: " " * len(m.group()), text[pos:start]))
        newlines = min(newlines, end - start)
        pieces.append(" " * (end - start - newlines) + "\n" * newlines)
        pos = end
    pieces.append(_TAG.sub(lambda m: " " * len(m.group()), text[pos:]))
    out = "".join(pieces)
    assert len(out) == len(text)
    return out


_CELL_BAR = re.compile(r"^[ \t]*+(\|++)[ \t]*+$", re.MULTILINE)
"""A line holding only a table's cell bars: "|", "||||"."""
MIN_CELL_BARS = 2
"""Lines of a lone cell bar a text needs before they count as a flattened table's debris."""


def cell_bars(text: str) -> list[tuple[int, int]]:
    """The lone cell bars of a table flattened to text, one cell a line ("|" /
    "RESOLVED:" / "|" / "That …"), or a run of them ("||||"), and the bar that
    closes a cell at the end of its text ("Adoption of Agenda |"), as margins: a
    column rule, not text. None when any other "|" stands in a line (a Markdown
    table keeps its bars)."""
    if "|" not in text:
        return []
    rows = _numbered_rows(text)
    if rows:
        return rows
    bars = [m.span(1) for m in _CELL_BAR.finditer(text)]
    ends = [m.span(1) for m in _ROW_END.finditer(text)]
    if len(bars) < MIN_CELL_BARS or text.count("|") != sum(b - a for a, b in bars) + len(ends):
        return []
    return sorted(bars + ends)


_ROW_NUMBER = re.compile(r"^[ \t]*+(\|[ \t]*+\d{1,3}[ \t]*+\|)", re.MULTILINE)
"""A table row's opening bars around its row number: "| 3 | Whereas: …"."""
_ROW_END = re.compile(r"(?<=\S)[ \t]++(\|)[ \t]*+$", re.MULTILINE)
"""A table row's closing bar at the end of its last line: "… approved; |"."""


def _numbered_rows(text: str) -> list[tuple[int, int]]:
    """The bars of a two-column table flattened to text, a row number then the
    row's text, each row closed by a bar at the end of its last line ("| 1 |
    Whereas: …; |"): its cells' frame, not words. Every bar in the text must be
    one of them, and at least :data:`MIN_CELL_BARS` rows must be numbered."""
    opens = [m.span(1) for m in _ROW_NUMBER.finditer(text)]
    if len(opens) < MIN_CELL_BARS:
        return []
    ends = [m.span(1) for m in _ROW_END.finditer(text)]
    if len(ends) != len(opens) or text.count("|") != 2 * len(opens) + len(ends):
        return []
    return sorted(opens + ends)


_PAGE_RULE = re.compile(
    r"^[ \t]*+([-=_*~]{3,}+[ \t]*+(?i:page|p\.)[ \t]*+(?:\d{1,4}|[ivxlc]{1,6})[ \t]*+[-=_*~]{3,}+)[ \t]*+$",
    re.MULTILINE,
)
"""A page break an edition writes as a line of its own, the page's number set
in a rule: "-------------------- page 330 --------------------", "=== Page 12 ===".
"""


def page_rules(text: str) -> list[tuple[int, int]]:
    """The page-break lines of an edition that marks where each printed page
    begins, as margins: a sentence (a clause, a recital) runs on across them, and
    the rule is no word of it."""
    if "age" not in text and "AGE" not in text:
        return []
    return [m.span(1) for m in _PAGE_RULE.finditer(text)]


_BLOCK_OPEN = re.compile(
    r"<(?:p|div|li|dd|dt|h[1-6]|tr|blockquote)\b"
    r"|<span[ \t]++[^<>\n]*?\bclass[ \t]*+=[ \t]*+[\"'][^\"'<>\n]*?"
    r"(?<![\w-])(?:[A-Za-z]++-)?(?i:p|para|paragraph|item|intro|listIntroduction)(?![\w-])",
    re.IGNORECASE,
)
"""A tag that opens a block of a page: a paragraph, list item, heading or row
element, or a span whose class names a paragraph or a list's item or
introduction, as a structured rendering marks them (``<span class="akn-p">``,
``<span class="item">``)."""


def block_lines(source: str, text: str, tags: list[tuple[int, int]]) -> str:
    """``text`` (``source`` with its ``tags`` blanked) with a blank line written
    at the end of each tag that opens a block in the middle of a line (same
    length, same offsets): pasted HTML source whose paragraphs run on one long
    line (``<p>Recalling …</p><p>Decides …</p>``) is read a paragraph a line. A
    block whose line holds only its list number so far (``(a)`` in an element
    of its own) goes on on that line. The source's own line breaks stay."""
    cuts: list[int] = []
    line_start = scanned = 0
    for k, (start, end) in enumerate(tags):
        if start < line_start or end - start < 3 or not _BLOCK_OPEN.match(source, start, end):
            continue
        line_start = max(line_start, text.rfind("\n", scanned, start) + 1)
        scanned = start
        before = text[line_start:start]
        if not before.strip():
            line_start = scanned = end  # nothing yet on the line
            continue
        marker = MARKER.match(before)
        if marker is not None and not before[marker.end() :].strip():
            continue  # only the list item's number ("(a)") so far
        # The break goes after the tags that open the block with it, so that
        # its text is not indented by their blanks.
        while k + 1 < len(tags) and not text[end : tags[k + 1][0]].strip():
            k += 1
            end = tags[k][1]
        cuts.append(end)
        line_start = scanned = end
    if not cuts:
        return text
    pieces: list[str] = []
    pos = 0
    for end in cuts:
        pieces.append(text[pos : end - 2])
        pieces.append("\n\n")
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
