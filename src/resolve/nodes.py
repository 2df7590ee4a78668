"""Mutable builders used while assembling, and their conversion to model nodes.

Kept apart from :mod:`resolve.assemble` so the state machine reads as a state
machine. Everything here works on character offsets into the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from resolve._text import collapse
from resolve.model import (
    Clause,
    EnactingFormula,
    FormulaKind,
    Heading,
    HeadingLine,
    HeadingLineKind,
    Recital,
    RecitalOpener,
    Resolution,
    TrailerKind,
    Unknown,
)
from resolve.parser import Unit, match_lead

__all__ = ["ClauseB", "ClauseTree", "RecitalB", "UnknownB", "match_lead"]

if TYPE_CHECKING:
    from resolve.assemble import Assembler
    from resolve.layout import ResB

# Lower-case "whereas" counts after a list marker: the European Parliament's
# "A. whereas …;" recitals.
WHEREAS_OPENER = re.compile(
    r"(?:\*\*|__)?(?:(?i:and)\s+)?(?:WHEREAS|Whereas|whereas|BECAUSE|Because)(?:\*\*|__)?\s*[,:]?"
)
_OPENER = re.compile(
    r"[ \t\ufeff]*+(?:\*\*|__)?((?:(?i:and)\s+)?(WHEREAS|Whereas|whereas|BECAUSE|Because))\b(?:\*\*|__)?\s*[,:]?\s*"
)
_RESOLVES = re.compile(
    r"(?i)[ \t\ufeff]*+(?:now,?\s++)?(?:therefore,?\s++)?(?:be\s++it\s++resolved\s++by\s++)?"
    r"(?P<body>[^\n:;]{1,200}?)\s++(?:does\s++)?(?:hereby\s++)?(?:resolves?|resolved)\b"
)
_WILL = re.compile(
    r"(?:(?:this|the)\s++)?(?P<body>[^\n:;]{1,80}?)\s++(?:(?:therefore|further|also|hereby)\s++)?"
    r"(?:will|shall|resolves|instructs|agrees|decides|directs|overtures|requests|calls\s++(?:on|upon))\b",
    re.IGNORECASE,
)
THAT_BODY = re.compile(
    r"[“\"]?(?:That|THAT)\s+(?:(?:the|THE|this|THIS)\s+)?(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|the|and|for|on)\s+)?[A-Z0-9][\w&'’.-]*){0,5})\s*:\s*$"
)
"""An Australian-style formula: "That Council:" before numbered items."""
_STANDALONE = re.compile(
    r"(?i)(?:(?:this|the)\s++)?(?P<body>[^.;:\n]{1,80}?)\s*+[:\u2014\u2013-]\s*+$"
)
_VERBISH = re.compile(r"(?i)\b(?:be|is|are|was|were|shall|will|hereby|that|which|to|has|have)\b")
_CONCURRING = re.compile(
    r"(?i)(?:,\s*+(?:the\s++)?[^,:()]{0,60}?\s++concurring(?:\s++therein)?"
    r"|\s++in\s++congress\s++assembled|,?\s*+jointly)\s*+$"
)
# "\b[A-Z]" written as "[A-Z](?<!\w[A-Z])": the same matches, but a leading
# character set lets the engine skip ahead (20 ms -> 4 ms on 1 MB).
_ACRONYM_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z0-9&]{1,7}\b")
_AS_FOLLOWS = re.compile(r"(?i)\s++as\s++follows\s*+$")
_SMALL = frozenset(
    {"of", "the", "and", "for", "in", "on", "at", "to", "by", "a", "an", "de", "del", "du"}
)

MARKER = re.compile(
    r"[ \t\ufeff]*+(?:"
    r"(?P<bullet>[-*\u2022\u2013\u2014\u2023\u25e6\u25aa\u25cf\u00b7+])"
    r"|(?P<sec>(?:Section|SECTION|Sec\.|SEC\.|Article|ARTICLE)\s+(?P<secn>\d{1,4}[A-Za-z]?(?:\.\d{1,3})*"
    r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[.:]?)"
    r"|(?P<ord>(?P<ordw>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))[,:])"
    r"|(?P<dec>(?P<decn>\d{1,3}(?:\.\d{1,3})+)\.?)"
    r"|(?P<paren>\((?P<pn>\d{1,3}|[ivx]{1,7}|[IVX]{1,7}|[a-zA-Z])\))"
    r"|(?P<open>(?P<ob>\(?)(?P<on>\d{1,3}|[ivx]{1,7}|[IVX]{1,7}|[a-zA-Z])(?P<close>[.)]))"
    r")(?=[ \t]|\r?\n|$)"
)
_ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# The leading character set comes first (lookbehinds pick the branch) so re can
# skip to candidates; same matches as "(?:(?<![\d\s])[;:,.]\d{1,2}(?!\d)|[;:,.—–]|\s-)…".
_CONNECTOR = re.compile(
    r"[;:,.\u2014\u2013\s](?:(?<=[;:,.])(?<![\d\s].)[0-9]{1,2}(?![0-9])|(?<=[;:,.\u2014\u2013])|(?<=\s)-)"
    r"[\"”’')\]¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*\s*(?i:(?:and|or)\b,?\s*)?"
    r"(?i:(?:now,?\s*)?(?:therefore,?\s*)?(?:be\s+it\b\s*(?:(?:further|finally|also|therefore)\b\s*)?)?)?"
    r"[,:]?\s*$"
)
_SUPPRESS_CODES = re.compile(r"[A-Z]{1,3}\d{3}")
_TRAILER_KINDS: tuple[tuple[re.Pattern[str], TrailerKind], ...] = (
    (
        re.compile(
            r"(?i)(?:passed|adopted|approved|carried|defeated|enacted|referred|tabled|unanimously)\b"
        ),
        TrailerKind.ADOPTION,
    ),
    (
        re.compile(
            r"(?i)(?:ayes|noes|nays|yeas|abstain|abstentions|absent|recused|excused|vote|votes|roll\s+call|recorded\s+vote|in\s+favou?r|against|motion|result)\b"
        ),
        TrailerKind.VOTE,
    ),
    (
        re.compile(
            r"(?i)(?:attest|certification|certificate|i\s+hereby\s+certify|in\s+witness\s+whereof)\b"
        ),
        TrailerKind.ATTEST,
    ),
    (re.compile(r"(?i)(?:_{3}|/s/|signed|signature)"), TrailerKind.SIGNATURE),
    (
        re.compile(
            r"(?i)(?:rationale|report|background|explanation|fiscal|financial|budget|supporting|attachments?|notes?|sources?|references)\b"
        ),
        TrailerKind.RATIONALE,
    ),
    (re.compile(r"(?i)(?:footnotes?\b|\[\d|\d{1,3}\s)"), TrailerKind.FOOTNOTE),
    (re.compile(r"(?i)\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting"), TrailerKind.MEETING),
)


def connector_start(text: str) -> int:
    """Index in ``text`` where its trailing connector (``; and``, ``.``) starts."""
    tail_from = max(0, len(text) - 80)
    m = _CONNECTOR.search(text, tail_from)
    if m is None:
        return len(text.rstrip())
    start = m.start()
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def marker_end(text: str, start: int, end: int) -> int:
    """Offset after a list marker and the blanks that follow it."""
    m = MARKER.match(text, start, end)
    if m is None:
        return start
    pos = m.end()
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos


def is_section(text: str, start: int, end: int) -> bool:
    """Is the marker at ``start`` a section marker (``Section 2.``, ``SEC. 3.``)?"""
    m = MARKER.match(text, start, end)
    return m is not None and m.group("sec") is not None


def marker_style(m: re.Match[str], prev_alpha: dict[str, str]) -> tuple[str, str | None]:
    """(style, number) of a marker match; ``prev_alpha`` maps alpha styles to their last letter."""
    if m.group("bullet"):
        return "bullet", None
    if m.group("sec"):
        return "section", m.group("secn")
    if m.group("ord"):
        return "ordinal", m.group("ordw").lower()
    if m.group("dec"):
        return "decimal", m.group("decn")
    if m.group("paren"):
        num, shape = m.group("pn"), "({})"
    else:
        num = m.group("on")
        shape = ("(" if m.group("ob") else "") + "{}" + m.group("close")
    if num.isdigit():
        return "arabic:" + shape, num
    upper = num.isupper()
    alpha_style = ("ALPHA:" if upper else "alpha:") + shape
    if _ROMAN.fullmatch(num):
        prev = prev_alpha.get(alpha_style)
        if len(num) == 1 and prev is not None and ord(num) == ord(prev) + 1:
            return alpha_style, num
        if len(num) > 1 or num.lower() in ("i", "v", "x"):
            return ("ROMAN:" if upper else "roman:") + shape, num
    return alpha_style, num


def normalize_body(raw: str, asm: Assembler) -> str | None:
    """``THIS 79th UE CONVENTION`` → ``79th UE Convention``."""
    body = _CONCURRING.sub("", collapse(raw)).strip(" ,:;.\u2014\u2013-")
    body = re.sub(r"(?i)^(?:this|the)\s+", "", body)
    body = _AS_FOLLOWS.sub("", body)
    if not body:
        return None
    if not any(c.islower() for w in body.split() if not any(d.isdigit() for d in w) for c in w):
        known = _mixed_case_acronyms(asm)
        words = []
        for i, word in enumerate(body.split(" ")):
            letters = re.sub(r"[^A-Za-z]", "", word)
            if any(c.isdigit() for c in word) or word in known:
                words.append(word if not letters.isupper() or word in known else word.lower())
            elif i > 0 and word.lower() in _SMALL:
                words.append(word.lower())
            else:
                words.append("-".join(p.capitalize() for p in word.split("-")))
        body = " ".join(words)
    return body


def _mixed_case_acronyms(asm: Assembler) -> frozenset[str]:
    cached = getattr(asm, "_acronyms", None)
    if cached is None:
        # Lines with a lower-case letter, scanned once as one string: a per-line
        # findall cost 30 ms on 1 MB. (A line with no cased letter holds no acronym.)
        mixed = "\n".join(line for line in asm.text.splitlines() if not line.isupper())
        cached = frozenset(_ACRONYM_WORD.findall(mixed))
        asm._acronyms = cached  # type: ignore[attr-defined]
    return cached


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

    def add_plain(self, asm: Assembler, u: Unit) -> None:
        start = _skip_ws(asm.text, u.start, u.end)
        self._root(ClauseB(start, u.end, None, None, None, None, 0))

    def add_lead(self, asm: Assembler, u: Unit) -> None:
        m = match_lead(asm.text[u.start : u.end])
        lead = asm.text[u.start : u.start + m.end()].strip() if m else None
        self._root(ClauseB(u.start, u.end, None, None, None, lead or None, 0))

    def add_child_plain(self, asm: Assembler, u: Unit) -> None:
        parent = self._last
        node = ClauseB(u.start, u.end, None, None, None, None, 0)
        if parent is None:
            self.roots.append(node)
        else:
            parent.children.append(node)
        self._last = node

    def add_marked(self, asm: Assembler, u: Unit, under_root: bool) -> None:
        text = asm.text
        m = MARKER.match(text, u.start, u.end)
        line_start = text.rfind("\n", 0, u.start) + 1
        indent = u.start - line_start
        if m is None:
            self.add_child_plain(asm, u)
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
        if style == "section":
            # A section never nests inside a list item: "Sec. 3." after "(1) …"
            # (a list inside Sec. 2) is the next section, whatever the indent.
            while stack and not stack[-1].base and stack[-1].style != "section":
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
    def make(cls, asm: Assembler, u: Unit, kind: str) -> RecitalB:
        r = cls(u.start, u.end, kind)
        text = asm.text[u.start : min(u.end, u.start + 100)]
        pos = marker_end(asm.text, u.start, u.end) - u.start
        if _OPENER.match(text, pos):
            r.opener_kind = "whereas"
        elif asm.pre.match(text[pos:]):
            r.opener_kind = "phrase"
        return r


def _wrap_indent(text: str, start: int, end: int) -> int | None:
    """Indentation of the second line of ``text[start:end]``, if it has one."""
    nl = text.find("\n", start, end)
    if nl < 0:
        return None
    pos = nl + 1
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos - nl - 1 if pos < end else None


def _skip_ws(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def heading_line(asm: Assembler, u: Unit, kind: HeadingLineKind) -> HeadingLine:
    text = asm.t(u)
    key = value = None
    colon = text.find(":", 0, 60)
    if kind == HeadingLineKind.META and colon > 0 and not text[colon + 1 : colon + 2].isdigit():
        key, _, value = text.partition(":")
        key, value = collapse(key), collapse(value) or None
    else:
        value = collapse(text)
    return HeadingLine(asm.spans.span(u.start, u.end), asm.source, kind, key, value)


def organ_formula(asm: Assembler, u: Unit) -> EnactingFormula:
    text = asm.t(u)
    # The organ is named before the first comma: "The IUCN World Conservation
    # Congress, at its session in Abu Dhabi:" -> "IUCN World Conservation Congress".
    named = text.split(",", 1)[0]
    return EnactingFormula(
        asm.spans.span(u.start, u.end), asm.source, FormulaKind.ORGAN, normalize_body(named, asm)
    )


def make_formula(asm: Assembler, u: Unit, kind: str) -> tuple[EnactingFormula, int | None]:
    """The formula in unit ``u`` and, if clause text follows it there, where that starts."""
    text = asm.t(u)
    if kind == "RESOLVES":
        flat = collapse(text[:600])
        m = THAT_BODY.match(flat) or _RESOLVES.match(flat) or _WILL.match(flat)
        body = normalize_body(m.group("body"), asm) if m else None
        return EnactingFormula(
            asm.spans.span(u.start, u.end), asm.source, FormulaKind.RESOLVES, body
        ), None
    m = match_lead(text)
    lead_end = m.end() if m else len(text)
    by = m.group("by") if m else None
    rest_at = _skip_ws(text, lead_end, len(text))
    rest = text[rest_at:]
    named = _body_named_by(rest) if rest else None
    if not rest or named is not None:
        raw = by or named
        body = normalize_body(raw, asm) if raw else None
        fkind = FormulaKind.BODY if body else FormulaKind.RESOLVED
        return EnactingFormula(asm.spans.span(u.start, u.end), asm.source, fkind, body), None
    end = len(text[:lead_end].rstrip())
    body = normalize_body(by, asm) if by else None
    formula = EnactingFormula(
        asm.spans.span(u.start, u.start + end), asm.source, FormulaKind.RESOLVED, body
    )
    return formula, u.start + rest_at


_BODY_VERB_TAIL = re.compile(
    r"(?i)\s++(?:does\s++|do\s++)?(?:hereby\s++)?(?:will|shall|resolves?|agrees?)(?:\s++as\s++follows)?\s*+(?=[:\u2014\u2013-]\s*+$)"
)


def _body_named_by(rest: str) -> str | None:
    """The resolving body that ``rest`` names when it stands alone before a list:
    "THIS 79th UE CONVENTION:", "the Senate—", "Local 2110 will:",
    "the Association, on behalf of its members:". None if it is clause text."""
    if len(rest) > 160:
        return None
    rest = _BODY_VERB_TAIL.sub("", collapse(rest))
    m = _STANDALONE.fullmatch(rest)
    if m is None:
        return None
    body = m.group("body")
    if _names_body(rest, body):
        return body
    head, comma, tail = body.partition(",")
    if comma and not _VERBISH.search(tail) and _names_body(rest, head):
        return head
    return None


def _names_body(rest: str, body: str) -> bool:
    """Does ``rest`` ("THIS 79th UE CONVENTION:", "the Senate—") name a resolving body?

    A name is short, has no verb, and is capitalised word by word, unless it
    opens with "this" ("this convention:").
    """
    words = body.split()
    if len(words) > 8 or _VERBISH.search(body):
        return False
    if rest.lstrip()[:5].lower() == "this ":
        return True
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL for w in words)


def trailer_kind(text: str) -> TrailerKind:
    for pattern, kind in _TRAILER_KINDS:
        if pattern.match(text):
            return kind
    return TrailerKind.OTHER


def suppression_codes(text: str) -> tuple[str, ...]:
    after = re.split(r"(?i)ignore|noqa", text, maxsplit=1)
    return tuple(_SUPPRESS_CODES.findall(after[1])) if len(after) > 1 else ()


# -- finishing ----------------------------------------------------------------------


def _clause(asm: Assembler, b: ClauseB, depth: int, subs: tuple[Clause, ...]) -> Clause:
    src = asm.text
    own_stop = b.children[0].start if b.children else b.end
    own = src[b.start : own_stop].rstrip()
    pos = 0
    if b.marker is not None:
        pos = marker_end(src, b.start, own_stop) - b.start
    elif b.lead is not None:
        m = match_lead(own)
        pos = _skip_ws(own, m.end(), len(own)) if m else 0
    cstart = connector_start(own)
    connector = collapse(own[cstart:]) or None
    if cstart < pos:
        connector, cstart = None, len(own)
    body = collapse(own[pos:cstart])
    verb = asm.ops.match(own[pos : pos + 80])
    return Clause(
        asm.spans.span(b.start, b.end),
        asm.source,
        b.marker,
        b.style,
        b.number,
        b.lead,
        collapse(verb) if verb else None,
        body,
        connector,
        depth,
        subs,
    )


def build_clauses(asm: Assembler, roots: list[ClauseB], depth0: int) -> tuple[Clause, ...]:
    """Freeze clause builders into Clause nodes without recursion."""
    for root in roots:
        _fix_ends(root)
    done: dict[int, Clause] = {}
    stack: list[tuple[ClauseB, int, bool]] = [(b, depth0, False) for b in reversed(roots)]
    while stack:
        b, depth, visited = stack.pop()
        if visited:
            subs = tuple(done.pop(id(c)) for c in b.children)
            done[id(b)] = _clause(asm, b, depth, subs)
        else:
            stack.append((b, depth, True))
            stack.extend((c, depth + 1, False) for c in reversed(b.children))
    return tuple(done.pop(id(b)) for b in roots)


def _fix_ends(root: ClauseB) -> None:
    """A clause's span runs to the end of its last descendant."""
    order: list[ClauseB] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):
        if node.children:
            node.end = max(node.end, node.children[-1].end)


