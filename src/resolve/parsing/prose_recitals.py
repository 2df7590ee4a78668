"""Prose preambles with no WHEREAS: the patterns of a hard-wrapped preamble
whose recitals are bare statements.

A preamble may state its reasons as plain sentences run together in one
paragraph, each ending ";" ("The Senate has called upon …; Some schools may
require …; In this transition year … it is desirable that …. Now, Therefore
Be It Resolved, …"), and its wrapping may part a document's number from the
word that names it ("… by Resolution" / "90/91-20, has called …"). Plain
regular expressions, like those of :mod:`resolve.parsing.patterns`; imports
no parser module.
"""

from __future__ import annotations

import re
from itertools import pairwise

NAMED_NUMBER_END = re.compile(
    r"(?<![\w'’-])[a-z]++[ \t]++(?:Resolution|Decision|Ordinance|Act|Rule|Section|Article|Chapter"
    r"|Bill|Motion|Report|Minute|No\.)[ \t]*+$"
)
"""A line that ends on a word naming a numbered document after a word in lower
case ("… by Resolution", "… under Section"): its number is on the next line."""
NUMBER_WRAPPED = re.compile(r"[ \t]*+\d{1,4}(?:[-/.]\d{1,4})++[,;:.]?(?=[ \t]|$)")
"""A compound document number opening a line ("90/91-20, has called …",
"2019-04 of …"): the number of the word that ended the line above."""
STATEMENT_BREAK = re.compile(r"(?<=[a-z0-9)”\"’'];)[ \t\n]++(?=[A-Z][a-z]++[ \t\n])")
"""Where one bare statement of a prose preamble ends and the next begins: ";"
after a word, then a word with its capital ("…-wide questions; Some schools …")."""
LEADS_ON = re.compile(
    r"(?i)[.;:,][ \t\n]++now,?[ \t\n]++therefore,?(?:[ \t\n]++be[ \t\n]++it)?[ \t\n,]*+$"
)
"""A paragraph that leads on to the formula below it: "… in the Senate. Now,
Therefore Be It" (its "Resolved, that …" parted off)."""
THEREFORE_LEAD = re.compile(
    r"(?i)[ \t]*+[“\"]?(?:(?:and[ \t]++)?(?:now,?[ \t\n]++)?|(?:may|be|let)[ \t]++it[ \t]++)therefore\b"
)
"""A formula that leads on from the paragraph above it: "NOW, THEREFORE, BE IT
RESOLVED …" on a line of its own, "May it therefore be resolved …"."""
SUBJECT = re.compile(
    r"[“\"]?(?:The|This|Our)[ \t]++((?:(?!(?:in|at|on|of|for|by|with|hereby|also)\b)[^\s,;:]++[ \t]++){1,6}?)(?=[a-z]++s\b|(?:in|at|on|of|for|by|with|hereby|also)\b|[^\s]*+[,;:])"
)
"""The subject of a paragraph's first sentence, the body named ("The Garden
Club in its tenth year …", "The Society thanks …"): its words up to a
preposition or a verb in the third person."""
BODY_AGAIN = re.compile(
    r"(?<=[.!?])[ \t\n]++(?=(?:The|This|Our)[ \t]++(?P<noun>[^\s,;:]++)[ \t]++"
    r"(?:(?:also|further|therefore|then|hereby|likewise)[ \t]++)?[a-z]{2,}s\b)"
)
"""Where a sentence opens with the body named again as the subject of a new
main verb ("… the hall. The Society also thanks …"): a new unit of the body's
text (convention Q4 of tests/real/README.md)."""


def _body_again(text: str, start: int, end: int) -> list[int]:
    """Where each later sentence of ``text[start:end]`` opens with a word of its
    first sentence's subject as its own subject, before a new verb."""
    subject = SUBJECT.match(text, start, end)
    if subject is None:
        return []
    names = {w.lower() for w in subject.group(1).split()}
    return [
        m.end() for m in BODY_AGAIN.finditer(text, start, end) if m.group("noun").lower() in names
    ]


MIN_STATEMENT = 40
"""The least length of a statement (shorter runs are a list of names or words)."""


def statement_starts(text: str, start: int, end: int, formula: int) -> list[int]:
    """Where the second and later bare statements of the prose preamble
    ``text[start:end]`` begin, if it leads on to its formula at ``formula``
    ("…; Some schools may require …; In this transition year …. Now, Therefore
    Be It" / "Resolved, that", or "…;" / "NOW, THEREFORE, BE IT RESOLVED") and
    every statement is a sentence's length; else none."""
    if (
        LEADS_ON.search(text, start, end) is None
        and THEREFORE_LEAD.match(text, formula, formula + 40) is None
    ):
        return []
    cuts = sorted(
        {
            *(m.end() for m in STATEMENT_BREAK.finditer(text, start, end)),
            *_body_again(text, start, end),
        }
    )
    bounds = [start, *cuts, end]
    if not cuts or any(b - a < MIN_STATEMENT for a, b in pairwise(bounds)):
        return []
    return cuts
