"""Fuzzing the public API: no exception escapes parse, check, format or convert;
spans stay in bounds; ``format`` is idempotent.

Budget: the default ``ci`` profile keeps the whole file well under a minute on
two shared cores. ``HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py``
runs thousands of examples per property. The profiles are applied to these
tests only (not loaded globally), so other test modules keep their settings.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resolve
from resolve.model import Clause, Document, Node

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings.get_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci")
    if os.environ.get("HYPOTHESIS_PROFILE") in ("ci", "long")
    else "ci"
)

FORMATS = ("json", "markdown", "html", "akn", "text")

OPENERS = [
    "WHEREAS,",
    "Whereas",
    "AND WHEREAS,",
    "WHEREAS:",
    "BECAUSE",
    "RESOLVED,",
    "Resolved, that",
    "RESOLVED FURTHER, That",
    "BE IT RESOLVED",
    "BE IT FURTHER RESOLVED, that",
    "NOW, THEREFORE, BE IT RESOLVED THAT THIS 79th UE CONVENTION:",
    "THEREFORE, BE IT RESOLVED",
    "The General Assembly,",
    "The Security Council,",
    "Recalling",
    "Noting with concern",
    "Decides",
    "Calls upon",
    "Urges",
    "Section 1.",
    "SEC. 2.",
    "RESOLUTION NO. 24-219",
    "Resolution 3:",
    "Adopted",
    "ATTEST:",
    "AYES: 5",
    "# resolve: ignore L001",
    "# resolve: ignore",
    "---",
    "**WHEREAS**,",
    "#",
    "",
]
MARKERS = ["1.", "2)", "(a)", "a.", "(i)", "(iv)", "(A)", "A.", "-", "*", "•", "–", "10.", "(1)"]
CONNECTORS = [
    "; and",
    ";",
    "; now, therefore, be it",
    "; therefore be it",
    ": Now, therefore, be it",
    "; and be it further",
    ".",
    ",",
    ":",
    "",
]
WORDS = [
    "the",
    "union",
    "Board",
    "UE",
    "AFL-CIO",
    "NASA",
    "A.B.C.",
    "[Name of Local]",
    "“quoted”",
    "(really",
    "really)",
    "the the",
    "2024",
    "last year",
    "shall",
    "must",
    "$640,000",
    "e.g.",
    "http://x.example",
    "TBD",
    "XXX",
    "<b>&amp;</b>",
    "]]>",
    "\x1b[31m",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\u2028",
    "\x85",
    "\x0c",
    "\x00",
    "\t",
    "   ",
    "\u00a0",
]
ENDINGS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\n\n\n", "\r", " \n"]


@st.composite
def lines(draw: st.DrawFn) -> str:
    indent = draw(st.sampled_from(["", "", "", "  ", "    ", "\t", " " * 9]))
    opener = draw(st.sampled_from(OPENERS))
    marker = draw(st.sampled_from(["", "", *MARKERS]))
    words = draw(
        st.lists(
            st.one_of(st.sampled_from(WORDS), st.text(max_size=8)),
            max_size=14,
        )
    )
    connector = draw(st.sampled_from(CONNECTORS))
    head = " ".join(part for part in (marker, opener) if part)
    return indent + " ".join([head, *words]).strip(" ") + connector


documents = st.lists(st.tuples(lines(), st.sampled_from(ENDINGS)), min_size=0, max_size=25).map(
    lambda pairs: "".join(line + end for line, end in pairs)
)

any_text = st.one_of(documents, st.text(max_size=300))


def _nodes(doc: Document) -> list[Node]:
    out: list[Node] = []
    for r in doc.resolutions:
        out.append(r)
        for child in r.children():
            out.append(child)
        if r.heading:
            out.extend(r.heading.lines)
        for rec in r.preamble:
            for item in rec.items:
                out.extend(item.walk())
        for clause in r.clauses:
            out.extend(clause.walk())
    out.extend(doc.unknown)
    out.extend(doc.between_parts())
    return out


def _assert_position(text: str, line: int, column: int, offset: int) -> None:
    assert 0 <= offset <= len(text)
    assert line == text.count("\n", 0, offset) + 1
    assert column == offset - (text.rfind("\n", 0, offset) + 1) + 1


@FUZZ
@given(any_text)
def test_parse_never_raises_and_spans_stay_in_bounds(text: str) -> None:
    doc = resolve.parse(text)
    assert doc.source == text
    for node in _nodes(doc):
        s, e = node.span.start, node.span.end
        assert s.offset <= e.offset
        _assert_position(text, s.line, s.column, s.offset)
        _assert_position(text, e.line, e.column, e.offset)
        assert node.text == text[s.offset : e.offset]
        if isinstance(node, Clause):
            for sub in node.subclauses:
                assert node.span.contains(sub.span)


@FUZZ
@given(any_text)
def test_check_never_raises_and_diagnostics_stay_in_bounds(text: str) -> None:
    for source in (text, resolve.parse(text)):
        diagnostics = resolve.check(source, path="fuzz.txt")
        for d in diagnostics:
            s, e = d.span.start, d.span.end
            assert s.offset <= e.offset
            _assert_position(text, s.line, s.column, s.offset)
            _assert_position(text, e.line, e.column, e.offset)
            assert d.message and "\n" not in d.code
            json.dumps(d.to_dict())
            if d.fix is not None:
                edits = sorted(d.fix.edits, key=lambda edit: edit.start)
                for edit in edits:
                    assert 0 <= edit.start <= edit.end <= len(text)
                for a, b in itertools.pairwise(edits):
                    assert a.end <= b.start, "a fix's edits overlap"


@FUZZ
@given(any_text)
def test_format_never_raises_and_is_idempotent(text: str) -> None:
    once = resolve.format(text)
    assert isinstance(once, str)
    assert resolve.format(once) == once
    assert resolve.format(resolve.parse(text)) == once


_EOL = re.compile(r"\r\n|\r|\n")


@FUZZ
@given(any_text, st.sampled_from(["keep", "none", 24, 60]), st.booleans())
def test_format_keeps_words_and_marks_in_every_mode(text: str, wrap: object, md: bool) -> None:
    """Whatever the input, fmt keeps every word (markers included) and every mark
    other than connector punctuation; kept line breaks keep their endings."""
    from resolve.formats._common import words
    from resolve.formats.fmt import _marks

    out = resolve.format(text, wrap=wrap, markdown=md)  # type: ignore[arg-type]
    assert words(out) == words(text)
    assert _marks(out) == _marks(text)
    assert resolve.format(out, wrap=wrap, markdown=md) == out  # type: ignore[arg-type]
    if wrap == "keep":
        assert _EOL.findall(out) == _EOL.findall(text)


@FUZZ
@given(any_text)
def test_convert_never_raises_in_any_format(text: str) -> None:
    import lxml.html

    doc = resolve.parse(text)
    for to in FORMATS:
        out = resolve.convert(doc, to)
        assert isinstance(out, str)
        if to == "json":
            data = json.loads(out)
            assert data == doc.to_dict()
        elif to == "akn":
            ET.fromstring(out.encode("utf-8"))
        elif to == "html" and out.strip():
            lxml.html.document_fromstring(out)
    assert resolve.convert(text, "json") == resolve.convert(doc, "json")


@FUZZ
@given(documents)
def test_json_reader_never_raises_on_its_own_output(text: str) -> None:
    """The JSON reader rebuilds text with the canonical writer (see formats/json_in.py)."""
    from resolve.formats.json_in import document_from_json

    once = document_from_json(resolve.convert(text, "json"))
    for to in FORMATS:
        assert isinstance(resolve.convert(once, to), str)
    # A second round must read back too. (Not asserted: that it keeps the number
    # of resolutions; on degenerate text such as twenty empty "WHEREAS,; and"
    # lines and two "1. RESOLVED," lines it does not yet: see the closing note.)
    twice = document_from_json(resolve.convert(once, "json"))
    assert isinstance(twice, Document)


def test_json_reader_reaches_a_fixed_point_in_one_round() -> None:
    """Found by the fuzzer: empty WHEREAS recitals used to sway the document's
    separator vote, so a second round trip changed the text again."""
    from resolve.formats.json_in import document_from_json

    text = "1. WHEREAS,; and\nThe General Assembly,; and\nWHEREAS,; and\n1. WHEREAS,; and\n"
    once = resolve.convert(document_from_json(resolve.convert(text, "json")), "json")
    twice = resolve.convert(document_from_json(once), "json")
    assert twice == once


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "schema",
                    "resolutions",
                    "preamble",
                    "clauses",
                    "text",
                    "body",
                    "marker",
                    "span",
                    "subclauses",
                    "opener",
                    "connector",
                    "heading",
                    "unknown",
                    "x",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@FUZZ
@given(json_values)
def test_json_reader_rejects_garbage_cleanly(value: object) -> None:
    """``resolve convert --from json`` turns ValueError/TypeError into a one-line error."""
    from resolve.formats.json_in import document_from_json

    try:
        doc = document_from_json(json.dumps(value))
    except (ValueError, TypeError) as exc:
        assert str(exc)  # a message to print on one line
        return
    for to in FORMATS:
        assert isinstance(resolve.convert(doc, to), str)
