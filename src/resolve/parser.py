"""Text → typed lines (Lark) → paragraphs → units → :mod:`resolve.assemble`.

The Lark grammar in ``grammars/resolution.lark`` types every physical line
(LALR, contextual lexer). This module groups lines into paragraphs, undoing
hard wrapping, and splits paragraphs that hold several parts inline
("…; and WHEREAS …; now, therefore, be it RESOLVED, That …"). The assembler
then builds the tree.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from resolve.model import Document

if TYPE_CHECKING:
    from lark import Lark

GRAMMAR_NAME = "resolution.lark"

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
_WS = " \t\f\v\r\ufeff\u00a0"
_TRAILING = _WS + "\n"


_PACKAGE = os.path.dirname(os.path.realpath(__file__))


@cache
def grammar_text() -> str:
    """The grammar, from the installed package or, in a source checkout, ``grammars/``.

    Plain file reads: ``importlib.resources`` costs ~10 ms of imports at start-up,
    and a wheel installed by pip is always unpacked on disk.
    """
    packaged = os.path.join(_PACKAGE, "grammars", GRAMMAR_NAME)
    source = os.path.join(os.path.dirname(os.path.dirname(_PACKAGE)), "grammars", GRAMMAR_NAME)
    path = packaged if os.path.isfile(packaged) else source
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _cache_file() -> str | bool:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "resolve")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return False
    if not os.access(folder, os.W_OK):
        return False
    return os.path.join(folder, "grammar.lark-cache")


@cache
def lark_parser() -> Lark:
    """The LALR parser, built once (and cached on disk by Lark)."""
    from lark import Lark

    text = grammar_text()
    try:
        return Lark(text, parser="lalr", lexer="contextual", cache=_cache_file())
    except OSError:
        return Lark(text, parser="lalr", lexer="contextual")


_SCANNER_FORMAT = "resolve-line-scanner-2"
_SCANNER_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE


def compile_line_scanner() -> tuple[str, int]:
    """The grammar's terminals as one alternation, in the order Lark's lexer tries them.

    Returns the pattern source and its flags. The grammar is ``start: _line*``
    and every terminal is one whole line, so in every LALR state the contextual
    lexer accepts every terminal: lexing is then exactly a sequence of matches
    of this alternation, and the LALR parser adds nothing but ~6 µs per line.
    ``tests/test_scanner.py`` checks the two agree.
    """
    parser = lark_parser()
    terminals = sorted(
        parser.terminals,
        key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name),
    )
    pattern = "|".join(f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in terminals)
    return pattern, int(parser.lexer_conf.g_regex_flags)


def _scanner_cache_path() -> str | None:
    folder = _cache_file()
    if not isinstance(folder, str):
        return None
    return os.path.join(os.path.dirname(folder), "line-scanner.txt")


def _read_scanner_cache(path: str, grammar: str) -> tuple[str, int] | None:
    """The cached pattern and flags, if the cache was built from this exact grammar.

    The file is ``format / flags / len(grammar)`` lines, then the grammar and the
    pattern: comparing the stored grammar is exact and needs neither hashlib nor
    json (~12 ms of imports at start-up).
    """
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            data = fh.read()
    except (OSError, ValueError):
        return None
    parts = data.split("\n", 3)
    if len(parts) != 4 or parts[0] != _SCANNER_FORMAT:
        return None
    try:
        flags, size = int(parts[1]), int(parts[2])
    except ValueError:
        return None
    if flags & ~_SCANNER_FLAGS:
        return None
    rest = parts[3]
    if size != len(grammar) or rest[:size] != grammar or len(rest) == size:
        return None
    return rest[size:], flags


@cache
def line_scanner() -> re.Pattern[str]:
    """The compiled line scanner: built from the Lark grammar on first use, then
    loaded from the user cache (checked against the grammar text), so a warm
    start does not import Lark at all."""
    grammar = grammar_text()
    path = _scanner_cache_path()
    if path is not None:
        cached = _read_scanner_cache(path, grammar)
        if cached is not None:
            try:
                return re.compile(*cached)
            except (re.error, ValueError, OverflowError):
                pass
    pattern, flags = compile_line_scanner()
    if path is not None:
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                fh.write(f"{_SCANNER_FORMAT}\n{flags}\n{len(grammar)}\n{grammar}{pattern}")
            os.replace(tmp, path)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return re.compile(pattern, flags)


@dataclass(slots=True)
class Line:
    """One typed physical line. Offsets are into the source."""

    kind: str
    start: int
    """Offset of the first non-blank character."""
    end: int
    """Offset just past the last non-blank character."""
    line_start: int
    """Offset of the line's first character."""


