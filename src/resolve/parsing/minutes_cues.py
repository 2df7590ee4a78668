"""Cues of minutes and meeting records: the prose of minutes, a page's list of adopted resolutions, table rows. Plain regular
expressions, used by :mod:`resolve.parsing.records`; like
:mod:`resolve.parsing.patterns`, nothing here knows the parser's state."""

from __future__ import annotations

import re

MINUTES_PROSE = 3
"""Prose paragraphs with no opener, before a bare formula, that may be minutes."""
MINUTES_CUE = re.compile(
    r"(?i)\b(?:meeting|minutes|agenda|moved|seconded|motion|quorum|adjourned|present"
    r"|absent|attendance|call\s+to\s+order|called\s+(?:the\s+meeting\s+)?to\s+order)\b"
)
"""Words of minutes ("meeting", "agenda", "moved"): two of them make the prose minutes."""
MINUTES_RECORD = re.compile(
    r"(?i)\b(?:reported|presented|considered|introduced|reviewed|discussed|moved|seconded"
    r"|(?:was|were)\s++(?:duly\s++|unanimously\s++)?(?:moved|adopted|approved|carried|passed))\b"
)
"""A sentence that records the meeting: "The Treasurer presented …", "… were duly adopted:"."""
ADOPTED_LIST = re.compile(
    r"(?i)[ \t#*_]*+(?:resolutions|motions)\s++(?:adopted|passed|carried|approved)\b[^\n]{0,80}"
    r"|[ \t#*_]*+(?:adopted|approved)\s++(?:resolutions|motions)\b[^\n]{0,80}"
)
"""The heading of a page that lists adopted resolutions: "Resolutions Adopted"."""
TABLE_ROW = re.compile(r"[ \t]*+\|[^\n]*\|[ \t]*+")
"""A Markdown table row: "| Brief Description | Packages |"."""
