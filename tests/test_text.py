"""collapse() folds whitespace exactly as ``re.sub(r"\\s+", " ", text).strip()`` does; roman() writes Roman numerals."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resolve._text import collapse

_WS_RUN = re.compile(r"\s+")


def _reference(text: str) -> str:
    return _WS_RUN.sub(" ", text).strip()


def test_same_whitespace_as_re_over_all_of_unicode() -> None:
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    by_re = {m.group() for m in re.finditer(r"\s", every)}
    by_str = {c for c in every if c.isspace()}
    assert by_re == by_str
    assert len(by_re) > 20  # ASCII blanks, NBSP, U+2028, U+3000 …


@given(st.text(alphabet=st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000ab,"))))
def test_matches_the_regex_form(text: str) -> None:
    assert collapse(text) == _reference(text)


@given(st.text())
def test_matches_the_regex_form_on_any_text(text: str) -> None:
    assert collapse(text) == _reference(text)


@given(st.text(alphabet=st.sampled_from(list("AZbé É1_&- \n"))))
def test_acronym_scan_matches_the_word_boundary_form(text: str) -> None:
    from resolve.parsing.patterns import ACRONYM_WORD as _ACRONYM_WORD

    reference = re.compile(r"\b[A-Z][A-Z0-9&]{1,7}\b")
    assert _ACRONYM_WORD.findall(text) == reference.findall(text)


_CONNECTOR_REFERENCE = re.compile(
    r"(?:(?<![\d\s])[;:,.][0-9]{1,2}(?![0-9])|[;:,.\u2014\u2013]|\s-)[\"”’')\]¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*\s*(?i:(?:and|or)\b,?\s*)?"
    r"(?i:(?:now,?\s*)?(?:therefore,?\s*)?(?:be\s+it\b\s*(?:(?:further|finally|also|therefore)\b\s*)?)?)?"
    r"[,:]?\s*$"
)


@given(
    st.lists(
        st.sampled_from(
            ["a", "1", "12", ".", ";", ",", ":", "-", "—", " ", "\n", "and", "be it", ")", "”"]
        ),
        max_size=20,
    ).map("".join)
)
def test_connector_scan_matches_the_plain_form(text: str) -> None:
    from resolve.parsing.patterns import CONNECTOR as _CONNECTOR

    def found(pattern: re.Pattern[str]) -> int | None:
        m = pattern.search(text)
        return None if m is None else m.start()

    assert found(_CONNECTOR) == found(_CONNECTOR_REFERENCE)


@pytest.mark.parametrize(
    "n,expected",
    [
        (1, "i"),
        (4, "iv"),
        (9, "ix"),
        (14, "xiv"),
        (40, "xl"),
        (90, "xc"),
        (400, "cd"),
        (1999, "mcmxcix"),
    ],
)
def test_roman(n: int, expected: str) -> None:
    from resolve._text import roman

    assert roman(n) == expected
