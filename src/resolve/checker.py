"""Run the lint rules over a document: profile inference, suppressions, fixes.

``check`` is the entry point used by the CLI and the library API.
"""

from __future__ import annotations

import bisect
import fnmatch
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath, PurePosixPath

from resolve.config import Config
from resolve.diagnostics import Diagnostic, Edit, Fix, Severity, apply_edits
from resolve.model import Document, FormulaKind, Node, RecitalOpener, Resolution
from resolve.profiles import PROFILE_NAMES
from resolve.rules.base import Context, Hit, Rule, has_form, norm_connector
from resolve.rules.registry import RULES

__all__ = [
    "MAX_FIX_PASSES",
    "NO_RESOLUTION",
    "FixResult",
    "apply_fixes",
    "check",
    "fix",
    "has_resolution",
    "infer_profile",
    "infer_resolution_profile",
]

_CONGRESS_NUMBER = re.compile(r"(?i)\b[HS]\.\s*(?:CON\.\s*|J\.\s*)?RES\.\s*\d")
# Patterns used with .match() start with a look-behind and possessive
# quantifiers so that a .search() over long runs of spaces stays linear.
_GPO_WHEREAS = re.compile(r"(?<![ \t])[ \t]*+Whereas\s++[a-z0-9]")
_BOARD_WHEREAS = re.compile(r"(?i)(?<![ \t])[ \t]*+(?:and\s++)?whereas,?\s++the\s++board\b")
_BOARD_LEAD = re.compile(
    r"(?<![ \t])[ \t]*+(?:NOW,\s*+THEREFORE,\s*+BE\s++IT\s++(?:FURTHER\s++)?RESOLVED,\s*+that\b"
    r"|RESOLVED,?\s++(?:FURTHER,?\s++)?that\b|FURTHER\s++RESOLVED\b|RESOLVED\s++FURTHER\b)"
)


def infer_resolution_profile(res: Resolution) -> str:
    """The profile one resolution appears to follow."""
    formula = res.enacting_formula
    recitals = res.preamble
    if formula is not None and formula.kind is FormulaKind.ORGAN:
        return "un"
    openers = [r.opener_kind for r in recitals]
    if openers.count(RecitalOpener.PHRASE) >= 2 and RecitalOpener.WHEREAS not in openers:
        if any(c.verb for c in res.clauses) or formula is None:
            return "un"
    if (
        res.heading is not None
        and res.heading.number
        and _CONGRESS_NUMBER.search(res.heading.number)
    ):
        return "gpo"
    now_therefore = any(norm_connector(r.connector) == ": now therefore be it" for r in recitals)
    if now_therefore and any(_GPO_WHEREAS.match(r.text) for r in recitals):
        return "gpo"
    leads = [formula.text] if formula is not None else []
    leads.extend(c.lead for c in res.clauses if c.lead)
    if any(_BOARD_WHEREAS.match(r.text) for r in recitals) or any(
        _BOARD_LEAD.match(lead) for lead in leads
    ):
        return "board"
    if formula is not None and formula.kind in (FormulaKind.BODY, FormulaKind.RESOLVES):
        verbs = sum(1 for c in res.clauses if c.verb)
        prose = bool(recitals) and all(r.opener_kind is RecitalOpener.NONE for r in recitals)
        if prose or (res.clauses and verbs * 2 >= len(res.clauses)):
            return "convention"
    return "ronr"


def infer_profile(doc: Document) -> str:
    """The profile the document appears to follow (the most common among its
    resolutions that show any part of the form; ``ronr`` if none do)."""
    votes = [infer_resolution_profile(r) for r in doc.resolutions if has_form(r)]
    if not votes:
        return "ronr"
    counts = Counter(votes)
    best = max(counts.values())
    return next(v for v in votes if counts[v] == best)


def _suppressed_ranges(doc: Document) -> list[tuple[int, int, frozenset[str]]]:
    nodes: list[Node] = list(doc.unknown)
    for res in doc.resolutions:
        nodes.extend(res.children())
    nodes.sort(key=lambda n: n.span.start.offset)
    out: list[tuple[int, int, frozenset[str]]] = []
    starts = [n.span.start.offset for n in nodes]
    for sup in doc.suppressions:
        begin = sup.span.start.offset
        after = sup.span.end.offset
        index = bisect.bisect_left(starts, after)  # the first node starting after it
        if index == len(nodes):
            blank = doc.source.find("\n\n", after)
            end = len(doc.source) if blank == -1 else blank
        else:
            end = nodes[index].span.end.offset
            last_line = nodes[index].span.end.line
            for i in range(index + 1, len(nodes)):
                node = nodes[i]
                if node.span.start.line > last_line:
                    break
                end = max(end, node.span.end.offset)
                last_line = max(last_line, node.span.end.line)
        out.append((begin, end, frozenset(sup.codes)))
    return out


