"""``resolve show --tree``: the syntax tree as a Rich tree.

Each node shows its type, its span (``line:col-line:col``) and its fields;
text values are shown whitespace-normalised and terminal-safe, always as
:class:`rich.text.Text`.
"""

from __future__ import annotations

from rich.text import Text
from rich.tree import Tree

from resolve.model import (
    Clause,
    Document,
    EnactingFormula,
    Heading,
    Node,
    Recital,
    Resolution,
    Span,
    Suppression,
    Trailer,
    Unknown,
)
from resolve.render.safe import safe_text

__all__ = ["render_tree"]

STYLE_TYPE = "bold"
STYLE_SPAN = "dim"
STYLE_FIELD = "cyan"
STYLE_VALUE = "green"


def _span(span: Span) -> str:
    return f"{span.start.line}:{span.start.column}-{span.end.line}:{span.end.column}"


def _label(node_type: str, node: Node | Document, **fields: object) -> Text:
    text = Text()
    text.append(node_type, style=STYLE_TYPE)
    text.append(f" {_span(node.span)}", style=STYLE_SPAN)
    for key, value in fields.items():
        if value is None or value == "" or value == ():
            continue
        text.append(f" {key}=", style=STYLE_FIELD)
        if isinstance(value, str):
            flat = safe_text(" ".join(value.split()), single_line=True)
            text.append(
                repr(flat) if len(flat) < 200 else repr(flat[:197] + "..."), style=STYLE_VALUE
            )
        else:
            text.append(str(value), style=STYLE_VALUE)
    return text


def _body(tree: Tree, body: str) -> None:
    if body:
        tree.add(Text(safe_text(" ".join(body.split()), single_line=True)))


def _clause(parent: Tree, clause: Clause) -> None:
    stack: list[tuple[Tree, Clause]] = [(parent, clause)]
    while stack:
        into, node = stack.pop()
        branch = into.add(
            _label(
                "Clause",
                node,
                depth=node.depth,
                marker=node.marker,
                style=node.marker_style,
                lead=node.lead,
                verb=node.verb,
                connector=node.connector,
            )
        )
        _body(branch, node.body)
        stack.extend((branch, sub) for sub in reversed(node.subclauses))


def _heading(parent: Tree, heading: Heading) -> None:
    branch = parent.add(_label("Heading", heading, title=heading.title, number=heading.number))
    for line in heading.lines:
        branch.add(
            _label("HeadingLine", line, kind=line.kind.value, key=line.key, value=line.value)
        )


def _recital(parent: Tree, recital: Recital) -> None:
    branch = parent.add(
        _label(
            "Recital",
            recital,
            kind=recital.opener_kind.value,
            opener=recital.opener,
            marker=recital.marker,
            connector=recital.connector,
        )
    )
    _body(branch, recital.body)
    for item in recital.items:
        _clause(branch, item)


def _formula(parent: Tree, formula: EnactingFormula) -> None:
    parent.add(
        _label(
            "EnactingFormula",
            formula,
            kind=formula.kind.value,
            body=formula.body,
            text=formula.text,
        )
    )


def _trailer(parent: Tree, trailer: Trailer) -> None:
    parent.add(_label("Trailer", trailer, kind=trailer.kind.value, text=trailer.text))


def _unknown(parent: Tree, block: Unknown) -> None:
    parent.add(_label("Unknown", block, reason=block.reason, text=block.text))


def _suppression(parent: Tree, sup: Suppression) -> None:
    parent.add(_label("Suppression", sup, codes=", ".join(sup.codes) or "all"))


def _resolution(parent: Tree, resolution: Resolution) -> None:
    branch = parent.add(_label("Resolution", resolution, title=resolution.title))
    if resolution.heading is not None:
        _heading(branch, resolution.heading)
    if resolution.preamble:
        pre = branch.add(Text(f"preamble ({len(resolution.preamble)})", style=STYLE_FIELD))
        for recital in resolution.preamble:
            _recital(pre, recital)
    if resolution.enacting_formula is not None:
        _formula(branch, resolution.enacting_formula)
    if resolution.clauses:
        cl = branch.add(Text(f"clauses ({len(resolution.clauses)})", style=STYLE_FIELD))
        for clause in resolution.clauses:
            _clause(cl, clause)
    for trailer in resolution.trailer:
        _trailer(branch, trailer)
    for block in resolution.unknown:
        _unknown(branch, block)


def render_tree(doc: Document, *, name: str | None = None) -> Tree:
    """The document as a :class:`rich.tree.Tree`."""
    root = Text("Document", style=STYLE_TYPE)
    if name:
        root.append(f" {safe_text(name, single_line=True)}", style=STYLE_VALUE)
    root.append(f" {_span(doc.span)}", style=STYLE_SPAN)
    root.append(f" resolutions={len(doc.resolutions)}", style=STYLE_FIELD)
    tree = Tree(root)
    for node in doc.top_level():
        if isinstance(node, Resolution):
            _resolution(tree, node)
        elif isinstance(node, Unknown):
            _unknown(tree, node)
        elif isinstance(node, Suppression):
            _suppression(tree, node)
    return tree
