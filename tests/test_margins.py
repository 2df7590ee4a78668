"""Margins (email quote markers, printed line numbers): detection and the offset map."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import resolve
from resolve.parsing import margins


def test_quote_markers_are_found_on_every_quoted_line() -> None:
    text = "Hi all,\n\n> WHEREAS, a; and\n>\n> WHEREAS, b;\n>> RESOLVED, That c.\n"
    found = margins.find_margins(text)
    assert [text[a:b] for a, b in found] == ["> ", ">", "> ", ">> "]


def test_two_quoted_lines_are_not_a_margin() -> None:
    assert margins.find_margins("> a\n> b\nc\n") == []


def test_line_numbers_need_a_run_of_ten() -> None:
    nine = "".join(f"{i}  line {i}\n" for i in range(1, 10))
    ten = "".join(f"{i}  line {i}\n" for i in range(1, 11))
    assert margins.find_margins(nine) == []
    assert len(margins.find_margins(ten)) == 10


def test_line_numbers_keep_indentation_beyond_the_text_column() -> None:
    text = "".join(f"{i:2d}  {'    ' if i % 3 == 0 else ''}word {i}\n" for i in range(1, 13))
    clean, _ = margins.strip(text, margins.find_margins(text))
    lines = clean.splitlines()
    assert lines[0] == "word 1"
    assert lines[2] == "    word 3"


def test_numbered_list_items_are_not_line_numbers() -> None:
    text = "".join(f"{i}. Item {i};\n" for i in range(1, 20))
    assert margins.find_margins(text) == []


@given(
    st.lists(
        st.tuples(st.booleans(), st.text(alphabet="ab \n", max_size=6)), min_size=1, max_size=30
    )
)
def test_offset_map_round_trips(pieces: list[tuple[bool, str]]) -> None:
    """Build text from pieces, some of them margins; every clean offset maps back."""
    text = ""
    cut: list[tuple[int, int]] = []
    for is_margin, piece in pieces:
        if is_margin and piece:
            cut.append((len(text), len(text) + len(piece)))
        text += piece
    clean, offsets = margins.strip(text, cut)
    kept = [i for i in range(len(text)) if not any(a <= i < b for a, b in cut)]
    assert clean == "".join(text[i] for i in kept)
    for c, o in enumerate(kept):
        assert offsets.start(c) == o
        assert offsets.end(c + 1) == o + 1
        assert offsets.to_clean(o) == c
    for a, _ in cut:
        assert clean[offsets.to_clean(a) :] == "".join(text[i] for i in kept if i >= a)


def test_quoted_document_keeps_exact_text_and_clean_bodies() -> None:
    text = "> WHEREAS, the members\n> have asked; and\n> \n> RESOLVED, That we\n> act now.\n"
    doc = resolve.parse(text)
    res = doc.resolutions[0]
    assert res.preamble[0].body == "the members have asked"
    assert res.preamble[0].text == "WHEREAS, the members\n> have asked; and"
    assert res.clauses[0].body == "we act now"
    assert doc.margins == ((0, 2), (23, 25), (41, 43), (44, 46), (64, 66))


def test_text_outside_the_quote_is_not_part_of_the_quoted_resolution() -> None:
    text = "Delegates,\n\nPlease read the resolution below.\n\n> TITLE\n>\n> WHEREAS, a;\n>\n> RESOLVED, That b.\n"
    doc = resolve.parse(text)
    assert len(doc.resolutions) == 1
    assert len(doc.resolutions[0].preamble) == 1
    assert [u.text.split("\n")[0] for u in doc.unknown] == ["Delegates,"]


def test_findings_inside_margins_are_dropped() -> None:
    """ "Two spaces" after a printed line number is the margin's, not the text's."""
    body = [
        "WHEREAS, the growers produce more than sixty",
        "percent of the nation's apples; and",
        "",
        "WHEREAS, the  decline has raised costs;",
        "now, therefore, be it",
        "",
        "RESOLVED, That copies of this Memorial be sent",
        "to the President.",
    ]
    lines, n = [], 0
    for line in body * 2:  # printed bills number the text lines, not the blank ones
        if line:
            n += 1
            lines.append(f"{n:2d}  {line}")
        else:
            lines.append("")
    text = "\n".join(lines) + "\n"
    doc = resolve.parse(text)
    assert doc.margins
    codes = [(d.code, d.span.start.line) for d in resolve.check(doc)]
    h007 = [line for code, line in codes if code == "H007"]
    assert h007 == [4, 12]  # only the real doubled spaces, never the margin's


@given(st.text(alphabet="ab\n", max_size=40), st.data())
def test_text_of_drops_exactly_the_margins(text: str, data: st.DataObject) -> None:
    from resolve.model import Document, Node, Position, Span

    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    margins = tuple((a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b)
    doc = Document(text, Span(Position(1, 1, 0), Position(1, 1, len(text))), (), margins=margins)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    node = Node(Span(Position(1, 1, start), Position(1, 1, end)), text)
    want = "".join(text[i] for i in range(start, end) if not any(a <= i < b for a, b in margins))
    assert doc.text_of(node) == want


def test_unnumbered_header_stays_with_a_numbered_text() -> None:
    header = "SENATE JOINT MEMORIAL 8006\n\nBy Senators Lindqvist and Amador\n\n"
    body = ["WHEREAS, the growers produce more than sixty", "percent of the apples; and", ""]
    body += ["WHEREAS, research funding has been flat", "since 2019;", ""]
    body += ["NOW, THEREFORE, Your Memorialists respectfully pray that Congress", "act.", ""]
    body += ["BE IT RESOLVED, That copies of this Memorial be sent to", "the President,"]
    body += ["the Secretary of Agriculture, and each member of Congress", "from the State."]
    lines, n = [], 0
    for line in body:
        if line:
            n += 1
            lines.append(f"{n:2d}  {line}")
        else:
            lines.append("")
    doc = resolve.parse(header + "\n".join(lines) + "\n")
    assert doc.margins
    assert len(doc.resolutions) == 1 and not doc.unknown
    assert len(doc.resolutions[0].preamble) == 2


def test_prose_converters_leave_the_margins_out_and_json_keeps_them() -> None:
    text = "> WHEREAS, the members\n> have asked; and\n>\n> RESOLVED, That we\n> act now.\n"
    for to in ("markdown", "html", "akn", "text"):
        out = resolve.convert(text, to)
        assert "have asked" in out and "members have" in out, to
        assert "&gt; have" not in out and "> have" not in out and "\\> have" not in out, to
    data = resolve.parse(text).to_dict()
    assert (
        data["resolutions"][0]["preamble"][0]["text"] == "WHEREAS, the members\n> have asked; and"
    )


def test_fmt_keeps_line_numbers_and_quote_markers_and_fixes_the_text_between() -> None:
    body = "".join(f"{i:2d}  WHEREAS, item {i} is true; and\n" for i in range(1, 12))
    numbered = body + "12  RESOLVED, That we act.\n"
    assert resolve.format(numbered) == numbered
    assert resolve.format(numbered.replace("; and", " ;and")) == numbered
    quoted = "> WHEREAS, the members\n> have asked; and\n>\n> RESOLVED, That we\n> act now.\n"
    assert resolve.format(quoted) == quoted
    assert resolve.format(quoted.replace("asked; and", "asked ;and")) == quoted


def test_json_lists_the_margins_and_validates() -> None:
    import json
    from pathlib import Path

    import jsonschema

    schema = json.loads(
        (Path(__file__).parent.parent / "src" / "resolve" / "schema.json").read_text("utf-8")
    )
    quoted = "> WHEREAS, the members\n> have asked; and\n>\n> RESOLVED, That we\n> act now.\n"
    data = json.loads(resolve.convert(quoted, "json"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["margins"] == [[0, 2], [23, 25], [41, 42], [43, 45], [63, 65]]
    plain = json.loads(resolve.convert("WHEREAS, a;\n\nRESOLVED, That b.\n", "json"))
    assert "margins" not in plain


def test_quotes_each_under_a_short_label_are_one_document() -> None:
    # Markdown minutes: every block quote is the text of the "_RESOLVED:_" above it.
    text = (
        "_RESOLVED:_\n> That the minutes are approved.\n\n"
        "_RESOLVED:_\n> That the budget is approved.\n\nMr. Lee closed the meeting.\n"
    )
    assert margins.quote_breaks(text, margins.find_margins(text)) == []


def test_quotes_under_an_email_attribution_keep_their_breaks() -> None:
    text = "Ann wrote:\n> WHEREAS, a;\n> RESOLVED, That b.\n\nBo wrote:\n> RESOLVED, That c.\n\nThanks.\n"
    assert margins.quote_breaks(text, margins.find_margins(text)) != []


HTML = (
    '<p>A RESOLUTION ON OPEN DATA</p>\n<p><span class="a">WHEREAS, the city holds data; and</span></p>\n'
    "<p>WHEREAS, the data is public;</p>\n<p>NOW, THEREFORE, BE IT RESOLVED:</p>\n"
    "<p>That the city  publish its data.</p>\n"
)


def test_html_source_tags_are_margins_and_a_stray_tag_in_prose_is_not() -> None:
    found = margins.html_tags(HTML)
    assert {HTML[a:b] for a, b in found} == {"<p>", "</p>", '<span class="a">', "</span>"}
    assert margins.html_tags("WHEREAS, the <b>first</b> thing; and\n<p>one</p>\n<p>two</p>\n") == []
    doc = resolve.parse(HTML)
    res = doc.resolutions[0]
    assert doc.text_of(res.preamble[0]).strip() == "WHEREAS, the city holds data; and"
    assert res.clauses[0].body == "the city publish its data"


def test_fmt_fixes_the_words_of_html_source_and_keeps_every_tag() -> None:
    out = resolve.format(HTML)
    assert "That the city publish its data." in out
    assert re.findall(r"<[^<>]*>", out) == re.findall(r"<[^<>]*>", HTML)


def test_live_blog_times_are_a_margin_only_in_time_order() -> None:
    lines = [f"10:{m:02d}: Item {m}." for m in range(4, 10)]
    text = "Welcome!\n" + "\n".join(lines) + "\n"
    found = margins.timestamps(text)
    assert [text[a:b] for a, b in found] == [
        "10:04: ",
        "10:05: ",
        "10:06: ",
        "10:07: ",
        "10:08: ",
        "10:09: ",
    ]
    backwards = "\n".join(reversed(lines)) + "\n"
    assert margins.timestamps(backwards) == []
    assert margins.timestamps("\n".join(lines[:4]) + "\n") == []  # four are not enough
