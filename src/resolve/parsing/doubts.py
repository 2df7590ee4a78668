"""Doubts: short reasons why the reading of one resolution may be wrong.

The parser always produces a reading; these checks, run on the frozen
resolution, say when that reading fits no known form well (no formula, most
recitals without an opener, much text that fits no part, a list whose markers
restart, ...). A resolution with doubts has ``confidence == "low"``: the
structural rules and ``fmt`` leave it alone. Each doubt is one short sentence.
"""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.model import Clause, FormulaKind, RecitalOpener, Resolution, TrailerKind
from resolve.parsing.patterns import ENACTING_WORDS, RESOLVING_WORD

UNKNOWN_SHARE = 0.5
"""Above this share of a resolution's characters in unknown parts, it is in doubt
(a note or a rationale left unknown after clear clauses is common)."""


_MISSED_FORMULA = re.compile(r"(?i)\b(?:be|it)\s++(?:\w+\s++){0,2}?resolved(?:,?\s++that|\s++by)\b")
"""A resolving formula near the start of text left unrecognised ("”May it therefore be
resolved that …", "it is resolved by the Council …"), not a word quoted in prose
("that second “resolved” that …")."""

_INLINE_SECOND = re.compile(r"[:;][ \t]++\(?(?:2|II|ii|b|B)[.,)][ \t]++[A-Z](?:[a-z]|[ \t][a-z])")
"""The second item of a list run on inside the first after a colon or semicolon,
its marker perhaps misread by OCR ("… and further that: 2, A cooperative …")."""

_DECIDED = re.compile(
    r"(?:^|[.;][ \t]++)That[ \t]++(?!(?:is|was|would|will|has|had|means|said)\b)[^;\n]{0,120}?\bbe\b",
    re.MULTILINE,
)
"""A decision in the subjunctive, as minutes record them: "That the banner
carriers be paid …" (not "That is why …")."""
TRAILER_SHARE = 3
"""Times the clauses' length the text after them must have before decisions
inside it suggest resolutions missed."""
_NOTES = frozenset({TrailerKind.RATIONALE, TrailerKind.FOOTNOTE})
"""Trailers whose prose argues or cites rather than records ("That is why …")."""

ENACTED_AFTER = 20
"""Characters after enacting words inside a recital that make them a formula read
as preamble rather than the recital's closing connector."""


def _restarts(clauses: tuple[Clause, ...]) -> bool:
    """Do the numbered top-level clauses start their numbering again (1, 2, 3,
    1, 2)? A number merely repeated (3, 3 or (a), (a): a typo) is no restart."""
    seen: dict[str | None, list[str]] = {}
    for c in clauses:
        if c.number is None:
            continue
        numbers = seen.setdefault(c.marker_style, [])
        if numbers and c.number == numbers[0] and len(set(numbers)) >= 2:
            return True
        numbers.append(c.number)
    return False


def _share_unknown(r: Resolution) -> float:
    size = max(1, r.span.end.offset - r.span.start.offset)
    return sum(u.span.end.offset - u.span.start.offset for u in r.unknown) / size


def _leading_prose(r: Resolution) -> int:
    """How many prose recitals open the preamble and lead into its WHEREAS
    recitals with a connector ("The Association recognizes …; and" / "Whereas
    …"): a known form, not a wrapped line read as a recital."""
    n = 0
    for p in r.preamble:
        if p.opener_kind != RecitalOpener.NONE or p.marker is not None:
            break
        if (p.connector or "").strip(" ,;").lower() not in ("and", "or"):
            return 0
        n += 1
    return n


def _enacts_inside(text: str) -> bool:
    """Do enacting words stand inside ``text`` with a clause's worth of text after
    them? ("…, now, therefore, be it" closing the last recital is a form whose
    clauses are missing: a defect the rules report, not a doubt.)"""
    m = ENACTING_WORDS.search(text)
    return m is not None and len(text[m.end() :].strip()) >= ENACTED_AFTER


def _resolves_inside(text: str) -> bool:
    """Does a resolving word, however mangled by OCR ("Resolves", "RESOLVEV",
    "T}[F,RF.FORE … RESOLVED"), stand inside ``text`` with a clause's worth of
    text after it (not the bare "…; now, therefore, be it" of a defect)?"""
    return any(len(text[m.end() :].strip()) >= ENACTED_AFTER for m in RESOLVING_WORD.finditer(text))


_CLOSERS = "\"”’')] \t\r\n"


def _empty_list_before(clauses: tuple[Clause, ...]) -> bool:
    """Does a top-level clause end by announcing a list ("REQUESTS the Director:",
    "… the following features:") with no sub-item under it, while an unled clause
    follows? Then its list was likely read as top-level clauses (an extract that
    put items and sub-items at one bullet level). A clause with its own lead
    after it ("BE IT FURTHER RESOLVED …") is no such item."""
    return any(
        c.text.rstrip(_CLOSERS).endswith(":") and not c.subclauses and after.lead is None
        for c, after in pairwise(clauses)
    )


