"""Markdown sources: read a resolution from a ``.md`` file's paragraphs and lists.

The file is parsed with markdown-it-py (CommonMark). Everything that is Markdown
syntax rather than the resolution's words becomes a *margin* of the document
(:attr:`resolve.model.Document.margins`), exactly as email quote markers are:

* front matter (``---`` … ``---`` at the top), fenced and indented code blocks
  and HTML blocks, whole (their line breaks stay);
* the ``#`` of ATX headings and the underline of setext headings;
* the ``>`` of block quotes;
* inline marks: ``**``/``__``/``*``/``_``/``~~`` emphasis, code backticks,
  link brackets and their ``(url)``, inline HTML.

The parser reads the text with the margins blanked out (same offsets, same
lines), so every span still points into the original file, list markers stay
list markers (they are words of the resolution), and the rules skip findings
inside a margin. ``fmt`` never edits a margin, so emphasis, headings, code
and front matter survive every round trip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import PurePath
from typing import TYPE_CHECKING, TypeVar

from resolve.model import Document, Node, Position, Span

N = TypeVar("N", bound=Node)

if TYPE_CHECKING:
    from markdown_it.token import Token

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
"""File suffixes read as Markdown."""

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n).*?^(?:---|\.\.\.|\+\+\+)[ \t]*$", re.S | re.M
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_QUOTE = re.compile(r"[ \t]*(?:>[ \t]?)+")
_ATX_OPEN = re.compile(r"[ \t]*#{1,6}(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_EMPHASIS = ("strong_open", "strong_close", "em_open", "em_close", "s_open", "s_close")


def is_markdown_path(path: str | None) -> bool:
    """True if ``path`` names a Markdown file (by its suffix)."""
    return bool(path) and PurePath(str(path)).suffix.lower() in MARKDOWN_SUFFIXES


def _line_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end without the line break) of each line."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and out:
            break
        body = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(body)))
    return out


def _mask_lines(lines: list[tuple[int, int]], first: int, last: int) -> Iterable[tuple[int, int]]:
    for start, end in lines[first : min(last, len(lines))]:
        if end > start:
            yield start, end


def markdown_margins(text: str) -> list[tuple[int, int]]:
    """The offset ranges of ``text`` that are Markdown syntax, not words (sorted,
    disjoint): see the module docstring."""
    from markdown_it import MarkdownIt

    ranges: list[tuple[int, int]] = []
    lines = _line_offsets(text)
    body = text
    fm = _FRONT_MATTER.match(text)
    if fm:
        ranges.extend(_mask_lines(lines, 0, sum(1 for a, _ in lines if a < fm.end())))
        blank = list(text)
        for a, b in ranges:
            blank[a:b] = " " * (b - a)
        body = "".join(blank)
    md = MarkdownIt("commonmark")
    tokens = md.parse(body)
    for tok in tokens:
        if tok.map is None:
            continue
        first, last = tok.map
        if tok.type in ("fence", "code_block", "html_block"):
            ranges.extend(_mask_lines(lines, first, last))
        elif tok.type == "blockquote_open":
            for start, end in lines[first:last]:
                m = _QUOTE.match(text, start, end)
                if m and ">" in m.group():
                    ranges.append((start, m.end()))
        elif tok.type == "heading_open":
            if tok.markup in ("=", "-"):  # setext: the underline
                ranges.extend(_mask_lines(lines, last - 1, last))
            elif first < len(lines):
                start, end = lines[first]
                m = _ATX_OPEN.match(text, start, end)
                if m:
                    ranges.append((start, m.end()))
                c = _ATX_CLOSE.search(text, start, end)
                if c:
                    ranges.append((c.start(), c.end()))
        elif tok.type == "inline" and tok.children and first < len(lines):
            region_start = lines[first][0]
            region_end = lines[min(last, len(lines)) - 1][1]
            ranges.extend(_inline_marks(text, tok.children, region_start, region_end))
    return _merge(ranges)


def _inline_marks(text: str, children: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """Ranges of the inline marks among ``children`` (markdown-it inline tokens),
    found by walking the source from ``start`` in step with the tokens."""
    out: list[tuple[int, int]] = []
    cur = start

    def seek(needle: str, *, near: bool) -> int:
        if not needle:
            return -1
        idx = text.find(needle, cur, end)
        if idx < 0:
            return -1
        if near and text[cur:idx].strip(" \t\r\n>") != "":
            return -1
        return idx

    for child in children:
        kind = child.type
        if kind == "text" or kind == "softbreak" or kind == "hardbreak":
            content = child.content if kind == "text" else ""
            idx = seek(content, near=False) if content else -1
            if idx >= 0:
                cur = idx + len(content)
        elif kind in _EMPHASIS:
            idx = seek(child.markup, near=True)
            if idx >= 0:
                out.append((idx, idx + len(child.markup)))
                cur = idx + len(child.markup)
        elif kind == "code_inline":
            idx = seek(child.markup, near=True)
            if idx >= 0:
                out.append((idx, idx + len(child.markup)))
                cur = idx + len(child.markup)
                close = text.find(child.markup, cur, end)
                if close >= 0:
                    out.append((close, close + len(child.markup)))
                    cur = close + len(child.markup)
        elif kind == "link_open":
            mark = "<" if child.markup == "autolink" else "["
            idx = seek(mark, near=True)
            if idx >= 0:
                out.append((idx, idx + 1))
                cur = idx + 1
        elif kind == "link_close":
            if child.markup == "autolink":
                idx = seek(">", near=True)
                if idx >= 0:
                    out.append((idx, idx + 1))
                    cur = idx + 1
                continue
            idx = seek("]", near=True)
            if idx < 0:
                continue
            stop = idx + 1
            if text.startswith("(", stop):
                close = _closing_paren(text, stop, end)
                stop = close + 1 if close >= 0 else stop
            elif text.startswith("[", stop):
                close = text.find("]", stop, end)
                stop = close + 1 if close >= 0 else stop
            out.append((idx, stop))
            cur = stop
        elif kind == "html_inline":
            idx = seek(child.content, near=True)
            if idx >= 0:
                out.append((idx, idx + len(child.content)))
                cur = idx + len(child.content)
    return out


def _closing_paren(text: str, start: int, end: int) -> int:
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        elif ch in "\r\n" and i + 1 < end and text[i + 1] in "\r\n":
            return -1
    return -1


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(r for r in ranges if r[1] > r[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def parse_markdown(text: str) -> Document:
    """Parse a Markdown file: the resolution is read from its paragraphs and lists,
    the Markdown syntax is kept as margins (see the module docstring)."""
    from resolve.parsing import parse_clean
    from resolve.parsing.margins import blank

    margins = markdown_margins(text)
    if not margins:
        return parse_clean(text)
    doc = parse_clean(blank(text, margins), [], source=text)
    return _widen(replace(doc, margins=tuple(margins)))


def _widen(doc: Document) -> Document:
    """Each part of a resolution begins at the Markdown marks just before its first
    word (``**WHEREAS**``, ``# Title``), so its ``text`` holds its own emphasis."""
    ends = {b: a for a, b in doc.margins}
    starts = dict(doc.margins)

    def start_of(offset: int) -> int:
        while offset in ends:  # a margin holds no line break
            offset = ends[offset]
        return offset

    def end_of(offset: int) -> int:
        while offset in starts:
            offset = starts[offset]
        return offset

    def widened(node: N) -> N:
        a, b = start_of(node.span.start.offset), end_of(node.span.end.offset)
        if (a, b) == (node.span.start.offset, node.span.end.offset):
            return node
        s, e = node.span.start, node.span.end
        span = Span(
            Position(s.line, s.column - (s.offset - a), a),
            Position(e.line, e.column + (b - e.offset), b),
        )
        return replace(node, span=span)

    resolutions = []
    for res in doc.resolutions:
        res = replace(
            res,
            heading=widened(res.heading) if res.heading else None,
            preamble=tuple(widened(r) for r in res.preamble),
            enacting_formula=widened(res.enacting_formula) if res.enacting_formula else None,
            clauses=tuple(widened(c) for c in res.clauses),
            trailer=tuple(widened(t) for t in res.trailer),
            unknown=tuple(widened(u) for u in res.unknown),
        )
        children = res.children()
        if children:
            head = min(children, key=lambda n: n.span.start.offset)
            tail = max(children, key=lambda n: n.span.end.offset)
            start = min(res.span.start, head.span.start, key=lambda p: p.offset)
            end = max(res.span.end, tail.span.end, key=lambda p: p.offset)
            res = replace(res, span=Span(start, end))
        resolutions.append(res)
    return replace(doc, resolutions=tuple(resolutions))


def parse_source(text: str, path: str | None = None, *, markdown: bool | None = None) -> Document:
    """Parse ``text`` read from ``path``: as Markdown when ``markdown`` is true, or
    when it is None and ``path`` has a Markdown suffix; else as plain text."""
    if markdown is None:
        markdown = is_markdown_path(path)
    if markdown:
        return parse_markdown(text)
    from resolve.parsing import parse

    return parse(text)


__all__ = [
    "MARKDOWN_SUFFIXES",
    "is_markdown_path",
    "markdown_margins",
    "parse_markdown",
    "parse_source",
]
