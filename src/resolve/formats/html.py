"""``--to html``: a standalone, printable, phone-friendly page (or, with
``fragment=True``, just the body content).

Semantic markup: one ``<article>`` per resolution with a ``<header>``, a
``<section class="preamble">``, a ``<section class="operative">`` and a
``<footer>``. Recitals and clauses carry ids for linking:
``res-1-recital-3``, ``res-1-clause-2``, ``res-1-clause-2-1`` (sub-clause 1 of
clause 2). Numbered clauses are ``<ol>`` items showing their marker as written,
bullets are ``<ul>``, RESOLVED clauses are ``<div class="clause">``. Every piece
of user text goes through ``html.escape(..., quote=True)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape as _escape
from typing import Literal

from resolve._text import collapse
from resolve.formats._common import (
    block_lines,
    clause_display,
    heading_lines,
    is_un_form,
    list_kind,
    resolution_title,
    sections,
    split_opener,
    walk_events,
)
from resolve.formats.options import ConvertOptions
from resolve.model import Clause, Document, EnactingFormula, FormulaKind, Recital, RecitalOpener

STYLE = """\
:root { color-scheme: light dark; --muted: #666; --rule: #ccc; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem 1.25rem 3rem;
  font: 1.05rem/1.6 Georgia, "Times New Roman", serif; overflow-wrap: break-word; }
