"""What every rule shares: the :class:`Rule` record, the :class:`Context` it reads,
and helpers to turn offsets into spans and to walk the parts of a document."""

from __future__ import annotations

import bisect
import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from resolve.diagnostics import Diagnostic, Edit, Fix, Severity
from resolve.model import (
    Clause,
    Document,
    FormulaKind,
    Node,
    Position,
    Recital,
    RecitalOpener,
    Resolution,
    Span,
)
from resolve.parsing.margins import _TAG as _HTML_TAG
from resolve.parsing.minutes_cues import MINUTES_CUE, MINUTES_HEADINGS
from resolve.phrases import PhraseList, operative_verbs, preamble_phrases
from resolve.profiles import PROFILES, Profile

if TYPE_CHECKING:
    from resolve.config import Config


@dataclass(frozen=True, slots=True)
class Hit:
    """One finding as a rule function reports it: offsets, message, help and fix."""

    start: int
    end: int
    message: str
    help: str | None = None
    fix: Fix | None = None


CheckFn = Callable[["Context"], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One lint rule: identity, documentation and the function that checks."""

    code: str
    """Letter prefix and three digits: ``S001``."""
    name: str
    """Kebab-case name: ``missing-enacting-formula``."""
    summary: str
    """One line: what the rule reports."""
    severity: Severity
    """Default severity."""
    func: CheckFn = field(repr=False)
    """The function that finds violations; its docstring is the rule's documentation."""
    profiles: tuple[str, ...] = ()
    """Profiles the rule runs in; empty means every profile."""
    fixable: bool = False
    """True if the rule offers a fix (safe or unsafe, see :attr:`Fix.safe`)."""
    default: bool = True
    """True if the rule runs when no ``select`` names it; False for opt-in rules,
    which run only when ``select`` (or ``extend-select``) names them or their prefix."""
    structural: bool = False
    """True if the rule judges the structure the parser read (which parts, in what
    order, how they end). Such rules say nothing about a resolution the parser read
    with low confidence (``Resolution.doubts``)."""

    @property
    def doc(self) -> str:
        """The rule's documentation (its function's docstring, dedented)."""
        return inspect.getdoc(self.func) or ""

    def enabled_for(self, profile: str) -> bool:
        """True if the rule runs under ``profile``."""
        return not self.profiles or profile in self.profiles

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        """Run the rule and yield its diagnostics at the default severity."""
        for hit in self.func(ctx):
            yield self.diagnostic(ctx, hit, self.severity)

    def diagnostic(
        self, ctx: Context, hit: Hit, severity: Severity, path: str | None = None
    ) -> Diagnostic:
        """The :class:`Diagnostic` for one ``hit`` of this rule."""
        return Diagnostic(
            self.code, severity, hit.message, ctx.span(hit.start, hit.end), hit.help, hit.fix, path
        )


def _after_each(text: str, char: str) -> list[int]:
    """Offsets just after each occurrence of ``char`` in ``text``."""
    out: list[int] = []
    find = text.find
    pos = find(char)
    while pos != -1:
        out.append(pos + 1)
        pos = find(char, pos + 1)
    return out


@dataclass(eq=False)
class Context:
    """What a rule can read: the document, its text, the profile and the config."""

    doc: Document
    config: Config
    profile: str
    """The profile of the document (configured, or inferred)."""
    resolution_profiles: dict[int, str] = field(default_factory=dict)
    """Per-resolution profiles by ``id(resolution)`` when the profile was inferred."""
    memo: dict[str, Any] = field(default_factory=dict)
    """Values a rule computes once per document, under a key named after the rule."""

    @property
    def source(self) -> str:
        return self.doc.source

    @cached_property
    def minutes_text(self) -> bool:
        """Does the text hold two or more different words of minutes ("moved",
        "seconded", "meeting", "agenda", or a record's field headings "Attendees",
        "Apologies", "Matters arising")? The whole text, not one resolution's
        span: where the parser cuts a record from its narrative is itself
        uncertain. Counted once per document."""
        source = self.doc.source
        words: set[str] = set()
        for m in MINUTES_CUE.finditer(source):  # stops at the second word, not a book's end
            words.add(m.group().lower())
            if len(words) >= 2:
                return True
        words.update(" ".join(w.lower().split()) for w in MINUTES_HEADINGS.findall(source))
        return len(words) >= 2

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *_after_each(self.doc.source, "\n")]

    def position(self, offset: int) -> Position:
        """The line and column of ``offset`` (lines end at ``\\n``)."""
        size = len(self.doc.source)
        offset = 0 if offset < 0 else size if offset > size else offset
        starts = self._line_starts
        index = bisect.bisect_right(starts, offset) - 1
        return Position(index + 1, offset - starts[index] + 1, offset)

    def span(self, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        begin = self.position(start)
        return Span(begin, begin if end <= start else self.position(end))

    def clamp(self, offset: int) -> int:
        """``offset`` moved into the source (what :meth:`position` reports)."""
        size = len(self.doc.source)
        return 0 if offset < 0 else size if offset > size else offset

    # Indexes shared by the rules, built once per document on first use.

    def line_start(self, offset: int) -> int:
        """Where the line holding ``offset`` starts, lines ending at ``\\n`` or ``\\r``."""
        starts = self._line_starts
        lf = starts[bisect.bisect_right(starts, offset) - 1]
        crs = self._cr_after
        index = bisect.bisect_right(crs, offset) - 1
        return max(lf, crs[index]) if index >= 0 else lf

    @cached_property
    def _cr_after(self) -> list[int]:
        """Offsets just after each ``\\r``."""
        return _after_each(self.doc.source, "\r")

    @cached_property
    def trailing_whitespace(self) -> list[tuple[int, int]]:
        """Runs of spaces, tabs and no-break spaces at the end of a line."""
        return [m.span() for m in _TRAILING.finditer(self.doc.source)]

    def body_nodes(self, res: Resolution) -> tuple[Node, ...]:
        """:func:`body_nodes` of ``res``, computed once."""
        key = id(res)
        found = self._body_nodes.get(key)
        if found is None:
            found = self._body_nodes[key] = tuple(body_nodes(res))
        return found

    def body_ranges(self, res: Resolution) -> list[tuple[int, int]]:
        """Source ranges of the recitals, formula and clauses of ``res``, in order."""
        key = id(res)
        found = self._body_ranges.get(key)
        if found is None:
            found = self._body_ranges[key] = [
                (n.span.start.offset, n.span.end.offset) for n in self.body_nodes(res)
            ]
        return found

    def clause_ranges(self, node: Node) -> list[tuple[int, int]]:
        """A recital or clause and its nested parts, split at the parts, without
        the markers of clauses; any other node whole. Computed once per node."""
        key = id(node)
        found = self._clause_ranges.get(key)
        if found is None:
            found = self._clause_ranges[key] = clause_ranges(node)
        return found

    def all_clauses(self, res: Resolution) -> tuple[Clause, ...]:
        """``res.all_clauses()``, computed once."""
        key = id(res)
        found = self._all_clauses.get(key)
        if found is None:
            found = self._all_clauses[key] = tuple(res.all_clauses())
        return found

    @cached_property
    def _all_clauses(self) -> dict[int, tuple[Clause, ...]]:
        return {}

    @cached_property
    def _body_nodes(self) -> dict[int, tuple[Node, ...]]:
        return {}

    @cached_property
    def _body_ranges(self) -> dict[int, list[tuple[int, int]]]:
        return {}

    @cached_property
    def _clause_ranges(self) -> dict[int, list[tuple[int, int]]]:
        return {}

    @cached_property
    def preamble_phrases(self) -> PhraseList:
        """Built-in preambular openers plus ``extra-preamble-phrases``."""
        return preamble_phrases().extended(self.config.extra_preamble_phrases)

    @cached_property
    def operative_verbs(self) -> PhraseList:
        """Built-in operative verbs plus ``extra-operative-verbs``."""
        return operative_verbs().extended(self.config.extra_operative_verbs)

    @property
    def learning(self) -> bool:
        """True under ``profile = "auto"``: style rules learn the document's own
        convention (what most of its parts do) and report only departures from it.
        An explicit profile imposes its house style instead."""
        return self.config.profile == "auto"

    def profile_name(self, resolution: Resolution) -> str:
        """The profile a resolution is checked against."""
        return self.resolution_profiles.get(id(resolution), self.profile)

    def profile_of(self, resolution: Resolution) -> Profile:
        """The :class:`Profile` a resolution is checked against."""
        return PROFILES.get(self.profile_name(resolution), PROFILES["ronr"])


# ---------------------------------------------------------------------------
# Helpers shared by the rule families

_PUNCT_WORDS = re.compile(r"[A-Za-z]+")
# Trailing whitespace: a run of blanks, not preceded by a blank, before a line
# ending. The look-behind comes after the first blank so that the pattern starts
# with a character set, which the regex engine skips to without trying each
# position.
_TRAILING = re.compile(r"[ \t\u00a0](?<![ \t\u00a0][ \t\u00a0])[ \t\u00a0]*+(?=\r?\n|\r|$)")


def _tally(values: Iterable[str]) -> dict[str, int]:
    """How often each value occurs, in order of first occurrence."""
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def convention(values: Iterable[str]) -> str | None:
    """The document's own convention among ``values``: the most common one, the
    earliest of those tied (as the first recital sets the style). None if empty."""
    counts = _tally(values)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)


