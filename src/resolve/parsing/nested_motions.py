"""A motion that asks another body to take up a motion it quotes: "This Synod
… requests the General Synod to debate the following motion:" over "“That
this Synod: a) … b) …”". The quoted motion is the content of the request,
not a formula of the page: its list is no clause of the motion that quotes it
(the corpus conventions: a clause with real content before its colon has its
list as sub-items). The motion that quotes it is one clause; the prose above
it is the page's head. A pure pass over the classified units, one row of
``SETTLE`` in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.classify import PROSE_KINDS
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

QUOTES_NEXT = re.compile(
    r"(?i)\b(?:requests?|asks?|calls?[ \t]++(?:on|upon)|urges?|invites?|instructs?|submits?)\b"
    r"[^\n]{0,200}?\bthe[ \t]++following[ \t]++(?:motion|resolution)\b[^\n:]{0,80}:[ \t]*+$"
)
"""A request that ends by introducing the motion it puts to another body: "…
requests the General Synod to debate the following motion:", "… to submit the
following motion to the national congress:"."""
QUOTED_FORMULA = re.compile(r"[ \t]*+[“\"‘']")
"""The quoted motion's opening mark."""
FORMULA_KINDS = frozenset({"RESOLVES", "FORMULA", "THAT"})
"""The kinds the quoted motion's first line may have been read as."""


def settle_nested_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Type the first such request THAT (the page's one clause), the quoted
    motion's opening under it TEXT (its content) and the report's prose above
    it META (not a noting sentence of the body, PHRASE: a recital)."""
    for i in range(len(units) - 1):
        u, nxt = units[i], units[i + 1]
        if (
            kinds[i] in (*PROSE_KINDS, "THAT")
            and QUOTES_NEXT.search(ctx.text, u.start, u.end) is not None
            and kinds[i + 1] in FORMULA_KINDS
            and QUOTED_FORMULA.match(ctx.text, nxt.start, nxt.end) is not None
        ):
            for k in range(i):  # the report above (a body's noting sentence stays a recital)
                if kinds[k] in ("TEXT", "VERB"):
                    kinds[k] = "META"
            kinds[i], kinds[i + 1] = "THAT", "TEXT"
            return
