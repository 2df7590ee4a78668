"""Helpers shared by the converters: words, display text, titles, tree walks.

Everything here is iterative: sub-clauses may nest a thousand levels deep.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from resolve._text import collapse
from resolve.model import (
    Clause,
    Document,
    EnactingFormula,
    FormulaKind,
    Heading,
    Node,
    Recital,
    RecitalOpener,
    Resolution,
    Trailer,
)

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded, ignoring punctuation and whitespace.

    ``"RESOLVED, That the Board's"`` → ``["resolved", "that", "the", "board", "s"]``.
    """
    return _WORD.findall(text.casefold())


def _marker_ranges(doc: Document) -> list[tuple[int, int]]:
    """Source ranges of every list marker (clauses, sub-clauses, recital markers)."""
    out: list[tuple[int, int]] = []
    source = doc.source

    def add(node: Node, marker: str | None) -> None:
        # Searched in place: slicing ``node.text`` copies the node's whole
        # subtree, once per level of a deeply nested list.
        if not marker:
            return
        idx = source.find(marker, node.span.start.offset, node.span.end.offset)
        if idx >= 0:
            out.append((idx, idx + len(marker)))

    for res in doc.resolutions:
        for rec in res.preamble:
            add(rec, rec.marker)
            for item in rec.items:
                for c in item.walk():
                    add(c, c.marker)
        for c in res.all_clauses():
            add(c, c.marker)
    return out


def document_words(doc: Document) -> list[str]:
    """The words of the whole document, leaving out list markers (``1.``, ``(a)``).

    For comparing two documents whose numbering may differ (a JSON round trip).
    ``fmt``'s safety check does not use it: there, markers are words
    (:func:`words` of the whole text), since ``fmt`` never renumbers.
    """
    source = doc.source
    pieces: list[str] = []
    at = 0
    for start, end in sorted(_marker_ranges(doc)):
        if start > at:
            pieces.append(source[at:start])
        at = max(at, end)
    pieces.append(source[at:])
    # A marker reads as a space: the text on either side of it stays apart.
    return words(" ".join(pieces))


def own_text(node: Clause) -> str:
    """A clause's own source text: without its sub-clauses, whitespace collapsed."""
    end = node.span.end.offset
    if node.subclauses:
        end = min(end, node.subclauses[0].span.start.offset)
    return collapse(node.source[node.span.start.offset : end])


def strip_marker(text: str, marker: str | None) -> str:
    """``text`` without a leading ``marker``."""
    if marker and text.startswith(marker):
        return text[len(marker) :].lstrip()
    return text


def clause_display(node: Clause) -> str:
    """The clause as it reads, without its marker or sub-clauses."""
    return strip_marker(own_text(node), node.marker)


def recital_own_text(rec: Recital) -> str:
    """A recital's own text (its list items left out), whitespace collapsed."""
    end = rec.span.end.offset
    if rec.items:
        end = min(end, rec.items[0].span.start.offset)
    return strip_marker(collapse(rec.source[rec.span.start.offset : end]), rec.marker)


def split_opener(rec: Recital) -> tuple[str, str]:
    """``(opener, rest)`` of a recital's own text; ``opener`` is empty if it has none."""
    text = recital_own_text(rec)
    if rec.opener and rec.opener_kind is not RecitalOpener.NONE:
        if text.casefold().startswith(rec.opener.casefold()):
            return text[: len(rec.opener)], text[len(rec.opener) :]
    return "", text


def formula_joins_first_clause(res: Resolution) -> bool:
    """True if the formula (``RESOLVED, That``) opens the first clause's sentence."""
    f = res.enacting_formula
    if f is None or f.kind is not FormulaKind.RESOLVED or not res.clauses:
        return False
    first = res.clauses[0]
    if first.lead is not None or first.marker is not None:
        return False
    return f.span.end.offset <= first.span.start.offset


def formula_text(f: EnactingFormula) -> str:
    return collapse(f.text)


def resolution_title(res: Resolution, index: int) -> str:
    """A label for the resolution: its title, else its number, else ``Resolution N``."""
    if res.heading is not None:
        if res.heading.title:
            return res.heading.title
        if res.heading.number:
            return res.heading.number
    return f"Resolution {index}"


