"""Acts of a treaty body's organ in the perfect tense: the organ line above the
citations ("THE COUNCIL OF THE ORGANISATION," / "Having regard to …,"), the
verb alone after them ("HAS DECIDED AS FOLLOWS:", "HAS ADOPTED THIS DECISION:",
"HAVE AGREED AS FOLLOWS:") and numbered articles ("Article 1" alone on its
line over its text). Pure tests over the parts built so far, called from
:mod:`resolve.parsing.pre`."""

from __future__ import annotations

import re

from resolve.parsing.builders import ClauseB, RecitalB, ResB
from resolve.parsing.context import Context
from resolve.parsing.motions import verb_under_organ
from resolve.parsing.paragraphs import Unit

PERFECT_VERB = re.compile(
    r"[ \t]*+(?:HAS|HAVE|Has|Have)[ \t]++(?:DECIDED|ADOPTED|AGREED|ENACTED|decided|adopted|agreed"
    r"|enacted)(?:[ \t]++[A-Za-z]++){0,3}[ \t]*+:[ \t]*+"
)
"""The organ's verb alone on its line, in the perfect tense, closing the
citations: "HAS DECIDED AS FOLLOWS:", "HAS ADOPTED THIS REGULATION:", "HAVE
AGREED AS FOLLOWS:"."""
BARE_ARTICLE = re.compile(r"(?:Article|ARTICLE|Section|SECTION|Art\.|Sec\.|SEC\.)[ \t]++\w{1,6}\.?")
"""An article's or section's number alone on its line: "Article 2", "SECTION 3."."""


def decided_under_organ(ctx: Context, r: ResB, u: Unit) -> bool:
    """An organ line over the citations and, after them, its verb alone in the
    perfect tense ("HAS DECIDED AS FOLLOWS:") over the articles: the verb
    ends the formula, so the organ line is the heading and each article a
    clause (the formula's body stays the organ's). Makes that change and says
    whether it did."""
    return verb_under_organ(ctx, r, u, PERFECT_VERB)


def bare_article_heads(
    ctx: Context, r: ResB, last: ClauseB | RecitalB | None, u: Unit, kind: str
) -> bool:
    """Is ``u`` the text of the article whose number stands alone on the line
    above it ("Article 2" / "This decision shall enter into force …")? Then it
    is that clause's text, not text after the clauses."""
    return (
        kind == "TEXT"
        and isinstance(last, ClauseB)
        and bool(r.clauses.roots)
        and last is r.clauses.roots[-1]
        and not last.children
        and BARE_ARTICLE.fullmatch(ctx.t_range(last.start, last.end).strip()) is not None
    )
