"""Canonical plain text: the writer behind ``resolve fmt`` and ``--to text``.

The writer works on the dict form of a document (``Document.to_dict()``, the
same shape as ``--to json``), so JSON edited by a tool renders back through
the same code (:mod:`resolve.formats.json_in`).

Layout of the canonical text:

* every recital, formula and top-level clause is one paragraph on one line
  (hard wrapping is undone), with a blank line between paragraphs;
* sub-clauses and list items go on their own lines, indented four spaces per
  level down to level 8 and one space per level deeper (extreme nesting
  stays small and still parses back the same), with no blank line between
  siblings;
* resolutions in a book are separated by two blank lines;
* headings, trailers and unknown blocks are copied verbatim, trailing
  whitespace on each line removed.

Normalised: list numbering (renumbered in order), bullet characters, opener
and lead casing, the punctuation of connectors (``; and``), whitespace. Never
changed: the words. :func:`format_text` re-parses its output and returns the
input unchanged if the structure or the words would differ, or if the output
would not be a fixed point of the writer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from resolve._text import collapse
from resolve.formats import ConvertOptions
from resolve.formats._common import document_words
from resolve.formats._text_style import (
    _LEAD_KEYWORDS,
    _TOKEN,
    _WORDS,
    PROFILES,
    Style,
    _case,
    _family_shape,
    format_number,
    indentation,
    join_connector,
    respace,
    style_for,
)
from resolve.model import Document

# -- the writer ----------------------------------------------------------------------


@dataclass(slots=True)
class _Block:
    offset: int
    order: int
    res: int
    """Index of the resolution the block belongs to; -1 for document-level blocks."""
    kind: Literal["para", "verbatim", "suppression"]
    text: str
    first_line: int
    last_line: int


def _span_bounds(node: dict[str, Any], fallback: int) -> tuple[int, int, int]:
    span = node.get("span") or {}
    start = span.get("start") or {}
    end = span.get("end") or {}
    offset = start.get("offset", fallback)
    return (
        int(offset) if isinstance(offset, int) else fallback,
        int(start.get("line", 0) or 0),
        int(end.get("line", 0) or 0),
    )


def _verbatim(node: dict[str, Any], source: str | None) -> str:
    text = str(node.get("text") or "")
    indent = ""
    span = node.get("span") or {}
    start = (span.get("start") or {}) if isinstance(span, dict) else {}
    if source is not None and isinstance(start.get("offset"), int):
        off = start["offset"]
        line_start = source.rfind("\n", 0, off) + 1
        lead = source[line_start:off]
        if not lead.strip():
            indent = lead
    elif isinstance(start.get("column"), int) and start["column"] > 1:
        indent = " " * (start["column"] - 1)
    lines = (indent + text).split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


class Writer:
    """Canonical text from a document dict."""

    def __init__(self, data: dict[str, Any], style: Style, source: str | None = None) -> None:
        self.data = data
        self.style = style
        self.source = source
        self._connectors: dict[tuple[str, str], str] = {}
        self._leads: dict[str, str] = {}
        self.bullets = self._document_bullets()
        self.whereas_sep = (
            style.whereas_sep if style.whereas_sep is not None else self._document_sep()
        )

    # document conventions ---------------------------------------------------------

    def _all_clause_dicts(self) -> Iterable[dict[str, Any]]:
        for res in self.data.get("resolutions") or []:
            roots: list[dict[str, Any]] = list(res.get("clauses") or [])
            for rec in res.get("preamble") or []:
                roots.extend(rec.get("items") or [])
            stack = list(reversed(roots))
            while stack:
                node = stack.pop()
                yield node
                stack.extend(reversed(node.get("subclauses") or []))

    def _document_bullets(self) -> dict[int, str]:
        """First bullet character used at each depth."""
        out: dict[int, str] = {}
        for c in self._all_clause_dicts():
            marker = c.get("marker")
            style = c.get("marker_style") or ""
            if marker and style.startswith("bullet"):
                out.setdefault(int(c.get("depth") or 0), marker)
        return out

    def _document_sep(self) -> str:
        """The separator most recitals put after WHEREAS (``,`` or nothing)."""
        counts: Counter[str] = Counter()
        for res in self.data.get("resolutions") or []:
            for rec in res.get("preamble") or []:
                # An empty recital is written without a separator, so it is no
                # evidence either way (and counting it would make fmt unstable).
                if rec.get("opener_kind") in ("whereas", "because") and collapse(
                    str(rec.get("body") or "")
                ):
                    counts[self._opener_sep(rec)] += 1
        return counts.most_common(1)[0][0] if counts else ","

    @staticmethod
    def _opener_sep(rec: dict[str, Any]) -> str:
        opener = rec.get("opener") or ""
        marker = rec.get("marker")
        raw = str(rec.get("text") or "")
        # Only the start matters: collapse a prefix unless it is too short to
        # hold the marker, the opener and the separator (a 10 MB recital).
        text = collapse(raw[:4096])
        if len(raw) > 4096 and len(text) < len(marker or "") + len(opener) + 8:
            text = collapse(raw)
        if marker and text.startswith(marker):
            text = text[len(marker) :].lstrip()
        m = re.match(re.escape(collapse(opener)) + r"\s*([,:])?", text, re.IGNORECASE)
        return m.group(1) if m and m.group(1) else ""

    # parts ------------------------------------------------------------------------------

    def opener(self, rec: dict[str, Any]) -> str:
        opener = collapse(rec.get("opener") or "")
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

    def connector(self, conn: str | None, role: str) -> str | None:
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

    def _connector(self, conn: str, role: str) -> str:
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

    def marker(self, node: dict[str, Any], style: str | None, number: int) -> str | None:
        marker = node.get("marker")
        if not marker:
            return None
        own = node.get("marker_style") or ""
        depth = int(node.get("depth") or 0)
        if own.startswith("bullet"):
            return self.style.bullet or self.bullets.get(depth, marker)
        target = _family_shape(style)
        if target is None or _family_shape(own) is None:
            return str(marker)
        family, shape = target
        return shape.replace("{}", format_number(number, family))

    def list_style(self, siblings: Sequence[dict[str, Any]]) -> str | None:
        """The numbering style a sibling list is renumbered in."""
        first = next(
            (
                s.get("marker_style")
                for s in siblings
                if s.get("marker") and _family_shape(s.get("marker_style"))
            ),
            None,
        )
        if first is None:
            return None
        numbering = self.style.numbering
        if numbering:
            depth = int(siblings[0].get("depth") or 0)
            return numbering[min(depth, len(numbering) - 1)]
        return str(first)

    def clause_lines(
        self, roots: Sequence[dict[str, Any]], top_roles: bool, prefix: str | None = None
    ) -> list[list[str]]:
        """Lines for each root clause (each root with all its sub-clauses), iteratively.

        ``top_roles``: the roots are top-level clauses (last one ends with ``.``).
        ``prefix``: text (the enacting formula) that opens the first root.
        """
        result: list[list[str]] = []
        root_style = self.list_style(roots)
        root_numbers = self._numbers(roots)
        for ri, root in enumerate(roots):
            lines: list[str] = []
            # stack of (node, style of its list, its number, role)
            is_last_root = ri == len(roots) - 1
            root_role = (
                "clause" if not is_last_root else ("last-clause" if top_roles else "last-sub")
            )
            stack: list[tuple[dict[str, Any], str | None, int, str]] = [
                (root, root_style, root_numbers[ri], root_role)
            ]
            while stack:
                node, style, number, role = stack.pop()
                subs = list(node.get("subclauses") or [])
                depth = int(node.get("depth") or 0)
                marker = self.marker(node, style, number)
                parts: list[str] = []
                if marker:
                    parts.append(marker)
                if node is root and prefix and ri == 0:
                    parts.append(prefix)
                lead = node.get("lead")
                if lead:
                    parts.append(self.lead(lead))
                body = collapse(str(node.get("body") or ""))
                conn = self.connector(node.get("connector"), "list" if subs else role)
                tail = join_connector(body, conn)
                if tail:
                    parts.append(tail)
                lines.append(indentation(depth) + " ".join(parts))
                if subs:
                    sub_style = self.list_style(subs)
                    numbers = self._numbers(subs)
                    for si in range(len(subs) - 1, -1, -1):
                        sub_role = "clause" if si < len(subs) - 1 else "last-sub"
                        stack.append((subs[si], sub_style, numbers[si], sub_role))
            result.append(lines)
        return result

    @staticmethod
    def _numbers(siblings: Sequence[dict[str, Any]]) -> list[int]:
        """Position of each sibling among the numbered ones (bullets do not count)."""
        out: list[int] = []
        n = 0
        for s in siblings:
            if s.get("marker") and _family_shape(s.get("marker_style")):
                n += 1
            out.append(max(n, 1))
        return out

    def recital_lines(self, rec: dict[str, Any], role: str) -> list[str]:
        items = list(rec.get("items") or [])
        parts: list[str] = []
        marker = rec.get("marker")
        if marker:
            parts.append(str(marker))
        kind = rec.get("opener_kind")
        body = collapse(str(rec.get("body") or ""))
        if kind in ("whereas", "because") and rec.get("opener"):
            opener = self.opener(rec)
            parts.append(opener + self.whereas_sep if body else opener)
        conn = self.connector(rec.get("connector"), "list" if items else role)
        tail = join_connector(body, conn)
        if tail:
            parts.append(tail)
        lines = [" ".join(parts)]
        for item_lines in self.clause_lines(items, top_roles=False):
            lines.extend(item_lines)
        return lines

    def formula_joined(self, res: dict[str, Any]) -> bool:
        f = res.get("enacting_formula")
        clauses = res.get("clauses") or []
        if not f or f.get("kind") != "resolved" or not clauses:
            return False
        first = clauses[0]
        if first.get("lead") or first.get("marker"):
            return False
        f_off, _, _ = _span_bounds(f, 0)
        c_off, _, _ = _span_bounds(first, f_off)
        return f_off <= c_off

    # assembling ------------------------------------------------------------------------

    def blocks(self) -> list[_Block]:
        out: list[_Block] = []
        order = 0

        def add(node: dict[str, Any], res: int, kind: str, text: str, fallback: int) -> int:
            nonlocal order
            off, first, last = _span_bounds(node, fallback)
            out.append(_Block(off, order, res, kind, text, first, last))  # type: ignore[arg-type]
            order += 1
            return off

        last_off = 0
        for ri, res in enumerate(self.data.get("resolutions") or []):
            heading = res.get("heading")
            if heading:
                last_off = add(heading, ri, "verbatim", _verbatim(heading, self.source), last_off)
            preamble = list(res.get("preamble") or [])
            for i, rec in enumerate(preamble):
                role = "recital" if i < len(preamble) - 1 else "last-recital"
                text = "\n".join(self.recital_lines(rec, role))
                last_off = add(rec, ri, "para", text, last_off)
            formula = res.get("enacting_formula")
            joined = self.formula_joined(res)
            prefix: str | None = None
            if formula:
                ftext = collapse(str(formula.get("text") or ""))
                if joined:
                    prefix = self.lead(ftext)
                else:
                    last_off = add(formula, ri, "para", ftext, last_off)
            clauses = list(res.get("clauses") or [])
            for clause, lines in zip(
                clauses, self.clause_lines(clauses, top_roles=True, prefix=prefix), strict=True
            ):
                last_off = add(clause, ri, "para", "\n".join(lines), last_off)
            for t in res.get("trailer") or []:
                last_off = add(t, ri, "verbatim", _verbatim(t, self.source), last_off)
            for u in res.get("unknown") or []:
                last_off = add(u, ri, "verbatim", _verbatim(u, self.source), last_off)
        for u in self.data.get("unknown") or []:
            add(u, -1, "verbatim", _verbatim(u, self.source), 0)
        for s in self.data.get("suppressions") or []:
            add(s, -1, "suppression", collapse(str(s.get("text") or "")), 0)
        out.sort(key=lambda b: (b.offset, b.order))
        return [b for b in out if b.text]

    def write(self) -> str:
        blocks = self.blocks()
        pieces: list[str] = []
        prev: _Block | None = None
        for b in blocks:
            if prev is not None:
                pieces.append(_separator(prev, b))
            pieces.append(b.text)
            prev = b
        return "".join(pieces) + "\n" if pieces else ""


def _separator(a: _Block, b: _Block) -> str:
    if a.res >= 0 and b.res >= 0 and a.res != b.res:
        return "\n\n\n"
    if a.kind == "suppression":
        return "\n" if b.first_line and b.first_line == a.last_line + 1 else "\n\n"
    if a.kind == "verbatim" and b.kind == "verbatim" and a.res == b.res:
        adjacent = a.last_line and b.first_line and b.first_line <= a.last_line + 1
        return "\n" if adjacent else "\n\n"
    return "\n\n"


def write_text(
    data: dict[str, Any], *, profile: str | None = None, source: str | None = None
) -> str:
    """Canonical text for a document dict (``Document.to_dict()`` or ``--to json``)."""
    return Writer(data, style_for(profile), source).write()


def _doc_dict(doc: Document) -> dict[str, Any]:
    """The dict the writer reads: ``doc.to_dict()`` without the clauses' ``text``.

    The writer rebuilds clauses from their parts; their ``text`` (each holding
    all its sub-clauses') made a list nested 1,000 deep cost hundreds of MB.
    """
    from resolve._serialize import document_to_dict

    return document_to_dict(doc, clause_text=False)


def structure(doc: Document) -> tuple[Any, ...]:
    """The shape the formatter must keep: counts and nesting of every part."""
    out: list[Any] = [len(doc.unknown), len(doc.suppressions)]
    for res in doc.resolutions:
        f = res.enacting_formula
        out.append(
            (
                res.heading is not None,
                tuple(
                    (
                        r.opener_kind.value,
                        r.marker is not None,
                        tuple(c.depth for i in r.items for c in i.walk()),
                    )
                    for r in res.preamble
                ),
                f.kind.value if f else None,
                tuple(
                    (c.depth, c.marker is not None, c.lead is not None) for c in res.all_clauses()
                ),
                len(res.trailer),
                len(res.unknown),
            )
        )
    return tuple(out)


def format_checked(doc: Document, profile: str | None = None) -> tuple[str, str | None]:
    """Canonical text for ``doc`` and ``None``; or ``doc.source`` unchanged and the
    reason, when the canonical form could not be shown safe."""
    from resolve.parsing import parse
    from resolve.parsing.margins import has_line_numbers

    style = style_for(profile)
    original = doc.source
    if has_line_numbers(doc):
        # The canonical form has no printed line numbers, and they are words:
        # it could never pass the check below, so do not build it.
        return original, "its printed line numbers are words the canonical form would drop"
    out = Writer(_doc_dict(doc), style, original).write()
    if out == original:
        return out, None
    again = parse(out)
    if structure(again) != structure(doc):
        return original, "the canonical form would parse to a different structure"
    if document_words(again) != document_words(doc):
        return original, "the canonical form would change its words"
    if Writer(_doc_dict(again), style, out).write() != out:
        return original, "the canonical form is not stable (formatting it again changes it)"
    return out, None


def format_document(doc: Document, profile: str | None = None) -> str:
    """Canonical text for ``doc``, checked; ``doc.source`` unchanged if not safe."""
    return format_checked(doc, profile)[0]


def format_text(source: str | Document, *, profile: str | None = None) -> str:
    """Rewrite ``source`` in canonical form for ``profile`` (``None``: its own conventions).

    Never changes, adds or drops a word; idempotent; the result parses to the
    same structure. If that cannot be guaranteed for this input, the input is
    returned unchanged.
    """
    if isinstance(source, Document):
        return format_document(source, profile)
    from resolve.parsing import parse

    return format_document(parse(source), profile)


def render(doc: Document, options: ConvertOptions) -> str:
    return format_document(doc, options.profile)


__all__ = ["PROFILES", "Style", "format_text", "render", "structure", "write_text"]
