"""The body's further statements in the first person plural after its
resolving clause.

    Be it resolved that the Fellowship declares …        (clause)
    We have studied … for two years.                      (clause)
    Many still find doors closed. We choose to …          (clause; clause)
    We commit to …. Also, we promise …                    (clause; clause)
    See our website for more.                             (not a clause)

After the first operative sentence every statement of the body is a clause
(counting convention Q3 of tests/real/README.md): the paragraphs right after
the clause of a resolving formula in which the body speaks as "we" are
clauses, one per paragraph, cut where a later sentence has "we" as the subject
of a new main verb (Q4, read by :mod:`resolve.parsing.body_acts`). Only
under the one resolving formula of the text, its clause ended with a full
stop; the run opens with a paragraph that opens "We …" and ends at the first
paragraph with no such sentence. A ``SETTLE`` pass of
:mod:`resolve.parsing.passes`.
"""

from __future__ import annotations

from itertools import pairwise

from resolve.parsing.body_acts import FRONTED_WE, NEW_SENTENCE, PRONOUN_ACT, _acts
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.sentences import WE_ORGAN


def _we_sentences(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Each sentence of ``text[start:end]`` whose subject is "we": where it
    opens, and whether its verb makes a new act."""
    found: list[tuple[int, bool]] = []
    for at in (start, *(s.end() for s in NEW_SENTENCE.finditer(text, start, end))):
        m = PRONOUN_ACT.match(text, at, end) or FRONTED_WE.match(text, at, end)
        if m is not None and (m[0].lstrip()[:2] == "We" or m.re is FRONTED_WE):
            found.append((at, _acts(m["verb"], m["next"])))
    return found


def settle_we_statements(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """The paragraphs after the last resolving formula's clause in which the
    body speaks as "we": clauses (kind WE, which the machine adds as clauses),
    cut at its new acts."""
    formulas = [i for i, k in enumerate(kinds) if k == "FORMULA"]
    if len(formulas) != 1:
        return  # several RESOLVED clauses: the text keeps its acts in that form
    first = formulas[0] + 1
    if first >= len(units) or ctx.t(units[formulas[0]]).rstrip()[-1:] != ".":
        return  # "… submit the following:": what follows is the text it announces
    opening = PRONOUN_ACT.match(ctx.text, units[first].start, units[first].end)
    if opening is None or opening[0].lstrip()[:2] != "We":
        return  # the run opens with the body speaking as "We"
    last = first
    while last < len(units) and kinds[last] == "TEXT":
        u = units[last]
        if not _we_sentences(ctx.text, u.start, u.end):
            break
        last += 1
    if last == first:
        return
    new_units: list[Unit] = []
    for u in units[first:last]:
        cuts = [at for at, acts in _we_sentences(ctx.text, u.start, u.end) if acts and at > u.start]
        for a, b in pairwise([u.start, *cuts, u.end]):
            new_units.append(ctx.piece("TEXT", a, b))
    units[first:last] = new_units
    kinds[first:last] = ["WE"] * len(new_units)


def settle_we_verbs(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Under an organ line in the first person ("We, the representatives …,
    assembled in …,"), a paragraph that opens with an operative verb in the
    plural ("Further decide, in order to …:", "Agree that …") is operative,
    as "Decides" is under a third-person organ line: kind VERB."""
    organ = next(
        (i for i, k in enumerate(kinds) if k == "ORGAN" and WE_ORGAN.match(ctx.t(units[i]))),
        None,
    )
    if organ is None:
        return
    for i in range(organ + 1, len(units)):
        if kinds[i] == "TEXT" and ctx.plural_op(ctx.t(units[i])[:80]) is not None:
            kinds[i] = "VERB"
