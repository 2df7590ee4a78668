"""``resolve fmt``: fix what is wrong in a resolution and keep everything the user chose.

The formatter does not rewrite a document from its tree. For each paragraph of
a resolution it aligns the source's tokens (words and punctuation marks) with
the paragraph's canonical text (:class:`resolve.formats.text.Writer`) and edits
only what differs: the casing of an opener or lead under an explicit profile,
the punctuation of a connector, the spaces around punctuation, doubled spaces
and trailing blanks. Everything else stays byte for byte:

* the line breaks of every paragraph (hard wrapping), unless ``wrap`` asks to
  unwrap (``None``) or rewrap to a width (an ``int``); each line's own ending
  (LF, CRLF, CR), the final newline or its absence;
* headings, trailers, unknown blocks and anything outside the resolutions;
* list markers, numbers and letters: they are words, and ``fmt`` never renumbers;
* in Markdown (:mod:`resolve.markdown_source`), every mark of emphasis,
  heading, quote, link, code and front matter: they are margins of the
  document, not tokens, and a gap holding one is never edited.

Before the result is returned it is checked, as black does
(``assert_equivalent`` / ``assert_stable``): it must parse to the same
structure with the same markers, hold the same words, and be a fixed point of
the formatter. If not, the source comes back unchanged with the reason. A
resolution the parser read with low confidence (``Resolution.doubts``) is left
as it is, and a text in which no resolution is found is never changed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate
from typing import Literal

from resolve.formats._common import words
from resolve.formats._text_style import style_for
from resolve.formats.text import Paragraph, Writer, structure
from resolve.model import Document, RecitalOpener, Resolution

Wrap = int | Literal["keep", "none"]
"""``"keep"``: each paragraph keeps its line breaks; ``"none"``: one line per
paragraph and list item; an ``int``: rewrap paragraphs to that width."""

_SPLIT = re.compile(r"([^\W_]+|[^\w\s])")
_BREAK = re.compile(r"\r\n|\r|\n")
_EOL = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class FormatResult:
    """What :func:`format_document` made of a document."""

    text: str
    """The formatted text (the source itself when nothing was changed)."""
    notes: tuple[str, ...] = ()
    """One line for each part left as is, saying why (empty when all was formatted)."""
    source: str = ""
    """The text that was formatted."""

    @property
    def changed(self) -> bool:
        return self.text != self.source


NO_RESOLUTION = (
    "no resolution found (no WHEREAS or BECAUSE recital, enacting formula or RESOLVED "
    "clause at the start of a line): left as is"
)


def format_text(
    source: str | Document,
    *,
    profile: str | None = None,
    wrap: Wrap = "keep",
    markdown: bool = False,
) -> str:
    """The text of :func:`format_source` (what ``resolve.format`` returns)."""
    return format_source(source, profile=profile, wrap=wrap, markdown=markdown).text


def has_resolution_form(res: Resolution, text: str | None = None) -> bool:
    """Does ``res`` show a resolution's form: a ``WHEREAS``/``BECAUSE`` recital, an
    enacting formula, or a clause with a resolving lead, beginning a line? A
    numbered list in a letter, a changelog's bullets, or ``RESOLVED, That``
    quoted inside a sentence of a README do not. ``text``: the source with its
    margins blanked (default: ``res.source``)."""
    text = res.source if text is None else text
    starts: list[int] = []
    if res.enacting_formula is not None:
        starts.append(res.enacting_formula.span.start.offset)
    starts.extend(c.span.start.offset for c in res.clauses if c.lead)
    starts.extend(
        r.span.start.offset
        for r in res.preamble
        if r.opener_kind in (RecitalOpener.WHEREAS, RecitalOpener.BECAUSE)
    )
    for offset in starts:
        line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
        if not text[line_start:offset].strip():
            return True
    return False


def _parse(text: str, markdown: bool) -> Document:
    if markdown:
        from resolve.markdown_source import parse_markdown

        return parse_markdown(text)
    from resolve.parsing import parse

    return parse(text)


def format_source(
    source: str | Document,
    *,
    profile: str | None = None,
    wrap: Wrap = "keep",
    markdown: bool = False,
) -> FormatResult:
    """Format resolution text (or a parsed Document). ``markdown``: read ``source``
    as Markdown. ``ValueError`` on an unknown profile or a width below 20."""
    doc = source if isinstance(source, Document) else _parse(source, markdown)
    return format_document(doc, profile=profile, wrap=wrap, markdown=markdown)


def format_document(
    doc: Document, *, profile: str | None = None, wrap: Wrap = "keep", markdown: bool = False
) -> FormatResult:
    """Format ``doc`` (see the module docstring); ``doc.source`` back, with notes, when
    that cannot be shown safe."""
    style_for(profile)  # ValueError on an unknown profile
    if isinstance(wrap, bool) or not (isinstance(wrap, int) or wrap in ("keep", "none")):
        raise ValueError(f"wrap must be 'keep', 'none' or a width, not {wrap!r}")
    if isinstance(wrap, int) and wrap < 20:
        raise ValueError(f"wrap width {wrap} is too small (at least 20)")
    original = doc.source
    blanked = _blanked(doc)
    if not any(has_resolution_form(r, blanked) for r in doc.resolutions):
        return FormatResult(original, (NO_RESOLUTION,), original)
    out, notes = _edit(doc, profile, wrap, markdown)
    if out == original:
        return FormatResult(original, tuple(notes), original)
    reason = _unsafe(doc, out, profile, wrap, markdown)
    if reason is not None:
        return FormatResult(original, (*notes, reason), original)
    return FormatResult(out, tuple(notes), original)


def _unsafe(doc: Document, out: str, profile: str | None, wrap: Wrap, markdown: bool) -> str | None:
    """Why ``out`` may not replace ``doc.source``, or None (black's assert_equivalent
    and assert_stable)."""
    again = _parse(out, markdown)
    if structure(again) != structure(doc):
        return "the formatted text would parse to a different structure or markers"
    if words(out) != words(doc.source):
        return "the formatted text would change its words or markers"
    if _marks(out) != _marks(doc.source):
        return "the formatted text would change a mark that is not a connector's punctuation"
    if _edit(again, profile, wrap, markdown)[0] != out:
        return "the formatted text is not stable (formatting it again changes it)"
    return None


# -- the edits --------------------------------------------------------------------------


def _blanked(doc: Document) -> str:
    """The source with its margins (quote markers, line numbers, Markdown marks)
    blanked: what the parser read, at the same offsets."""
    if not doc.margins:
        return doc.source
    from resolve.parsing.margins import blank

    return blank(doc.source, list(doc.margins))


_FIXABLE_PUNCT = frozenset(",;:.")
"""The only marks ``fmt`` may add, drop or change: connector and separator
punctuation. Every other mark (``*``, ``_``, ``#``, quotes, brackets, dashes) is
the user's: emphasis typed in a .txt file stays."""
_MARK = re.compile(r"[^\w\s,;:.]|_")


def _marks(text: str) -> list[str]:
    return _MARK.findall(text)


def _without_margins(doc: Document) -> str:
    """The source with its margins cut out: the words as a reader sees them."""
    if not doc.margins:
        return doc.source
    from resolve.parsing.margins import strip

    return strip(doc.source, list(doc.margins))[0]


def _eol(text: str) -> str:
    """The most common line ending (LF if there is none)."""
    counts = Counter(m.group() for m in _EOL.finditer(text))
    return counts.most_common(1)[0][0] if counts else "\n"


def _edit(doc: Document, profile: str | None, wrap: Wrap, markdown: bool) -> tuple[str, list[str]]:
    """The formatted text (unchecked) and the notes on parts left alone."""
    source = doc.source
    blanked = _blanked(doc)
    writer = Writer(doc, style_for(profile))
    eol = _eol(source)
    doubles = _doubled_spaces_are_the_style(_without_margins(doc))
    margin_starts = [a for a, _ in doc.margins]
    margin_ends = [b for _, b in doc.margins]
    edits: list[tuple[int, int, str]] = []
    notes: list[str] = []
    for ri, res in enumerate(doc.resolutions):
        if not has_resolution_form(res, blanked):
            label = f"part {ri + 1}" if len(doc.resolutions) > 1 else "the text"
            notes.append(f"{label} left as is: no recital, formula or resolving clause")
            continue
        if res.doubts:
            label = f"resolution {ri + 1}" if len(doc.resolutions) > 1 else "the resolution"
            notes.append(f"{label} left as is: read with low confidence ({res.doubts[0]})")
            continue
        paragraphs = list(writer.paragraphs(res, ri))
        covered: list[tuple[int, int]] = []
        for para in paragraphs:
            end = para.node.span.end.offset
            covered.append((para.start, end))
            new = _paragraph(para, source, blanked, wrap, markdown, eol, doubles)
            if new is not None:
                edits.append((para.start, end, new))
        # A code block's or a quote's blanks are not ours: margins count as covered.
        lo = bisect_right(margin_ends, res.span.start.offset)
        hi = bisect_right(margin_starts, res.span.end.offset)
        covered.extend(doc.margins[lo:hi])
        for start, end, new in _trailing(
            source, res.span.start.offset, res.span.end.offset, covered
        ):
            # Two or more spaces at the end of a Markdown line are a hard break.
            if not (markdown and end - start >= 2 and source[start:end] == " " * (end - start)):
                edits.append((start, end, new))
    edits.sort()
    pieces: list[str] = []
    at = 0
    for start, end, new in edits:
        if start < at:  # overlapping (should not happen): keep the source there
            continue
        pieces.append(source[at:start])
        pieces.append(new)
        at = end
    pieces.append(source[at:])
    return "".join(pieces), notes


def _trailing(
    source: str, start: int, end: int, covered: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Edits removing trailing blanks of lines in ``start..end`` outside paragraphs."""
    out: list[tuple[int, int, str]] = []
    covered = _merge_ranges(covered)
    starts = [s for s, _ in covered]
    pos = max(source.rfind("\n", 0, start), source.rfind("\r", 0, start)) + 1
    while pos <= end:
        m = _BREAK.search(source, pos)
        stop = m.start() if m else len(source)
        line = source[pos:stop]
        kept = len(line.rstrip(_BLANKS))
        a = pos + kept
        i = bisect_right(starts, a) - 1
        if kept < len(line) and not (i >= 0 and a < covered[i][1]):
            out.append((a, stop, ""))
        if m is None:
            break
        pos = m.end()
    return out


def _merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_WIDE_GAP = re.compile(r"\S {3,}\S")
_MARKER_PREFIX = re.compile(
    r"\s*(?:\(?[0-9A-Za-z]{1,4}[.)]|\([0-9A-Za-z]{1,4}\)|[-*•–—]|(?:Section|SEC\.|Sec\.)\s+\w+\.?)"
)


# Between two word characters: gaps fmt never changes when the convention holds,
# so the verdict is the same on fmt's output (stable).
_ONE_SPACE = re.compile(r"(?<=\w) (?=\w)")
_TWO_SPACES = re.compile(r"(?<=\w)  (?=\w)")


def _doubled_spaces_are_the_style(text: str) -> bool:
    """Are two spaces between words the document's own convention (justified text
    from a PDF, two spaces everywhere) rather than a slip here and there? More
    than one word gap in twenty."""
    two = len(_TWO_SPACES.findall(text))
    return two > 2 and two * 20 > two + len(_ONE_SPACE.findall(text))


def _gap(
    source: str, gs: int, ge: int, c: str, wrap: Wrap, markdown: bool, doubles: bool = False
) -> str:
    """The new whitespace between two tokens: ``source[gs:ge]`` as written, ``c`` in
    the canonical text."""
    g = source[gs:ge]
    if g and not g.isspace():
        # A margin or Markdown mark lies there: never edited. Only blanks on
        # one line beside it go where the canonical text has no space
        # (``_strong_ ;`` → ``_strong_;``).
        if c == "" and not _BREAK.search(g):
            return "".join(ch for ch in g if ch not in _BLANKS)
        return g
    if _BREAK.search(g):
        if wrap != "keep" and "\n" not in c:
            return "" if c == "" else " "
        return _strip_before_breaks(g, markdown)
    if c == "":
        return ""
    if g == "" or g == " ":
        return " "
    if g != "  " or source[gs - 1] in ".:?!" or doubles:
        # Tabs, wide gaps (a table), two spaces after a sentence, and two spaces
        # throughout a document are its own choice.
        return g
    line_start = max(source.rfind("\n", 0, gs), source.rfind("\r", 0, gs)) + 1
    line_end = _BREAK.search(source, ge)
    stop = line_end.start() if line_end else len(source)
    if _WIDE_GAP.search(source, line_start, stop):
        return g  # a line aligned in columns
    if _MARKER_PREFIX.fullmatch(source, line_start, gs):
        return g  # a marker aligned to its text
    return " "


_BLANKS = " \t\f\v"


def _strip_before_breaks(g: str, markdown: bool) -> str:
    """``g`` without the blanks before each of its line breaks (linear: no regex
    backtracking over a long run of spaces). Two or more spaces before a break
    are a Markdown hard break and stay in Markdown."""
    parts = _BREAK.split(g)
    seps = _BREAK.findall(g)
    out = []
    for line in parts[:-1]:
        kept = line.rstrip(_BLANKS)
        blanks = line[len(kept) :]
        if markdown and len(blanks) >= 2 and set(blanks) == {" "}:
            kept = line
        out.append(kept)
    out.append(parts[-1])
    return "".join(p + s for p, s in zip(out, [*seps, ""], strict=True))


def _paragraph(
    para: Paragraph,
    source: str,
    blanked: str,
    wrap: Wrap,
    markdown: bool,
    eol: str,
    doubles: bool = False,
) -> str | None:
    """The new text of the paragraph's source range, or None if it stays as it is."""
    a, b = para.start, para.node.span.end.offset
    canon = para.text
    # Split into [gap, token, gap, token, …, gap]: tokens at odd indices.
    parts = _SPLIT.split(blanked[a:b])
    cparts = _SPLIT.split(canon)
    otexts, ctexts = parts[1::2], cparts[1::2]
    if not otexts or not ctexts:
        return None
    offs = list(accumulate(map(len, parts), initial=a))
    coffs = list(accumulate(map(len, cparts), initial=0))
    if "\x00".join(otexts).casefold() == "\x00".join(ctexts).casefold():
        opcodes: list[tuple[str, int, int, int, int]] = [("equal", 0, len(otexts), 0, len(ctexts))]
    else:
        okeys = [t.casefold() for t in otexts]
        ckeys = [t.casefold() for t in ctexts]
        opcodes = list(SequenceMatcher(None, okeys, ckeys, autojunk=False).get_opcodes())
    edits: list[tuple[int, int, str]] = []
    regions: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if not (tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1)):
            regions.append((i1, i2, j1, j2))
            continue
        shift = j1 - i1
        for i in range(i1, i2):
            if otexts[i] != ctexts[i + shift]:
                if _MARK.match(otexts[i]) or _MARK.match(ctexts[i + shift]):
                    continue
                start = offs[2 * i + 1]
                if source[start : start + len(otexts[i])] == otexts[i]:
                    edits.append((start, start + len(otexts[i]), ctexts[i + shift]))
        # Gaps between two tokens of the run: parts[2i + 2] after token i.
        for i in range(i1, i2 - 1):
            g, c = parts[2 * i + 2], cparts[2 * (i + shift) + 2]
            if g == c:
                continue
            gs = offs[2 * i + 2]
            new = _gap(source, gs, gs + len(g), c, wrap, markdown, doubles)
            if new != source[gs : gs + len(g)]:
                edits.append((gs, gs + len(g), new))
    for i1, i2, j1, j2 in regions:
        start = offs[2 * i1] if i1 > 0 else offs[1]
        stop = offs[2 * i2 + 1] if i2 < len(otexts) else offs[2 * len(otexts)]
        c_start = coffs[2 * j1] if j1 > 0 else coffs[1]
        c_stop = coffs[2 * j2 + 1] if j2 < len(ctexts) else coffs[2 * len(ctexts)]
        region = _region(source[start:stop], blanked[start:stop], canon[c_start:c_stop], markdown)
        if region is not None and region != source[start:stop]:
            edits.append((start, stop, region))
    edits.sort()
    pieces: list[str] = []
    at = a
    for s, e, new in edits:
        if s < at:
            continue
        pieces.append(source[at:s])
        pieces.append(new)
        at = e
    pieces.append(source[at:b])
    text = "".join(pieces)
    if isinstance(wrap, int):
        line_start = max(source.rfind("\n", 0, a), source.rfind("\r", 0, a)) + 1
        text = _rewrap(text, a - line_start, wrap, eol)
    return None if text == source[a:b] else text


