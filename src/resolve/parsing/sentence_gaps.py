"""Where one sentence of a paragraph ends and the next begins: the one definition
of a sentence gap that the readers of minutes and narrative share.

A gap is a stop (".", "!" or "?") after at least two letters or digits (so not
"p.m." nor an initial), any closing quote or bracket, the blanks between the
sentences, and the next sentence's first character. Each reader tunes what may
stand before the stop, which blanks part the sentences (a hard wrap or not), what
may open the next one, whether a title ("Mr.", "Dr.", "St.") cannot end a
sentence, and whether a line break is a gap of its own. It imports only ``re``.
"""

from __future__ import annotations

import re

STOP = r"[.!?]"
"""The stop that ends a sentence."""
CLOSERS = r"[\"”’')]"
"""A closing quote or bracket after the stop: '… "as amended."'."""
TITLES = r"(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!St\.)(?<!Jr\.)(?<!Sr\.)"
"""Titles whose period ends no sentence: "Mr. Hill", "St. Mary's"."""


def sentence_gap(
    *,
    before: str = r"[a-z0-9)\]]{2}",
    blanks: str = r"[ \t]++",
    opens: str = r"[A-Z]",
    titles: bool = False,
    line: bool = False,
) -> re.Pattern[str]:
    """The gap between two sentences: ``before`` the stop (two lower-case letters,
    digits or closing brackets by default), one closer at most (any number, and
    no title before the stop, with ``titles``), ``blanks``, then a character of
    ``opens``; with ``line``, each line break is a gap too."""
    if titles:
        gap = rf"(?<={before}{STOP}){TITLES}{CLOSERS}*+{blanks}(?={opens})"
    else:
        gap = rf"(?<={before}){STOP}{CLOSERS}?{blanks}(?={opens})"
    return re.compile(gap + (r"|\n" if line else ""))
