"""The line scanner types lines exactly as Lark's LALR parser does; its precompiled
table matches the grammar; nothing is read from a user cache."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from resolve.parsing import lines
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


def _kinds(lines: list[lines.Line]) -> list[tuple[str, int, int, int]]:
    return [(ln.kind, ln.start, ln.end, ln.line_start) for ln in lines]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_scanner_agrees_with_lark_on_documents(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _kinds(lines.lex(text)) == _kinds(lines.lex_lalr(text))


@pytest.mark.parametrize("text", TRICKY)
def test_scanner_agrees_with_lark_on_edge_cases(text: str) -> None:
    assert _kinds(lines.lex(text)) == _kinds(lines.lex_lalr(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vocab_text)
def test_scanner_agrees_with_lark_on_vocabulary(text: str) -> None:
    assert _kinds(lines.lex(text)) == _kinds(lines.lex_lalr(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_text)
def test_scanner_agrees_with_lark_on_mixed_text(text: str) -> None:
    assert _kinds(lines.lex(text)) == _kinds(lines.lex_lalr(text))


def test_lines_cover_the_text() -> None:
    text = (ROOT / "examples").glob("*.txt").__next__().read_text(encoding="utf-8")
    typed = lines.lex(text)
    assert typed[0].line_start == 0
    starts = [ln.line_start for ln in typed]
    assert starts == sorted(set(starts))
    assert sum(1 for ln in typed) >= text.count("\n")


def test_shipped_table_matches_the_grammar() -> None:
    """The precompiled scanner is exactly what the grammar compiles to today."""
    shipped = Path(lines.__file__).with_name("_scanner_table.py").read_text(encoding="utf-8")
    assert shipped == lines.table_source(), (
        "grammars/resolution.lark changed: run `python -m resolve.parsing`"
    )


def test_warm_start_uses_the_table_without_lark(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_lark() -> tuple[str, int]:
        raise AssertionError("a matching table must not build the scanner from Lark")

    lines.line_scanner.cache_clear()
    monkeypatch.setattr(lines, "compile_line_scanner", no_lark)
    try:
        assert [ln.kind for ln in lines.lex("WHEREAS x\n")] == ["WHEREAS"]
    finally:
        lines.line_scanner.cache_clear()


def test_edited_grammar_builds_the_scanner_from_lark(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table built from another grammar is never used."""
    reference = re.compile(*lines.compile_line_scanner())
    monkeypatch.setattr(lines, "grammar_key", lambda grammar: (-1, -1))
    lines.line_scanner.cache_clear()
    try:
        scanner = lines.line_scanner()
        assert (scanner.pattern, scanner.flags) == (reference.pattern, reference.flags)
    finally:
        lines.line_scanner.cache_clear()


class _Evil:
    """Unpickling this creates a file: proof that a cache pickle was loaded."""

    def __init__(self, flag: Path) -> None:
        self.flag = flag

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.flag), "w"))


def _hostile(kind: str, path: Path, flag: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "pickle":
        # Lark's cache format: a line with the grammar's hash, then pickles;
        # Lark unpickles the first one before it compares the hash.
        path.write_bytes(b"0" * 64 + b"\n" + pickle.dumps(_Evil(flag)) + pickle.dumps(_Evil(flag)))
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "garbage":
        path.write_bytes(b"\x80\x04\x95garbage\xff\x00" * 1000)
    elif kind == "directory":
        path.mkdir()


CACHE_NAMES = ("grammar.lark-cache", "line-scanner.txt", "line-scanner.json")
CHILD = """
import sys
import resolve
from resolve.parsing import lines
doc = resolve.parse("WHEREAS, x; and\\nRESOLVED, That y.\\n")
assert len(doc.resolutions) == 1, doc
lines.lark_parser()  # the Lark path too: it used to read a pickled cache
assert [ln.kind for ln in lines.lex_lalr("WHEREAS x\\n")] == ["WHEREAS"]
print("ok")
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("kind", ["pickle", "fifo", "garbage", "directory"])
def test_hostile_cache_files_are_never_read(tmp_path: Path, kind: str) -> None:
    """A pickle, a FIFO, garbage or a directory where a cache file was once kept
    (issue 13): parsing neither runs the pickle, nor hangs, nor fails."""
    home = tmp_path / "cache"
    flag = tmp_path / "pwned"
    for name in CACHE_NAMES:
        _hostile(kind, home / "resolve" / name, flag)
    env = {**os.environ, "XDG_CACHE_HOME": str(home), "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
    assert not flag.exists(), "a pickled cache was loaded"
    assert sorted(p.name for p in (home / "resolve").iterdir()) == sorted(CACHE_NAMES)


def test_scanner_names_every_terminal() -> None:
    names = set(re.findall(r"\(\?P<([A-Z_]+)>", lines.line_scanner().pattern))
    assert names == {t.name for t in lines.lark_parser().terminals}
