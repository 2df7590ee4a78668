"""The converters and ``fmt`` on big and deep input: same results, bounded output.

No timings here (the machines are shared and noisy); the figures are in
bench/README.md. These tests pin what the speed-ups must not change and the
one intended change: indentation past level 8 grows one column a level
(``--to text``; ``fmt`` keeps the document's own indentation).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import pytest

import resolve
from resolve.formats._common import _marker_ranges, document_words, words
from resolve.formats._text_style import FULL_INDENT_DEPTH, INDENT, indentation
from resolve.formats.fmt import format_text
from resolve.formats.text import structure
from resolve.model import Clause, Document

ROOT = Path(__file__).parent.parent
CORPUS = sorted(
    p for d in ("examples", "tests/corpus") for p in (ROOT / d).glob("*.txt") if p.is_file()
)


def _nested(depth: int, markers: tuple[str, ...] = ("-",)) -> str:
    """A resolution whose clause ``level i`` is at depth ``i``, indented ``i`` columns."""
    lines = ["RESOLVED, That:"]
    for i in range(depth):
        lines.append(" " * i + f"{markers[i % len(markers)]} level {i} applies to")
    return "\n".join(lines) + ".\n"


def _depths(doc: Document) -> list[int]:
    return [c.depth for res in doc.resolutions for c in res.all_clauses()]


# -- indentation ----------------------------------------------------------------------------


def test_indentation_is_four_columns_a_level_then_one() -> None:
    assert indentation(0) == ""
    assert indentation(1) == INDENT
    assert indentation(FULL_INDENT_DEPTH) == INDENT * FULL_INDENT_DEPTH
    assert indentation(FULL_INDENT_DEPTH + 1) == INDENT * FULL_INDENT_DEPTH + " "
    assert len(indentation(1000)) == 4 * FULL_INDENT_DEPTH + 1000 - FULL_INDENT_DEPTH
    widths = [len(indentation(d)) for d in range(50)]
    assert all(a < b for a, b in itertools.pairwise(widths))


@pytest.mark.parametrize("markers", [("-",), ("(a)", "1.", "(i)", "a)")])
def test_text_of_deep_nesting_keeps_it_and_is_stable(markers: tuple[str, ...]) -> None:
    source = _nested(40, markers)
    doc = resolve.parse(source)
    assert max(_depths(doc)) == 39
    assert format_text(source) == source  # fmt keeps the document's own indentation
    out = resolve.convert(source, "text")
    assert out != source  # the canonical text re-indents
    again = resolve.parse(out)
    assert _depths(again) == _depths(doc)
    assert structure(again) == structure(doc)
    assert document_words(again) == document_words(doc)
    assert resolve.convert(out, "text") == out
    lines = out.splitlines()
    level = {line.strip().split(" ")[2]: len(line) - len(line.lstrip()) for line in lines[2:]}
    assert level["3"] == 3 * 4  # four columns a level
    assert level["8"] == 8 * 4
    assert level["9"] == 8 * 4 + 1  # then one more column a level
    assert level["39"] == 8 * 4 + 31


def test_text_of_1000_deep_nesting_is_not_a_4000_column_line() -> None:
    source = _nested(1000)
    assert format_text(source) == source
    out = resolve.convert(source, "text")
    assert out != source
    assert max(len(line) for line in out.splitlines()) < 1100
    assert max(_depths(resolve.parse(out))) == 999


def test_shallow_nesting_keeps_four_columns() -> None:
    source = "RESOLVED, That:\n- a;\n  - b;\n    - c;\n      - d.\n"
    assert resolve.convert(source, "text") == (
        "RESOLVED, That:\n\n- a;\n    - b;\n        - c;\n            - d.\n"
    )


# -- document_words ------------------------------------------------------------------------


def _document_words_by_chars(doc: Document) -> list[str]:
    """The former definition: blank every marker character, then take the words."""
    chars = list(doc.source)
    for start, end in _marker_ranges(doc):
        for i in range(start, min(end, len(chars))):
            chars[i] = " "
    return words("".join(chars))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_document_words_matches_blanking_the_markers(path: Path) -> None:
    doc = resolve.parse(path.read_text(encoding="utf-8"))
    assert document_words(doc) == _document_words_by_chars(doc)


def test_document_words_leave_out_every_marker() -> None:
    doc = resolve.parse("RESOLVED, That the board:\n(a) one;\n(b) two:\n  (i) three.\n")
    assert document_words(doc) == _document_words_by_chars(doc)
    assert document_words(doc) == ["resolved", "that", "the", "board", "one", "two", "three"]


# -- many bullets ----------------------------------------------------------------------------


def test_fmt_of_many_bullets_keeps_every_one() -> None:
    source = "RESOLVED, That:\n" + "".join(f"*  item {i} ;\n" for i in range(2000))
    out = format_text(source)
    assert out == "RESOLVED, That:\n" + "".join(f"*  item {i};\n" for i in range(2000))
    assert words(out) == words(source)
    assert format_text(out) == out
    text = resolve.convert(source, "text")
    assert text.count("* item ") == 2000


def test_html_decides_each_list_kind_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import resolve.formats.html as html

    calls: list[int] = []
    real = html.list_kind

    def counting(siblings: Sequence[Clause]) -> Literal["ol", "ul", "none"]:
        calls.append(len(siblings))
        return real(siblings)

    monkeypatch.setattr(html, "list_kind", counting)
    source = "RESOLVED, That:\n" + "".join(f"- item {i};\n" for i in range(300)) + "  - sub.\n"
    out = resolve.convert(source, "html", fragment=True)
    assert out.count("<li ") == 301
    # One call per list (the top-level clauses, then the one sub-list), not one per item.
    assert sorted(calls) == [1, 300]