def _region(orig: str, blanked: str, canon: str, markdown: bool) -> str | None:
    """The replacement of a run of source that differs from the canonical text by
    more than one-for-one tokens (a comma added, a connector word order changed).
    None when it cannot be replaced without losing a mark or a line break."""
    if any(not o.isspace() and k.isspace() for o, k in zip(orig, blanked, strict=True)):
        return None  # a margin or Markdown mark inside
    if _MARK.search(orig) or _MARK.search(canon):
        return None  # only connector punctuation is the formatter's to change
    new = re.sub(r"\s+", " ", canon)
    breaks = [
        _strip_before_breaks(m.group(), markdown)
        for m in re.finditer(r"\s+", orig)
        if _BREAK.search(m.group())
    ]
    if not breaks:
        return new
    spaces = [m.start() for m in re.finditer(" ", new)]
    if len(spaces) < len(breaks):
        return None
    out = list(new)
    for pos, brk in zip(spaces[-len(breaks) :], breaks, strict=True):
        out[pos] = brk
    return "".join(out)


_BREAK_AT = re.compile(r"(?<=[^\s;:.]) (?=[^\W\d_])")
"""A space where a line may break: after a word or a comma, before a letter
(checked to be lower case), so no new line can start with a marker, an opener
or what reads as a new paragraph."""


