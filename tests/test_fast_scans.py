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
from resolve.parsing import consent_items, context, elections, markup, ocr, stated_approvals
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
    (
        "opening-closer",
        ocr._CLOSER_OPENS,
        lambda t: _at_cues(ocr._CLOSER_OPENS, (ocr.CLOSER,), t),
    ),
    (
        "stray-period",
        ocr._STRAY_PERIOD,
        lambda t: _on_lines(ocr._STRAY_PERIOD, ocr.STRAY_CUE, t),
    ),
    (
        "hard-wrap",
        stated_approvals.HARD_WRAP,
        lambda t: _spans(
            matches_at(stated_approvals.HARD_WRAP, t, stated_approvals._wrap_starts(t, 0, len(t)))
        ),
    ),
]

GATES = [
    *((f"election-{i}", cue, gate) for i, (cue, gate) in enumerate(elections._CUES) if gate),
    ("routine-label", stated_approvals.ROUTINE_LABEL, stated_approvals.LABEL_VERB),
    ("determined", stated_approvals.DETERMINED, stated_approvals.DETERMINED_WORD),
    ("consent-done", consent_items.CONSENT_DONE, consent_items.CONSENT_NAMED),
]
"""Patterns read over a span only if a plainer one (the gate) finds a match in
it: every match of the pattern holds a match of its gate."""


def _gated(pattern: re.Pattern[str], gate: re.Pattern[str], text: str) -> bool:
    return all(gate.search(text, m.start(), m.end()) for m in pattern.finditer(text))


@pytest.mark.parametrize(("name", "pattern", "fast"), FAST, ids=[f[0] for f in FAST])
def test_fast_scan_matches_plain_scan_on_the_corpus(
    name: str, pattern: re.Pattern[str], fast: Callable[[str], list[tuple[int, int]]]
) -> None:
    for path in TEXTS:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        assert fast(text) == _spans(pattern.finditer(text)), f"{name}: {path.name}"


@pytest.mark.parametrize(("name", "pattern", "gate"), GATES, ids=[g[0] for g in GATES])
def test_gated_pattern_holds_its_gate_on_the_corpus(
    name: str, pattern: re.Pattern[str], gate: re.Pattern[str]
) -> None:
    for path in TEXTS:
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="surrogateescape")
            assert _gated(pattern, gate, text), f"{name}: {path.name}"


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
        ",.",
        "Now,.",
        "”The",
        "(”",
        " \n",
        "x,\n",
        "\nThe",
        "was",
        " elected",
        " appointed chair",
        "Ann Lee",
        " won unanimously",
        "the unanimous choice",
        " filled the seat",
        "it was determined that",
        "Minutes",
        " - Agreed",
        "consent agenda approved",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_fast_scans_match_plain_scans_on_generated_text(text: str) -> None:
    for name, pattern, fast in FAST:
        assert fast(text) == _spans(pattern.finditer(text)), name
    for name, pattern, gate in GATES:
        assert _gated(pattern, gate, text), name