h1, h2 { font-size: 1.45rem; line-height: 1.3; margin: 1.5rem 0 .5rem; }
header p { margin: .1rem 0; color: var(--muted); }
article { margin-bottom: 3rem; }
article + article { border-top: 1px solid var(--rule); padding-top: 1rem; }
.recital, .formula, .clause > p { margin: .8rem 0; }
.opener, .lead { font-weight: bold; }
.un .opener, .un .verb { font-weight: normal; font-style: italic; }
.formula { font-weight: bold; }
.un .formula { font-weight: normal; }
ol, ul { padding-left: 1.6rem; }
ol.marked { list-style: none; padding-left: 0; }
ol.marked ol.marked, ul ol.marked, ol.marked ul { padding-left: 1.6rem; }
li { margin: .35rem 0; }
.marker { display: inline-block; min-width: 2.2em; }
footer { margin-top: 1.5rem; color: var(--muted); }
footer p { margin: .4rem 0; }
nav.toc { border: 1px solid var(--rule); padding: .5rem 1rem; margin: 1rem 0 2rem; }
a { color: inherit; }
:target { background: rgba(255, 220, 0, .25); }
@media print {
  body { max-width: none; font-size: 11pt; padding: 0; }
  article { break-before: page; border-top: none; }
  article:first-of-type { break-before: auto; }
  nav.toc a { text-decoration: none; }
  li, p { break-inside: avoid; }
}
"""


def esc(text: str) -> str:
    """Escape user text for HTML content and attribute values."""
    return _escape(text, quote=True)


def _lines(lines: list[str]) -> str:
    return "<br>\n".join(esc(line) for line in lines)


def _clause_html(node: Clause, un: bool, prefix: str | None) -> str:
    text = clause_display(node)
    parts: list[str] = []
    if prefix:
        parts.append(f'<span class="lead formula-lead">{esc(prefix)}</span>')
    if node.lead and text.startswith(node.lead):
        parts.append(f'<span class="lead">{esc(node.lead)}</span>')
        text = text[len(node.lead) :].lstrip()
    if un and node.verb and text.startswith(node.verb):
        parts.append(f'<span class="verb">{esc(node.verb)}</span>{esc(text[len(node.verb) :])}')
    elif text:
        parts.append(esc(text))
    return " ".join(parts)


def clause_tree(
    roots: Sequence[Clause], un: bool, id_prefix: str, prefix: str | None = None
) -> list[str]:
    """HTML lines for a clause forest, built without recursion."""
    out: list[str] = []
    closers: list[str] = []
    # The kind of each open list, innermost last: computed once per list, not
    # once per item (that was quadratic in the length of a list).
    kinds: list[Literal["ol", "ul", "none"]] = []
    item_close: dict[tuple[int, ...], str] = {}
    for ev in walk_events(roots):
        if ev.kind == "open":
            kind = list_kind(ev.siblings)
            kinds.append(kind)
            if kind == "ol":
                out.append('<ol class="marked">')
                closers.append("</ol>")
            elif kind == "ul":
                out.append("<ul>")
                closers.append("</ul>")
            elif ev.path:
                out.append('<ul class="plain">')
                closers.append("</ul>")
            else:
                closers.append("")
            continue
        if ev.kind == "close":
            kinds.pop()
            closer = closers.pop()
            if closer:
                out.append(closer)
            continue
        if ev.kind == "leave":
            out.append(item_close.pop(ev.path))
            continue
        node = ev.clause
        assert node is not None
        ident = f"{id_prefix}-{'-'.join(str(i) for i in ev.path)}"
        content = _clause_html(node, un, prefix if ev.path == (1,) else None)
        kind = kinds[-1]
        if kind == "none" and not ev.path[:-1]:
            out.append(f'<div class="clause" id="{esc(ident)}">')
            out.append(f"<p>{content}</p>")
            item_close[ev.path] = "</div>"
            continue
        marker = ""
        if kind == "ol" and node.marker:
            marker = f'<span class="marker">{esc(node.marker)}</span> '
        out.append(f'<li id="{esc(ident)}">{marker}{content}')
        item_close[ev.path] = "</li>"
    return out


def _recital(rec: Recital, un: bool, ident: str) -> list[str]:
    opener, rest = split_opener(rec)
    if opener:
        text = f'<span class="opener">{esc(opener)}</span>{esc(rest)}'
    else:
        text = esc(rest)
    cls = "recital" + (" phrase" if rec.opener_kind is RecitalOpener.PHRASE else "")
    out = [f'<p class="{cls}" id="{esc(ident)}">{text}</p>']
    if rec.items:
        out.extend(clause_tree(rec.items, un, f"{ident}-item"))
    return out


def render_resolution(doc: Document, index: int, level: int) -> list[str]:
    res = doc.resolutions[index - 1]
    un = is_un_form(res)
    rid = f"res-{index}"
    title = resolution_title(res, index)
    cls = "resolution un" if un else "resolution"
    out = [f'<article class="{cls}" id="{rid}">', "<header>", f"<h{level}>{esc(title)}</h{level}>"]
    out.extend(f"<p>{esc(line)}</p>" for line in heading_lines(res, title))
    out.append("</header>")
    parts = sections(res)
    if parts.preamble:
        out.append('<section class="preamble">')
        n = 0
        for node in parts.preamble:
            if isinstance(node, Recital):
                n += 1
                out.extend(_recital(node, un, f"{rid}-recital-{n}"))
            elif isinstance(node, EnactingFormula):
                kind = " organ" if node.kind is FormulaKind.ORGAN else ""
                out.append(
                    f'<p class="formula{kind}" id="{rid}-formula">{esc(collapse(node.text))}</p>'
                )
            else:
                out.append(f'<p class="unknown">{_lines(block_lines(node))}</p>')
        out.append("</section>")
    if parts.clauses:
        out.append('<section class="operative">')
        out.extend(clause_tree(parts.clauses, un, f"{rid}-clause", parts.formula_prefix))
        out.append("</section>")
    if parts.footer:
        out.append("<footer>")
        out.extend(f'<p class="{_kind(n)}">{_lines(block_lines(n))}</p>' for n in parts.footer)
        out.append("</footer>")
    out.append("</article>")
    return out


def _kind(node: object) -> str:
    kind = getattr(node, "kind", None)
    return f"trailer {kind.value}" if kind is not None else "unknown"


def body(doc: Document) -> str:
    out: list[str] = []
    count = len(doc.resolutions)
    if count > 1:
        out.append('<nav class="toc" aria-label="Contents">')
        out.append("<h1>Contents</h1>")
        out.append("<ol>")
        for i, res in enumerate(doc.resolutions, 1):
            out.append(f'<li><a href="#res-{i}">{esc(resolution_title(res, i))}</a></li>')
        out.append("</ol>")
        out.append("</nav>")
    for i in range(1, count + 1):
        out.extend(render_resolution(doc, i, 2 if count > 1 else 1))
    for u in doc.unknown:
        out.append(f'<p class="unknown">{_lines(block_lines(u))}</p>')
    return "\n".join(out) + "\n"


def page_title(doc: Document) -> str:
    if len(doc.resolutions) == 1:
        return resolution_title(doc.resolutions[0], 1)
    if doc.resolutions:
        return f"{resolution_title(doc.resolutions[0], 1)} and {len(doc.resolutions) - 1} more"
    return "Resolution"


def render(doc: Document, options: ConvertOptions) -> str:
    content = body(doc)
    if options.fragment:
        return content
    return (
        "<!doctype html>\n"
        f'<html lang="{esc(options.lang)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="resolve">\n'
        f"<title>{esc(page_title(doc))}</title>\n"
        f"<style>\n{STYLE}</style>\n"
        "</head>\n"
        "<body>\n"
        f"<main>\n{content}</main>\n"
        "</body>\n"
        "</html>\n"
    )
