"""A statement's heading that names the paper and its date after a dash and
ends with a colon, alone on the page's first line ("Church Leaders'
Communication – 4th November 2008:", "Joint Statement - 12 May 2020:"): the
page's head (META), not a prose recital, though its colon leads on to the text
below. A pure rewrite of the classified units, one row of ``SETTLE`` in
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATED_HEADING = re.compile(
    r"[ \t]*+[A-Z][\w’'&/-]*+(?:[ \t]++[A-Za-z][\w’'&/-]*+){0,7}[ \t]*+[–—-][ \t]*+"
    rf"(?:(?:{_DAY}[ \t]++{_MONTH})|(?:{_MONTH}[ \t]++{_DAY},?))[ \t]++\d{{4}}[ \t]*+:[ \t]*+"
)
"""The page's first line: a few words naming the paper, a dash, a date (day and
month either way round, ordinals allowed) and a colon."""


def settle_dated_heading(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Retype such a heading on the page's first line META."""
    if (
        units
        and kinds[0] == "TEXT"
        and units[0].lines == 1
        and DATED_HEADING.fullmatch(ctx.t(units[0]))
    ):
        kinds[0] = "META"