def _recital(asm: Assembler, b: RecitalB) -> Recital:
    items = build_clauses(asm, b.items.roots, 1)
    end = max([b.end, *(i.span.end.offset for i in items)])
    own = asm.text[b.start : b.end].rstrip()
    pos = 0
    marker = None
    if b.kind in ("MARKER", "WHEREAS", "PHRASE"):
        pos = marker_end(asm.text, b.start, b.end) - b.start
        marker = own[:pos].strip() or None
    opener: str | None = None
    kind = RecitalOpener.NONE
    m = _OPENER.match(own, pos)
    if m:
        opener = collapse(m.group(1))
        kind = RecitalOpener.BECAUSE if m.group(2).lower() == "because" else RecitalOpener.WHEREAS
        pos = m.end()
    else:
        phrase = asm.pre.match(own[pos : pos + 100])
        if phrase:
            opener = collapse(phrase)
            kind = RecitalOpener.PHRASE
    cstart = connector_start(own)
    connector = collapse(own[cstart:]) or None
    if cstart < pos:
        connector, cstart = None, len(own)
    return Recital(
        asm.spans.span(b.start, end),
        asm.source,
        opener,
        kind,
        collapse(own[pos:cstart]),
        connector,
        marker,
        items,
    )


def finish_resolution(asm: Assembler, r: ResB) -> Resolution:
    """Freeze one resolution's builders."""
    spans = asm.spans
    heading = None
    if r.heading:
        first, last = r.heading[0].span.start.offset, r.heading[-1].span.end.offset
        title = next((h.value for h in r.heading if h.kind == HeadingLineKind.TITLE), None)
        number = next((h.value for h in r.heading if h.kind == HeadingLineKind.NUMBER), None)
        heading = Heading(spans.span(first, last), asm.source, tuple(r.heading), title, number)
    preamble = tuple(_recital(asm, b) for b in r.recitals)
    clauses = build_clauses(asm, r.clauses.roots, 0)
    unknown = tuple(Unknown(spans.span(x.start, x.end), asm.source, x.reason) for x in r.unknown)
    parts = [p.span for p in (*preamble, *clauses, *r.trailer, *unknown)]
    if heading:
        parts.append(heading.span)
    if r.formula:
        parts.append(r.formula.span)
    start = min(s.start.offset for s in parts)
    end = max(s.end.offset for s in parts)
    return Resolution(
        spans.span(start, end),
        asm.source,
        heading,
        preamble,
        r.formula,
        clauses,
        tuple(r.trailer),
        unknown,
    )
