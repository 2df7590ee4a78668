"""Cues of pages that print motions with no formula: a numbered "That …"
motion, a label line over a motion. Plain regular expressions, used by
:mod:`resolve.parsing.motion_pages`; like :mod:`resolve.parsing.patterns`,
nothing here knows the parser's state."""

from __future__ import annotations

import re

THAT_ITEM = re.compile(r"[“\"‘']?(?:That|THAT)(?:[ \t]*+,|[ \t]++(?=\S))")
"""A motion's text after its item number: "That the recommendations … be
approved.", "That, in order to …" (the number's blanks already passed)."""
INTRODUCES_BELOW = re.compile(r"(?::[ \t]*+[-—–]?|(?i:\bas[ \t]++follows)[ \t]*+[.:]?)[ \t]*+$")
"""A line that introduces the list below it: "… recommend as follows:", "… the
report of the committee:—", "… were adopted as follows."."""
MOTION_LABEL_LINE = re.compile(
    r"[ \t]*+(?i:recommendation|remit|motion|proposal|grace|resolution)[ \t]++"
    r"(?:(?i:no)\.?[ \t]*+)?\d{1,3}[A-Za-z]?[ \t]*+[:.]?[ \t]*+"
)
"""A line that only numbers the motion below it: "Recommendation No. 3",
"Remit 4:", "Motion 12" (a label, no title)."""
QUOTED_MOTION = re.compile(r"[ \t]*+[“\"][^\n]{10,}?[”\"][ \t]*+\.?[ \t]*+")
"""A one-line motion given in quotation marks: "“A Local Committee may …”"."""
