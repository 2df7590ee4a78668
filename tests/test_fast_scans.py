"""The fast scans of the parser match what the plain scans match.

Patterns that open with a lookbehind get no first-character skip from ``re``,
so the parser tries them only at their possible starts
(:func:`resolve._text.matches_at`) or only on the lines that hold a cue word.
Each such shortcut rests on a claim about its pattern ("every match starts at
one of these words"); these tests hold the claim on every corpus text and on
generated text, so a pattern changed without its cue fails here, not in a
user's document."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resolve._text import find_words, lines_with, matches_at
from resolve.parsing import context, markup, ocr
from resolve.parsing.patterns import GLUED_MARK

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(
    [*ROOT.glob("tests/real/docs/*.txt"), *ROOT.glob("examples/*"), *ROOT.glob("tests/holdout*/*")]
)


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def _glued(text: str) -> list[tuple[int, int]]:
    starts = (m.start() for m in context._MARK_CHAR.finditer(text))
    return _spans(matches_at(GLUED_MARK, text, starts))


def _mid_line(text: str) -> list[tuple[int, int]]:
    return _spans(matches_at(markup._MID_LINE, text, markup._blanks_before_tags(text)))


def _at_cues(pattern: re.Pattern[str], cues: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    return _spans(matches_at(pattern, text, find_words(text, *cues)))


def _on_lines(pattern: re.Pattern[str], cue: str, text: str) -> list[tuple[int, int]]:
    return _spans(m for a, b in lines_with(text, cue) for m in pattern.finditer(text, a, b))


FAST = [
    ("glued-mark", GLUED_MARK, _glued),
    ("mid-line-break", markup._MID_LINE, _mid_line),
    (
        "now-therefore",
        ocr._NOW_THEREFORE,
        lambda t: _at_cues(ocr._NOW_THEREFORE, ocr.NOW_THEREFORE_CUES, t),
    ),
    (
        "section-dash",
        ocr._SECTION_DASH,
        lambda t: _at_cues(ocr._SECTION_DASH, ocr.SECTION_DASH_CUES, t),
    ),
    ("ocr-formula", ocr._FORMULA, lambda t: _on_lines(ocr._FORMULA, ocr.FORMULA_CUE, t)),
    ("be-it-word", ocr._BE_IT_WORD, lambda t: _on_lines(ocr._BE_IT_WORD, ocr.BE_IT_CUE, t)),
]


@pytest.mark.parametrize(("name", "pattern", "fast"), FAST, ids=[f[0] for f in FAST])
def test_fast_scan_matches_plain_scan_on_the_corpus(
    name: str, pattern: re.Pattern[str], fast: Callable[[str], list[tuple[int, int]]]
) -> None:
    for path in TEXTS:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        assert fast(text) == _spans(pattern.finditer(text)), f"{name}: {path.name}"


_PIECES = st.sampled_from(
    [
        " ",
        "\t",
        "\n",
        ".",
        ",",
        ";",
        ":",
        ")",
        "]",
        "”",
        "'",
        "*",
        "†",
        "1",
        "23",
        "a",
        "Word",
        "<br />",
        "<br>",
        "</p> <p>",
        ">",
        "<",
        "NOW,",
        "Now,",
        " THERWORE,",
        " be it ",
        " it is ",
        "Section 2",
        "SEC. 3",
        "Article 4",
        "-",
        "–",
        " That",
        "IT",
        " RESOLVED",
        "Resolved",
        "lietolved",
        "be it",
        "hat",
        "BE IT ",
        "WHEREAS",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_fast_scans_match_plain_scans_on_generated_text(text: str) -> None:
    for name, pattern, fast in FAST:
        assert fast(text) == _spans(pattern.finditer(text)), name
