"""A word that a text extraction cut after its capital letter across a blank line.

A PDF extraction that sets a blank line after every line sometimes breaks a
line inside a word, right after its first letter:

    Ms. B made a motion to approve the minutes. T

    he vote was unanimous.

The lone capital ending one paragraph and the lower-case rest opening the next
are one word, and the two paragraphs one (convention Q4: one paragraph is one
unit). "A" and "I", words of their own, never end such a cut. A ``SETTLE`` pass
of :mod:`resolve.parsing.passes`.
"""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

_LONE_CAPITAL = re.compile(r"(?<=[a-z.,;:)][ \t])[B-HJ-Z][ \t]*+\Z")
"""A capital letter alone at the end of a paragraph, after a word or a stop: "… minutes. T"."""
_LOWER_REST = re.compile(r"[a-z]{1,20}[ \t]++[a-z]")
"""The rest of the word, in lower case, and the next word: "he vote …"."""


def settle_cut_words(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Join each prose paragraph that ends on a lone capital to the prose
    paragraph below it that opens with the rest of the word (in place)."""
    text = ctx.text
    i = 0
    while i + 1 < len(units):
        u, below = units[i], units[i + 1]
        if (
            kinds[i] == "TEXT"
            and kinds[i + 1] == "TEXT"
            and _LONE_CAPITAL.search(text, max(u.start, u.end - 8), u.end) is not None
            and _LOWER_REST.match(text, below.start, below.end) is not None
        ):
            units[i : i + 2] = [
                Unit("TEXT", u.start, below.end, text.count("\n", u.start, below.end) + 1)
            ]
            del kinds[i + 1]
            continue
        i += 1
