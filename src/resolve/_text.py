"""Small text helpers shared by the parser, the rules and the converters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


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


def find_words(text: str, *words: str) -> list[int]:
    """Where each of ``words`` occurs in ``text``, overlaps included, in order."""
    found: list[int] = []
    for word in words:
        i = text.find(word)
        while i != -1:
            found.append(i)
            i = text.find(word, i + 1)
    return sorted(found)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only at ``starts`` (ascending): the same
    matches when every match of ``pattern`` starts at one of them and none is
    empty. A pattern that opens with a lookbehind gets no fast first-character
    scan from ``re``, which then tries it at every offset of a book."""
    end = 0
    for at in starts:
        if at >= end and (m := pattern.match(text, at)) is not None:
            yield m
            end = m.end()


def lines_with(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` that hold ``word``, in order: each as its start and
    its end past its newline, to run a one-line pattern that needs ``word`` on
    them alone (``finditer(text, start, end)`` sees the same characters around)."""
    last = -1
    for at in find_words(text, word):
        if at > last:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end + 1
            yield start, end
            last = end - 1
