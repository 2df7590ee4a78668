"""The typed syntax tree of a resolution document.

Every node is a frozen, slotted dataclass and carries a :class:`Span`. A node's
``text`` is the exact source slice ``source[span.start.offset:span.end.offset]``
(computed on access from the shared ``source``), so the tree is lossless: the
top-level nodes plus the whitespace between them reproduce the input (see
``Document.top_level()``).

This module imports nothing outside the standard library. It also holds the
JSON form of the tree (:func:`document_to_dict`), so the node schema is written
here once; ``schema.json`` is checked against it by ``tests/test_model.py``.
"""

from __future__ import annotations

import enum
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Position:
    """A place in the source text."""

    line: int
    """Line number, counted from 1."""
    column: int
    """Column in Unicode code points, counted from 1."""
    offset: int
    """Character offset into the decoded text, counted from 0."""

    def to_dict(self) -> dict[str, int]:
        return {"line": self.line, "column": self.column, "offset": self.offset}

    def __reduce__(self) -> tuple[type[Position], tuple[int, int, int]]:
        # Pickled by constructor arguments (``-j`` sends findings between
        # processes); the slots dataclass default is about twice as slow.
        return (Position, (self.line, self.column, self.offset))


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of source text: ``start`` is included, ``end`` is not."""

    start: Position
    """First character of the range."""
    end: Position
    """Position just past the last character of the range."""

    def to_dict(self) -> dict[str, dict[str, int]]:
        return {"start": self.start.to_dict(), "end": self.end.to_dict()}

    def __reduce__(self) -> tuple[type[Span], tuple[Position, Position]]:
        return (Span, (self.start, self.end))

    def contains(self, other: Span) -> bool:
        """True if ``other`` lies within this span."""
        return self.start.offset <= other.start.offset and other.end.offset <= self.end.offset


class RecitalOpener(enum.StrEnum):
    """How a recital (preamble paragraph) begins."""

    WHEREAS = "whereas"
    """``WHEREAS``, ``Whereas``, ``AND WHEREAS``."""
    BECAUSE = "because"
    """``BECAUSE``, ``Because``."""
    PHRASE = "phrase"
    """A UN-style participle or adjective: ``Recalling``, ``Deeply concerned``."""
    NONE = "none"
    """Plain prose with no opener."""


class FormulaKind(enum.StrEnum):
    """The shape of an enacting formula."""

    RESOLVED = "resolved"
    """``RESOLVED, That`` and its variants, opening the first clause."""
    BODY = "body"
    """A formula that names the resolving body and stands alone:
    ``THEREFORE, BE IT RESOLVED THAT THIS 79th UE CONVENTION:``."""
    RESOLVES = "resolves"
    """``NOW, THEREFORE, THE CITY COUNCIL RESOLVES AS FOLLOWS:``."""
    ORGAN = "organ"
    """A UN organ line before the preamble: ``The General Assembly,``."""


class TrailerKind(enum.StrEnum):
    """What a piece of trailing matter after the clauses is."""

    ADOPTION = "adoption"
    VOTE = "vote"
    SIGNATURE = "signature"
    ATTEST = "attest"
    RATIONALE = "rationale"
    FOOTNOTE = "footnote"
    MEETING = "meeting"
    DATE = "date"
    OTHER = "other"


class HeadingLineKind(enum.StrEnum):
    """What one heading line says."""

    TITLE = "title"
    NUMBER = "number"
    META = "meta"
    SESSION = "session"


@dataclass(frozen=True, slots=True)
class Node:
    """Base of every node."""

    span: Span
    """Where the node stands in the source."""
    source: str = field(repr=False)
    """The whole decoded input the node was parsed from, shared by every node
    (a reference, not a copy; see :attr:`text`)."""

    @property
    def text(self) -> str:
        """The exact source text of the node: ``source[span.start.offset:span.end.offset]``.

        Sliced on each access rather than stored, so the tree holds the input
        once: a clause's text contains its sub-clauses' text, and storing it
        made 1,000 nested levels cost memory quadratic in the input.
        """
        return self.source[self.span.start.offset : self.span.end.offset]


@dataclass(frozen=True, slots=True)
class HeadingLine(Node):
    """One line of a resolution's heading."""

    kind: HeadingLineKind
    """Title, number, metadata or session line."""
    key: str | None = None
    """For ``Key: value`` metadata lines, the key (``Submitted by``)."""
    value: str | None = None
    """The line's value: the title, the number, or the metadata value."""


