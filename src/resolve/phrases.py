"""Phrase lists (UN preambular openers, operative verbs), loaded from package data.

Matching is case-insensitive and takes the longest phrase first, so "Notes with
concern" beats "Notes". "Also" and "Further" prefixes are accepted on verbs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

_DATA = os.path.join(os.path.dirname(os.path.realpath(__file__)), "data")
_PREFIXES = ("also ", "further ", "furthermore ", "again ", "hereby ", "once again ")


def _load(name: str) -> tuple[str, ...]:
    # A plain read: importlib.resources costs ~10 ms of imports at start-up.
    with open(os.path.join(_DATA, name), encoding="utf-8") as fh:
        data = fh.read()
    out = []
    for line in data.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class PhraseList:
    """A set of phrases matched at the start of a text, longest first."""

    phrases: tuple[str, ...]
    allow_prefixes: bool = False

    @property
    def _pattern(self) -> re.Pattern[str]:
        return _compile(self.phrases, self.allow_prefixes)

    def match(self, text: str) -> str | None:
        """The phrase that opens ``text`` as written there, or None."""
        m = self._pattern.match(text)
        if m is None:
            return None
        return m.group(1)

    def extended(self, extra: Iterable[str]) -> PhraseList:
        """A new list with ``extra`` phrases added."""
        merged = tuple(dict.fromkeys([*self.phrases, *(e.strip() for e in extra if e.strip())]))
        return PhraseList(merged, self.allow_prefixes)

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and phrase.casefold() in {p.casefold() for p in self.phrases}


def _alternatives(ordered: list[str]) -> str:
    """The phrases, longest first, as one alternation; grouped by their first
    letter when every phrase opens with an ASCII letter (``re`` tries a group
    whose first letter is not the text's at once, not each of its phrases in
    turn). The groups keep the phrases' order, and no text matches the first
    letter of two groups (ignoring case, an ASCII letter matches only its own
    capital and the few letters ``re`` folds to it), so the same phrase is
    found."""
    words = [r"\s+".join(re.escape(w) for w in p.split()) for p in ordered]
    if not all(p[:1].isascii() and p[:1].isalpha() for p in ordered):
        return "|".join(words)
    groups: dict[str, list[str]] = {}
    for phrase, pattern in zip(ordered, words, strict=True):
        groups.setdefault(phrase[0].lower(), []).append(pattern)
    return "|".join(f"(?:{'|'.join(g)})" for g in groups.values())


@cache
def _compile(phrases: tuple[str, ...], allow_prefixes: bool) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    body = _alternatives(ordered)
    prefix = ""
    if allow_prefixes:
        alts = "|".join(r"[ \t]+".join(p.split()) for p in _PREFIXES)
        prefix = rf"(?:(?:{alts})[ \t]+)?"
    return re.compile(rf"[ \t]*({prefix}(?:{body}))(?![\w'’-])", re.IGNORECASE)


@cache
def preamble_phrases() -> PhraseList:
    """Built-in UN preambular openers."""
    return PhraseList(_load("preamble_phrases.txt"))


@cache
def operative_verbs() -> PhraseList:
    """Built-in operative verbs."""
    return PhraseList(_load("operative_verbs.txt"), allow_prefixes=True)
