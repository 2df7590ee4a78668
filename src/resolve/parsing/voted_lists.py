"""Motions listed under the sentence that names them as put to the vote, their
outcome told once under the list for all of them: "The Special Resolutions
being voted on were;" / "1. To reduce the board to seven members" / "2. To …" /
"All of these were passed on the night with 63 votes for and 1 against.". Under
the counting conventions of ``tests/real/README.md`` (5, listed motions) each
listed motion voted on as such is one resolution of one clause; the lead-in and
the prose above it are the page's head, the outcome line is the trailer. With no
outcome told the motions are proposals, not resolutions (8): nothing is read.

:func:`voted_lists` is a row of ``BREAKS`` in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.result_cues import ALL_PASSED, ITEM_NUMBER, VOTED_LIST

_FORMAL = frozenset({"FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT"})
"""Kinds that show the page prints its motions in another form another reader reads."""


def voted_lists(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of such a list begins: two or more numbered items right
    under the lead-in (:data:`~resolve.parsing.result_cues.VOTED_LIST`) and right
    above the line that tells they all passed
    (:data:`~resolve.parsing.result_cues.ALL_PASSED`). Marks the items THAT, the
    prose above META and the outcome line TRAILER; empty for any other document."""
    if any(k in _FORMAL for k in kinds):
        return []
    for i, u in enumerate(units):
        if kinds[i] != "TEXT" or u.lines > 2 or not VOTED_LIST.fullmatch(ctx.text, u.start, u.end):
            continue
        j = i + 1
        while (
            j < len(units)
            and kinds[j] == "MARKER"
            and ITEM_NUMBER.match(ctx.text, units[j].start, units[j].end)
        ):
            j += 1
        if j - i - 1 < 2 or j == len(units) or kinds[j] != "TEXT":
            continue
        if not ALL_PASSED.match(ctx.text, units[j].start, units[j].end):
            continue
        head_above(kinds, i + 1)
        kinds[i + 1 : j] = ["THAT"] * (j - i - 1)
        kinds[j] = "TRAILER"
        return [x.start for x in units[i + 2 : j]]
    return []
