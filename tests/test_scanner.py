"""The line scanner types lines exactly as Lark's LALR parser does, and its cache is safe."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from resolve import parser
from test_parser_properties import mixed_text, vocab_text

ROOT = Path(__file__).parent.parent
DOCUMENTS = sorted(
    p
    for folder in ("examples", "tests/corpus", "tests/holdout", "tests/holdout2", "tests/holdout3")
    for p in (ROOT / folder).glob("*.txt")
)
TRICKY = [
    "",
    "\n",
    "   ",
    "\n\n\n",
    "WHEREAS",
    "RESOLVED, That",
    "  - item\n(a) x\n   \n",
    "\r\n\r\nBE IT FURTHER RESOLVED, that\r\n",
    "* * *\n---\n# resolve: ignore L001\n",
    "The General Assembly,\nRecalling x,\n1. Decides y;",
    "\ufeff\u00a0\n\x00\u2028x\u0085y",
    "now therefore the council resolves as follows:",
]


def _kinds(lines: list[parser.Line]) -> list[tuple[str, int, int, int]]:
    return [(ln.kind, ln.start, ln.end, ln.line_start) for ln in lines]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_scanner_agrees_with_lark_on_documents(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _kinds(parser.lex(text)) == _kinds(parser.lex_lalr(text))


@pytest.mark.parametrize("text", TRICKY)
def test_scanner_agrees_with_lark_on_edge_cases(text: str) -> None:
    assert _kinds(parser.lex(text)) == _kinds(parser.lex_lalr(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vocab_text)
def test_scanner_agrees_with_lark_on_vocabulary(text: str) -> None:
    assert _kinds(parser.lex(text)) == _kinds(parser.lex_lalr(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_text)
def test_scanner_agrees_with_lark_on_mixed_text(text: str) -> None:
    assert _kinds(parser.lex(text)) == _kinds(parser.lex_lalr(text))


def test_lines_cover_the_text() -> None:
    text = (ROOT / "examples").glob("*.txt").__next__().read_text(encoding="utf-8")
    lines = parser.lex(text)
    assert lines[0].line_start == 0
    starts = [ln.line_start for ln in lines]
    assert starts == sorted(set(starts))
    assert sum(1 for ln in lines) >= text.count("\n")


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parser.line_scanner.cache_clear()
    yield tmp_path / "resolve" / "line-scanner.txt"
    parser.line_scanner.cache_clear()


def test_scanner_is_cached_then_reused(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = parser.line_scanner()
    assert cache_home.is_file()
    assert cache_home.read_bytes().decode("utf-8").endswith(built.pattern)
    parser.line_scanner.cache_clear()

    def no_lark() -> tuple[str, int]:
        raise AssertionError("a warm cache must not build the scanner from Lark")

    monkeypatch.setattr(parser, "compile_line_scanner", no_lark)
    loaded = parser.line_scanner()
    assert (loaded.pattern, loaded.flags) == (built.pattern, built.flags)


def _cache_content(grammar: str, pattern: str, flags: str = "0", fmt: str = "") -> str:
    fmt = fmt or parser._SCANNER_FORMAT
    return f"{fmt}\n{flags}\n{len(grammar)}\n{grammar}{pattern}"


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not a cache",
        "resolve-line-scanner-2\nx\n1\nab",
        "resolve-line-scanner-2\n0\n99999999\nshort",
        _cache_content("an older grammar", "(?P<TEXT>.)"),
        _cache_content(parser.grammar_text(), "(?P<TEXT>.)", fmt="resolve-line-scanner-1"),
        _cache_content(parser.grammar_text(), ""),
        _cache_content(parser.grammar_text(), "(unbalanced"),
        _cache_content(parser.grammar_text(), "(?P<TEXT>.)", flags="-1"),
        "\x00\xff",
    ],
)
def test_bad_or_stale_cache_is_rebuilt(cache_home: Path, content: str) -> None:
    cache_home.parent.mkdir(parents=True)
    cache_home.write_text(content, encoding="utf-8")
    scanner = parser.line_scanner()
    assert scanner.pattern == parser.compile_line_scanner()[0]
    assert cache_home.read_bytes().decode("utf-8").endswith(scanner.pattern)


def test_undecodable_cache_is_rebuilt(cache_home: Path) -> None:
    cache_home.parent.mkdir(parents=True)
    cache_home.write_bytes(b"\xff\xfe\x00garbage")
    assert parser.line_scanner().pattern == parser.compile_line_scanner()[0]


def test_unwritable_cache_still_scans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    parser.line_scanner.cache_clear()
    try:
        assert [ln.kind for ln in parser.lex("WHEREAS x\n")] == ["WHEREAS"]
    finally:
        parser.line_scanner.cache_clear()


def test_scanner_names_every_terminal() -> None:
    names = set(re.findall(r"\(\?P<([A-Z_]+)>", parser.line_scanner().pattern))
    assert names == {t.name for t in parser.lark_parser().terminals}
