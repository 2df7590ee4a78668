"""Minutes that list the actions a meeting took, one paragraph each opening with
its verb in the past tense, under the sentence that introduces them ("The
congregation took the following actions …" / "Reaffirmed the election of …" /
"Approved the by-laws."): one resolution per action (counting convention Q5 of
tests/real/README.md). A pure pass over the classified units, run by
:mod:`resolve.parsing.passes` after :mod:`resolve.parsing.recorded_motions`."""

from __future__ import annotations

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.record_cues import ACTION_VERB, ACTIONS_INTRO
from resolve.parsing.recorded_motions import ENACTING, RECORD_KINDS, RECORD_MAX


def _action(ctx: Context, u: Unit) -> bool:
    """Does ``u`` tell one action the meeting took, opening with its verb in the
    past tense or in the form the vocabulary lists ("Reaffirmed the election …",
    "Re-affirmed A as …", "Reaffirm the delegates …")?"""
    m = ACTION_VERB.match(ctx.text, u.start, u.end)
    if m is None or u.end - u.start > RECORD_MAX:
        return False
    verb = m["verb"]
    return verb.endswith("ed") or f"{verb.replace('-', '')}s" in ctx.ops


def listed_actions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Minutes that list the actions a meeting took, one paragraph each opening
    with its verb, under the sentence that introduces them ("The congregation
    took the following actions …" / "Reaffirmed the election of …" / "Approved the
    by-laws."), with no formula or motion anywhere: the lead-in reports several
    actions, each adopted on its own, so each is one resolution of one clause
    (THAT; convention Q5); the sentence and what stands above it are the head
    (META), the narrative after the last action the trailer (TRAILER). The
    offsets of the second and later actions."""
    if any(k in ENACTING for k in kinds):
        return []
    intro = next((i for i, u in enumerate(units) if ACTIONS_INTRO.search(ctx.t(u))), None)
    if intro is None:
        return []
    end = intro + 1
    while (
        end < len(units) and kinds[end] in (*RECORD_KINDS, "TRAILER") and _action(ctx, units[end])
    ):
        end += 1
    if end - intro < 3:
        return []
    for j in range(len(units)):
        kinds[j] = "META" if j <= intro else "THAT" if j < end else "TRAILER"
    return [units[j].start for j in range(intro + 2, end)]
