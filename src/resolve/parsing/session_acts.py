"""A session's decisions told in a narrated summary, the body the subject of a
series of acts joined by commas, semicolons and "and", perhaps continued by a
pronoun in the next sentence: "The Board heard a report …, noted the survey …,
adopted its work programme and invited the member States to …. It also elected A
as its chair and approved the accounts." Under the counting conventions of
``tests/real/README.md`` each operative act on its own subject is a stated
decision (1) and a separate resolution (5): one of one clause; an act that only
hears, notes, welcomes or considers is none (1: a report only heard or noted),
nor is the sentence on the session (head). A pure pass over the classified
units, one row of ``BREAKS`` in :mod:`resolve.parsing.passes`, after every other
reader: it reads a page in which none found anything."""

from __future__ import annotations

import re

from resolve.parsing.body_decisions import BODY_SUBJECT
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit, cut_at_offsets
from resolve.parsing.sentence_gaps import sentence_gap

READ_KINDS = frozenset({"TEXT", "META", "HEADING", "TRAILER", "KEYVAL"})
"""The kinds of a page the pass reads: any other is a form another reader understood."""
_NOTING = (
    r"(?:heard|took[ \t]++note|noted|commended|welcomed|considered|discussed|received|reviewed"
    r"|recalled|acknowledged|thanked|examined|expressed[ \t]++(?:its[ \t]++|their[ \t]++)?"
    r"(?:thanks|appreciation|gratitude))"
)
"""The acts of a body that hear or note: no decision."""
_OPERATIVE = (
    r"(?:adopted|approved|confirmed|decided|(?:re-?)?elected|appointed|invited|requested"
    r"|endorsed|ratified|authori[sz]ed|established|agreed|urged|called[ \t]++(?:on|upon)"
    r"|instructed|renewed|admitted|granted|designated)"
)
"""The acts of a body that decide (convention 3's operative verbs, in the past)."""
_ORGAN = (
    r"(?:The[ \t]++(?:[A-Z][A-Za-z’'&-]*+[ \t]++){0,3}"
    r"(?:Conference|Congress|Convention|Parliament|Plenary|Bureau|Forum|Meeting))"
)
"""The organs of a session that :data:`BODY_SUBJECT` leaves to other forms: "The
Conference", "The Annual Meeting", "The Plenary"."""
_ADVERBS = r"(?:(?:also|further|then|finally|furthermore|moreover|unanimously)[ \t]++){0,2}"
OPENS = re.compile(
    rf"(?:{BODY_SUBJECT}|{_ORGAN}|(?P<it>It|They))(?:,[^.;:!?\n]{{1,80}}?,)?[ \t]++{_ADVERBS}"
    rf"(?=(?:{_NOTING}|{_OPERATIVE})\b)"
)
"""The body, or the pronoun that goes on from it, as the subject at the head of
a sentence, right before its first act: "The Board ", "It also "."""
NEXT_ACT = re.compile(
    rf"(?:[ \t]*+[,;][ \t]++(?:and[ \t]++)?|[ \t]++and[ \t]++)(?=(?:{_NOTING}|{_OPERATIVE})\b)"
)
"""Where the next act of the series begins: ", ", "; and ", " and "."""
OPERATIVE = re.compile(_OPERATIVE + r"\b")
"""An act that decides, at the head of its phrase."""
SENTENCE_GAP = sentence_gap(before=r"[A-Za-z0-9)\]]{2}", titles=True)
"""Where one sentence of a paragraph ends (the gap begins after its stop) and
the next begins."""
SERIES_MIN = 2
"""Acts in one sentence that make it a summary's series."""


def _sentences(text: str, u: Unit) -> list[tuple[int, int]]:
    """The sentences of unit ``u``, as (start, end) spans."""
    edges = [u.start]
    for gap in SENTENCE_GAP.finditer(text, u.start, u.end):
        edges += [gap.start(), gap.end()]
    edges.append(u.end)
    return [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]


def _acts(text: str, s: int, e: int, body: bool) -> tuple[list[int], bool] | None:
    """The offsets where each act of the sentence from ``s`` to ``e`` begins,
    and whether its subject is the body named (not a pronoun), if it opens with
    the body (or, after a sentence of the body's, its pronoun) and its acts;
    None otherwise."""
    m = OPENS.match(text, s, e)
    if m is None or (m["it"] is not None and not body):
        return None
    acts = [m.end()]
    at = m.end()
    while (nxt := NEXT_ACT.search(text, at, e)) is not None:
        acts.append(nxt.end())
        at = nxt.end()
    return acts, m["it"] is None


def session_acts(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each decision of such a summary begins: the units are cut (in
    place) at each act, each operative act THAT, what stands before the first
    META and the rest TRAILER. Empty (and nothing changed) unless some sentence
    sets out a series of acts of the body and one of them decides."""
    if not units or any(k not in READ_KINDS for k in kinds):
        return []
    text = ctx.text
    cuts: list[int] = []
    decisions: list[int] = []
    series = False
    for u in units:
        body = False
        for s, e in _sentences(text, u):
            found = _acts(text, s, e, body)
            if found is None:
                body = False
                continue
            acts, named = found
            body = body or named
            series = series or len(acts) >= SERIES_MIN
            cuts += [*acts, e]
            decisions += [a for a in acts if OPERATIVE.match(text, a, e) is not None]
    if not series or not decisions:
        return []
    firsts = set(decisions)
    split = cut_at_offsets(text, units, sorted(set(cuts)))
    units[:] = split
    kinds[:] = [
        "THAT" if u.start in firsts else "META" if u.start < decisions[0] else "TRAILER"
        for u in split
    ]
    return [u.start for u in split if u.start in firsts and u.start != decisions[0]]