@dataclass(slots=True)
class Unit:
    """A paragraph, or an inline part of one, with its kind."""

    kind: str
    start: int
    end: int
    lines: int = 1
    """How many physical lines the unit spans."""


def iter_lines(text: str) -> Iterator[Line]:
    """Type every line of ``text`` with the grammar's terminals (see :func:`line_scanner`).

    A generator, so :func:`parse` never holds a ``Line`` per line of the input.
    """
    for m in line_scanner().finditer(text):
        kind = m.lastgroup
        assert kind is not None
        yield _typed_line(text, kind, *m.span())


def _typed_line(text: str, kind: str, start: int, end: int) -> Line:
    """The line ``text[start:end]`` of terminal ``kind``, its blanks trimmed."""
    pos = start
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while pos < end and text[pos] in _WS:
        pos += 1
    return Line(kind if pos < end else "BLANK", pos, end, start)


def lex(text: str) -> list[Line]:
    """Every typed line of ``text``, as a list."""
    return list(iter_lines(text))


def lex_lalr(text: str) -> list[Line]:
    """Type every line with Lark's LALR parser and contextual lexer.

    The reference for :func:`lex`, which must give the same lines; slower
    (~6 µs more per line) and holds a token per line in memory.
    """
    if not text:
        return []
    from lark import Token

    lines: list[Line] = []
    for tok in lark_parser().parse(text).children:
        assert isinstance(tok, Token) and tok.start_pos is not None
        lines.append(_typed_line(text, tok.type, tok.start_pos, tok.start_pos + len(tok.value)))
    return lines


_TERMINAL_PUNCT = re.compile(r"[.;:,!?][\"”’')\]]*$")


def _ends_with_punct(text: str) -> bool:
    return _TERMINAL_PUNCT.search(text[-6:]) is not None


_SENTENCE_END = re.compile(r"[.;:!?][\"”’')\]]*$")


def _ends_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


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
        if block:
            _split_block(text, block, units)
            block.clear()

    for line in lines:
        if line.kind == "BLANK":
            flush()
        elif line.kind in ("SUPPRESS", "SEPARATOR"):
            flush()
            suppress.append(line)
        else:
            block.append(line)
    flush()
    return units, suppress


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
    for i, line in enumerate(block):
        new = (
            cur is None
            or prev is None
            or cur.kind in ONE_LINE
            or (
                line.kind in ALWAYS_NEW
                and (listed or not _marker_continues(text, line, prev, widths[i - 1], width))
            )
            or (
                line.kind in STRUCTURAL
                and line.kind not in ALWAYS_NEW
                and (prev.kind in ONE_LINE_KINDS or _ended(text, prev, widths[i - 1], width))
            )
            or one_per_line
            or (
                cur.kind not in KEYWORD_LED
                and not text[line.start].islower()
                and _room(
                    widths[i - 1], _first_word_len(text, line.start, line.end), width, text, prev
                )
            )
        )
        if line.kind == "MARKER" and new:
            listed = True
        if new:
            cur = Unit(line.kind, line.start, line.end)
            out.append(cur)
        else:
            assert cur is not None
            cur.end = line.end
            cur.lines += 1
        prev = line


_RESOLVED_LEAD = (
    r"(?i:and\s++)?(?i:now,?\s++)?(?i:therefore,?\s++)?"
    r"(?i:(?:be\s++it|it\s++is)\s++(?:(?:further|finally|also|therefore|hereby)\s++)?)?"
    r"(?i:(?:further|finally|also)\s++)?(?i:resolved|(?<=it )enacted|(?<=it )ordained)\b"
    r"(?:[ \t]++(?i:further))?(?:\*\*|__)?"
    r"(?:[ \t]*+\([^()\n]{1,40}\))?"
    r"(?:\s++(?i:by)\s++(?P<by>[^:;(]{1,160}?)\s*+(?:\([^)\n]{0,80}\)\s*+)?"
    r"(?=[,:]?\s*+(?i:that)\b|:|,?\s*+$))?"
    r"(?:\s*+[,:;]?\s*+(?i:that)\b\s*+[,:]?|\s*+[,:;])?"
)
# "AND FURTHER THAT" / "AND THAT" (Canadian municipal form).
_THAT_LEAD = r"(?:AND|And)\s+(?:(?:FURTHER|Further|further)\s+)?(?:THAT|that)\b|(?:FURTHER|Further)\s+(?:THAT|that)\b"
_LEAD = re.compile(rf"[ \t\ufeff]*+(?:\*\*|__)?(?:{_THAT_LEAD}|{_RESOLVED_LEAD})")