@dataclass(frozen=True, slots=True)
class Heading(Node):
    """The heading block of a resolution: title, number, metadata."""

    lines: tuple[HeadingLine, ...]
    """The heading lines in order."""
    title: str | None
    """The title, if one was recognised: the last title line above the text that
    names something (not a page's chrome or a generic label such as "AFT
    Resolution"), without Markdown marks or its item number ("B. ", "4.1 ")."""
    number: str | None
    """The resolution number (``Resolution 12``, ``H. RES. 123``), if any."""


@dataclass(frozen=True, slots=True)
class Recital(Node):
    """One preamble paragraph."""

    opener: str | None
    """The opening word or phrase as written (``WHEREAS``, ``Noting with concern``)."""
    opener_kind: RecitalOpener
    """The kind of opener."""
    body: str
    """The text after the opener and before the connector, whitespace-normalised."""
    connector: str | None
    """Trailing connector as written: ``; and``, ``; therefore, be it``, ``,``, ``.``."""
    marker: str | None = None
    """A list marker before the recital, if it had one (``1.``, ``-``)."""
    items: tuple[Clause, ...] = ()
    """A list carried by the recital (``WHEREAS, the following: - a - b``)."""


@dataclass(frozen=True, slots=True)
class EnactingFormula(Node):
    """The words that turn the preamble into a decision."""

    kind: FormulaKind
    """The formula's shape."""
    body: str | None
    """The resolving body it names, if any (``79th UE Convention``, ``General Assembly``)."""


@dataclass(frozen=True, slots=True)
class Clause(Node):
    """A resolved or operative clause, or a sub-clause."""

    marker: str | None
    """The marker as written: ``-``, ``1.``, ``(a)``, ``Section 2.``, ``First,``."""
    marker_style: str | None
    """The marker family and punctuation, e.g. ``bullet:-``, ``arabic:1.``, ``alpha:(a)``."""
    number: str | None
    """The number or letter of the marker (``1``, ``a``, ``ii``), if numbered."""
    lead: str | None
    """A resolving lead before the text (``RESOLVED, That``, ``BE IT FURTHER RESOLVED, that``)."""
    verb: str | None
    """The opening operative verb phrase, longest match (``Notes with concern``)."""
    body: str
    """The clause text after marker, lead and verb handling, whitespace-normalised,
    with its connector removed."""
    connector: str | None
    """Trailing punctuation and connector: ``;``, ``; and``, ``.``, ``; and be it further``."""
    depth: int
    """0 for a clause, 1 for its sub-clauses, and so on."""
    subclauses: tuple[Clause, ...] = ()
    """Nested sub-clauses or list items."""

    def walk(self) -> Iterator[Clause]:
        """This clause and every sub-clause, depth first, without recursion."""
        stack: list[Clause] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.subclauses))


@dataclass(frozen=True, slots=True)
class Trailer(Node):
    """Matter after the clauses: votes, adoption, signatures, footnotes."""

    kind: TrailerKind
    """What the trailer is."""


@dataclass(frozen=True, slots=True)
class Unknown(Node):
    """Text that fits no part of the form. Kept so rules can report it."""

    reason: str
    """Why the parser could not place it."""


@dataclass(frozen=True, slots=True)
class Suppression(Node):
    """An inline ``# resolve: ignore CODE`` comment line."""

    codes: tuple[str, ...]
    """Rule codes to ignore (empty means all)."""


@dataclass(frozen=True, slots=True)
class Separator(Node):
    """A rule line between sections (``---``, ``***``), or page furniture of a PDF
    extract (footnote rule, job number, running header) that interrupts a part.
    Kept out of every part."""


