"""Decisions whose organ line runs straight into its one participle, in lower
case, over a list of operative items: "The Board, having reviewed document
B.1/02:" / "- Confirms …" / "- Decides …". The organ is the enacting formula,
the participle a recital, each item a clause. Pure functions over the text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import marker_end
from resolve.phrases import PhraseList

RUN_IN_ORGAN = re.compile(
    r"[ \t]*+(?:The|THE)[ \t]++(?:[A-Z][\w-]*+[ \t]++){0,4}?"
    r"(?:Assembly|Council|Conference|Commission|Committee|Board|Senate|Convention|Congress"
    r"|Parliament|Parties|Forum|Meeting|Governors|Directors|Trustees)"
    r"(?:[ \t]++of[ \t]++(?:the[ \t]++)?[A-Z][\w-]*+(?:[ \t]++(?:of[ \t]++|the[ \t]++)?[A-Z][\w-]*+){0,6})?"
    r",[ \t]++(?=[a-z])"
)
"""An organ line with its participle run in after the comma, in lower case:
"The Board, having reviewed …", "The Council of the Fund, noting …"."""


def acting_item(ctx: Context, nu: Unit) -> bool:
    """Does list item ``nu`` open with a capitalised operative verb ("- Confirms
    …", "(a) Decides …", "- Also decides …")?"""
    body = marker_end(ctx.text, nu.start, nu.end)
    head = ctx.text[body : min(nu.end, body + 80)]
    return nu.kind == "MARKER" and head[:1].isupper() and ctx.ops.match(head) is not None


def run_in_acts(ctx: Context, start: int, end: int, nu: Unit) -> bool:
    """Is ``start``-``end`` a participle in lower case, run in after an organ
    line, that ends on a colon ("having reviewed document B.1/02:") over an item
    ``nu`` that acts ("- Confirms …")? Then the participle is a recital and each
    item a clause, never the recital's own list."""
    text = ctx.text[start:end].rstrip()
    return (
        text[:1].islower()
        and text.endswith(":")
        and ctx.pre.match(text[:80]) is not None
        and acting_item(ctx, nu)
    )


def run_in_organs(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Cut the organ off its run-in participle ("The Board," / "having reviewed
    …:") where the paragraph ends on a colon over an item that acts."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        m = RUN_IN_ORGAN.match(ctx.text, u.start, u.end) if u.kind == "TEXT" else None
        if m is not None and i + 1 < len(units) and run_in_acts(ctx, m.end(), u.end, units[i + 1]):
            out.append(ctx.piece("ORGAN", u.start, m.end()))
            out.append(ctx.piece("TEXT", m.end(), u.end))
        else:
            out.append(u)
    return out


DECISION_LABEL = re.compile(
    r"[ \t]*+(?:Decision|DECISION)[ \t]++\d{1,3}[ \t]*+[:.–—-][ \t]*+[A-Z][^\n]{3,300}"
)
"""A decision's label and title on one line: "Decision 2: Allocation of …"."""
ORGAN_SUBJECT = re.compile(
    r"(?:[ \t]*+\d{1,3}\.[ \t]++)?(?:The|THE)[ \t]++(?:[A-Z][\w-]*+[ \t]++){0,4}?"
    r"(?:Assembly|Council|Conference|Commission|Committee|Board|Meeting|Parties)"
    r"(?:[ \t]++(?:(?:of|to|on|with|the|for|and)[ \t]++){0,3}[A-Z][\w-]*+){0,12}?"
    r"(?=,[ \t]|[ \t]++(?!(?:of|to|on|with|the|for|and)\b)[a-z])"
)
"""A numbered paragraph that opens with the organ as the subject of its
decision: "2. The Conference of States Parties to the Convention …"."""
RUN_IN_CUT = re.compile(r",[ \t]++(?:and[ \t]++)?(?=[a-z])")
"""Where a run-in participle or the verb may begin: ", recalling", ", and taking"."""


def participles_then_verb(
    text: str,
    parts: Iterable[re.Match[str]],
    end: int,
    pre: PhraseList,
    ops: PhraseList,
    phrases: list[int],
) -> tuple[list[int], int] | None:
    """Walk the places where an organ's run-on sentence may go on (``parts``,
    up to ``end``), after the participles already found (``phrases``): each
    that opens with a preambular phrase starts one more participle, and the
    first after them that opens with an operative verb in the third person
    starts the verb. The starts of the participles and of the verb; None when
    no such verb follows."""
    for m in parts:
        head = text[m.end() : min(end, m.end() + 80)]
        if pre.match(head):
            phrases.append(m.end())
        elif phrases and (verb := ops.match(head)) and verb.lower().endswith("s"):
            return phrases, m.end()
    return None


def _cuts(ctx: Context, at: int, end: int) -> tuple[list[int], int] | None:
    """The starts of the run-in participles after the organ at ``at``, and of
    the operative verb; None if no verb in the third person follows."""
    start = at - 2 if ctx.text[at - 2 : at] == ", " else at
    parts = RUN_IN_CUT.finditer(ctx.text, start, end)
    return participles_then_verb(ctx.text, parts, end, ctx.pre, ctx.ops, [])


def labelled_decisions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """A report's decisions, each under its label and title line ("Decision 2:
    Allocation of …") as one numbered paragraph whose subject is the organ
    ("3. The Conference … welcomes …"), the organ's run-in participles ("…,
    recalling …, and taking into consideration …, decides that …") its
    recitals, with no formula, recital opener or organ line anywhere: each label
    heads a resolution, the paragraph is its clause (cut in place after the
    participles), and the report's lead-in above the first label is head."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return []
    labels = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] == "TEXT"
        and u.lines == 1
        and DECISION_LABEL.fullmatch(ctx.text, u.start, u.end) is not None
        and kinds[i + 1] == "MARKER"
        and ORGAN_SUBJECT.match(ctx.text, units[i + 1].start, units[i + 1].end) is not None
    ]
    if len(labels) < 2:
        return []
    starts = [units[i].start for i in labels[1:]]
    for j in range(labels[0]):
        kinds[j] = "META"
    for i in reversed(labels):
        kinds[i] = "HEADING"
        u = units[i + 1]
        organ = ORGAN_SUBJECT.match(ctx.text, u.start, u.end)
        cut = _cuts(ctx, organ.end(), u.end) if organ is not None else None
        if cut is None:
            kinds[i + 1] = "THAT"
            continue
        edges = [u.start, *cut[0], cut[1], u.end]
        pieces = [ctx.piece("TEXT", a, b) for a, b in pairwise(edges)]
        units[i + 1 : i + 2] = pieces
        kinds[i + 1 : i + 2] = ["ORGAN", *(["PHRASE"] * len(cut[0])), "VERB"]
    return starts
