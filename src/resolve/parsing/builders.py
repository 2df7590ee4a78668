"""Mutable builders used while assembling a resolution, and the nodes built
straight from one unit (heading lines, enacting formulas).

Builders take a read-only :class:`~resolve.parsing.context.Context` and the
unit they build from; they never see the state machine. Everything works on
character offsets into the text.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from resolve._text import collapse
from resolve.model import (
    EnactingFormula,
    FormulaKind,
    HeadingLine,
    HeadingLineKind,
    Trailer,
)
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    AS_FOLLOWS,
    BODY_VERB_TAIL,
    CONCURRING,
    FORMULA_RESOLVES,
    FORMULA_WILL,
    MARKER,
    NAME_SMALL_WORDS,
    OPENER,
    STANDALONE_BODY,
    THAT_BODY,
    VERBISH,
    WILL_COLON,
    ends_mid_sentence,
    marker_end,
    marker_style,
    match_lead,
)
from resolve.parsing.sentences import BODY_ARTICLE, FUTURE_ACT, POINTED_STATEMENT, PURPOSE_LEAD


class State(enum.StrEnum):
    """Where the state machine is in one resolution."""

    HEAD = "head"
    """Title, number, metadata, organ line."""
    PRE = "pre"
    """Recitals."""
    BODY = "body"
    """The enacting formula and the clauses."""
    TAIL = "tail"
    """Votes, signatures, footnotes."""


HEAD, PRE, BODY, TAIL = State.HEAD, State.PRE, State.BODY, State.TAIL
"""The members, bound once: reading an attribute of an Enum class costs ~60 ns
(Python 3.11), and the state machine reads the state for every unit."""


def normalize_body(raw: str, ctx: Context) -> str | None:
    """``THIS 79th UE CONVENTION`` → ``79th UE Convention``."""
    body = CONCURRING.sub("", collapse(raw)).strip(" ,:;.\u2014\u2013-").lstrip("'\"‘“")
    body = re.sub(r"(?i)^(?:this|the)\s+", "", body)
    body = AS_FOLLOWS.sub("", body)
    if not body:
        return None
    if not any(c.islower() for w in body.split() if not any(d.isdigit() for d in w) for c in w):
        known = ctx.acronyms
        words = []
        for i, word in enumerate(body.split(" ")):
            letters = re.sub(r"[^A-Za-z]", "", word)
            if any(c.isdigit() for c in word) or word in known:
                words.append(word if not letters.isupper() or word in known else word.lower())
            elif i > 0 and word.lower() in NAME_SMALL_WORDS:
                words.append(word.lower())
            elif word.startswith("(") and word.endswith(")"):
                words.append(word)  # "(CLC)": the name's acronym, kept as written
            else:
                words.append("-".join(p.capitalize() for p in word.split("-")))
        body = " ".join(words)
    return body


# -- builders ------------------------------------------------------------------------


@dataclass(slots=True)
class UnknownB:
    start: int
    end: int
    reason: str


@dataclass(slots=True)
class ClauseB:
    start: int
    end: int
    marker: str | None
    style: str | None
    number: str | None
    lead: str | None
    indent: int
    children: list[ClauseB] = field(default_factory=list)


@dataclass(slots=True)
class _Entry:
    indent: int
    style: str
    node: ClauseB
    base: bool = False


def _next_in_family(e: _Entry, style: str, number: str | None) -> bool:
    """ "1." then "2)": another marker shape, but the next number of the same
    family at the same indent, so a sibling written inconsistently."""
    if number is None or e.node.number is None:
        return False
    family, new_family = e.style.split(":")[0], style.split(":")[0]
    if family != new_family:
        return False
    prev = e.node.number
    if family == "arabic":
        return prev.isdigit() and number.isdigit() and int(number) == int(prev) + 1
    if family in ("alpha", "ALPHA"):
        return len(prev) == 1 and len(number) == 1 and ord(number) == ord(prev) + 1
    return False


@dataclass(slots=True)
class ClauseTree:
    """Clauses being built, with the open path of list levels."""

    roots: list[ClauseB] = field(default_factory=list)
    lead_mode: bool = False
    """Clauses open with a RESOLVED lead; markers below them are sub-clauses."""
    marked: bool = False
    """Top-level clauses carry list markers."""
    stack: list[_Entry] = field(default_factory=list)
    prev_alpha: dict[str, str] = field(default_factory=dict)
    _last: ClauseB | None = None

    def last(self) -> ClauseB | None:
        return self._last

    def close(self) -> None:
        """Close every open list level: the next clause starts afresh."""
        self.stack = []
        self._last = None

    def _root(self, node: ClauseB) -> None:
        self.roots.append(node)
        self.stack = [_Entry(-1, "lead", node, base=True)]
        self.prev_alpha = {}
        self._last = node

    def add_plain(self, ctx: Context, u: Unit) -> None:
        start = skip_ws(ctx.text, u.start, u.end)
        self._root(ClauseB(start, u.end, None, None, None, None, 0))

    def add_lead(self, ctx: Context, u: Unit) -> None:
        m = match_lead(ctx.text[u.start : u.end])
        lead = ctx.text[u.start : u.start + m.end()].strip() if m else None
        self._root(ClauseB(u.start, u.end, None, None, None, lead or None, 0))

    def add_child_plain(self, ctx: Context, u: Unit) -> None:
        parent = self._last
        node = ClauseB(u.start, u.end, None, None, None, None, 0)
        if parent is None:
            self.roots.append(node)
        else:
            parent.children.append(node)
        self._last = node

    def add_lead_in(self, ctx: Context, u: Unit) -> None:
        """An unmarked paragraph that introduces a further list of the last
        clause ("To avoid problems …, agencies should:" after its first list):
        a sub-clause of it, and the list below nests under the paragraph."""
        root = self.roots[-1]
        node = ClauseB(skip_ws(ctx.text, u.start, u.end), u.end, None, None, None, None, 0)
        root.children.append(node)
        self.stack = [_Entry(-1, "lead", root, base=True), _Entry(-1, "lead-in", node)]
        self._last = node

    def add_section(self, ctx: Context, u: Unit) -> ClauseB:
        """A glued section number ("…recommit.2.Clause …"): the next top-level
        clause, never a sub-item of the one before."""
        self.close()
        self.add_plain(ctx, u)
        return self.roots[-1]

    def opens_block(self, text: str) -> bool:
        """Is the last clause still open, with children under it, and does its
        own text end with a colon (its content runs on over the paragraphs below)?"""
        root = self.roots[-1] if self.roots else None
        if root is None or not root.children or not self.stack or self.stack[0].node is not root:
            return False
        own = text[root.start : root.end].rstrip().rstrip("\"”’')]")
        return own.endswith((":", "\u2014", "\u2013"))

    def add_under_root(self, u: Unit) -> None:
        """``u`` is more of the last clause's content: a child of it, and marker
        lines after it nest under that clause again."""
        root = self.roots[-1]
        node = ClauseB(u.start, u.end, None, None, None, None, 0)
        root.children.append(node)
        self.stack = self.stack[:1]
        self._last = node

    def _bullet_for_one(self, indent: int) -> int | None:
        """The stack entry of a lone bullet that stands for item "1." when "2."
        follows it at its indent (an extraction that turned the first number of
        a list into "- " and kept the rest: "- Decides …" / "2. Decides …")."""
        stack = self.stack
        for k in range(len(stack) - 1, -1, -1):
            e = stack[k]
            if e.base or e.indent < indent:
                return None
            if e.indent == indent:
                if e.style != "bullet":
                    return None
                siblings = stack[k - 1].node.children if k else self.roots
                return k if siblings and siblings[0] is e.node and len(siblings) == 1 else None
        return None

    def add_marked(self, ctx: Context, u: Unit, under_root: bool) -> None:
        text = ctx.text
        m = MARKER.match(text, u.start, u.end)
        line_start = text.rfind("\n", 0, u.start) + 1
        indent = u.start - line_start
        before = text[line_start : u.start]
        if before.strip():
            # split off a line ("RESOLVED, 1. That …", a flattened page): the
            # line's own indent, which the items on the lines below share
            indent = len(before) - len(before.lstrip(" \t"))
        if m is None:
            self.add_child_plain(ctx, u)
            return
        style, number = marker_style(m, self.prev_alpha)
        marker = m.group(0).strip()
        stack = self.stack
        if not under_root and stack and stack[0].base:
            stack.clear()
        top = stack[-1] if stack else None
        if top is not None and top.style == "section" and style != "section":
            # "    Sec. 2.  Upon adoption …" wraps to column 0, and its list item
            # "(1) one hour …" starts at column 0 too: inside the section.
            wrap = _wrap_indent(text, top.node.start, top.node.end)
            if wrap is not None and wrap < top.indent and indent <= wrap:
                indent = top.indent + 1
        while stack and not stack[-1].base and stack[-1].indent > indent:
            stack.pop()
        inner = _enumerated_bullet(text, m, u.end, stack, indent) if style == "bullet" else None
        if inner is not None:
            style, number = marker_style(inner, self.prev_alpha)
            indent += 1  # "- (a) …" under "- DECIDES …:": a sub-item the page flattened
        if style == "section":
            # A section never nests inside a list item: "Sec. 3." after "(1) …"
            # (a list inside Sec. 2) is the next section, whatever the indent;
            # but under_root keeps it in the clause that quotes it.
            keep = 1 if under_root else 0
            while len(stack) > keep and not stack[-1].base and stack[-1].style != "section":
                stack.pop()
        sibling = None
        for k in range(len(stack) - 1, -1, -1):
            e = stack[k]
            if e.base:
                break
            if e.indent == indent and (e.style == style or _next_in_family(e, style, number)):
                sibling = k
                break
            if e.indent < indent:
                break
        if sibling is None and style.startswith("arabic") and number == "2":
            sibling = self._bullet_for_one(indent)
        if sibling is not None:
            del stack[sibling:]
        node = ClauseB(u.start, u.end, marker, style, number, None, indent)
        if stack:
            stack[-1].node.children.append(node)
        else:
            self.roots.append(node)
            self.marked = True
        stack.append(_Entry(indent, style, node))
        if style.lower().startswith("alpha") and number:
            self.prev_alpha[style] = number
        self._last = node


@dataclass(slots=True)
class RecitalB:
    start: int
    end: int
    kind: str
    items: ClauseTree = field(default_factory=ClauseTree)
    opener_kind: str = "none"

    @classmethod
    def make(cls, ctx: Context, u: Unit, kind: str) -> RecitalB:
        r = cls(u.start, u.end, kind)
        text = ctx.text[u.start : min(u.end, u.start + 100)]
        pos = marker_end(ctx.text, u.start, u.end) - u.start
        if OPENER.match(text, pos):
            r.opener_kind = "whereas"
        elif ctx.pre.match(text[pos:]):
            r.opener_kind = "phrase"
        return r


def _enumerated_bullet(
    text: str, m: re.Match[str], end: int, stack: list[_Entry], indent: int
) -> re.Match[str] | None:
    """The inner marker of a bullet line that opens with an enumerator ("- (a) …",
    "- (1) …") when the bullet item at its indent above it ends with a colon: a
    list whose every paragraph and sub-item a page flattened to one bullet level,
    so the enumerator, not the bullet, gives the item's level."""
    pos = m.end()
    while pos < end and text[pos] in " \t":
        pos += 1
    inner = MARKER.match(text, pos, end)
    if inner is None or not (inner.group("paren") or inner.group("open")):
        return None
    for e in reversed(stack):
        if e.base or e.indent < indent:
            return None
        if e.indent == indent:
            own = text[e.node.start : e.node.end].rstrip()
            return inner if e.style == "bullet" and own.endswith(":") else None
    return None