@dataclass(frozen=True, slots=True)
class Resolution(Node):
    """One resolution: heading, preamble, formula, clauses and trailer."""

    heading: Heading | None
    """Title, number and metadata lines, if any."""
    preamble: tuple[Recital, ...]
    """The recitals, in order."""
    enacting_formula: EnactingFormula | None
    """The enacting formula, or None if the resolution has none."""
    clauses: tuple[Clause, ...]
    """Top-level resolved or operative clauses."""
    trailer: tuple[Trailer, ...] = ()
    """Trailing matter after the clauses."""
    unknown: tuple[Unknown, ...] = ()
    """Blocks that fit no part of the form."""
    doubts: tuple[str, ...] = ()
    """Why the parser is unsure of this reading (empty when it is sure): one
    short sentence per doubt, for example "no enacting formula and most lines
    untyped". Structural rules and ``fmt`` leave a doubtful reading alone."""

    @property
    def confidence(self) -> str:
        """``"high"`` when the parser has no doubts about the reading, else ``"low"``."""
        return "low" if self.doubts else "high"

    @property
    def title(self) -> str | None:
        """The heading's title, if any."""
        return self.heading.title if self.heading else None

    def children(self) -> list[Node]:
        """Direct parts in source order (formula included once)."""
        parts: list[Node] = []
        if self.heading:
            parts.append(self.heading)
        parts.extend(self.preamble)
        if self.enacting_formula:
            parts.append(self.enacting_formula)
        parts.extend(self.clauses)
        parts.extend(self.trailer)
        parts.extend(self.unknown)
        parts.sort(key=lambda n: n.span.start.offset)
        return parts

    def all_clauses(self) -> Iterator[Clause]:
        """Every clause and sub-clause, depth first."""
        for clause in self.clauses:
            yield from clause.walk()


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed file: one or more resolutions plus what lies outside them."""

    source: str = field(repr=False)
    """The full decoded input text."""
    span: Span
    """The whole input."""
    resolutions: tuple[Resolution, ...]
    """The resolutions in order."""
    unknown: tuple[Unknown, ...] = ()
    """Blocks outside any resolution that fit no part of the form."""
    suppressions: tuple[Suppression, ...] = ()
    """Inline suppression comment lines."""
    separators: tuple[Separator, ...] = ()
    """Rule lines (``---``) between parts."""
    margins: tuple[tuple[int, int], ...] = ()
    """Offset ranges (start, end) of line margins that are not prose: email quote
    markers (``> ``), printed line numbers, or the tags of text pasted as HTML
    source (``<p>``, ``<span …>``). The parser reads the text without them; a
    node's ``text`` is still the exact source, margins included."""

    def between_parts(self) -> list[Node]:
        """Suppression and separator lines: kept out of every recital and clause."""
        nodes: list[Node] = [*self.suppressions, *self.separators]
        nodes.sort(key=lambda n: n.span.start.offset)
        return nodes

    def top_level(self) -> list[Node]:
        """Resolutions, stray unknown blocks, and suppressions outside both, in
        source order. (A suppression line inside a resolution lies between its
        parts, never inside a recital's or clause's text.)"""
        blocks: list[Node] = [*self.resolutions, *self.unknown]
        outside = [
            s for s in self.between_parts() if not any(b.span.contains(s.span) for b in blocks)
        ]
        nodes: list[Node] = [*self.resolutions, *self.unknown, *outside]
        nodes.sort(key=lambda n: n.span.start.offset)
        return nodes

    def text_of(self, node: Node) -> str:
        """``node.text`` without the line margins inside it (email quote markers,
        printed line numbers): the words a reader sees. Equal to ``node.text``
        when the document has no margins."""
        start, end = node.span.start.offset, node.span.end.offset
        if not self.margins:
            return self.source[start:end]
        pieces: list[str] = []
        pos = start
        first = bisect_right(self.margins, (start, start)) - 1
        for a, b in self.margins[max(first, 0) :]:
            if a >= end:
                break
            if b <= pos:
                continue
            pieces.append(self.source[pos:a] if a > pos else "")
            pos = max(pos, b)
        pieces.append(self.source[pos:end] if end > pos else "")
        return "".join(pieces)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form of the document (see ``resolve schema``)."""
        return document_to_dict(self)


# -- the JSON form (shape: ``resolve/schema.json``, checked by tests/test_model.py) --------

SCHEMA_VERSION = 1


def _span(span: Span) -> dict[str, dict[str, int]]:
    """``span.to_dict()``, built in one step (it is called for every node)."""
    a, b = span.start, span.end
    return {
        "start": {"line": a.line, "column": a.column, "offset": a.offset},
        "end": {"line": b.line, "column": b.column, "offset": b.offset},
    }


def _clause(c: Clause, clause_text: bool = True) -> dict[str, Any]:
    # Iterative: sub-clauses may nest very deep.
    root: dict[str, Any] = {}
    stack: list[tuple[Clause, dict[str, Any]]] = [(c, root)]
    while stack:
        node, out = stack.pop()
        if clause_text:
            # Each clause's text holds its sub-clauses' text: n levels deep,
            # that is n copies of the innermost one.
            out["text"] = node.text
        out.update(
            {
                "span": _span(node.span),
                "marker": node.marker,
                "marker_style": node.marker_style,
                "number": node.number,
                "lead": node.lead,
                "verb": node.verb,
                "body": node.body,
                "connector": node.connector,
                "depth": node.depth,
                "subclauses": [],
            }
        )
        for sub in node.subclauses:
            child: dict[str, Any] = {}
            out["subclauses"].append(child)
            stack.append((sub, child))
    return root


def _recital(r: Recital, clause_text: bool = True) -> dict[str, Any]:
    return {
        "text": r.text,
        "span": _span(r.span),
        "opener": r.opener,
        "opener_kind": r.opener_kind.value,
        "body": r.body,
        "connector": r.connector,
        "marker": r.marker,
        "items": [_clause(i, clause_text) for i in r.items],
    }


def _formula(f: EnactingFormula | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"text": f.text, "span": _span(f.span), "kind": f.kind.value, "body": f.body}


def _heading(h: Heading | None) -> dict[str, Any] | None:
    if h is None:
        return None
    return {
        "text": h.text,
        "span": _span(h.span),
        "title": h.title,
        "number": h.number,
        "lines": [
            {
                "text": ln.text,
                "span": _span(ln.span),
                "kind": ln.kind.value,
                "key": ln.key,
                "value": ln.value,
            }
            for ln in h.lines
        ],
    }


def resolution_to_dict(r: Resolution, clause_text: bool = True) -> dict[str, Any]:
    return {
        "title": r.title,
        "number": r.heading.number if r.heading else None,
        "span": _span(r.span),
        "heading": _heading(r.heading),
        "preamble": [_recital(x, clause_text) for x in r.preamble],
        "enacting_formula": _formula(r.enacting_formula),
        "clauses": [_clause(c, clause_text) for c in r.clauses],
        "trailer": [
            {"text": t.text, "span": _span(t.span), "kind": t.kind.value} for t in r.trailer
        ],
        "unknown": [{"text": u.text, "span": _span(u.span), "reason": u.reason} for u in r.unknown],
        "confidence": r.confidence,
        "doubts": list(r.doubts),
    }


def document_to_dict(doc: Document, *, clause_text: bool = True) -> dict[str, Any]:
    """The JSON-ready dict of ``doc``.

    ``clause_text=False`` leaves out the ``text`` of clauses and sub-clauses
    (not of other nodes), for callers that rebuild text from the parts: a
    clause's text contains its sub-clauses', so a list nested 1,000 deep holds
    the innermost text 1,000 times.
    """
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "resolutions": [resolution_to_dict(r, clause_text) for r in doc.resolutions],
        "unknown": [
            {"text": u.text, "span": _span(u.span), "reason": u.reason} for u in doc.unknown
        ],
        "separators": [{"text": s.text, "span": _span(s.span)} for s in doc.separators],
        "suppressions": [
            {"text": s.text, "span": _span(s.span), "codes": list(s.codes)}
            for s in doc.suppressions
        ],
    }
    if doc.margins:  # only for text under email quoting or printed line numbers
        out["margins"] = [[start, end] for start, end in doc.margins]
    return out
