"""Every grammar terminal and every module-level regex runs in linear time on
100 KB adversarial strings (no catastrophic backtracking).

Grammar terminals are matched at the start of the string, as the lexer uses
them; module patterns are also searched over the first 3 KB.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import resolve
from resolve.parsing.lines import lark_parser

RUNS = {
    "spaces": " " * 100_000,
    "tabs": "\t" * 100_000,
    "dots": "." * 100_000,
    "parens": "(" * 100_000,
    "closing": ")" * 100_000,
    "newlines": "\n" * 100_000,
    "commas": ", " * 50_000,
    "capitals": "A" * 100_000,
    "underscores": "_" * 100_000,
    "stars": "* " * 50_000,
    "words": "and " * 25_000,
}
PREFIXES = ["", "and", "WHEREAS", "RESOLVED", "RESOLVED by", "be it", "The", "1.", "(a)", "#", "**"]
SUFFIXES = ["", "x", "\n"]
BOUND_S = 2.0  # generous: a quadratic pattern takes minutes on these inputs


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = []
    seen: set[tuple[str, int]] = set()  # a pattern imported into another module is one pattern
    for term in lark_parser().terminals:
        found.append((f"grammar:{term.name}", re.compile(term.pattern.to_regexp())))
    for info in pkgutil.walk_packages(resolve.__path__, "resolve."):
        if info.name.startswith(("resolve.cli", "resolve.lsp", "resolve.__main__")):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            continue
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                if (value.pattern, value.flags) not in seen:
                    seen.add((value.pattern, value.flags))
                    found.append((f"{info.name}.{name}", value))
    return found


PATTERNS = _patterns()


SEARCH_PREFIXES = ["", "and", "WHEREAS", "The"]
SEARCH_SPAN = 3_000
"""Module patterns are also searched (as ``search``/``finditer`` use them) over
3 KB: enough to expose exponential backtracking, small enough that a merely
quadratic scan of a whitespace run stays cheap."""


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_linear_on_adversarial_input(name: str, pattern: re.Pattern[str]) -> None:
    grammar = name.startswith("grammar:")
    for run_name, run in RUNS.items():
        for prefix in PREFIXES:
            for suffix in SUFFIXES:
                text = prefix + run + suffix
                started = time.perf_counter()
                pattern.match(text)
                if not grammar and prefix in SEARCH_PREFIXES and suffix == "x":
                    pattern.search(text[:SEARCH_SPAN])
                elapsed = time.perf_counter() - started
                assert elapsed < BOUND_S, (
                    f"{name} took {elapsed:.1f}s on {prefix!r}+{run_name}+{suffix!r}"
                )
