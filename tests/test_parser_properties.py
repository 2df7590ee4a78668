"""Property tests: the parser never raises, spans stay in bounds and in order, lossless."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resolve
from resolve.model import Document, Node

EXAMPLES = sorted(Path(__file__).parent.parent.joinpath("examples").glob("*.txt"))

VOCAB = [
    "WHEREAS,",
    "Whereas",
    "AND WHEREAS",
    "BECAUSE",
    "RESOLVED,",
    "Resolved,",
    "That",
    "that",
    "BE IT RESOLVED",
    "BE IT FURTHER RESOLVED",
    "NOW, THEREFORE,",
    "THEREFORE,",
    "be it",
    "; and",
    "; and be it further",
    "; now, therefore, be it",
    ": Now, therefore, be it",
    "The General Assembly,",
    "Recalling",
    "Noting with concern",
    "Deeply concerned",
    "1.",
    "(a)",
    "(i)",
    "(1)",
    "(A)",
    "-",
    "*",
    "•",
    "–",
    "Section 1.",
    "SEC. 2.",
    "First,",
    "Decides",
    "Calls upon",
    "Reaffirms",
    "Commits",
    "the Board",
    "union",
    "convention",
    "RESOLUTION NO. 2019-04",
    "H. RES. 123",
    "A/RES/79/1",
    "Submitted by:",
    "Adopted",
    "AYES: 5",
    "ATTEST:",
    "____",
    "52nd plenary meeting",
    "Rationale:",
    "# resolve: ignore L001",
    "---",
    "* * *",
    "**WHEREAS**,",
    "# Title",
    "THIS 79th UE CONVENTION:",
    "RESOLVES AS FOLLOWS:",
    "[Name of Local]",
    "“quoted”",
    ",",
    ";",
    ".",
    ":",
    "—",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "  ",
    "\ufeff",
    "\u2028",
    "\x00",
]

vocab_text = st.lists(st.sampled_from(VOCAB), max_size=60).map(" ".join)
mixed_text = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=12)), max_size=60).map(
    "".join
)


def _nodes(doc: Document) -> list[Node]:
    out: list[Node] = []
    for r in doc.resolutions:
        out.append(r)
        out.extend(r.children())
        for rec in r.preamble:
            for item in rec.items:
                out.extend(item.walk())
        for c in r.clauses:
            out.extend(c.walk())
        if r.heading:
            out.extend(r.heading.lines)
    out.extend(doc.between_parts())
    out.extend(doc.unknown)
    return out


def _blank(gap: str) -> bool:
    """Whitespace, or a byte-order mark: all a gap between nodes may hold."""
    return gap.replace("\ufeff", "").strip() == ""


def _without(text: str, start: int, end: int, cut: list[tuple[int, int]]) -> str:
    """text[start:end] with the ranges in ``cut`` removed."""
    keep = []
    pos = start
    for a, b in sorted(cut):
        if b <= pos or a >= end:
            continue
        keep.append(text[pos:a])
        pos = max(pos, b)
    keep.append(text[pos:end])
    return "".join(keep)


def assert_well_formed(text: str) -> Document:
    doc = resolve.parse(text)
    assert doc.source == text
    n = len(text)
    for node in _nodes(doc):
        s, e = node.span.start, node.span.end
        assert 0 <= s.offset <= e.offset <= n
        assert node.text == text[s.offset : e.offset]
        # line/column agree with the offset
        assert s.line == text.count("\n", 0, s.offset) + 1
        assert s.column == s.offset - (text.rfind("\n", 0, s.offset) + 1) + 1
    # Lossless: top-level nodes are ordered, disjoint, and what lies between is
    # whitespace (or line margins: quote markers, printed line numbers).
    margins = list(doc.margins)
    pos = 0
    for node in doc.top_level():
        assert node.span.start.offset >= pos, "top-level nodes overlap"
        gap = _without(text, pos, node.span.start.offset, margins)
        assert _blank(gap), "text lost between nodes"
        pos = node.span.end.offset
    assert _blank(_without(text, pos, n, margins))
    # Each resolution's parts are disjoint and cover all its non-blank text; only
    # whitespace, margins and suppression comment lines lie between them.
    sups = [(s.span.start.offset, s.span.end.offset) for s in doc.between_parts()] + margins
    for r in doc.resolutions:
        pos = r.span.start.offset
        for part in r.children():
            start = part.span.start.offset
            assert start >= pos, "parts overlap"
            gap = _without(text, pos, start, sups)
            assert _blank(gap), f"text lost between parts: {gap!r}"
            pos = part.span.end.offset
        assert pos == r.span.end.offset
    return doc


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_lossless(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = assert_well_formed(text)
    assert doc.resolutions, "every example holds at least one resolution"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vocab_text)
def test_vocabulary_text(text: str) -> None:
    assert_well_formed(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_text)
def test_mixed_text(text: str) -> None:
    assert_well_formed(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    assert_well_formed(text)


@pytest.mark.parametrize(
    "text",
    ["", "word", "\n\n\n", "   ", "\ufeff", "no resolved here at all.", "\x00\x01\x02", "ÿþ\x00W"],
)
def test_degenerate_inputs(text: str) -> None:
    assert_well_formed(text)


def _shape(doc: Document) -> list[tuple[int, int, int]]:
    return [
        (len(r.preamble), len(r.clauses), sum(1 for _ in r.all_clauses())) for r in doc.resolutions
    ]


def _quoted(text: str) -> str:
    return "".join("> " + line for line in text.splitlines(keepends=True))


def _numbered(text: str) -> str:
    return "".join(f"{i:4d}  {line}" for i, line in enumerate(text.splitlines(keepends=True), 1))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("margin", [_quoted, _numbered], ids=["quoted", "numbered"])
def test_margins_do_not_change_the_structure(path: Path, margin: Callable[[str], str]) -> None:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    plain = resolve.parse(text)
    doc = assert_well_formed(margin(text))
    assert doc.margins
    assert _shape(doc) == _shape(plain)
    first = doc.resolutions[0]
    assert first.preamble == () or first.preamble[0].body == plain.resolutions[0].preamble[0].body


_LINE_WORDS = [w for w in VOCAB if "\n" not in w and "\r" not in w and "\u2028" not in w]
vocab_lines = st.lists(
    st.lists(st.sampled_from(_LINE_WORDS), max_size=8).map(" ".join), min_size=12, max_size=40
).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vocab_lines)
def test_text_with_margins_stays_well_formed(text: str) -> None:
    assert_well_formed(_quoted(text))
    assert_well_formed(_numbered(text))


@pytest.mark.parametrize(
    "text",
    [
        # Found by the margins property test: a connector between two heading
        # lines was an unknown part inside the heading's span.
        "\n" * 9 + "NOW, THEREFORE,\nbe it\nThat",
        # Found by the vocabulary test: a connector line after an inline formula
        # extended the recital before it across the formula.
        "WHEREAS, be it RESOLVED, \n be it",
        # Found by the margins test: a list after a formula nested under the
        # "That …" motion clause before the formula.
        "\n" * 9 + "That WHEREAS,\nRESOLVED,\n1.",
        # Found by the margins test: a list under prose that became heading
        # lines (the organ line after it) was dropped with the recital.
        "\n" * 9 + "THIS 79th UE CONVENTION:\n1.\nThe General Assembly,",
        # Found by the margins test: a list after an organ line that follows a
        # recital ending in ":" went under the recital, across the formula.
        "\n" * 9 + "WHEREAS, THIS 79th UE CONVENTION:\nThe General Assembly,\n1.",
        # Found by the margins test: a caption between WHEREAS recitals made a
        # heading line inside the preamble (it is furniture now).
        "\n" * 9 + "NOW, THEREFORE,\nWHEREAS, WHEREAS,\nThat 1. AND WHEREAS",
        # Found by the margins test: a line quoted on after a recital ending in
        # ":" extended it across the organ line read after it.
        "\n" * 8 + "WHEREAS,\n:\nTHIS 79th UE CONVENTION:\n, WHEREAS,",
    ],
)
def test_found_cases(text: str) -> None:
    assert_well_formed(text)
    assert_well_formed(_quoted(text))
    assert_well_formed(_numbered(text))


CUE_WORDS = ["meeting", "Minutes", "agenda", "moved", "motions", "called the meeting to", "order"]


@given(
    st.lists(
        st.sampled_from([*CUE_WORDS, " ", "\n", "x", "call to\norder", "MOTION"]), max_size=40
    ),
    st.data(),
)
def test_minutes_words_counts_as_findall_up_to_any_end(
    parts: list[str], data: st.DataObject
) -> None:
    """``Context.minutes_words`` (the cues found once, then bisected) agrees with
    ``MINUTES_CUE.findall(text, 0, end)`` for every end, also one that cuts a
    word or a match in two."""
    from resolve.parsing.context import Context
    from resolve.parsing.minutes_cues import MINUTES_CUE

    text = "".join(parts)
    ctx = Context.of(text)
    end = data.draw(st.integers(0, len(text)))
    want = len({m.lower() for m in MINUTES_CUE.findall(text, 0, end)})
    assert ctx.minutes_words(end) == want