def _is_suppressed(
    code: str, offset: int, ranges: list[tuple[int, int, frozenset[str]]], begins: list[int]
) -> bool:
    index = bisect.bisect_right(begins, offset)
    # Ranges run from a comment to the end of the node after it, so only the
    # few comments just before the finding can cover it.
    for begin, end, codes in ranges[max(0, index - 8) : index]:
        if (begin <= offset < end or begin == offset == end) and (not codes or code in codes):
            return True
    return False


def _in_margin(offset: int, margins: tuple[tuple[int, int], ...], starts: list[int]) -> bool:
    """Is ``offset`` inside a line margin (an email quote marker, a printed line
    number and the blanks after it)? Findings there are about the margin, not the
    text: "two spaces" after a line number, trailing blanks of a bare "> " line."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < margins[i][1]


def _runs(rule: Rule, config: Config) -> bool:
    """Does ``rule`` run under ``config``? Default rules run unless ignored or left
    out of ``select``; opt-in rules (``Rule.default`` false) only when ``select``
    names them or a prefix of their code (``ALL`` included), as in ruff."""
    if not config.is_selected(rule.code):
        return False
    return rule.default or bool(config.select)


def _doubtful_ranges(doc: Document) -> list[tuple[int, int]] | None:
    """Where structural rules keep quiet: the spans of the resolutions read with low
    confidence, plus the text outside every resolution when any reading is in doubt
    (stray blocks between resolutions then belong to the guess). None when the
    parser has no doubt anywhere."""
    if not any(r.doubts for r in doc.resolutions):
        return None
    sure = sorted((r.span.start.offset, r.span.end.offset) for r in doc.resolutions if not r.doubts)
    out: list[tuple[int, int]] = []
    pos = 0
    for start, end in sure:
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    out.append((pos, sys.maxsize))
    return out


def _in_doubt(offset: int, ranges: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(ranges, (offset, sys.maxsize)) - 1
    return index >= 0 and ranges[index][0] <= offset < ranges[index][1]


def _path_matches(path: str, pattern: str) -> bool:
    posix = PurePath(path).as_posix()
    return (
        fnmatch.fnmatch(posix, pattern)
        or fnmatch.fnmatch(PurePath(path).name, pattern)
        or PurePosixPath(posix).match(pattern)
    )


def _code_matches(code: str, patterns: tuple[str, ...]) -> bool:
    return any(p.upper() == "ALL" or code.startswith(p.upper()) for p in patterns)


def check(
    source: str | Document,
    *,
    config: Config | None = None,
    path: str | None = None,
) -> list[Diagnostic]:
    """Run the selected rules over ``source`` and return sorted diagnostics.

    Parses text, infers the profile when ``config.profile`` is ``"auto"``,
    drops findings suppressed inline or by ``per-file-ignores``, applies
    severity overrides, sets ``Diagnostic.path``, and sorts by (offset, code).
    """
    config = config or Config()
    if isinstance(source, Document):
        doc = source
    else:
        from resolve.parsing import parse

        doc = parse(source)

    resolution_profiles: dict[int, str] = {}
    if config.profile == "auto":
        profile = infer_profile(doc)
        for res in doc.resolutions:
            resolution_profiles[id(res)] = (
                infer_resolution_profile(res) if has_form(res) else profile
            )
    else:
        profile = config.profile
    ctx = Context(doc=doc, config=config, profile=profile, resolution_profiles=resolution_profiles)
    active = {profile, *resolution_profiles.values()}

    ignored: tuple[str, ...] = ()
    if path is not None:
        for pattern, codes in config.per_file_ignores.items():
            if _path_matches(path, pattern):
                ignored = (*ignored, *codes)
    suppressions = sorted(_suppressed_ranges(doc), key=lambda r: r[0])
    sup_begins = [r[0] for r in suppressions]

    margin_starts = [a for a, _ in doc.margins]
    doubtful = _doubtful_ranges(doc)
    found: list[Diagnostic] = []
    limit = config.max_findings_per_rule
    for rule in RULES:
        if not _runs(rule, config) or _code_matches(rule.code, ignored):
            continue
        if rule.profiles and not active.intersection(rule.profiles):
            continue
        try:
            hits = list(rule.func(ctx))
        except RecursionError:  # pragma: no cover - defensive: a rule must never crash
            continue
        if rule.structural and doubtful is not None:
            hits = [h for h in hits if not _in_doubt(ctx.clamp(h.start), doubtful)]
        if suppressions:
            hits = [
                h
                for h in hits
                if not _is_suppressed(rule.code, ctx.clamp(h.start), suppressions, sup_begins)
            ]
        if doc.margins:
            hits = [
                h for h in hits if not _in_margin(ctx.clamp(h.start), doc.margins, margin_starts)
            ]
        severity = config.severity.get(rule.code, rule.severity)
        hidden: list[Hit] = []
        if limit and len(hits) > limit:
            hits.sort(key=lambda h: (h.start, h.end))
            hits, hidden = hits[:limit], hits[limit:]
        found.extend(rule.diagnostic(ctx, h, severity, path) for h in hits)
        if hidden:
            found.append(_more_findings(ctx, rule, hidden, limit, severity, path))
    found.sort(key=lambda d: (d.span.start.offset, d.code, d.span.end.offset))
    return found


def _more_findings(
    ctx: Context, rule: Rule, hidden: list[Hit], limit: int, severity: Severity, path: str | None
) -> Diagnostic:
    """The one diagnostic that stands for the findings of ``rule`` past the limit.

    It sits where the first of them is. Its fix holds the safe edits of the
    hidden findings (those that do not overlap an earlier one), so ``--fix``
    still applies every fix the rule offers.
    """
    taken: list[tuple[int, int]] = []
    edits: list[Edit] = []
    carried = 0
    for hit in hidden:
        if hit.fix is None or not hit.fix.safe:
            continue
        if any(_conflicts(e, taken) for e in hit.fix.edits):
            continue
        carried += 1
        edits.extend(hit.fix.edits)
        for e in hit.fix.edits:
            bisect.insort(taken, (e.start, e.end))
    fix = Fix(f"Apply the {len(edits)} edits not shown", tuple(edits)) if edits else None
    first = hidden[0]
    count = len(hidden)
    return Diagnostic(
        rule.code,
        severity,
        f"Unexpected {count} more {rule.name} finding{'s' if count != 1 else ''} in this "
        f"file, not shown, expected at most {limit} per rule (max-findings-per-rule)",
        ctx.span(first.start, first.end),
        help="Fix the findings shown and check again, or raise max-findings-per-rule "
        "(0 shows every finding).",
        fix=fix,
        path=path,
        fixes=max(carried, 1),
    )


def _applicable(diag: Diagnostic, unsafe_fixes: bool) -> bool:
    """Would ``--fix`` apply this finding's fix? Safe fixes always, unsafe ones only
    with ``unsafe_fixes`` (ruff's ``--unsafe-fixes``)."""
    fix = diag.fix
    return fix is not None and bool(fix.edits) and (fix.safe or unsafe_fixes)


def _apply_once(
    text: str, diagnostics: list[Diagnostic], unsafe_fixes: bool = False
) -> tuple[str, int]:
    """Apply the fixes that do not overlap an earlier one; the new text and how many
    findings the applied fixes fix."""
    accepted: list[Edit] = []
    taken: list[tuple[int, int]] = []  # sorted, pairwise non-conflicting
    count = 0
    for diag in sorted(diagnostics, key=lambda d: (d.span.start.offset, d.code)):
        if not _applicable(diag, unsafe_fixes):
            continue
        assert diag.fix is not None
        edits = diag.fix.edits
        if any(_conflicts(e, taken) for e in edits):
            continue
        accepted.extend(edits)
        count += diag.fixes
        for e in edits:
            bisect.insort(taken, (e.start, e.end))
    if not accepted:
        return text, 0
    return apply_edits(text, accepted), count


def _conflict(a: tuple[int, int], b: tuple[int, int]) -> bool:
    (s1, e1), (s2, e2) = a, b
    if s1 < e2 and s2 < e1:
        return True
    if s1 == e1 == s2 == e2:
        return True
    return (s1 == e1 and s2 < s1 < e2) or (s2 == e2 and s1 < s2 < e1)


def _conflicts(edit: Edit, taken: list[tuple[int, int]]) -> bool:
    """True if ``edit`` conflicts with an accepted edit. Accepted edits are
    disjoint and sorted, so their ends rise with their starts: walk back from
    the last one starting at or before ``edit.end`` until one ends before it."""
    span = (edit.start, edit.end)
    index = bisect.bisect_right(taken, (edit.end, sys.maxsize))
    while index > 0:
        other = taken[index - 1]
        if other[1] < edit.start:
            break
        if _conflict(span, other):
            return True
        index -= 1
    return False


MAX_FIX_PASSES = 100
"""How many check-and-fix passes :func:`fix` makes before it gives up (ruff's cap)."""

NO_RESOLUTION = "no resolution found"
"""Why :func:`fix` left a file alone that holds no resolution."""


@dataclass(frozen=True, slots=True)
class FixResult:
    """What :func:`fix` did to one text."""

    text: str
    """The fixed text (the input itself when nothing applied)."""
    diagnostics: list[Diagnostic]
    """The findings that remain in :attr:`text`, checked with the same settings."""
    fixed: int
    """How many findings the applied fixes fixed, over every pass."""
    passes: int
    """How many passes changed the text."""
    converged: bool
    """False when the fixes still changed the text after ``max_passes`` passes (the
    text is then the last pass's, and the caller should say "failed to converge")."""
    skipped: str | None = None
    """Why the text was left alone without trying (``NO_RESOLUTION``), if it was."""


def has_resolution(doc: Document) -> bool:
    """True if any resolution in ``doc`` shows part of the form (a formula, a
    clause, or a recital with an opener). A README or a letter does not."""
    return any(has_form(r) for r in doc.resolutions)


def fix(
    source: str,
    *,
    config: Config | None = None,
    path: str | None = None,
    unsafe_fixes: bool = False,
    max_passes: int = MAX_FIX_PASSES,
) -> FixResult:
    """Check ``source`` and apply fixes until none applies: the one fix loop.

    Like ruff's ``lint_fix``: each pass checks the current text with the same
    ``config`` (so ``select``, ``ignore`` and the profile hold on every pass and
    only the selected rules' fixes apply), applies the fixes that do not overlap,
    and checks again. After ``max_passes`` passes that still change the text it
    stops with ``converged=False``. A text in which no resolution is found is
    never rewritten (``skipped=NO_RESOLUTION``). Safe fixes only, unless
    ``unsafe_fixes``.
    """
    cfg = config or Config()
    from resolve.parsing import parse

    doc = parse(source)
    diagnostics = check(doc, config=cfg, path=path)
    if not has_resolution(doc):
        return FixResult(source, diagnostics, 0, 0, True, NO_RESOLUTION)
    text = source
    fixed = 0
    for passes in range(max_passes + 1):
        fixable = [d for d in diagnostics if _applicable(d, unsafe_fixes)]
        if not fixable:
            return FixResult(text, diagnostics, fixed, passes, True)
        if passes == max_passes:
            break
        updated, count = _apply_once(text, fixable, unsafe_fixes)
        if updated == text:
            return FixResult(text, diagnostics, fixed, passes, True)
        text = updated
        fixed += count
        diagnostics = check(text, config=cfg, path=path)
    return FixResult(text, diagnostics, fixed, max_passes, False)


def apply_fixes(
    text: str,
    diagnostics: list[Diagnostic],
    *,
    config: Config | None = None,
    unsafe_fixes: bool = False,
) -> str:
    """Apply the fixes of ``diagnostics`` to ``text`` (safe ones, or every one with
    ``unsafe_fixes``).

    Fixes that overlap an earlier one are held back and applied in a further
    pass, re-checking with ``config``; only the rules of ``diagnostics`` are fixed
    in those passes, so running check and fix again on the result changes nothing
    and no rule the caller left out is applied. Use :func:`fix` to check and fix
    in one call.
    """
    result, _ = _apply_once(text, list(diagnostics), unsafe_fixes)
    if result == text:
        return result
    codes = {d.code for d in diagnostics if _applicable(d, unsafe_fixes)}
    cfg = config or Config(select=tuple(sorted(codes)))
    for _ in range(MAX_FIX_PASSES):
        fixable = [
            d for d in check(result, config=cfg) if d.code in codes and _applicable(d, unsafe_fixes)
        ]
        updated, _ = _apply_once(result, fixable, unsafe_fixes)
        if updated == result:
            break
        result = updated
    return result


# Profiles accepted by ``Config.profile`` besides "auto", for callers that list them.
PROFILES = PROFILE_NAMES