def _wrap_indent(text: str, start: int, end: int) -> int | None:
    """Indentation of the second line of ``text[start:end]``, if it has one."""
    nl = text.find("\n", start, end)
    if nl < 0:
        return None
    pos = nl + 1
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos - nl - 1 if pos < end else None


def skip_ws(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


@dataclass(slots=True)
class ResB:
    start: int
    end: int
    heading: list[HeadingLine] = field(default_factory=list)
    recitals: list[RecitalB] = field(default_factory=list)
    formula: EnactingFormula | None = None
    clauses: ClauseTree = field(default_factory=ClauseTree)
    trailer: list[Trailer] = field(default_factory=list)
    unknown: list[UnknownB] = field(default_factory=list)
    state: State = HEAD

    @property
    def empty(self) -> bool:
        return not (
            self.heading
            or self.recitals
            or self.formula
            or self.clauses.roots
            or self.trailer
            or self.unknown
        )


def heading_line(ctx: Context, u: Unit, kind: HeadingLineKind) -> HeadingLine:
    text = ctx.t(u)
    key = value = None
    colon = text.find(":", 0, 60)
    if kind == HeadingLineKind.META and colon > 0 and not text[colon + 1 : colon + 2].isdigit():
        key, _, value = text.partition(":")
        key, value = collapse(key), collapse(value) or None
    else:
        value = collapse(text)
    return HeadingLine(ctx.spans.span(u.start, u.end), ctx.source, kind, key, value)


def organ_formula(ctx: Context, u: Unit) -> EnactingFormula:
    text = ctx.t(u)
    # The organ is named before the first comma: "The IUCN World Conservation
    # Congress, at its session in Abu Dhabi:" -> "IUCN World Conservation Congress".
    named = text.split(",", 1)[0].lstrip("'\"‘“")
    return EnactingFormula(
        ctx.spans.span(u.start, u.end), ctx.source, FormulaKind.ORGAN, normalize_body(named, ctx)
    )


def make_formula(ctx: Context, u: Unit, kind: str) -> tuple[EnactingFormula, int | None]:
    """The formula in unit ``u`` and, if clause text follows it there, where that starts."""
    text = ctx.t(u)
    will = WILL_COLON.match(text) if kind == "RESOLVES" else None
    if will is not None:
        # "The CLC will: co-ordinate …": the formula, then its clause.
        head = text[: will.end()].rstrip()
        m = FORMULA_WILL.match(collapse(head))
        body = normalize_body(m.group("body"), ctx) if m else None
        span = ctx.spans.span(u.start, u.start + len(head))
        return EnactingFormula(span, ctx.source, FormulaKind.RESOLVES, body), u.start + will.end()
    if kind == "RESOLVES":
        flat = collapse(text[:600])
        m = THAT_BODY.match(flat) or FORMULA_RESOLVES.match(flat) or FORMULA_WILL.match(flat)
        body = normalize_body(m.group("body"), ctx) if m else None
        return EnactingFormula(
            ctx.spans.span(u.start, u.end), ctx.source, FormulaKind.RESOLVES, body
        ), None
    m = match_lead(text)
    lead_end = m.end() if m else len(text)
    by = m.group("by") if m else None
    rest_at = skip_ws(text, lead_end, len(text))
    rest = text[rest_at:] if text[rest_at:].strip("—–- \t") else ""  # "…Arizona:—": its dash
    named = _body_named_by(rest) if rest else None
    if m and by and not rest and FUTURE_ACT.match(by.removeprefix("the ")):
        # "BE IT RESOLVED by the Club will work to …": what follows "by" is the clause.
        span = ctx.spans.span(u.start, u.start + len(text[: m.start("by")].rstrip()))
        formula = EnactingFormula(span, ctx.source, FormulaKind.RESOLVED, None)
        return formula, u.start + m.start("by")
    if not rest or named is not None:
        raw = by or named
        body = normalize_body(raw, ctx) if raw else None
        fkind = FormulaKind.BODY if body else FormulaKind.RESOLVED
        return EnactingFormula(ctx.spans.span(u.start, u.end), ctx.source, fkind, body), None
    end = len(text[:lead_end].rstrip())
    body = normalize_body(by, ctx) if by else None
    formula = EnactingFormula(
        ctx.spans.span(u.start, u.start + end), ctx.source, FormulaKind.RESOLVED, body
    )
    return formula, u.start + rest_at


FORMULA_RUN_MAX = 100
"""The longest paragraph that can end a formula's named body."""


def formula_runs_on(ctx: Context, r: ResB, u: Unit, kind: str) -> bool:
    """Does paragraph ``u`` end a formula that a paragraph break cut inside the
    body it names ("NOW, THEREFORE, BE IT RESOLVED BY THE COUNCIL OF THE" / blank /
    "CITY OF ALBA:")? Then the formula is made again over both. The formula must
    name its body and stop on a word; ``u`` is one short line ending in ":" or ","
    with no sentence in it, and no clause has begun."""
    f = r.formula
    if f is None or f.kind is not FormulaKind.BODY or kind != "TEXT" or r.clauses.roots:
        return False
    text = ctx.t(u).strip()
    if u.lines != 1 or len(text) > FORMULA_RUN_MAX or text[-1:] not in ":," or VERBISH.search(text):
        return False
    start = f.span.start.offset
    if not ends_mid_sentence(ctx.t_range(start, f.span.end.offset)) or any(c in text for c in ".;"):
        return False
    return _formula_over(ctx, r, start, u.end)


def formula_names_below(ctx: Context, r: ResB, u: Unit, kind: str) -> bool:
    """Does paragraph ``u`` name the body that a bare formula above it enacts
    for ("RESOLVED:" / "The Town Council is united in the statement that
    follows:"), its only content before the colon? Then the formula is made
    again over both, and the items below it are its clauses (convention Q7).
    ``u`` is one line ending in ":" and no clause has begun."""
    f = r.formula
    if (
        f is None
        or f.kind is not FormulaKind.RESOLVED
        or f.body
        or kind != "TEXT"
        or r.clauses.roots
    ):
        return False
    text = ctx.t(u).strip()
    if u.lines != 1 or not text.endswith(":") or _body_named_by(text) is None:
        return False
    start = f.span.start.offset
    lead = match_lead(ctx.text, start, f.span.end.offset)
    if lead is None or lead.end() - start < len(ctx.t_range(start, f.span.end.offset).rstrip()):
        return False
    return _formula_over(ctx, r, start, u.end)


def _body_named_by(rest: str) -> str | None:
    """The resolving body that ``rest`` names when it stands alone before a list:
    "THIS 79th UE CONVENTION:", "the Senate—", "Local 2110 will:",
    "the Association, on behalf of its members:". None if it is clause text."""
    if len(rest) > 160:
        return None
    bare = POINTED_STATEMENT.sub("", BODY_VERB_TAIL.sub("", collapse(rest)))
    m = STANDALONE_BODY.fullmatch(bare)
    if m is None:
        return None
    body = m.group("body")
    if bare != collapse(rest) and PURPOSE_LEAD.match(body):  # "In pursuit of X the City will:"
        names = (body[a.end() :] for a in BODY_ARTICLE.finditer(body))
        body = next((n for n in names if _names_body(n, n)), body)
    rest = bare
    if _names_body(rest, body):
        return body
    head, comma, tail = body.partition(",")
    if comma and not VERBISH.search(tail) and _names_body(rest, head):
        return head
    return None


def _names_body(rest: str, body: str) -> bool:
    """Does ``rest`` ("THIS 79th UE CONVENTION:", "the Senate—") name a resolving body?

    A name is short, has no verb, and is capitalised word by word, unless it
    opens with "this" ("this convention:").
    """
    words = body.split()
    if len(words) > 8 or VERBISH.search(body) or (words and words[-1].lower() in NAME_SMALL_WORDS):
        return False  # "… ENDORSES THE PRINCIPLES OF:" ends inside a phrase: no name
    if rest.lstrip()[:5].lower() == "this ":
        return True
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in NAME_SMALL_WORDS for w in words)


