"""The parser: text → typed lines → paragraphs → state machine → model nodes.

One-way modules, each importing only modules above it in the table of
``docs/architecture.md`` ("The parser"):

- patterns, sentences, glued, minutes_cues: the lexical regexes, importing no
  parser module
- lines: the grammar and the line scanner; margins: quote markers and printed
  line numbers; paragraphs: lines → paragraph units, inline splits; body_acts
  (after the cue patterns): a resolving paragraph cut where its body opens a
  new act
- context: the read-only view of one document; builders: mutable builders and
  one-unit nodes, the ``State`` enum
- extracts, captions, furniture, classify, pagehead, records, motions: layout
  cues as pure functions
- passes: the ordered document-wide passes over the classified units
- assembly, head, pre and machine: the HEAD → PRE → BODY → TAIL state machine
- doubts and freeze: builders → frozen model nodes, doubts, the Document

This module wires them together (:func:`parse`).
"""

from __future__ import annotations

from dataclasses import replace

from resolve.model import Document
from resolve.parsing.body_acts import body_acts
from resolve.parsing.context import Context
from resolve.parsing.freeze import document
from resolve.parsing.lines import iter_lines
from resolve.parsing.machine import Machine
from resolve.parsing.margins import (
    blank,
    diff_marks,
    find_margins,
    html_tags,
    quote_breaks,
    strip,
    timestamps,
)
from resolve.parsing.markup import block_lines, cell_bars, inline_tags, page_rules, unwrap
from resolve.parsing.ocr import repair
from resolve.parsing.paragraphs import paragraphs, split_inline
from resolve.parsing.patterns import WHEREAS_OPENER, match_lead


def _keyword(text: str, pos: int, end: int) -> str | None:
    """The keyword that opens ``text[pos:end]``: "whereas", "resolved" or None."""
    if WHEREAS_OPENER.match(text, pos, end):
        return "whereas"
    return "resolved" if match_lead(text, pos, end) is not None else None


def parse(text: str) -> Document:
    """Parse resolution text into a :class:`~resolve.model.Document`. Never raises on text."""
    margins = find_margins(text, _keyword)
    tags = [] if margins else html_tags(text)
    margins = (
        margins
        or tags
        or timestamps(text)
        or inline_tags(text)
        or cell_bars(text)
        or page_rules(text)
        or diff_marks(text)
    )
    if margins:
        # Email quote markers, printed line numbers or HTML tags: read the text
        # with them blanked out (same offsets); the nodes refer to the original.
        # Paragraph tags run on one line start lines of their own.
        clean = block_lines(text, blank(text, margins), tags) if tags else blank(text, margins)
        doc = parse_clean(clean, quote_breaks(text, margins), source=text)
        return replace(doc, margins=tuple(margins))
    return parse_clean(text)


def parse_clean(text: str, breaks: list[int] | None = None, source: str | None = None) -> Document:
    """Parse text that has no line margins; ``breaks`` are offsets where a new
    resolution must begin; ``source`` is the original the nodes refer to, if
    ``text`` is it with its margins blanked out. The parser reads ``text`` with
    its HTML break tags written as newlines and its OCR damage repaired (same
    offsets: :func:`~resolve.parsing.markup.unwrap`, :func:`~resolve.parsing.ocr.repair`)."""
    read = repair(unwrap(text))
    if source is None and read is not text:
        source = text
    text = read
    units, suppress = paragraphs(text, iter_lines(text))
    units = body_acts(text, split_inline(text, units))
    ctx = Context.of(text, source)
    machine = Machine(ctx, units, breaks or [])
    built = machine.run()
    return document(ctx, built, machine.furniture, suppress)


def without_margins(doc: Document) -> Document:
    """The document parsed from its text with the margins cut out (same structure,
    offsets into the clean text): what the prose converters render."""
    if not doc.margins:
        return doc
    margins = list(doc.margins)
    clean, offsets = strip(doc.source, margins)
    breaks = [offsets.to_clean(b) for b in quote_breaks(doc.source, margins)]
    return parse_clean(clean, breaks)


__all__ = ["parse", "parse_clean", "without_margins"]