def _decided_after(r: Resolution) -> bool:
    """Does text after the clauses, several times their length and no rationale
    or footnote, record decisions of its own ("… read and agreed to.
    That a donation be sent …")? Minutes whose further resolutions were left
    in the trailer."""
    body = sum(c.span.end.offset - c.span.start.offset for c in r.clauses)
    after = [t for t in r.trailer if t.kind not in _NOTES]
    size = sum(t.span.end.offset - t.span.start.offset for t in after)
    return (
        bool(r.clauses)
        and size > TRAILER_SHARE * body
        and sum(len(_DECIDED.findall(t.text)) for t in after) >= 2
    )


def doubts(r: Resolution) -> tuple[str, ...]:
    """Why the reading of ``r`` may be wrong; empty when it fits a known form."""
    found: list[str] = []
    formula = r.enacting_formula
    # A bullet under "BECAUSE:" is a recital of a known form, with no opener.
    untyped = sum(1 for p in r.preamble if p.opener_kind == RecitalOpener.NONE and p.marker is None)
    if formula is None and not any(p.opener_kind != RecitalOpener.NONE for p in r.preamble):
        # A clear form with a part missing is a defect the rules report (S001,
        # S002); with no formula and no recital opener, the form is a guess.
        found.append(
            "no enacting formula and no WHEREAS recital found"
            + ("" if r.clauses else ", and no clause")
        )
    # A preamble all of prose paragraphs before a formula and clauses is the
    # prose-preamble form (a convention's "…; THEREFORE, BE IT RESOLVED THAT THIS
    # CONVENTION:"); prose mixed with typed recitals, or with no formula, is a guess.
    # (A bare "RESOLVED, that" after prose, with no "therefore", is minutes.)
    leads_on = formula is not None and "therefore" in formula.text.lower()
    prose_form = untyped == len(r.preamble) and leads_on and bool(r.clauses)
    if (
        untyped == len(r.preamble) == 1
        and formula is not None
        and formula.kind != FormulaKind.ORGAN
        and not leads_on
    ):
        # One paragraph of prose, then a bare "RESOLVED, that": a one-recital
        # preamble, or the minutes' or page's introduction (a note, a field
        # label, a margin citation)? Either reading is common.
        found.append("one prose paragraph before a bare formula: a recital or an introduction?")
    elif untyped >= 2 and 2 * untyped > len(r.preamble) and not prose_form:
        found.append("most recitals open with no WHEREAS or participle (untyped prose lines)")
    elif untyped and formula is not None and formula.kind != FormulaKind.ORGAN:
        typed = len(r.preamble) - untyped
        if typed >= 2 and untyped > _leading_prose(r):
            found.append(
                "a recital opens with no WHEREAS among WHEREAS recitals "
                "(a wrapped line read as a recital?)"
            )
    if (
        formula is None
        and not r.clauses
        and any(p.opener_kind != RecitalOpener.NONE for p in r.preamble)
        and any(_resolves_inside(p.text) for p in r.preamble)
    ):
        # WHEREAS recitals that enact nothing, with a resolving word inside them:
        # the formula (OCR-mangled, or run into a recital of a flattened page)
        # was not found. (Recitals with no such word are a text with no clause.)
        found.append("recitals but no enacting formula and no clause found")
    if formula is None and any(_enacts_inside(p.text) for p in r.preamble):
        found.append("a recital holds enacting words: clauses may have been read as preamble")
    if _share_unknown(r) > UNKNOWN_SHARE:
        found.append("much of the text fits no part")
    elif r.clauses and any(_MISSED_FORMULA.search(u.text[:120]) for u in r.unknown):
        # "”May it therefore be resolved that …”" left over after the clauses:
        # a further resolution (or clause) whose formula was not read as one.
        found.append("text that fits no part holds a resolving formula: a resolution missed?")
    marked = sum(1 for c in r.clauses if c.marker is not None)
    # "BE IT FURTHER RESOLVED …" after a numbered list under the first RESOLVED
    # is a known form: an unmarked clause that opens with its own lead is no
    # guess, nor is the formula's own clause ("Resolved, That …" then "SEC. 2.").
    own = int(
        formula is not None
        and bool(r.clauses)
        and r.clauses[0].span.start.line == formula.span.end.line
    )
    loose = sum(1 for c in r.clauses[own:] if c.marker is None and c.lead is None)
    if marked and loose:
        found.append(
            "some top-level clauses are list items and some are not: "
            "the clause count depends on reading a list as top-level"
        )
    first = r.clauses[0] if r.clauses else None
    if (
        first is not None
        and first.number in ("1", "I", "i", "a", "A")
        and len(r.clauses) == 1
        and _INLINE_SECOND.search(first.text)
    ):
        found.append("the first item holds the second inline: one clause read for two?")
    if _empty_list_before(r.clauses):
        found.append(
            "a clause announces a list but has no sub-item: its items may have been read as clauses"
        )
    if _decided_after(r):
        found.append("text after the clauses records decisions of its own: resolutions missed?")
    if _restarts(r.clauses):
        found.append("clause markers restart: a sub-list may have been read as top-level")
    return tuple(found)
