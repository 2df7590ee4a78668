"""``resolve fmt`` on every real document of tests/real/docs, as LF and as CRLF:
it keeps every word and list marker, the structure, each line ending and the
final newline, and is idempotent; ``resolve.format`` agrees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resolve
from resolve.formats._common import words
from resolve.formats.fmt import format_source
from resolve.formats.text import structure
from resolve.io import decode_bytes
from resolve.markdown_source import is_markdown_path, parse_source

DOCS = sorted((Path(__file__).parent / "real" / "docs").glob("*"))
_EOL = re.compile(r"\r\n|\r|\n")


def _variants(path: Path) -> dict[str, str]:
    text = decode_bytes(path.read_bytes(), name=str(path)).text
    lf = text.replace("\r\n", "\n")
    return {"lf": lf, "crlf": lf.replace("\n", "\r\n")}


@pytest.mark.skipif(not DOCS, reason="no real corpus in this checkout")
@pytest.mark.parametrize("eol", ["lf", "crlf"])
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_fmt_keeps_words_markers_endings_and_is_idempotent(path: Path, eol: str) -> None:
    source = _variants(path)[eol]
    markdown = is_markdown_path(str(path))
    result = format_source(source, markdown=markdown)
    out = result.text
    assert words(out) == words(source)  # list markers, numbers and letters included
    assert _EOL.findall(out) == _EOL.findall(source)
    assert out.endswith("\n") == source.endswith("\n")
    assert structure(parse_source(out, markdown=markdown)) == structure(
        parse_source(source, markdown=markdown)
    )
    assert format_source(out, markdown=markdown).text == out
    assert resolve.format(source, markdown=markdown) == out


def test_the_real_corpus_is_there() -> None:
    """The corpus branches are merged: the test above is not vacuous."""
    assert len(DOCS) >= 100


@pytest.mark.skipif(not DOCS, reason="no real corpus in this checkout")
@pytest.mark.parametrize("wrap", ["none", 72])
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_rewrapping_keeps_words_markers_and_structure_or_leaves_the_file(
    path: Path, wrap: int | str
) -> None:
    source = _variants(path)["crlf"]
    result = format_source(source, wrap=wrap)  # type: ignore[arg-type]
    out = result.text
    assert words(out) == words(source)
    assert structure(resolve.parse(out)) == structure(resolve.parse(source))
    assert format_source(out, wrap=wrap).text == out  # type: ignore[arg-type]
    assert "\n" not in out.replace("\r\n", "")  # new breaks use the document's ending
    if result.changed:
        assert not any("structure" in n for n in result.notes)


_KEYWORD = re.compile(r"^([ \t]*)(WHEREAS|Whereas|RESOLVED|Resolved|BE IT RESOLVED)\b", re.M)


@pytest.mark.skipif(not DOCS, reason="no real corpus in this checkout")
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_real_text_as_markdown_keeps_its_emphasis(path: Path) -> None:
    """Each real document with its keywords emphasised as a Markdown draft would
    have them (``**WHEREAS**``), read as Markdown: fmt keeps every mark."""
    source = _KEYWORD.sub(r"\1**\2**", _variants(path)["lf"])
    out = format_source(source, markdown=True).text
    assert out.count("**") == source.count("**")
    assert words(out) == words(source)
    assert format_source(out, markdown=True).text == out


@pytest.mark.skipif(not DOCS, reason="no real corpus in this checkout")
@pytest.mark.parametrize("select", ["default", "ALL"])
@pytest.mark.parametrize("eol", ["lf", "crlf"])
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_check_fix_keeps_words_markers_and_endings(path: Path, eol: str, select: str) -> None:
    """``resolve check --fix`` (safe fixes, the default rules or every rule) keeps
    every word and list marker and each line ending, converges, and a second run
    changes nothing. (H008, opt-in, adds a missing final newline: that is its fix.)"""
    from resolve.checker import fix
    from resolve.config import Config

    source = _variants(path)[eol]
    config = Config() if select == "default" else Config(select=("ALL",), ignore=("H008",))
    result = fix(source, config=config)
    out = result.text
    assert result.converged
    assert words(out) == words(source)
    assert _EOL.findall(out) == _EOL.findall(source)
    assert out.endswith("\n") == source.endswith("\n")
    assert fix(out, config=config).text == out