def majority(values: Iterable[str]) -> str | None:
    """The value more common than every other one among ``values``; None when
    two or more tie for most common (then the document shows no convention)."""
    counts = _tally(values)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.__getitem__)


def meeting_record(ctx: Context, res: Resolution) -> bool:
    """Is ``res`` a record of a meeting rather than an adopted text: no enacting
    formula, in a text that holds two or more different words of minutes
    (:attr:`Context.minutes_text`)? Minutes are read against the meeting's date,
    and their record lines ("Motion carried.") recur by form."""
    return res.enacting_formula is None and ctx.minutes_text


def blank_before(source: str, offset: int) -> bool:
    """True if only blanks stand between the start of its line and ``offset``."""
    return not source[source.rfind("\n", 0, offset) + 1 : offset].strip()


def blank_after(source: str, offset: int) -> bool:
    """True if only blanks stand between ``offset`` and the end of its line."""
    end = source.find("\n", offset)
    return not source[offset : len(source) if end < 0 else end].strip()


def punct_class(connector: str | None) -> str:
    """The punctuation that carries a connector: ``"; and"`` and ``";"`` are both
    ``";"``, ``", and"`` is ``","``; ``""`` for none, ``"word"`` for a bare word."""
    n = norm_connector(connector)
    if not n:
        return ""
    return n[0] if not n[0].isalpha() else "word"


