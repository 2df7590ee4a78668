"""Small text helpers shared by the parser, the rules and the converters."""

from __future__ import annotations

import re

_WS_RUN = re.compile(r"\s+")


def collapse(text: str) -> str:
    """Fold every run of whitespace (line breaks included) to one space and strip the ends."""
    return _WS_RUN.sub(" ", text).strip()
