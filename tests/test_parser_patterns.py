"""The lexical patterns of ``resolve.parsing.patterns`` agree with the grammar's
terminals on every line of the team's documents: a line the grammar types as a
list item, a resolving lead or a recital opener is read as one by the patterns
the builders use, and a line the patterns take for a list item is never prose
to the grammar."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolve.parsing import lines, patterns

ROOT = Path(__file__).parent.parent
FOLDERS = ("examples", "tests/corpus", "tests/holdout", "tests/holdout2", "tests/holdout3")
DOCUMENTS = sorted(p for folder in FOLDERS for p in (ROOT / folder).glob("*.txt"))
EXTRA = (
    "- a\n* b\n\u2022 c\n1. d\n2) e\n(3) f\n(a) g\nb. h\n(iv) i\nIV. j\n1.2 k\n"
    "Section 3. l\nSEC. 4. m\nARTICLE 5 n\nFirst, o\nSECOND: p\n"
    "RESOLVED, That q\nBe it further resolved r\nNOW, THEREFORE, BE IT RESOLVED s\n"
    "AND FURTHER THAT t\nResolved by the Senate (the House concurring), That u\n"
    "WHEREAS v\nAnd Whereas w\nBECAUSE x\n**WHEREAS** y\nBIRT z\nBIFRT the Union aa\n"
)


def _texts() -> list[tuple[str, str]]:
    out = [(f"{p.parent.name}/{p.name}", p.read_text(encoding="utf-8")) for p in DOCUMENTS]
    return [*out, ("extra", EXTRA)]


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


@pytest.mark.parametrize("name,text", _texts(), ids=[n for n, _ in _texts()])
def test_patterns_agree_with_the_grammar(name: str, text: str) -> None:
    for ln in lines.lex(text):
        end = _line_end(text, ln.line_start)
        line = text[ln.line_start : end]
        marker = patterns.MARKER.match(text, ln.line_start, end)
        if ln.kind == "MARKER":
            assert marker is not None, f"grammar MARKER, patterns.MARKER misses: {line!r}"
            bullet = marker.group("bullet")
            assert bullet is None or bullet in patterns.BULLETS
        if marker is not None:
            assert ln.kind not in ("TEXT", "KEYVAL"), f"patterns.MARKER on prose: {line!r}"
        if ln.kind == "FORMULA":
            lead = patterns.match_lead(text, ln.start, end)
            assert lead is not None and lead.end() > ln.start, f"no lead in {line!r}"
        if ln.kind == "WHEREAS":
            assert patterns.OPENER.match(text, ln.start, end), f"no opener in {line!r}"
            assert patterns.WHEREAS_OPENER.match(text, ln.start, end)


def test_extra_lines_are_typed_as_written() -> None:
    kinds = [ln.kind for ln in lines.lex(EXTRA)]
    assert kinds == ["MARKER"] * 16 + ["FORMULA"] * 5 + ["WHEREAS"] * 4 + ["FORMULA"] * 2