def norm_connector(text: str | None) -> str:
    """``"; now, therefore, be it"`` → ``"; now therefore be it"``: lower case, the
    leading punctuation kept, commas and extra spaces inside dropped."""
    if not text:
        return ""
    return _norm_connector(text)


@lru_cache(maxsize=1024)
def _norm_connector(text: str) -> str:
    # A document holds a handful of distinct connectors, each on many clauses.
    t = text.strip()
    if not t:
        return ""
    lead = t[0] if not t[0].isalpha() else ""
    words = " ".join(_PUNCT_WORDS.findall(t.lower()))
    return f"{lead} {words}".strip() if words else lead


def connector_offset(node: Node, connector: str | None) -> int | None:
    """Where ``connector`` starts in the source, if the node's text ends with it."""
    if not connector:
        return None
    # node.text.rstrip().endswith(connector), without copying the node's text.
    source, start, end = node.source, node.span.start.offset, node.span.end.offset
    while end > start and source[end - 1].isspace():
        end -= 1
    if source.endswith(connector, start, end):
        return end - len(connector)
    return None


def first_line_end(node: Node) -> int:
    """Where the node's first line ends, trailing whitespace excluded: the offset
    of ``node.text.split("\\n", 1)[0].rstrip()``'s end, without copying the text."""
    source, start, end = node.source, node.span.start.offset, node.span.end.offset
    newline = source.find("\n", start, end)
    if newline != -1:
        end = newline
    while end > start and source[end - 1].isspace():
        end -= 1
    return end


def formula_has_therefore(res: Resolution) -> bool:
    """True if the formula itself says ``therefore`` (so the preamble need not)."""
    f = res.enacting_formula
    if f is None:
        return False
    return "therefore" in f.text.lower() or f.kind is FormulaKind.ORGAN


def has_form(res: Resolution) -> bool:
    """True if the resolution shows any part of the form (a formula, a clause,
    or a recital with an opener) rather than being loose prose."""
    return bool(
        res.enacting_formula
        or res.clauses
        or any(r.opener_kind is not RecitalOpener.NONE for r in res.preamble)
    )


