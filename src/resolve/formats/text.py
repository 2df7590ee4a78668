"""Canonical plain text: the writer behind ``--to text`` and the reference ``fmt`` aligns to.

The writer works on the typed model (:mod:`resolve.model`). It gives, for each
paragraph of a resolution (a recital with its list, a standalone formula, a
top-level clause with its sub-clauses), the *canonical text*: the same words
and markers, with the profile's casing of openers and leads, the punctuation
of connectors (``; and``) and single spaces. ``resolve fmt`` aligns that text
with the source and edits only the tokens and spaces that differ, keeping the
document's own line breaks (:mod:`resolve.formats.fmt`).

Layout of ``--to text`` (:meth:`Writer.write`):

* every recital, formula and top-level clause is one paragraph on one line,
  with a blank line between paragraphs;
* sub-clauses and list items go on their own lines, indented four spaces per
  level down to level 8 and one space per level deeper, with no blank line
  between siblings;
* resolutions in a book are separated by two blank lines;
* headings, trailers and unknown blocks are copied verbatim, trailing
  whitespace on each line removed.

Never changed: the words and the list markers (``fmt`` never renumbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from resolve._text import collapse
from resolve.formats._text_style import (
    _LEAD_KEYWORDS,
    _TOKEN,
    _WORDS,
    PROFILES,
    Style,
    _case,
    indentation,
    join_connector,
    respace,
    style_for,
)
from resolve.model import Clause, Document, EnactingFormula, FormulaKind, Node, Recital, Resolution

if TYPE_CHECKING:
    from resolve.formats.options import ConvertOptions

Role = Literal["recital", "last-recital", "clause", "last-clause", "last-sub", "list"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a resolution and its canonical text."""

    resolution: int
    """Index of the resolution in the document."""
    node: Node
    """The recital, formula or top-level clause (its span covers its list)."""
    start: int
    """Where the paragraph begins in the source: the node, or the enacting
    formula that opens the first clause's sentence (``RESOLVED, That``)."""
    text: str
    """The canonical text: one line per clause or list item, indented by depth."""


def _opener_sep(rec: Recital, text: str) -> str:
    """What follows the opener in ``text`` (the recital's words): ``,``, ``:`` or nothing."""
    head = collapse(text[:4096])
    marker, opener = rec.marker, collapse(rec.opener or "")
    if len(text) > 4096 and len(head) < len(marker or "") + len(opener) + 8:
        head = collapse(text)
    if marker and head.startswith(marker):
        head = head[len(marker) :].lstrip()
    m = re.match(re.escape(opener) + r"\s*([,:;])?", head, re.IGNORECASE)
    return m.group(1) if m and m.group(1) else ""


