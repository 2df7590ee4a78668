"""``--to akn``: Akoma Ntoso 3.0 XML (OASIS LegalDocML).

One resolution becomes ``<akomaNtoso><statement name="resolution">``:

* ``<meta><identification source="#resolve">`` with FRBRWork, FRBRExpression
  and FRBRManifestation built from the heading, the resolving body and a date;
* ``<preface>`` with ``<docNumber>``/``<docTitle>`` from the heading;
* ``<preamble>`` with ``<recitals>``/``<recital>`` and
  ``<formula name="enactingFormula">``;
* ``<mainBody>`` with one ``<paragraph>`` per clause (``<num>``,
  ``<content><p>``), sub-clauses as ``<list>``/``<point>``;
* ``<conclusions>`` with the trailer (votes, adoption, signatures).

A book (several resolutions) becomes a ``<documentCollection>`` whose
components each embed one such statement; eIds inside component *n* start
with ``cmp_n__`` so they stay unique in the collection.

eIds follow the AKN naming convention: ``preamble__recital_1``, ``para_1``,
``para_1__list_1__point_a``.

What the text cannot tell is set by options: ``akn_country`` (default ``un``
for a UN-form resolution, else ``us``), ``akn_date`` (default: the first date
in the heading or trailer, else ``0001-01-01`` with ``name="unknown"``),
``akn_author`` (default: the resolving body in the formula, else
``unknown``), ``akn_language`` (default ``eng``).

The XML is built as escaped strings (no XML library; the output must also
survive sub-clauses nested very deep).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from resolve._text import collapse
from resolve.formats._common import (
    block_lines,
    clause_display,
    is_un_form,
    recital_own_text,
    resolution_title,
    walk_events,
)
from resolve.formats.options import ConvertOptions
from resolve.model import (
    Clause,
    Document,
    EnactingFormula,
    HeadingLineKind,
    Recital,
    Resolution,
    Trailer,
)

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    re.compile(rf"(?i)\b(?P<mon>{_MONTH_RE})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b"),
    re.compile(
        rf"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?P<mon>{_MONTH_RE}),?\s+(?P<y>\d{{4}})\b"
    ),
)


def text(value: str) -> str:
    """Escape character data, dropping characters XML 1.0 cannot hold."""
    value = _INVALID_XML.sub("\ufffd", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(value: str) -> str:
    """Escape an attribute value (for double quotes)."""
    return text(value).replace('"', "&quot;")


def slug(value: str, limit: int = 60) -> str:
    """``"H. RES. 123"`` → ``"h-res-123"``: safe in an FRBR URI and an eId."""
    out = re.sub(r"[^a-z0-9]+", "-", value.casefold()).strip("-")
    return out[:limit].strip("-") or "x"


def find_date(res: Resolution) -> str | None:
    """The first date in the heading or the trailer, as ``YYYY-MM-DD``."""
    sources: list[str] = []
    if res.heading is not None:
        sources.append(res.heading.text)
    sources.extend(t.text for t in res.trailer)
    for src in sources:
        for pattern in _DATE_PATTERNS:
            m = pattern.search(src)
            if not m:
                continue
            groups = m.groupdict()
            month = (
                int(groups["m"]) if groups.get("m") else _MONTHS.index(groups["mon"].lower()) + 1
            )
            day, year = int(groups["d"]), int(groups["y"])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


@dataclass(frozen=True, slots=True)
class Meta:
    country: str
    date: str
    date_known: bool
    author: str
    author_slug: str
    language: str
    number: str
    title: str


def meta_for(res: Resolution, index: int, options: ConvertOptions) -> Meta:
    country = options.akn_country or ("un" if is_un_form(res) else "us")
    date = options.akn_date or find_date(res)
    author = options.akn_author or (res.enacting_formula.body if res.enacting_formula else None)
    author = author or "unknown"
    title = resolution_title(res, index)
    number = res.heading.number if res.heading and res.heading.number else None
    return Meta(
        country=slug(country, 20),
        date=date or "0001-01-01",
        date_known=date is not None,
        author=author,
        author_slug=slug(author),
        language=slug(options.akn_language, 10),
        number=slug(number) if number else slug(title),
        title=title,
    )


def identification(meta: Meta, doc_type: str, name: str, references: bool = True) -> list[str]:
    """``<meta>`` with FRBR identification (and, at the top, the TLC references)."""
    work = f"/akn/{meta.country}/{doc_type}/{name}/{meta.date}/{meta.number}"
    expr = f"{work}/{meta.language}@"
    date_name = "Generation" if meta.date_known else "unknown"
    date = f'<FRBRdate date="{attr(meta.date)}" name="{date_name}"/>'
    author = f'<FRBRauthor href="#{attr(meta.author_slug)}"/>'
    refs = [
        '<references source="#resolve">',
        '<TLCOrganization eId="resolve" href="/ontology/organization/resolve" showAs="resolve"/>',
        f'<TLCOrganization eId="{attr(meta.author_slug)}" '
        f'href="/ontology/organization/{attr(meta.author_slug)}" showAs="{attr(meta.author)}"/>',
        "</references>",
    ]
    return [
        "<meta>",
        '<identification source="#resolve">',
        "<FRBRWork>",
        f'<FRBRthis value="{attr(work)}/!main"/>',
        f'<FRBRuri value="{attr(work)}"/>',
        date,
        author,
        f'<FRBRcountry value="{attr(meta.country)}"/>',
        f'<FRBRnumber value="{attr(meta.number)}"/>',
        f'<FRBRname value="{attr(meta.title)}"/>',
        "</FRBRWork>",
        "<FRBRExpression>",
        f'<FRBRthis value="{attr(expr)}/!main"/>',
        f'<FRBRuri value="{attr(expr)}"/>',
        date,
        author,
        f'<FRBRlanguage language="{attr(meta.language)}"/>',
        "</FRBRExpression>",
        "<FRBRManifestation>",
        f'<FRBRthis value="{attr(expr)}/!main.xml"/>',
        f'<FRBRuri value="{attr(expr)}.akn"/>',
        date,
        '<FRBRauthor href="#resolve"/>',
        "</FRBRManifestation>",
        "</identification>",
        *(refs if references else []),
        "</meta>",
    ]


def _num_id(node: Clause, position: int, seen: set[str]) -> str:
    raw = node.number or ""
    ident = re.sub(r"[^A-Za-z0-9]+", "-", raw).strip("-")
    if not ident or ident in seen:
        ident = str(position)
        while ident in seen:
            ident += "x"
    seen.add(ident)
    return ident


def clause_xml(roots: Sequence[Clause], prefix: str, top: str, item: str, wrap: str) -> list[str]:
    """XML for a clause forest, without recursion.

    Top-level clauses become ``<top>`` elements (``paragraph``); nested lists
    are ``<wrap>`` (``list``) holding ``<item>`` (``point``) elements.
    """
    out: list[str] = []
    ids: dict[tuple[int, ...], str] = {}
    seen: dict[int, set[str]] = {}
    list_counts: dict[tuple[int, ...], int] = {}
    for ev in walk_events(roots):
        parent = ids.get(ev.path, prefix)
        if ev.kind == "open":
            if ev.path:
                list_counts[ev.path] = list_counts.get(ev.path, 0) + 1
                list_id = f"{parent}__{wrap}_{list_counts[ev.path]}"
                ids[(*ev.path, 0)] = list_id
                out.append(f'<{wrap} eId="{attr(list_id)}">')
            continue
        if ev.kind == "close":
            if ev.path:
                out.append(f"</{wrap}>")
            continue
        node = ev.clause
        assert node is not None
        tag = top if len(ev.path) == 1 else item
        if ev.kind == "leave":
            out.append(f"</{tag}>")
            continue
        container = ids.get((*ev.path[:-1], 0), prefix)
        sib = seen.setdefault(id(ev.siblings), set())
        num = _num_id(node, ev.path[-1], sib)
        if len(ev.path) == 1:
            eid = f"{prefix}{'__' if prefix else ''}para_{num}"
        else:
            eid = f"{container}__point_{num}"
        ids[ev.path] = eid
        out.append(f'<{tag} eId="{attr(eid)}">')
        if node.marker:
            out.append(f"<num>{text(node.marker)}</num>")
        body = f"<p>{text(clause_display(node))}</p>"
        if node.subclauses:
            out.append(f"<intro>{body}</intro>")
        else:
            out.append(f"<content>{body}</content>")
    return out


def _block_list(items: Sequence[Clause], list_id: str) -> list[str]:
    """Recital list items as a ``<blockList>`` of ``<item>`` (nested for sub-items)."""
    out: list[str] = []
    ids: dict[tuple[int, ...], str] = {(): list_id}
    for ev in walk_events(items):
        if ev.kind == "open":
            if ev.path:
                lid = f"{ids[ev.path]}__list_1"
                ids[(*ev.path, 0)] = lid
            else:
                lid = list_id
                ids[(0,)] = lid
            out.append(f'<blockList eId="{attr(lid)}">')
            continue
        if ev.kind == "close":
            out.append("</blockList>")
            continue
        if ev.kind == "leave":
            out.append("</item>")
            continue
        node = ev.clause
        assert node is not None
        container = ids[(*ev.path[:-1], 0)]
        eid = f"{container}__item_{ev.path[-1]}"
        ids[ev.path] = eid
        out.append(f'<item eId="{attr(eid)}">')
        if node.marker:
            out.append(f"<num>{text(node.marker)}</num>")
        out.append(f"<p>{text(clause_display(node))}</p>")
    return out


def statement(res: Resolution, index: int, options: ConvertOptions, prefix: str = "") -> list[str]:
    """The ``<statement>`` element for one resolution; eIds start with ``prefix``."""
    p = f"{prefix}__" if prefix else ""
    meta = meta_for(res, index, options)
    ident = identification(meta, "statement", "resolution", references=not prefix)
    out = ['<statement name="resolution">', *ident]
    if res.heading is not None:
        out.append(f'<preface eId="{p}preface">')
        for line in res.heading.lines:
            value = collapse(line.text)
            if line.kind is HeadingLineKind.NUMBER:
                out.append(f"<p><docNumber>{text(value)}</docNumber></p>")
            elif line.kind is HeadingLineKind.TITLE:
                out.append(f"<p><docTitle>{text(value)}</docTitle></p>")
            else:
                out.append(f"<p>{text(value)}</p>")
        out.append("</preface>")
    clause_start = res.clauses[0].span.start.offset if res.clauses else None
    pre_nodes = [
        n
        for n in res.children()
        if isinstance(n, (Recital, EnactingFormula))
        or (
            not isinstance(n, (Clause, Trailer))
            and n is not res.heading
            and clause_start is not None
            and n.span.start.offset < clause_start
        )
    ]
    if pre_nodes:
        out.append(f'<preamble eId="{p}preamble">')
        rec_n = 0
        groups = 0
        formulas = 0
        open_group = False
        for node in pre_nodes:
            if isinstance(node, Recital):
                if not open_group:
                    groups += 1
                    suffix = "" if groups == 1 else f"_{groups}"
                    out.append(f'<recitals eId="{p}preamble__recitals{suffix}">')
                    open_group = True
                rec_n += 1
                rid = f"{p}preamble__recital_{rec_n}"
                out.append(f'<recital eId="{rid}">')
                if node.marker:
                    out.append(f"<num>{text(node.marker)}</num>")
                out.append(f"<p>{text(recital_own_text(node))}</p>")
                if node.items:
                    out.extend(_block_list(node.items, f"{rid}__blocklist_1"))
                out.append("</recital>")
                continue
            if open_group:
                out.append("</recitals>")
                open_group = False
            if isinstance(node, EnactingFormula):
                formulas += 1
                out.append(
                    f'<formula name="enactingFormula" eId="{p}preamble__formula_{formulas}">'
                    f"<p>{text(collapse(node.text))}</p></formula>"
                )
            else:
                out.append(f'<p class="unknown">{text(" ".join(block_lines(node)))}</p>')
        if open_group:
            out.append("</recitals>")
        out.append("</preamble>")
    out.append(f'<mainBody eId="{p}body">' if p else "<mainBody>")
    if res.clauses:
        out.extend(clause_xml(res.clauses, prefix, "paragraph", "point", "list"))
    else:
        out.append("<p/>")
    out.append("</mainBody>")
    post = [
        n
        for n in res.children()
        if isinstance(n, Trailer)
        or (
            not isinstance(n, (Clause, Recital, EnactingFormula))
            and n is not res.heading
            and n not in pre_nodes
        )
    ]
    if post:
        out.append(f'<conclusions eId="{p}conclusions">')
        for node in post:
            cls = f"trailer {node.kind.value}" if isinstance(node, Trailer) else "unknown"
            out.append(f'<p class="{cls}">{text(" ".join(block_lines(node)))}</p>')
        out.append("</conclusions>")
    out.append("</statement>")
    return out


def render(doc: Document, options: ConvertOptions) -> str:
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="{NAMESPACE}">'
    out = [head]
    resolutions = doc.resolutions
    if len(resolutions) <= 1:
        if resolutions:
            out.extend(statement(resolutions[0], 1, options))
        else:
            empty = Resolution(doc.span, "", None, (), None, ())
            out.extend(statement(empty, 1, options))
    else:
        first = meta_for(resolutions[0], 1, options)
        meta = Meta(
            country=first.country,
            date=first.date,
            date_known=first.date_known,
            author=first.author,
            author_slug=first.author_slug,
            language=first.language,
            number=first.number,
            title=f"{first.title} and {len(resolutions) - 1} more",
        )
        out.append('<documentCollection name="resolutions">')
        out.extend(identification(meta, "documentCollection", "resolutions"))
        out.append("<collectionBody>")
        for i, res in enumerate(resolutions, 1):
            out.append(f'<component eId="cmp_{i}">')
            out.extend(statement(res, i, options, prefix=f"cmp_{i}"))
            out.append("</component>")
        out.append("</collectionBody>")
        out.append("</documentCollection>")
    out.append("</akomaNtoso>")
    return "\n".join(out) + "\n"