def list_kind(siblings: Sequence[Clause]) -> Literal["ol", "ul", "none"]:
    """How a list of sibling clauses was written: numbered, bulleted or unmarked."""
    styles = [c.marker_style for c in siblings if c.marker]
    if not styles:
        return "none"
    numbered = sum(1 for s in styles if s and not s.startswith("bullet"))
    return "ol" if numbered * 2 >= len(styles) else "ul"


@dataclass(frozen=True, slots=True)
class Event:
    """One step of a depth-first walk over a clause forest."""

    kind: Literal["open", "close", "enter", "leave"]
    """``open``/``close`` a list of siblings, ``enter``/``leave`` one clause."""
    siblings: tuple[Clause, ...]
    """The sibling list this event belongs to."""
    path: tuple[int, ...]
    """1-based indices from the top: ``(2, 1)`` is the first sub-clause of clause 2."""
    clause: Clause | None = None


def walk_events(roots: Sequence[Clause], base: tuple[int, ...] = ()) -> Iterator[Event]:
    """Open/enter/leave/close events for ``roots`` and their sub-clauses, without recursion."""
    top = tuple(roots)
    if not top:
        return
    # Stack of (siblings, parent path, next index).
    stack: list[tuple[tuple[Clause, ...], tuple[int, ...], int]] = [(top, base, 0)]
    yield Event("open", top, base)
    while stack:
        siblings, parent, i = stack[-1]
        if i > 0:
            prev = siblings[i - 1]
            yield Event("leave", siblings, (*parent, i), prev)
        if i >= len(siblings):
            stack.pop()
            yield Event("close", siblings, parent)
            continue
        stack[-1] = (siblings, parent, i + 1)
        node = siblings[i]
        path = (*parent, i + 1)
        yield Event("enter", siblings, path, node)
        if node.subclauses:
            stack.append((node.subclauses, path, 0))
            yield Event("open", node.subclauses, path)


@dataclass(frozen=True, slots=True)
class Sections:
    """A resolution's parts grouped for display, each group in source order."""

    header: tuple[Node, ...]
    """The heading, if any."""
    preamble: tuple[Node, ...]
    """Recitals, the formula (unless it opens the first clause), unknown blocks before clauses."""
    formula_prefix: str | None
    """The formula text when it opens the first clause (``RESOLVED, That``)."""
    clauses: tuple[Clause, ...]
    footer: tuple[Node, ...]
    """Trailer and unknown blocks after the clauses."""


def sections(res: Resolution) -> Sections:
    joined = formula_joins_first_clause(res)
    first_clause = res.clauses[0].span.start.offset if res.clauses else None
    header: list[Node] = []
    preamble: list[Node] = []
    footer: list[Node] = []
    for node in res.children():
        if isinstance(node, Heading):
            header.append(node)
        elif isinstance(node, Clause):
            continue
        elif isinstance(node, (Recital, EnactingFormula)):
            if isinstance(node, EnactingFormula) and joined:
                continue
            preamble.append(node)
        elif isinstance(node, Trailer):
            footer.append(node)
        elif first_clause is not None and node.span.start.offset < first_clause:
            preamble.append(node)
        elif first_clause is None and not footer and not res.trailer:
            preamble.append(node)
        else:
            footer.append(node)
    prefix = formula_text(res.enacting_formula) if joined and res.enacting_formula else None
    return Sections(tuple(header), tuple(preamble), prefix, res.clauses, tuple(footer))


def heading_lines(res: Resolution, title: str) -> list[str]:
    """The heading's lines other than the one shown as the title, whitespace collapsed."""
    if res.heading is None:
        return []
    out: list[str] = []
    skipped = False
    for line in res.heading.lines:
        text = collapse(line.text)
        if not skipped and (line.value == title or text == title):
            skipped = True
            continue
        out.append(text)
    return out


def block_lines(node: Node) -> list[str]:
    """The lines of a verbatim block (trailer, unknown), each stripped, blanks dropped."""
    return [line.strip() for line in node.text.splitlines() if line.strip()]


def is_un_form(res: Resolution) -> bool:
    f = res.enacting_formula
    return f is not None and f.kind is FormulaKind.ORGAN