def recitals_to_heading(ctx: Context, r: ResB) -> None:
    """What looked like prose recitals was a document header or the minutes
    before a resolution: keep it as heading lines."""
    for rec in r.recitals:
        # A list under the prose ("Foo bar:" / "1.") goes with it, never lost.
        end, stack = rec.end, list(rec.items.roots)
        while stack:
            node = stack.pop()
            end = max(end, node.end)
            stack.extend(node.children)
        r.heading.append(heading_line(ctx, Unit("TEXT", rec.start, end), HeadingLineKind.META))
    r.recitals.clear()
    r.state = HEAD


def clauses_to_recitals(r: ResB, count: int) -> None:
    """The first ``count`` clauses were recitals whose heading the extraction
    lost: make them recitals (their sub-items stay under them) and drop them
    from the clauses."""
    tree = r.clauses
    for c in tree.roots[:count]:
        rec = RecitalB(c.start, c.end, "MARKER")
        rec.items.roots.extend(c.children)
        r.recitals.append(rec)
    del tree.roots[:count]
    tree.close()
    tree.marked = bool(tree.roots)


def recitals_to_clauses(r: ResB) -> None:
    """The paragraphs read as recitals were the adopted text itself: make them
    the clauses, in order (their sub-items stay under them)."""
    for rec in r.recitals:
        clause = ClauseB(rec.start, rec.end, None, None, None, None, 0)
        clause.children.extend(rec.items.roots)
        r.clauses.roots.append(clause)
    r.recitals.clear()
    r.clauses.close()


def _formula_over(ctx: Context, r: ResB, start: int, end: int) -> bool:
    """Make ``r``'s formula again over ``start``–``end`` (the formula and the
    line below that completes it); True when the whole span reads as a formula
    that names its body, which then replaces the old one."""
    formula, rest = make_formula(ctx, Unit("FORMULA", start, end), "FORMULA")
    if rest is not None or formula.kind is not FormulaKind.BODY:
        return False
    r.formula = formula
    return True