def _rewrap(text: str, column: int, width: int, eol: str) -> str:
    """Break the lines of a paragraph's text longer than ``width`` at spaces
    (greedy, linear in the text). Continuation lines keep the indentation of the
    line they continue; the first line's continuation is indented to where the
    paragraph begins when only blanks precede it."""
    lines = _BREAK.split(text)
    seps = _BREAK.findall(text)
    out: list[str] = []
    for n, line in enumerate(lines):
        if n == 0:
            base, indent = column, " " * column
        else:
            base, indent = 0, line[: len(line) - len(line.lstrip(" \t"))]
        out.append(_wrap_line(line, base, width, indent, eol))
    return "".join(p + s for p, s in zip(out, [*seps, ""], strict=True))


def _wrap_line(line: str, base: int, width: int, indent: str, eol: str) -> str:
    segments: list[str] = []
    start, best = 0, -1
    for m in _BREAK_AT.finditer(line):
        pos = m.start()
        if not line[pos + 1].islower():
            continue
        while pos >= start and base + (pos - start) > width:
            cut = best if best >= start else pos
            segments.append(line[start:cut])
            start, base, best = cut + 1, len(indent), -1
            if cut == pos:
                break
        if pos >= start:
            best = pos
    if base + (len(line) - start) > width and best >= start:
        segments.append(line[start:best])
        start = best + 1
    if not segments:
        return line
    segments.append(line[start:])
    return segments[0] + "".join(eol + indent + seg for seg in segments[1:])


__all__ = [
    "FormatResult",
    "Wrap",
    "format_document",
    "format_source",
    "format_text",
    "has_resolution_form",
]
