"""``--to markdown``: CommonMark with the resolution's structure.

Recital openers are emphasised: italic participles in the UN form (as the UN
prints them), bold ``WHEREAS`` otherwise; the operative verbs of UN clauses are
italic too. Clauses keep the kind of list they were written as: numbered lists
stay ordered lists (markers other than ``1.`` are kept in the text, since
Markdown only numbers in arabic), bullets stay bullets, ``RESOLVED`` clauses are
paragraphs. All user text is escaped. A book (several resolutions) gets a table
of contents linking to each one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resolve._text import collapse
from resolve.formats._common import (
    block_lines,
    clause_display,
    heading_lines,
    is_un_form,
    list_kind,
    resolution_title,
    sections,
    split_opener,
    walk_events,
)
from resolve.formats.options import ConvertOptions
from resolve.model import Clause, Document, EnactingFormula, FormulaKind, Recital, RecitalOpener

_META = re.compile(r"([\\`*_\[\]<>#|~&!])")
_LINE_START = re.compile(r"^(\s*)([-+*=>]|#+|\d+[.)])(?=\s|$)")


def escape(text: str) -> str:
    """Backslash-escape Markdown metacharacters in inline user text."""
    return _META.sub(r"\\\1", text)


def escape_block(text: str) -> str:
    """:func:`escape`, and also what would start a list, heading or quote at a line start."""
    out = escape(text)
    m = _LINE_START.match(out)
    if m:
        token = m.group(2)
        if token[-1] in ".)" and token[:-1].isdigit():
            out = out[: m.start(2)] + token[:-1] + "\\" + token[-1] + out[m.end(2) :]
        else:
            out = out[: m.start(2)] + "\\" + out[m.start(2) :]
    return out.lstrip()


def _emph_verb(text: str, verb: str | None, un: bool) -> str:
    if un and verb and text.startswith(verb):
        return f"*{escape(verb)}*" + escape(text[len(verb) :])
    return escape_block(text)


def _clause_content(node: Clause, un: bool, prefix: str | None) -> str:
    text = clause_display(node)
    parts: list[str] = []
    if prefix:
        parts.append(f"**{escape(prefix)}**")
    if node.lead and text.startswith(node.lead):
        parts.append(f"**{escape(node.lead)}**")
        rest = text[len(node.lead) :].lstrip()
        if rest:
            parts.append(_emph_verb(rest, node.verb, un) if not prefix else escape(rest))
    elif text:
        parts.append(escape(text) if prefix else _emph_verb(text, node.verb, un))
    return " ".join(parts)


def _ol_number(node: Clause, position: int) -> tuple[int, str]:
    """The list number for an ordered item, and the original marker to keep in the text."""
    style = node.marker_style or ""
    if style == "arabic:{}." and node.number and node.number.isdigit():
        return int(node.number), ""
    if style.startswith("arabic") and node.number and node.number.isdigit():
        return int(node.number), ""
    return position, node.marker or ""


def clause_lists(
    roots: Sequence[Clause], un: bool, prefix: str | None = None, indent: str = ""
) -> list[str]:
    """Markdown blocks for a clause forest; returns chunks joined by blank lines."""
    chunks: list[str] = []
    current: list[str] = []
    # indent for the content of each open list level
    indents: list[str] = []
    kinds: dict[int, str] = {}
    last_para = top_para = False
    child_indent: dict[tuple[int, ...], str] = {}
    for ev in walk_events(roots):
        if ev.kind == "open":
            kind: str = list_kind(ev.siblings)
            if kind == "none" and ev.path:
                kind = "ul"
            kinds[id(ev.siblings)] = kind
            base = child_indent.get(ev.path, indent)
            indents.append(base)
            if ev.path and current and last_para:
                # A list under a paragraph: needs a blank line before it.
                current.append("")
            continue
        if ev.kind == "close":
            indents.pop()
            continue
        if ev.kind == "leave":
            continue
        node = ev.clause
        assert node is not None
        item_kind = kinds[id(ev.siblings)]
        base = indents[-1]
        content = _clause_content(node, un, prefix if ev.path == (1,) else None)
        top = len(ev.path) == 1
        if item_kind == "none" or (top and node.marker is None):
            # An unmarked top-level clause (RESOLVED, That …) is a paragraph.
            if current:
                chunks.append("\n".join(current))
            current = [base + content]
            last_para = top_para = True
            child_indent[ev.path] = base
            continue
        if top and top_para and current:
            # A list after a paragraph starts a new block.
            chunks.append("\n".join(current))
            current = []
        last_para = False
        if top:
            top_para = False
        if item_kind == "ol":
            number, keep = _ol_number(node, ev.path[-1])
            bullet = f"{number}."
            if keep:
                content = f"{escape(keep)} {content}"
        else:
            bullet = "-"
        current.append(f"{base}{bullet} {content}")
        child_indent[ev.path] = base + " " * (len(bullet) + 1)
    if current:
        chunks.append("\n".join(current))
    return chunks


def _recital(rec: Recital, un: bool) -> list[str]:
    opener, rest = split_opener(rec)
    if opener:
        if rec.opener_kind is RecitalOpener.PHRASE:
            text = f"*{escape(opener)}*{escape(rest)}"
        else:
            text = f"**{escape(opener)}**{escape(rest)}"
    else:
        text = escape_block(rest)
    out = [text]
    if rec.items:
        out.append("")
        out.extend(clause_lists(rec.items, un))
    return ["\n".join(out)]


def _formula(f: EnactingFormula) -> str:
    text = escape_block(collapse(f.text))
    return text if f.kind is FormulaKind.ORGAN else f"**{text}**"


def _lines(lines: list[str]) -> str:
    return "  \n".join(escape_block(line) for line in lines)


def render_resolution(doc: Document, index: int, level: int) -> list[str]:
    res = doc.resolutions[index - 1]
    un = is_un_form(res)
    title = resolution_title(res, index)
    chunks = [f"{'#' * level} {escape(title)}"]
    extra = heading_lines(res, title)
    if extra:
        chunks.append(_lines(extra))
    parts = sections(res)
    for node in parts.preamble:
        if isinstance(node, Recital):
            chunks.extend(_recital(node, un))
        elif isinstance(node, EnactingFormula):
            chunks.append(_formula(node))
        else:
            chunks.append(_lines(block_lines(node)))
    chunks.extend(clause_lists(parts.clauses, un, parts.formula_prefix))
    for node in parts.footer:
        chunks.append(_lines(block_lines(node)))
    return chunks


def render(doc: Document, options: ConvertOptions) -> str:
    count = len(doc.resolutions)
    chunks: list[str] = []
    if count > 1:
        chunks.append("# Contents")
        chunks.append(
            "\n".join(
                f"- [{escape(resolution_title(r, i))}](#res-{i})"
                for i, r in enumerate(doc.resolutions, 1)
            )
        )
        for i in range(1, count + 1):
            chunks.append(f'<a id="res-{i}"></a>')
            chunks.extend(render_resolution(doc, i, 2))
    elif count == 1:
        chunks.extend(render_resolution(doc, 1, 1))
    for u in doc.unknown:
        chunks.append(_lines(block_lines(u)))
    return "\n\n".join(c for c in chunks if c) + "\n"
