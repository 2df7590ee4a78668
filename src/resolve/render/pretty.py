"""The reading view of ``resolve show``.

For each resolution: the heading, the preamble as a numbered list with each
recital's kind, the enacting formula set apart in a panel, then the clauses
with their verbs emphasised and sub-clauses nested, then trailing matter.

All document text goes through :func:`resolve.render.safe.safe_text` and into
:class:`rich.text.Text`, so it is printed literally.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text

from resolve.model import (
    Clause,
    Document,
    EnactingFormula,
    Heading,
    HeadingLineKind,
    Node,
    Recital,
    Resolution,
    Span,
    Trailer,
    Unknown,
)
from resolve.render.safe import safe_text

__all__ = ["render_document"]

STYLE_TITLE = "bold"
STYLE_NUMBER = "bold cyan"
STYLE_META_KEY = "cyan"
STYLE_DIM = "dim"
STYLE_SECTION = "bold magenta"
STYLE_OPENER = "bold italic"
STYLE_VERB = "bold underline"
STYLE_LEAD = "italic"
STYLE_MARKER = "bold"
STYLE_KIND = "dim cyan"
STYLE_WARN = "yellow"


def _flat(text: str) -> str:
    """Whitespace-normalised, terminal-safe text."""
    return safe_text(" ".join(text.split()), single_line=True)


def _own_text(doc: Document, node: Node, children: tuple[Node, ...]) -> str:
    """The node's words before its first child (without the nested ones), without
    line margins (email quote markers, printed line numbers)."""
    text = doc.text_of(node)
    if not children:
        return text
    cut = len(doc.text_of(Node(Span(node.span.start, children[0].span.start), doc.source)))
    if 0 < cut <= len(text):
        return text[:cut]
    return text


def _highlight(text: str, parts: Iterable[tuple[str | None, str]]) -> Text:
    """``text`` with each part styled at its first occurrence, searched left to right."""
    out = Text()
    pos = 0
    for needle, style in parts:
        if not needle:
            continue
        flat = _flat(needle)
        if not flat:
            continue
        found = text.find(flat, pos)
        if found < 0 or text[pos:found].strip():
            # Only highlight a part that starts where the previous one ended
            # (modulo spaces): never style a word in the middle of the body.
            continue
        out.append(text[pos:found])
        out.append(flat, style=style)
        pos = found + len(flat)
    out.append(text[pos:])
    return out


def _heading(heading: Heading) -> Iterator[RenderableType]:
    for line in heading.lines:
        value = _flat(line.value if line.value is not None else line.text)
        if line.kind is HeadingLineKind.TITLE:
            row = Text(value, style=STYLE_TITLE)
        elif line.kind is HeadingLineKind.NUMBER:
            row = Text(value, style=STYLE_NUMBER)
        elif line.kind is HeadingLineKind.META and line.key:
            row = Text()
            row.append(_flat(line.key), style=STYLE_META_KEY)
            row.append(":")
            if line.value:  # an empty field ("Status:") shows its key alone
                row.append(" " + _flat(line.value))
        else:
            row = Text(value, style=STYLE_DIM)
        yield Hanging(None, row)


class Hanging:
    """``label`` then ``body``; wrapped lines align under the body (a hanging indent).

    Unlike a table or :class:`~rich.padding.Padding`, it adds no trailing
    spaces, so piped output stays clean.
    """

    def __init__(self, label: Text | None, body: Text, indent: int = 0) -> None:
        self.label = label
        self.body = body
        self.indent = indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        label_width = cell_len(self.label.plain) + 1 if self.label is not None else 0
        width = max(16, options.max_width - self.indent - label_width)
        lines = self.body.wrap(console, width, overflow="fold")
        for i, line in enumerate(lines):
            out = Text(" " * self.indent, end="\n", no_wrap=True, overflow="fold")
            if self.label is not None:
                if i == 0:
                    out.append_text(self.label)
                    out.append(" ")
                else:
                    out.append(" " * label_width)
            line.rstrip()
            out.append_text(line)
            yield out


def _hanging(label: Text | None, body: Text, indent: int) -> RenderableType:
    return Hanging(label, body, indent)


def _kind_tag(kind: str) -> Text:
    tag = Text()
    tag.append(f"[{kind}]", style=STYLE_KIND)
    return tag


def _recital(doc: Document, index: int, recital: Recital, width: int) -> Iterator[RenderableType]:
    own = _flat(_own_text(doc, recital, recital.items))
    body = _kind_tag(recital.opener_kind.value)
    body.append(" ")
    body.append_text(
        _highlight(own, [(recital.marker, STYLE_MARKER), (recital.opener, STYLE_OPENER)])
    )
    yield _hanging(Text(f"{index}.".rjust(width), style=STYLE_MARKER), body, 2)
    for item in recital.items:
        yield from _clause(doc, item, indent=width + 5)


def _formula(doc: Document, formula: EnactingFormula) -> RenderableType:
    title = Text("enacting formula", style=STYLE_SECTION)
    title.append(f" [{formula.kind.value}]", style=STYLE_KIND)
    body = Text(_flat(doc.text_of(formula)), style="bold")
    if formula.body:
        body.append("\n")
        body.append("body: ", style=STYLE_DIM)
        body.append(_flat(formula.body), style=STYLE_DIM)
    return Panel(body, title=title, title_align="left", box=box.ROUNDED, expand=False)


def _clause(
    doc: Document, clause: Clause, indent: int = 2, index: int | None = None
) -> Iterator[RenderableType]:
    """The clause and its sub-clauses, each level indented four more columns.
    A clause written without a marker is labelled with its dim index."""
    stack: list[tuple[Clause, int]] = [(clause, indent)]
    while stack:
        node, pad = stack.pop()
        own = _flat(_own_text(doc, node, node.subclauses))
        label: Text | None = None
        marker = _flat(node.marker) if node.marker else ""
        if marker and own.startswith(marker):
            label = Text(marker, style=STYLE_MARKER)
            own = own[len(marker) :].lstrip()
        elif node is clause and index is not None:
            label = Text(f"[{index}]", style=STYLE_DIM)
        text = _highlight(own, [(node.lead, STYLE_LEAD), (node.verb, STYLE_VERB)])
        yield _hanging(label, text, pad)
        stack.extend((sub, pad + 4) for sub in reversed(node.subclauses))


def _trailer(doc: Document, trailer: Trailer) -> RenderableType:
    raw = doc.text_of(trailer)
    lines = [safe_text(line.strip(), single_line=True) for line in raw.splitlines()]
    text = Text("\n".join(line for line in lines if line), style=STYLE_DIM)
    return Hanging(_kind_tag(trailer.kind.value), text, 2)


def _unknown(doc: Document, block: Unknown) -> RenderableType:
    """The reason on one line, the text (flattened) below it: a long reason used as
    a hanging label left a column too narrow to read."""
    body = Text(f"unrecognised ({_flat(block.reason)}):", style=STYLE_WARN)
    body.append("\n")
    body.append(_flat(doc.text_of(block)))
    return Hanging(None, body, 2)


def _section(label: str, count: int | None = None) -> Text:
    text = Text(label, style=STYLE_SECTION)
    if count is not None:
        text.append(f" ({count})", style=STYLE_DIM)
    return text


def _resolution(doc: Document, resolution: Resolution) -> Iterator[RenderableType]:
    if resolution.heading is not None and resolution.heading.lines:
        yield from _heading(resolution.heading)
        yield Text()
    if resolution.preamble:
        yield _section("Preamble", len(resolution.preamble))
        width = len(str(len(resolution.preamble))) + 1
        for index, recital in enumerate(resolution.preamble, 1):
            yield from _recital(doc, index, recital, width)
        yield Text()
    if resolution.enacting_formula is not None:
        yield _formula(doc, resolution.enacting_formula)
        yield Text()
    if resolution.clauses:
        yield _section("Clauses", len(resolution.clauses))
        for index, clause in enumerate(resolution.clauses, 1):
            yield from _clause(doc, clause, index=index)
        yield Text()
    if resolution.trailer:
        yield _section("Trailer")
        for trailer in resolution.trailer:
            yield _trailer(doc, trailer)
        yield Text()
    if resolution.unknown:
        yield _section("Unrecognised")
        for block in resolution.unknown:
            yield _unknown(doc, block)
        yield Text()


def render_document(doc: Document, *, name: str | None = None) -> RenderableType:
    """A Rich renderable for the whole document."""
    parts: list[RenderableType] = []
    many = len(doc.resolutions) > 1
    for index, resolution in enumerate(doc.resolutions, 1):
        if many:
            label = Text(f"Resolution {index} of {len(doc.resolutions)}", style=STYLE_DIM)
            parts.append(Rule(label, style=STYLE_DIM))
        parts.extend(_resolution(doc, resolution))
    if not doc.resolutions:
        prefix = f"{safe_text(name, single_line=True)}: " if name else ""
        parts.append(Text(f"{prefix}no resolution found", style=STYLE_WARN))
    if doc.unknown:
        parts.append(_section("Unrecognised (outside any resolution)"))
        parts.extend(_unknown(doc, block) for block in doc.unknown)
    if doc.suppressions:
        parts.append(_section("Suppressions"))
        for sup in doc.suppressions:
            codes = ", ".join(sup.codes) if sup.codes else "all rules"
            row = Text(f"line {sup.span.start.line}: ignore {safe_text(codes, single_line=True)}")
            parts.append(Hanging(None, row, 2))
    while parts and isinstance(parts[-1], Text) and not parts[-1].plain:
        parts.pop()
    return Group(*parts)