class Writer:
    """Canonical text of a document's parts for one :class:`Style`."""

    def __init__(self, doc: Document, style: Style) -> None:
        self.doc = doc
        self.style = style
        self._connectors: dict[tuple[str, str], str] = {}
        self._leads: dict[str, str] = {}

    # parts ------------------------------------------------------------------------------

    def opener(self, rec: Recital) -> str:
        opener = collapse(rec.opener or "")
        case = self.style.whereas_case
        if case:
            ws = opener.split(" ")
            opener = " ".join(_case(w, case, i == 0) for i, w in enumerate(ws))
        return opener

    def lead(self, text: str) -> str:
        """Normalise a resolving lead (``Be it further resolved that``) for the profile."""
        out = self._leads.get(text)
        if out is None:
            out = self._leads[text] = self._lead(text)
        return out

    def _lead(self, text: str) -> str:
        text = collapse(text)
        case, that = self.style.keyword_case, self.style.that_case
        if case is None and that is None:
            return text
        tokens = _TOKEN.findall(text)
        kinds = [
            "kw" if t.lower() in _LEAD_KEYWORDS else "that" if t.lower() == "that" else
            "w" if t[0].isalnum() else "p"
            for t in tokens
        ]  # fmt: skip
        # Drop commas between two keywords (and before "that"); re-add the profile's.
        kept: list[tuple[str, str]] = []
        for i, (tok, kind) in enumerate(zip(tokens, kinds, strict=True)):
            if tok == "," and 0 < i < len(tokens) - 1:
                if kinds[i - 1] == "kw" and kinds[i + 1] in ("kw", "that"):
                    continue
            kept.append((tok, kind))
        out: list[str] = []
        first_word = True
        for i, (tok, kind) in enumerate(kept):
            nxt = kept[i + 1] if i + 1 < len(kept) else None
            if kind == "kw" and case:
                tok = _case(tok, case, first_word)
            elif kind == "that" and that:
                tok = that
            if kind != "p" and out:
                out.append(" ")
            out.append(tok)
            if kind != "p":
                first_word = False
            low = tok.lower()
            if nxt is not None and nxt[1] in ("kw", "that", "w"):
                if low in ("now", "therefore") and kind == "kw":
                    out.append(",")
                elif low == "resolved" and nxt[1] == "that":
                    out.append(",")
        return "".join(out)

    def connector(self, conn: str | None, role: Role) -> str | None:
        """Normalise a trailing connector.

        ``role``: ``recital`` (followed by another recital), ``last-recital``,
        ``clause`` (followed by a sibling), ``last-clause`` (the last top-level
        clause), ``last-sub`` (last in a sub-list), ``list`` (introduces a list).
        """
        if not conn:
            return conn
        key = (conn, role)
        out = self._connectors.get(key)
        if out is None:
            out = self._connectors[key] = self._connector(conn, role)
        return out

    def _connector(self, conn: str, role: Role) -> str:
        conn = collapse(conn)
        st = self.style
        ws = _WORDS.findall(conn)
        lead_punct = re.match(r"[^\w\s]*", conn)
        punct = lead_punct.group(0) if lead_punct else ""
        if not ws:
            if role == "list" or not punct or punct[0] not in ";,.":
                return respace(conn)
            rest = punct[1:]
            if role == "recital" and st.recital_end:
                return st.recital_end + rest
            if role == "clause" and st.clause_end:
                return ";" + rest
            if role == "last-clause" and st.clause_end:
                return "." + rest
            return respace(conn)
        if st.keyword_case is None and st.transition_punct is None:
            return respace(conn)
        lowered = [w.lower() for w in ws]
        transition = "therefore" in lowered or ("be" in lowered and "it" in lowered)
        if transition and role == "last-recital" and st.transition_punct:
            punct = st.transition_punct
        elif punct[:1] in (",", ";", ":") and lowered[0] == "and":
            punct = ";"
        out = [punct] if punct else []
        for i, w in enumerate(lowered):
            word = w
            if i == 0 and st.transition_cap and punct == ":":
                word = w.capitalize()
            out.append((" " if out else "") + word)
            if w in ("now", "therefore") and i + 1 < len(lowered):
                out.append(",")
        return "".join(out)

    def clause_lines(
        self, roots: Sequence[Clause], top_roles: bool, prefix: str | None = None
    ) -> list[list[str]]:
        """Lines for each root clause (each root with all its sub-clauses), iteratively.

        ``top_roles``: the roots are top-level clauses (last one ends with ``.``).
        ``prefix``: text (the enacting formula) that opens the first root.
        Markers are written as they stand: the formatter never renumbers.
        """
        result: list[list[str]] = []
        for ri, root in enumerate(roots):
            lines: list[str] = []
            is_last_root = ri == len(roots) - 1
            root_role: Role = (
                "clause" if not is_last_root else ("last-clause" if top_roles else "last-sub")
            )
            stack: list[tuple[Clause, Role]] = [(root, root_role)]
            while stack:
                node, role = stack.pop()
                subs = node.subclauses
                parts: list[str] = []
                if node.marker:
                    parts.append(collapse(node.marker))
                if node is root and prefix and ri == 0:
                    parts.append(prefix)
                if node.lead:
                    parts.append(self.lead(node.lead))
                conn = self.connector(node.connector, "list" if subs else role)
                tail = join_connector(collapse(node.body), conn)
                if tail:
                    parts.append(tail)
                lines.append(indentation(node.depth) + " ".join(parts))
                for si in range(len(subs) - 1, -1, -1):
                    stack.append((subs[si], "clause" if si < len(subs) - 1 else "last-sub"))
            result.append(lines)
        return result

    def recital_lines(self, rec: Recital, role: Role) -> list[str]:
        parts: list[str] = []
        if rec.marker:
            parts.append(collapse(rec.marker))
        body = collapse(rec.body)
        if rec.opener and rec.opener_kind.value in ("whereas", "because"):
            sep = self.style.whereas_sep
            if sep is None or not body:
                # The document's own separator; with no body ("BECAUSE:" over a
                # list) there is nothing for a house style to separate.
                sep = _opener_sep(rec, self.doc.text_of(rec))
            parts.append(self.opener(rec) + sep)
        conn = self.connector(rec.connector, "list" if rec.items else role)
        tail = join_connector(body, conn)
        if tail:
            parts.append(tail)
        lines = [" ".join(parts)]
        for item_lines in self.clause_lines(rec.items, top_roles=False):
            lines.extend(item_lines)
        return lines

    # paragraphs ----------------------------------------------------------------------

    def paragraphs(self, res: Resolution, index: int) -> Iterator[Paragraph]:
        """The paragraphs of ``res`` in source order, each with its canonical text."""
        n = len(res.preamble)
        for i, rec in enumerate(res.preamble):
            role: Role = "recital" if i < n - 1 else "last-recital"
            yield Paragraph(
                index, rec, rec.span.start.offset, "\n".join(self.recital_lines(rec, role))
            )
        formula = res.enacting_formula
        prefix: str | None = None
        prefix_start: int | None = None
        if formula is not None:
            ftext = collapse(self.doc.text_of(formula))
            if formula_joined(res, formula):
                prefix = self.lead(ftext)
                prefix_start = formula.span.start.offset
            else:
                yield Paragraph(index, formula, formula.span.start.offset, ftext)
        lines = self.clause_lines(res.clauses, top_roles=True, prefix=prefix)
        for ci, (clause, clause_lines) in enumerate(zip(res.clauses, lines, strict=True)):
            start = clause.span.start.offset
            if ci == 0 and prefix_start is not None:
                start = min(start, prefix_start)
            yield Paragraph(index, clause, start, "\n".join(clause_lines))

    # the --to text layout ----------------------------------------------------------------

    def write(self) -> str:
        """The whole document in the ``--to text`` layout (see the module docstring)."""
        blocks: list[tuple[int, int, int, str, Node]] = []
        order = 0
        for ri, res in enumerate(self.doc.resolutions):
            nodes: list[tuple[Node, str]] = []
            if res.heading is not None:
                nodes.append((res.heading, _verbatim(res.heading)))
            nodes.extend((p.node, p.text) for p in self.paragraphs(res, ri))
            nodes.extend((t, _verbatim(t)) for t in res.trailer)
            nodes.extend((u, _verbatim(u)) for u in res.unknown)
            for node, text in nodes:
                blocks.append((node.span.start.offset, order, ri, text, node))
                order += 1
        for u in self.doc.unknown:
            blocks.append((u.span.start.offset, order, -1, _verbatim(u), u))
            order += 1
        for s in self.doc.suppressions:
            blocks.append((s.span.start.offset, order, -2, collapse(s.text), s))
            order += 1
        blocks.sort(key=lambda b: (b[0], b[1]))
        pieces: list[str] = []
        prev: tuple[int, int, int, str, Node] | None = None
        for b in blocks:
            if not b[3]:
                continue
            if prev is not None:
                pieces.append(self._separator(prev[2], prev[4], b[2], b[4]))
            pieces.append(b[3])
            prev = b
        return "".join(pieces) + "\n" if pieces else ""

    def _separator(self, ra: int, a: Node, rb: int, b: Node) -> str:
        if ra >= 0 and rb >= 0 and ra != rb:
            return "\n\n\n"
        gap = self.doc.source[a.span.end.offset : b.span.start.offset]
        adjacent = "\n" in gap and not gap.replace("\r\n", "\n").count("\n") > 1
        if ra == -2:
            return "\n" if adjacent else "\n\n"
        paragraphs = (Recital, Clause, EnactingFormula)
        if not isinstance(a, paragraphs) and not isinstance(b, paragraphs) and ra == rb:
            return "\n" if adjacent else "\n\n"
        return "\n\n"


