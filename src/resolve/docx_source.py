"""Word drafts (``.docx``) as text: one line per paragraph.

Drafters write in Word. ``resolve check|show|convert draft.docx`` reads the
document's body paragraphs in order, each as one line, so a finding's line
number is the paragraph number (empty paragraphs count; see docs/input.md).
Automatic list numbering, which Word keeps outside the text, is written out
as the marker Word shows ("1.", "(a)", "ii)"), indented one step a level, so
the parser sees the numbering the reader sees. A line break inside a paragraph
(Shift+Enter) becomes a space. Tracked insertions are read and tracked
deletions are not (the text as Word shows it with changes accepted). Tables,
headers, footers, footnotes, comments and text boxes are not read.

Needs python-docx, the optional extra ``docx``; without it, reading a .docx is
an :class:`~resolve.io.InputError` that names the extra. resolve never writes
a .docx: the text is marked read-only (``fmt`` and ``check --fix`` refuse).
"""

from __future__ import annotations

import re
from typing import Any

from resolve._text import roman

__all__ = ["WORD_SUFFIXES", "docx_text", "install_hint", "is_word_document"]

WORD_SUFFIXES = (".docx", ".docm", ".dotx")
READ_ONLY_REASON = "a Word document: resolve reads .docx files but never writes them"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def is_word_document(name: str) -> bool:
    return name.lower().endswith(WORD_SUFFIXES)


def _distribution() -> str:
    """The name this package is installed under (for ``pip install 'NAME[docx]'``)."""
    try:
        from importlib.metadata import packages_distributions

        names = packages_distributions().get("resolve") or []
    except Exception:  # metadata can be missing or broken; the hint still helps
        names = []
    return names[0] if names else "resolve"


def install_hint() -> str:
    return f"pip install '{_distribution()}[docx]'"


# ---------------------------------------------------------------------------
# List numbering


def _letters(n: int) -> str:
    # Word's letter numbering: a..z, then aa..zz, aaa..
    return chr(96 + (n - 1) % 26 + 1) * ((n - 1) // 26 + 1)


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    return str(n)  # decimal and anything unknown


class _Numbering:
    """Word's list definitions (numbering.xml) and the running counters."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, AttributeError, NotImplementedError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iter(f"{_W}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.iter(f"{_W}lvl"):
                fmt = _val(lvl.find(f"{_W}numFmt")) or "decimal"
                text = _val(lvl.find(f"{_W}lvlText")) or ""
                start = int(_val(lvl.find(f"{_W}start")) or "1")
                levels[int(_val(lvl, "ilvl") or "0")] = (fmt, text, start)
            abstract[_val(node, "abstractNumId") or ""] = levels
        for num in root.iter(f"{_W}num"):
            ref = _val(num.find(f"{_W}abstractNumId")) or ""
            for ilvl, level in abstract.get(ref, {}).items():
                self.levels[(_val(num, "numId") or "", ilvl)] = level

    def marker(self, num_id: str, ilvl: int) -> str:
        level = self.levels.get((num_id, ilvl))
        if level is None or num_id == "0":  # numId 0: numbering switched off
            return ""
        fmt, text, start = level
        counts = self.counters.setdefault(num_id, [])
        while len(counts) <= ilvl:
            depth = len(counts)
            begin = self.levels.get((num_id, depth), ("", "", 1))[2]
            counts.append(begin - 1)
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, len(counts)):  # a new item restarts its sub-lists
            counts[deeper] = self.levels.get((num_id, deeper), ("", "", 1))[2] - 1
        if fmt == "bullet" or fmt == "none":
            return "" if fmt == "none" else "•"

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            k_fmt = self.levels.get((num_id, k), (fmt, "", start))[0]
            value = counts[k] if k < len(counts) else start
            return _format_number(max(value, 0), k_fmt)

        return re.sub(r"%(\d)", number, text)


def _val(node: Any, attr: str = "val") -> str | None:
    if node is None:
        return None
    value = node.get(f"{_W}{attr}")
    return str(value) if value is not None else None


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The paragraph's list (numId, level), from itself or its style."""
    for holder in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = holder.find(f"{_W}pPr") if holder is not None else None
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            continue
        num_id = _val(num_pr.find(f"{_W}numId"))
        if num_id is None:
            continue
        return num_id, int(_val(num_pr.find(f"{_W}ilvl")) or "0")
    return None


# ---------------------------------------------------------------------------

_SKIPPED_UNDER = {f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent"}


def _paragraph_text(p: Any) -> str:
    """The text Word shows for paragraph element ``p``.

    Unlike python-docx's ``Paragraph.text`` (which skips them), runs inside
    tracked insertions, hyperlinks, smart tags and simple fields are read;
    tracked deletions, moved-away text and text boxes are not. Tabs stay tabs,
    a line break becomes a space.
    """
    out: list[str] = []
    for run in p.iter(f"{_W}r"):
        ancestor = run.getparent()
        skipped = False
        while ancestor is not None and ancestor is not p:
            if ancestor.tag in _SKIPPED_UNDER:
                skipped = True
                break
            ancestor = ancestor.getparent()
        if skipped:
            continue
        for child in run:
            tag = child.tag
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append(" ")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
    return re.sub(r"[\r\n\v\f]", " ", "".join(out))


def docx_text(path: str) -> str:
    """The text of the Word document at ``path``, one line per body paragraph.

    Raises ``ImportError`` without python-docx and ``ValueError`` for a file
    that is not a readable .docx.
    """
    import docx  # the optional extra

    try:
        document = docx.Document(path)
    except Exception as exc:  # python-docx raises several kinds on a damaged file
        raise ValueError(f"not a readable Word document ({type(exc).__name__}: {exc})") from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = _paragraph_text(paragraph._p)
        found = _num_pr(paragraph)
        if found is not None and text.strip():
            marker = numbering.marker(*found)
            if marker:
                text = "    " * found[1] + marker + " " + text.lstrip()
        lines.append(text)
    return "\n".join(lines) + "\n"