def match_lead(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """Match a resolving lead (``RESOLVED, That``) at ``pos`` in ``text``."""
    return _LEAD.match(text, pos, len(text) if endpos is None else endpos)


_LIST_CONNECTOR = re.compile(r"[;,:]\s*(?:and|or)\s*$|--\s*$")
KEYWORD_LED = frozenset({"WHEREAS", "FORMULA", "MARKER"})
"""Paragraphs opened by a keyword or marker: a prose line inside the same block
continues them, however ragged the wrapping."""
ONE_LINE_KINDS = frozenset({"HEADING", "META", "TRAILER", "KEYVAL"})


def _marker_continues(text: str, line: Line, prev: Line, prev_width: int, width: int) -> bool:
    """A list-marker-looking line inside wrapped prose ("...resolutions 2349" /
    "(2017) and 2744") continues the sentence above it."""
    if line.kind != "MARKER" or _LIST_CONNECTOR.search(
        text, max(prev.start, prev.end - 12), prev.end
    ):
        return False
    return not _ended(text, prev, prev_width, width)


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


# Inline boundaries inside one paragraph. Group "at" marks where the new part starts.
# The punctuation comes first, outside the alternation, and a one-character
# lookbehind picks which marks each branch accepts: a pattern that starts with
# a character set lets the regex engine skip to candidates (4x faster than an
# alternation whose branches each start with their own set).
_BOUNDARY = re.compile(
    r"[;:,.](?:"
    r"(?<=[;:.])\s+(?i:and\s+)?(?P<w>(?:WHEREAS|Whereas)\b)"
    r"|(?<=[.;])\s+(?P<b>(?:BE\s+IT|Be\s+it)\s+(?i:(?:further|finally|also)\s+)?(?:RESOLVED|Resolved|resolved)\b)"
    r"|\s+(?i:and,?\s+)?(?i:(?:now,?\s+)?therefore,?\s+)?(?i:be\s+it),?\s+"
    r"(?i:(?:further|finally|also|therefore),?\s+)?(?P<r>(?i:resolved)\b)"
    r"|(?<=[.;:])\s+(?i:and\s+)?(?P<u>RESOLVED\b)"
    r"|(?<=[.])\s+(?P<n>(?:NOW|Now),?\s+(?:THEREFORE|therefore),?\s+(?i:be\s+it)\b)"
    r")"
)
_SPLITTABLE = frozenset({"WHEREAS", "FORMULA", "TEXT", "RESOLVES"})


def split_inline(text: str, units: list[Unit]) -> list[Unit]:
    """Split paragraphs that hold several recitals or clauses inline."""
    out: list[Unit] = []
    for unit in units:
        if unit.kind not in _SPLITTABLE:
            out.append(unit)
            continue
        start = unit.start
        kind = unit.kind
        protect = _lead_end(text, start, unit.end) if kind == "FORMULA" else start
        for m in _BOUNDARY.finditer(text, unit.start, unit.end):
            group = m.lastgroup
            assert group is not None
            at = m.start(group)
            if at <= protect:
                continue
            end = _rstrip(text, start, at)
            out.append(Unit(kind, start, end, text.count("\n", start, end) + 1))
            start = at
            kind = "WHEREAS" if group == "w" else "FORMULA"
            protect = _lead_end(text, start, unit.end) if kind == "FORMULA" else start
        out.append(Unit(kind, start, unit.end, text.count("\n", start, unit.end) + 1))
    return out


def _lead_end(text: str, start: int, end: int) -> int:
    m = _LEAD.match(text, start, end)
    return m.end() if m else start


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def parse(text: str) -> Document:
    """Parse resolution text into a :class:`~resolve.model.Document`. Never raises on text."""
    from dataclasses import replace

    from resolve.margins import blank, find_margins, quote_breaks

    margins = find_margins(text)
    if margins:
        # Email quote markers or printed line numbers: read the text with them
        # blanked out (same offsets); the nodes refer to the original.
        doc = parse_clean(blank(text, margins), quote_breaks(text, margins), source=text)
        return replace(doc, margins=tuple(margins))
    return parse_clean(text)


def parse_clean(text: str, breaks: list[int] | None = None, source: str | None = None) -> Document:
    """Parse text that has no line margins; ``breaks`` are offsets where a new
    resolution must begin; ``source`` is the original the nodes refer to, if
    ``text`` is it with its margins blanked out."""
    from resolve.assemble import assemble

    units, suppress = paragraphs(text, iter_lines(text))
    units = split_inline(text, units)
    return assemble(text, units, suppress, breaks or [], source)
