"""L003: brackets and quotation marks that are never closed (or never opened)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve.model import Node, Trailer, TrailerKind
from resolve.rules.base import Context, Hit, blank_after, blank_before

_PAIRS = {")": "(", "]": "[", "}": "{", "”": "“"}
_OPENERS = {"(", "[", "{", "“"}
_BRACKETS = re.compile(r"[()\[\]{}“”„\"″]")
_QUOTES = re.compile(r"[“”„\"″]")
"""The marks a vote, adoption or signature block pairs: only its quotation marks."""
_MARKER_PAREN = re.compile(r"(?:^|(?<=[\s(])|(?<=\d\.))(?:\d{1,3}[a-z]?|[a-zA-Z]|[ivxIVX]{1,6})\)")


def unbalanced(ctx: Context) -> Iterator[Hit]:
    """Reports a bracket or quotation mark that is never closed (or never opened).

    ## What it does
    In every part of the document (title and heading, recitals, formula,
    clauses, trailer, and text outside any resolution), matches ``(``
    with ``)``, ``[`` with ``]``, ``{`` with ``}``, and ``“`` with ``”``
    (a low ``„`` opens a quotation that ``”`` or ``“`` closes, as Polish,
    Romanian, Hungarian and German texts write it).
    Brackets pair within each part; curly quotes pair across the recitals
    and clauses of a resolution (a quoted motion may run over several), and
    within each heading line and the matter after the clauses. Vote,
    adoption and signature blocks pair only their curly quotes, each block on
    its own: laid out as tables, they lose brackets when the text is extracted. Straight ``"`` marks are not paired (a
    quotation over several paragraphs opens each paragraph and closes only
    the last), nor is a ``“`` that opens a line for that reason, nor ``”`` in
    a text that has no ``“`` and opens quotations with ``”`` too; a ``”``
    right after a digit is OCR of a superscript ("115”") or, as after a
    fraction, an inch mark ("10 ½”", "¼” deep"), and an opening
    bracket that ends a word ("Clerl(") is OCR of a letter, as is a closing
    one glued to a word in capitals with none open ("HUI)"); a double prime
    ``″`` right after a digit closes an open ``“`` (web publishing software
    writes “4,999″). List markers such as ``1)``, ``a)`` and ``1a)`` are not counted.

    ## Why is this bad?
    An unclosed parenthesis or quotation leaves the reader unsure where an
    aside or a quoted title ends, and often marks text lost in editing.

    ## Example
    ```text
    WHEREAS, the Labor Council (SFLC has endorsed the strike; and
    ```

    ## Use instead
    ```text
    WHEREAS, the Labor Council (SFLC) has endorsed the strike; and
    ```
    """
    source = ctx.source
    closers_both_ways = "“" not in source and _OPENING_CLOSER.search(source) is not None
    for res in ctx.doc.resolutions:
        # Quotation marks may span parts (a council motion quoted whole, from
        # "“That this Council:" to its last clause), so they pair across the
        # resolution's body; brackets pair within each recital or clause.
        state = _QuoteState(closers_both_ways)
        for node in ctx.body_nodes(res):
            yield from _pair_part(source, ctx.clause_ranges(node), state)
        yield from state.unclosed()
        if res.heading is not None:
            for run in _paragraphs(source, res.heading.lines or (res.heading,)):
                yield from _own_part(source, run, closers_both_ways)
        # The matter after the clauses pairs as one text (a paragraph of
        # minutes may be split between parts), without the vote, adoption and
        # signature blocks: laid out as tables, they lose brackets in extraction.
        rest: list[Node] = [
            n
            for n in (*res.trailer, *res.unknown)
            if not (isinstance(n, Trailer) and n.kind in _FORM_BLOCKS)
        ]
        rest.sort(key=lambda n: n.span.start.offset)
        yield from _own_part(source, rest, closers_both_ways)
        for block in res.trailer:  # their quotation marks survive extraction
            if block.kind in _FORM_BLOCKS:
                yield from _own_part(source, [block], closers_both_ways, _QUOTES)
    for node in ctx.doc.unknown:
        yield from _own_part(source, [node], closers_both_ways)


def _paragraphs(source: str, lines: tuple[Node, ...]) -> Iterator[list[Node]]:
    """Heading lines grouped by paragraph: lines with no blank line between them
    are one hard-wrapped sentence ("… (the “" / "Board”) of …"), which pairs whole;
    so are lines under a bracket still open, whatever blank lines a double-spaced
    extraction put between them ("(By Senators A, B," / "C, and D)")."""
    run: list[Node] = []
    depth = 0
    for line in lines:
        if (
            run
            and depth <= 0
            and source.count("\n", run[-1].span.end.offset, line.span.start.offset) > 1
        ):
            yield run
            run = []
            depth = 0
        run.append(line)
        text = source[line.span.start.offset : line.span.end.offset]
        depth += text.count("(") - text.count(")")
    if run:
        yield run


_FORM_BLOCKS = frozenset(
    {TrailerKind.ADOPTION, TrailerKind.VOTE, TrailerKind.SIGNATURE, TrailerKind.ATTEST}
)


class _QuoteState:
    """Curly quotes open over several parts."""

    def __init__(self, straight: bool = False) -> None:
        self.quotes: list[tuple[str, int]] = []
        self.reopened = 0
        self.straight = straight
        """``”`` serves as both marks in this text, so it is not paired."""

    def unclosed(self) -> Iterator[Hit]:
        for ch, pos in self.quotes:
            yield _unclosed(ch, pos)


def _own_part(
    source: str, nodes: list[Node], straight: bool, marks: re.Pattern[str] = _BRACKETS
) -> Iterator[Hit]:
    """Brackets and curly quotes (the ``marks``) paired within parts outside the body."""
    if not nodes:
        return
    state = _QuoteState(straight)
    ranges = [(n.span.start.offset, n.span.end.offset) for n in nodes]
    yield from _pair_part(source, ranges, state, marks)
    yield from state.unclosed()


def _pair_part(
    source: str,
    ranges: list[tuple[int, int]],
    state: _QuoteState,
    marks: re.Pattern[str] = _BRACKETS,
) -> Iterator[Hit]:
    stack: list[tuple[str, int]] = []
    # How many of each opener the stack holds, so that a closer with no
    # opener of its kind is found without searching the stack.
    open_counts = dict.fromkeys(_OPENERS, 0)
    quotes = state.quotes
    for start, end in ranges:
        text = source[start:end]
        skip = {m.end() - 1 for m in _MARKER_PAREN.finditer(text)} if ")" in text else set()
        for m in marks.finditer(text):
            ch = m.group()
            pos = start + m.start()
            if ch == '"' or (ch == "”" and state.straight):
                continue  # straight quotes are not paired (see the docstring)
            if ch == "″":
                if quotes and source[pos - 1 : pos].isdigit():
                    quotes.pop()  # “4,999″: web software's prime after a digit closes the quote
                continue  # otherwise a prime: 5″ (inches, seconds)
            if ch == "„":
                quotes.append((ch, pos))  # „…” and „…“: a low opening quote
                continue
            if ch == "“" and quotes and quotes[-1][0] == "„":
                quotes.pop()
                continue
            if ch == "“":
                if blank_before(source, pos):
                    state.reopened += 1  # a quotation over several paragraphs reopens each
                    continue
                quotes.append((ch, pos))
            elif ch == "”" and quotes:
                quotes.pop()
            elif ch == "”" and state.reopened:
                state.reopened = 0
            elif ch == "”" and _closes_paragraph(source, pos):
                continue  # the end of a quotation opened in an earlier part
            elif ch == "”" and source[pos - 1 : pos].isnumeric():
                continue  # OCR of "115th" (a superscript read as a quote); 10 ½”, ¼” (inches)
            elif ch in _OPENERS and _glued_opener(source, pos):
                continue  # OCR of a letter: "Clerl(" for "Clerk" opens nothing
            elif ch in _OPENERS:
                stack.append((ch, pos))
                open_counts[ch] += 1
            elif m.start() in skip and not (stack and stack[-1][0] == "("):
                continue
            elif ch == ")" and not open_counts["("] and _lone(source, pos):
                continue  # "In the Matter ) of )": a caption box's rule, not a bracket
            elif ch == ")" and not open_counts["("] and _glued_closer(source, pos):
                continue  # OCR of a letter: "HUI)" for "HUD" closes nothing
            elif stack and stack[-1][0] == _PAIRS[ch]:
                open_counts[stack.pop()[0]] -= 1
            elif open_counts[_PAIRS[ch]]:
                while stack and stack[-1][0] != _PAIRS[ch]:
                    popped = stack.pop()
                    open_counts[popped[0]] -= 1
                    yield _unclosed(*popped)
                open_counts[stack.pop()[0]] -= 1
            else:
                yield Hit(
                    pos,
                    pos + 1,
                    f'Unexpected "{ch}" with no matching "{_PAIRS[ch]}", expected a balanced pair',
                    help=f'Add the missing "{_PAIRS[ch]}" or delete the "{ch}".',
                )
    for ch, pos in stack:
        yield _unclosed(ch, pos)


_CLOSERS = {**{v: k for k, v in _PAIRS.items()}, "„": "”"}
_OPENING_CLOSER = re.compile(r"(?:^|(?<=[\s:(]))”(?=\w)", re.MULTILINE)
"""A ``”`` that opens a word: in a text with no ``“`` it serves as both marks."""


def _glued_closer(source: str, pos: int) -> bool:
    """True if the closing bracket at ``pos`` ends a word of two or more
    capitals ("HUI)" for "HUD"): with no opening bracket before it, OCR of a
    letter, as "Clerl(" is."""
    start = pos
    while start > 0 and source[start - 1].isalpha() and source[start - 1].isupper():
        start -= 1
    before = source[start - 1 : start]
    return pos - start >= 2 and not (before.isalnum() or before in ("(", "_"))


def _glued_opener(source: str, pos: int) -> bool:
    """True if the opening bracket at ``pos`` ends a word: a letter before it,
    a space or the end of the text after it ("Clerl(" in OCR text). Such a mark
    opens no aside."""
    after = source[pos + 1 : pos + 2]
    return source[pos - 1 : pos].isalpha() and (not after or after.isspace())


def _lone(source: str, pos: int) -> bool:
    """True if the mark at ``pos`` stands alone between blanks (or a line's
    end). With no "(" open, a lone one is layout (the column of a caption box,
    a web page's icon text); with one open, it closes it ("( Adopt = A )",
    "(for himself, Mr. Heinrich )": extraction spaced the words out)."""
    before, after = source[pos - 1 : pos], source[pos + 1 : pos + 2]
    return before in (" ", "\t") and (not after or after.isspace())


def _closes_paragraph(source: str, pos: int) -> bool:
    """True if the mark at ``pos`` follows a sentence's end and ends its line."""
    return source[pos - 1 : pos] in (".", ";", "!", "?") and blank_after(source, pos + 1)


def _unclosed(ch: str, pos: int) -> Hit:
    closer = _CLOSERS[ch]
    return Hit(
        pos,
        pos + 1,
        f'Unexpected "{ch}" that is never closed, expected "{closer}"',
        help=f'Add the missing "{closer}" or delete the "{ch}".',
    )
