"""Small text helpers shared by the parser, the rules and the converters."""

from __future__ import annotations


def collapse(text: str) -> str:
    """Fold every run of whitespace (line breaks included) to one space and strip the ends.

    ``str.split()`` splits on exactly the characters ``re``'s ``\\s`` matches in
    a str pattern (``str.isspace``; ``tests/test_text.py`` checks all of
    Unicode), and is about four times faster than ``re.sub(r"\\s+", " ", …)``.
    """
    return " ".join(text.split())


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman(n: int) -> str:
    """``n`` (≥ 1) in lower-case Roman numerals: 4 → ``iv``, 1999 → ``mcmxcix``."""
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)