def formula_joined(res: Resolution, formula: EnactingFormula) -> bool:
    """The formula (``RESOLVED, That``) opens the first clause's sentence."""
    if formula.kind is not FormulaKind.RESOLVED or not res.clauses:
        return False
    first = res.clauses[0]
    if first.lead or first.marker:
        return False
    return formula.span.start.offset <= first.span.start.offset


def _verbatim(node: Node) -> str:
    source = node.source
    off = node.span.start.offset
    line_start = max(source.rfind("\n", 0, off), source.rfind("\r", 0, off)) + 1
    lead = source[line_start:off]
    indent = lead if not lead.strip() else ""
    lines = (indent + node.text).splitlines()
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def write_text(data: dict[str, Any], *, profile: str | None = None) -> str:
    """Text for a document dict (``--to json`` output, perhaps edited by a tool)."""
    from resolve.formats._dict_in import document_from_dict

    return Writer(document_from_dict(data), style_for(profile)).write()


def structure(doc: Document) -> tuple[Any, ...]:
    """The shape the formatter must keep: counts and nesting of every part, and
    every list marker exactly as written (``fmt`` never renumbers)."""
    out: list[Any] = [len(doc.unknown), len(doc.suppressions)]
    for res in doc.resolutions:
        f = res.enacting_formula
        out.append(
            (
                res.heading is not None,
                tuple(
                    (
                        r.opener_kind.value,
                        r.marker,
                        tuple((c.depth, c.marker) for i in r.items for c in i.walk()),
                    )
                    for r in res.preamble
                ),
                f.kind.value if f else None,
                tuple((c.depth, c.marker, c.lead is not None) for c in res.all_clauses()),
                len(res.trailer),
                len(res.unknown),
            )
        )
    return tuple(out)


def render(doc: Document, options: ConvertOptions) -> str:
    return Writer(doc, style_for(options.profile)).write()


__all__ = ["PROFILES", "Paragraph", "Style", "Writer", "render", "structure"]
