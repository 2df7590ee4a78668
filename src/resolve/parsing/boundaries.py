"""The inline boundaries of the parser: where a paragraph holds a further part
run in after a stop ("…; and WHEREAS …", "…. BE IT RESOLVED …"), and, in a
whole document flattened onto one line by a PDF's or an OCR's text layer, the
wider set of openers whose line breaks were lost. Plain regular expressions
that know nothing of the parser's state, read by :mod:`resolve.parsing.paragraphs`
and :mod:`resolve.parsing.flat_resolves`; split out of
:mod:`resolve.parsing.patterns`, whose other lexical patterns they sit beside."""

from __future__ import annotations

import re

from resolve.parsing.vote_cues import PASSED_WORDS, ROLL_TALLY

# The punctuation comes first, outside the alternation, and a one-character
# lookbehind picks which marks each branch accepts: a pattern that starts with
# a character set lets the regex engine skip to candidates (4x faster than an
# alternation whose branches each start with their own set).
_BOUNDARY = (
    r"[;:,.](?:"
    r"(?:(?<=[;:.])\s+(?i:and\s+)?|(?<=,)\s+(?:(?i:and),?\s+|(?=\w+,)))(?P<w>(?:WHEREAS|Whereas)\b|(?<=;\sand\s)whereas\b|(?<=,\s)whereas(?=,))"
    r"|(?<=[.;])\s+(?P<b>(?:BE\s+IT|Be\s+it)\s+(?i:(?:further|finally|also)\s+)?(?:RESOLVED|Resolved|resolved)\b)"
    r"|\s+(?:(?i:and),?\s+|(?i:and)(?=[A-Z]{4}))?(?i:(?:further|finally|also),?\s+)?"
    r"(?i:(?:now,?\s+)?therefore,?\s+)?(?i:be\s+it|let\s+it\s+be),?\s+"
    r"(?i:(?:further|finally|also|therefore),?\s+)?(?P<r>(?i:resolved)\b)"
    r"|(?<=[.;:])\s+(?i:and\s+)?(?P<u>RESOLVED\b)"
    r"|(?<=[.])\s+(?P<n>(?:NOW|Now),?\s+(?:THEREFORE|therefore),?\s+(?i:be\s+it)\b)"
    r"|(?<=[.:;])\s+(?:NOW|Now),?\s+(?:THEREFORE|therefore),?\s+(?i:be\s+it),?\s+(?P<t>That\s)"
    r")"
)
BOUNDARY = re.compile(_BOUNDARY)
FLAT_MIN = 600
"""A paragraph this long on one physical line is a whole flattened document
(a PDF's or an OCR's text layer on one line) and is split with :data:`FLAT_BOUNDARY`."""
NUMBER_WORDS = ("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN")
"""The numbers a section may be numbered with in words, in capitals."""
_NUMBER_WORD = "(?:" + "|".join(f"{w}|{w.title()}" for w in NUMBER_WORDS) + ")"
"""A section's number written as a word, as the MARKER terminal of the grammar allows it."""
FLAT_BOUNDARY = re.compile(
    _BOUNDARY + r"|(?<=\S)[ \t]+(?:(?i:and)[ \t]+)?(?P<fw>WHEREA[Ss])(?=[,:\s])"
    r"|(?<=[,;.:])(?:[ \t]+(?i:and))?[ \t]+(?P<fo>(?=[^\s,]{0,8}?(?:[^A-Z\s,]|[WH]))[^\s,]{1,8}R[EF]?AS)(?=,)"
    r"|(?<=[A-Z])[ \t]+(?P<fc>[A-Z]HEREAS)(?=,)|(?<=[A-Z])[ \t]+(?P<fr>RESOLVED)(?=[ \t]*+:)"
    r"|(?<=[.;:])[ \t]+(?P<fb>BE[ \t]+IT[ \t]+(?:RESOLVED|ENACTED)\b)"
    r"|(?<=[^\s.;:,])[ \t]+(?P<fl>(?i:(?:now,?[ \t]+)?(?:therefore,?[ \t]+)?be[ \t]+it[ \t]+(?:(?:further|also)[ \t]+)?resolved)\b)"
    r"|(?<=\S)[ \t]+(?P<ff>(?i:we[ \t]+(?:further|also|finally)[ \t]+resolve,?[ \t]+that)\b)"
    r"|(?<=[.:])[ \t]+(?P<fs>(?:Section|SECTION|Sec\.|SEC\.)[ \t]+(?:\d{1,3}|"
    + _NUMBER_WORD
    + r")[.:])(?=[ \t])"
    r"|(?<=[.;])[ \t]+(?P<fp>(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t]*+[-–—:,]?[ \t]*+)?"
    rf"(?:{ROLL_TALLY}[ \t]++)?"
    rf"(?=[A-Z]{{5}})(?!VOTED|AGREED)(?i:{PASSED_WORDS}|failed|defeated)(?=[ \t]*+[-–—:,]|[ \t]++(?:[A-Z]{{2}}|\d)))"
    r"|(?<=[.;,])[ \t]+(?P<fe>(?:NOW|Now),?[ \t]+(?:THEREFORE|Therefore),?[ \t]+(?=(?:the[ \t]+)?[A-Z][\w&'’.-]*+"
    r"(?:[ \t]+[\w&'’.-]+){0,10}?[ \t]+(?i:hereby[ \t]+)?(?i:resolves?)\b))"
)
"""The inline boundaries of :data:`BOUNDARY`, and in a flattened document also
an all-capitals "WHEREAS" after any word (the line break before it was lost),
its misspelt and OCR-mangled forms after punctuation ("…, and WdERFAS,", "…, WHERAS,";
with a W, an H or a character no word in capitals has, so "…, AREAS," is no opener)
or a word in capitals ("COUNTY UHEREAS,"), "BE IT ENACTED", a section marker after
a sentence ("…THAT: Section 1. …", "…COUNTY: SECTION ONE: That …"), "Be it resolved" /
"we further resolve that" in any case after a word with no stop (an OCR column's
punctuation lost), and "…; NOW THEREFORE, THE COUNTY hereby Resolves …" (the enacting
sentence with no "resolved")."""
FLAT_ITEMS = frozenset({"fs"})
"""The groups of :data:`FLAT_BOUNDARY` that open a list item."""
FLAT_TRAILERS = frozenset({"fp"})
"""The group of :data:`FLAT_BOUNDARY` that opens the adoption record run on after the
last clause ("… upon passage. 4/2/91- PASSED- COUNCIL- 9-0 …", "… by law. AYES: 6
NAYS: 0 PASSED AND APPROVED …"): the trailer."""
FLAT_SENTENCES = frozenset({"t", "fe", "ff"})
"""The groups of :data:`FLAT_BOUNDARY` that open a sentence the classifier reads."""
FLAT_WHEREAS = frozenset({"w", "fw", "fo", "fc"})
"""The groups of :data:`FLAT_BOUNDARY` that open a recital (those in
:data:`FLAT_ITEMS` open a list item; the rest a formula)."""
