"""What every rule shares: the :class:`Rule` record, the :class:`Context` it reads,
and helpers to turn offsets into spans and to walk the parts of a document."""

from __future__ import annotations

import bisect
import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

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
    """True if the rule offers a safe fix."""

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
            yield Diagnostic(
                code=self.code,
                severity=self.severity,
                message=hit.message,
                span=ctx.span(hit.start, hit.end),
                help=hit.help,
                fix=hit.fix,
            )


@dataclass(eq=False)
class Context:
    """What a rule can read: the document, its text, the profile and the config."""

    doc: Document
    config: Config
    profile: str
    """The profile of the document (configured, or inferred)."""
    resolution_profiles: dict[int, str] = field(default_factory=dict)
    """Per-resolution profiles by ``id(resolution)`` when the profile was inferred."""

    @property
    def source(self) -> str:
        return self.doc.source

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.doc.source.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return starts

    def position(self, offset: int) -> Position:
        """The line and column of ``offset`` (lines end at ``\\n``)."""
        offset = max(0, min(offset, len(self.doc.source)))
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return Position(index + 1, offset - self._line_starts[index] + 1, offset)

    def span(self, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        return Span(self.position(start), self.position(max(start, end)))

    @cached_property
    def preamble_phrases(self) -> PhraseList:
        """Built-in preambular openers plus ``extra-preamble-phrases``."""
        return preamble_phrases().extended(self.config.extra_preamble_phrases)

    @cached_property
    def operative_verbs(self) -> PhraseList:
        """Built-in operative verbs plus ``extra-operative-verbs``."""
        return operative_verbs().extended(self.config.extra_operative_verbs)

    def profile_name(self, resolution: Resolution) -> str:
        """The profile a resolution is checked against."""
        return self.resolution_profiles.get(id(resolution), self.profile)

    def profile_of(self, resolution: Resolution) -> Profile:
        """The :class:`Profile` a resolution is checked against."""
        return PROFILES.get(self.profile_name(resolution), PROFILES["ronr"])


# ---------------------------------------------------------------------------
# Helpers shared by the rule families

_PUNCT_WORDS = re.compile(r"[A-Za-z]+")


def norm_connector(text: str | None) -> str:
    """``"; now, therefore, be it"`` → ``"; now therefore be it"``: lower case, the
    leading punctuation kept, commas and extra spaces inside dropped."""
    if not text:
        return ""
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
    text = node.text.rstrip()
    if text.endswith(connector):
        return node.span.start.offset + len(text) - len(connector)
    return None


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


def effective_connector(clause: Clause) -> str | None:
    """The punctuation that really ends a clause: for a clause that leads into a
    list (``:``, ``—``), the ending of its last sub-clause."""
    return last_leaf(clause).connector


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


def replace_fix(description: str, start: int, end: int, replacement: str) -> Fix:
    """A safe fix with one edit."""
    return Fix(description, (Edit(start, end, replacement),))
