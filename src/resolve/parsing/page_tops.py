"""A page of proceedings printed one printed page per web page, that opens
inside the business of the page before (a `SETTLE` row of
:mod:`resolve.parsing.passes`)."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

QUESTION_OUTCOME = re.compile(
    r"[ \t]*+(?:(?:The[ \t]++)?Question[ \t]++(?:so[ \t]++)?(?:resolved|decided)[ \t]++in[ \t]++the"
    r"[ \t]++(?:affirmative|negative)|(?:The[ \t]++)?(?:Question|Motion)[ \t]++(?:agreed[ \t]++to"
    r"|negatived|carried|put[ \t]++and[ \t]++(?:passed|agreed[ \t]++to|negatived)))[ \t]*+\.?[ \t]*+"
)
"""A record's outcome line after a motion: "Question resolved in the affirmative.",
"Motion agreed to.", "Question put and negatived."."""
PAGE_FURNITURE_MAX = 200
"""The longest line of page furniture above the page's first motion."""


def settle_page_top_motion(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A page of proceedings whose motions are each introduced ("Motion (by A)
    proposed:") and closed by their outcome ("Question resolved in the
    affirmative."), opening under its page furniture with a bare "That …" that
    has neither: the last words of a motion moved on the page before (its mover
    and its outcome are there), the page's head (META), not a resolution."""
    i = next((k for k, kind in enumerate(kinds) if kind == "THAT"), None)
    if i is None or i == 0 or i + 1 >= len(units):
        return
    if any(
        k not in ("TEXT", "META", "KEYVAL") or u.end - u.start > PAGE_FURNITURE_MAX
        for k, u in zip(kinds[:i], units[:i], strict=True)
    ):
        return
    if QUESTION_OUTCOME.fullmatch(ctx.text, units[i + 1].start, units[i + 1].end):
        return
    intro = next((j for j in range(i + 1, len(units)) if kinds[j] == "INTRO"), None)
    if intro is not None and any(
        QUESTION_OUTCOME.fullmatch(ctx.text, u.start, u.end) for u in units[intro + 1 :]
    ):
        kinds[i] = "META"
