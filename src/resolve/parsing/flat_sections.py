"""Sections run into the text of a document flattened onto one line, as an OCR
newspaper column gives an act in lower case with its stops lost:

    … be it resolved by the legislature of the state section 1 the following
    proposition … shall read as follows sec 6 in cities … sec 2 the secretary
    of state is hereby ordered … sec see 3 this proposition shall be …

Each section in the sequence 1, 2, 3 … after the formula is a clause, as a
``Section N.`` is (tests/corpus/README.md); a section named out of that
sequence ("sec 6" of the text an amendment quotes, "section 6 of article 10")
is text of the clause it stands in. The OCR may read the label twice, its
second reading a short word after the first ("sec see 3", "sec sm 2"). A
section named after a function word ("… of section 1") or before "of" ("…
section 2 of the act") is a reference, never a section. Used by
:func:`resolve.parsing.paragraphs.split_inline`."""

from __future__ import annotations

import re

from resolve.parsing.patterns import FUNCTION_WORD_END

SECTION_WORD = re.compile(
    r"(?<=[^\W\d_])[ \t]++(?P<at>(?i:section|sec)\.?(?:[ \t]++[a-z]{2,3})?[ \t]++(?P<n>\d{1,2}))\b"
    r"(?![ \t]++(?i:of|and|or|to)\b)"
)
"""A section's label and number run in after a word: "therein section 1",
"election sec see 3"."""
SECTIONS_MIN = 2
"""Sections in sequence a text needs before they are read as its clauses."""
_BEFORE = 12
"""Characters before a label in which a function word ending there is looked for."""


def section_starts(text: str, start: int, end: int) -> list[int]:
    """Where each section of the sequence 1, 2, 3 … begins in ``text[start:end]``
    (empty unless two at least)."""
    cuts: list[int] = []
    for m in SECTION_WORD.finditer(text, start, end):
        if int(m["n"]) != len(cuts) + 1:
            continue
        if FUNCTION_WORD_END.search(text, max(start, m.start() - _BEFORE), m.start()):
            continue
        cuts.append(m.start("at"))
    return cuts if len(cuts) >= SECTIONS_MIN else []