def body_nodes(res: Resolution) -> Iterator[Node]:
    """Recitals, the formula and top-level clauses, in source order."""
    nodes: list[Node] = [*res.preamble, *res.clauses]
    if res.enacting_formula is not None:
        nodes.append(res.enacting_formula)
    nodes.sort(key=lambda n: n.span.start.offset)
    yield from nodes


def own_ranges(node: Recital | Clause) -> list[tuple[int, int]]:
    """Source ranges of a recital or clause that are not inside its sub-parts."""
    children: tuple[Clause, ...] = node.items if isinstance(node, Recital) else node.subclauses
    start = node.span.start.offset
    out: list[tuple[int, int]] = []
    for child in children:
        if child.span.start.offset > start:
            out.append((start, child.span.start.offset))
        start = max(start, child.span.end.offset)
    if node.span.end.offset > start:
        out.append((start, node.span.end.offset))
    return out


# A footnote number glued after the final punctuation: "of 2024,1", "2015,1 and".
# Not "2.5" (a decimal) nor "1,000" (thousands).
_FOOTNOTED = re.compile(r"((?<=[^\d\s])[.;,:]|(?<=\d)[;,:])\d{1,2}((?:\s++(?:and|or))?)\s*+$")


_TAGGED_END = re.compile(r"([.;,:])\s*+(?:(and|or)\s*+)?$")
"""The ending of a clause's text once inline HTML tags are taken out of it."""


def ending(node: Recital | Clause) -> str | None:
    """The connector of ``node``; when the parser found none because a footnote
    number is glued after the punctuation ("…of 2024,1"), or inline HTML tags
    stand between the punctuation and the end ("cycles; </span>and"), that
    punctuation (and an ``and`` after it)."""
    if node.connector:
        return node.connector
    tail = node.source[
        max(node.span.start.offset, node.span.end.offset - 24) : node.span.end.offset
    ]
    m = _FOOTNOTED.search(tail)
    if m is not None:
        return m.group(1) + (" " + m.group(2).strip() if m.group(2) else "")
    tail = node.source[
        max(node.span.start.offset, node.span.end.offset - 80) : node.span.end.offset
    ]
    if "<" not in tail:
        return None
    t = _TAGGED_END.search(_HTML_TAG.sub("", tail))
    return None if t is None else t.group(1) + (" " + t.group(2) if t.group(2) else "")


def effective_connector(clause: Clause) -> str | None:
    """The punctuation that really ends a clause: for a clause that leads into a
    list (``:``, ``—``), the ending of its last sub-clause (see :func:`ending`)."""
    return ending(last_leaf(clause))


def last_leaf(clause: Clause) -> Clause:
    """The clause whose connector ends ``clause`` (see :func:`effective_connector`)."""
    current = clause
    for _ in range(64):
        conn = (current.connector or "").strip()
        if current.subclauses and conn in ("", ":", "—", "--", "–", "-", ",", ": —"):
            current = current.subclauses[-1]
            continue
        return current
    return current


def clause_ranges(node: Node) -> list[tuple[int, int]]:
    """A recital or clause and all its nested parts, split at the parts, marker-free."""
    if not isinstance(node, (Recital, Clause)):
        return [(node.span.start.offset, node.span.end.offset)]
    if isinstance(node, Clause) and not node.subclauses:
        # The common leaf clause: one range, after its marker.
        start, end = node.span.start.offset, node.span.end.offset
        if end <= start:
            return []
        if node.marker:
            at = node.source.find(node.marker, start, end)
            if at >= 0:
                start = min(end, at + len(node.marker))
        return [(start, end)]
    out: list[tuple[int, int]] = []
    stack: list[Recital | Clause] = [node]
    while stack:
        current = stack.pop()
        ranges = own_ranges(current)
        if isinstance(current, Clause) and current.marker and ranges:
            span = current.span
            at = current.source.find(current.marker, span.start.offset, span.end.offset)
            if at >= 0:
                first_end = ranges[0][1]
                cut = min(first_end, at + len(current.marker))
                ranges[0] = (cut, first_end)
        out.extend(ranges)
        children = current.items if isinstance(current, Recital) else current.subclauses
        stack.extend(children)
    out.sort()
    return out


def replace_fix(
    description: str, start: int, end: int, replacement: str, *, safe: bool = True
) -> Fix:
    """A fix with one edit; ``safe=False`` for a fix applied only with
    ``--unsafe-fixes`` (a matter of style, or one that may change meaning)."""
    return Fix(description, (Edit(start, end, replacement),), safe=safe)
