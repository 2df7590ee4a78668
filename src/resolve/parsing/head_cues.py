"""Cues of the head matter above a resolution's preamble that no layout shows:
the resolution's own number label in capitals inside a paragraph of prose
("… RESOLUTION NO. 77-90 THANKING A CLERK …", a records viewer's breadcrumb,
file name, number and caption run into one line), and a section heading that
names the preamble below it ("## BACKGROUND"). Plain regular expressions,
read by :mod:`resolve.parsing.pre`; like :mod:`resolve.parsing.patterns`,
nothing here knows the parser's state."""

from __future__ import annotations

import re

NUMBER_CAPTION = re.compile(
    r"(?<![A-Za-z])(?:RESOLUTION|ORDINANCE|PROCLAMATION)[ \t]++"
    r"(?:N[O0]\.?|NUMBER)[ \t]*+(?:[A-Z]{1,4}[ \t]*+-?[ \t]*+)?\d"
)
"""A resolution's number label as its caption prints it, in capitals ("RESOLUTION
NO. 2004-118", "RESOLUTION N0. 512", "…0077-1990RESOLUTION NO. 77-90"): a citation
inside a recital's sentence writes "Resolution No. 12" in mixed case."""
PREAMBLE_HEADING = re.compile(
    r"[ \t]*+(?:#{1,6}[ \t]++|\*\*)?(?i:background|recitals|preamble)(?:\*\*)?[ \t]*+:?[ \t]*+"
)
"""A section heading that names the part below it the preamble, alone on its line:
"## BACKGROUND", "Recitals", "**Preamble**" (used with ``fullmatch``)."""
OPERATIVE_HEADING = re.compile(
    r"[ \t]*+(?:#{1,6}[ \t]++|\*\*)?(?i:(?:the[ \t]++)?resolutions?|operative[ \t]++part)"
    r"(?:\*\*)?[ \t]*+:?[ \t]*+"
)
"""A label line that names the part below it the resolution proper, alone on its
line between the preamble and the formula: "Resolution", "## RESOLUTION",
"Operative part" (used with ``fullmatch``); counted in no field."""
