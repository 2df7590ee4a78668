"""Small text helpers shared by the parser, the rules and the converters."""

from __future__ import annotations


def collapse(text: str) -> str:
    """Fold every run of whitespace (line breaks included) to one space and strip the ends.

    ``str.split()`` splits on exactly the characters ``re``'s ``\\s`` matches in
    a str pattern (``str.isspace``; ``tests/test_text.py`` checks all of
    Unicode), and is about four times faster than ``re.sub(r"\\s+", " ", …)``.
    """
    return " ".join(text.split())
