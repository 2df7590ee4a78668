"""Assemble typed paragraph units into Document → Resolution → parts.

A small state machine per resolution: HEAD (title, number, metadata, organ)
→ PRE (recitals) → BODY (formula and clauses) → TAIL (votes, signatures,
footnotes). A heading, organ line or title after the clauses starts the next
resolution of a book. Sub-clauses nest by indentation first and marker style
second.
"""

from __future__ import annotations

from bisect import bisect_right

from resolve import cues as cue
from resolve import nodes as nb
from resolve.layout import BODY, HEAD, PRE, TAIL, LayoutCues, ResB, ends_with
from resolve.model import (
    Document,
    FormulaKind,
    HeadingLineKind,
    Position,
    Resolution,
    Separator,
    Span,
    Suppression,
    Trailer,
    Unknown,
)
from resolve.parser import Line, Unit
from resolve.phrases import operative_verbs, preamble_phrases


class LineIndex:
    """Offset → line/column, via the offsets of line starts."""

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def pos(self, offset: int) -> Position:
        idx = bisect_right(self._starts, offset) - 1
        return Position(idx + 1, offset - self._starts[idx] + 1, offset)

    def span(self, start: int, end: int) -> Span:
        return Span(self.pos(start), self.pos(end))


class Assembler(LayoutCues):
    """Builds resolutions from units. One instance per document."""

    def __init__(self, text: str, units: list[Unit], source: str | None = None) -> None:
        self.text = text
        """The text the parser reads (line margins blanked out, if any)."""
        self.source = text if source is None else source
        """The original text the nodes refer to; the same length as ``text``."""
        self.units = units
        self.spans = LineIndex(text)
        self.ops = operative_verbs()
        self.pre = preamble_phrases()
        self.done: list[ResB] = []
        self.index = 0
        self.kinds: list[str] = []
        self.furniture: list[Unit] = []
        """Page furniture (PDF footers, running headers) kept out of every part."""
        self.last: nb.RecitalB | nb.ClauseB | None = None
        """The recital or clause most recently built: a connector line extends it."""
        self.cur = ResB(units[0].start if units else 0, units[0].start if units else 0)
        self.breaks: list[int] = []
        """Offsets where a new resolution must begin, ascending."""

    # -- helpers -----------------------------------------------------------------
    def new_resolution(self, at: int) -> None:
        if not self.cur.empty:
            self.done.append(self.cur)
        self.cur = ResB(at, at)

    # -- main loop ---------------------------------------------------------------
    def run(self) -> list[ResB]:
        kinds = self.kinds = [self.classify(u) for u in self.units]
        i = 0
        n = len(self.units)
        while i < n:
            u, kind = self.units[i], kinds[i]
            nxt = kinds[i + 1] if i + 1 < n else None
            if nxt == "TEXT" and self._headish(self.units[i + 1]):
                nxt = "META"
            if self._bare_keyword(u, kind) and nxt in ("TEXT", "VERB", "PHRASE"):
                merged = Unit(
                    kind, u.start, self.units[i + 1].end, u.lines + self.units[i + 1].lines
                )
                self.units[i + 1] = merged
                kinds[i + 1] = kind
                i += 1
                continue
            if self.breaks and u.start >= self.breaks[0]:
                while self.breaks and u.start >= self.breaks[0]:
                    self.breaks.pop(0)
                self.new_resolution(u.start)
            skip = self._page_furniture(i, kinds)
            if skip:
                self.furniture.extend(self.units[i : i + skip])
                i += skip
                continue
            self.index = i
            self.step(u, kind, nxt)
            self.cur.end = max(self.cur.end, u.end)
            i += 1
        if not self.cur.empty:
            self.done.append(self.cur)
        return self.done

    def step(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        if kind == "KEYVAL" and r.state != HEAD:
            kind = "META"
        if kind == "THAT":
            if r.state in (HEAD, PRE):
                r.state = BODY
                r.clauses.add_plain(self, u)
                r.clauses.lead_mode = True  # the motion is one clause: its list nests below it
                self.last = r.clauses.last()
                return
            kind = "VERB"
        st = r.state
        if kind == "HEADING" and st != HEAD and self._repeats_number(u):
            self.furniture.append(u)  # a running page header: "Resolution No. 24-047  Page 2 of 2"
            return
        if kind == "HEADING" and (
            st != HEAD or any(h.kind == HeadingLineKind.NUMBER for h in r.heading)
        ):
            self.new_resolution(u.start)
            self.step(u, kind, nxt)
            return
        if kind == "ORGAN" and st == PRE and self._prose_only(r):
            # What looked like prose recitals was a document header (UN style).
            for rec in r.recitals:
                r.heading.append(
                    nb.heading_line(self, Unit("TEXT", rec.start, rec.end), HeadingLineKind.META)
                )
            r.recitals.clear()
            r.state = HEAD
            st = HEAD
        if kind == "ORGAN" and st == PRE and r.formula is None and r.recitals:
            # "RECOGNISING …; AWARE …; The IUCN World Conservation Congress, …:"
            # (the organ after its preamble) enacts the recitals above it.
            r.formula = nb.organ_formula(self, u)
            return
        if kind == "ORGAN" and st != HEAD:
            self.new_resolution(u.start)
            self.step(u, kind, nxt)
            return
        if (st in (BODY, TAIL) and self._starts_next(u, kind, nxt)) or self._item_after_header(u):
            self.new_resolution(u.start)
            self.step(u, kind, nxt)
            return
        handler = {HEAD: self.head, PRE: self.preamble, BODY: self.body, TAIL: self.tail}[st]
        handler(u, kind, nxt)

    # -- states --------------------------------------------------------------------
    def head(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        text = self.t(u)
        if kind == "HEADING":
            self.heading_line(u, HeadingLineKind.NUMBER)
        elif kind in ("META", "KEYVAL") or (kind == "TRAILER" and not r.recitals):
            self.heading_line(u, HeadingLineKind.META)
        elif kind == "ORGAN":
            r.formula = nb.organ_formula(self, u)
            r.state = PRE
        elif kind == "WHEREAS" or (kind == "PHRASE" and ends_with(text, ",;:")):
            self.recital(u, kind)
        elif kind in ("FORMULA", "RESOLVES"):
            self.formula_or_clause(u, kind)
        elif kind == "MARKER" and self._marker_title(u, nxt):
            self.heading_line(u, HeadingLineKind.TITLE)
        elif kind == "MARKER":
            r.state = BODY
            self.body(u, kind, nxt)
        elif kind in ("TEXT", "VERB", "PHRASE") and u.lines <= 3 and cue.SESSION.search(text):
            self.heading_line(u, HeadingLineKind.SESSION)
        elif kind in ("TEXT", "VERB", "PHRASE") and (
            cue.SPONSOR.search(text) or cue.DATE.match(text)
        ):
            self.heading_line(u, HeadingLineKind.META)
        elif self.is_title(u, kind) or (
            kind in ("PHRASE", "TEXT", "VERB")
            and len(text) <= cue.TITLE_MAX
            and cue.GERUND.match(text) is not None
            and nxt in ("WHEREAS", "HEADING", "META", "TRAILER", "KEYVAL", "FORMULA", None)
        ):
            self.heading_line(u, HeadingLineKind.TITLE)
        elif kind == "CONNECTOR" and self.last is None and r.heading:
            # Nothing for it to end yet: keep it in the heading, so the heading
            # block never spans an unknown part.
            self.heading_line(u, HeadingLineKind.META)
        elif kind == "CONNECTOR":
            self.connector(u)
        else:
            self.recital(u, kind)

    def preamble(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        last = r.recitals[-1] if r.recitals else None
        if kind in ("FORMULA", "RESOLVES"):
            self.formula_or_clause(u, kind)
        elif kind == "CONNECTOR":
            self.connector(u)
        elif kind == "MARKER":
            body_start = nb.marker_end(self.text, u.start, u.end)
            opens_verb = self.ops.match(self.text[body_start : min(u.end, body_start + 80)])
            un = r.formula is not None and r.formula.kind == FormulaKind.ORGAN
            if last and (last.items.roots or ends_with(self.t_range(last.start, last.end), ":—–")):
                last.items.add_marked(self, u, under_root=False)
                self.last = last.items.last()
            elif un or opens_verb:
                r.state = BODY
                self.body(u, kind, nxt)
            else:
                self.recital(u, kind)
        elif kind == "VERB" and (
            (r.formula is not None and r.formula.kind == FormulaKind.ORGAN)
            or (last is not None and last.opener_kind == "phrase")
        ):
            r.state = BODY
            self.body(u, kind, nxt)
        elif (
            kind in ("TRAILER", "META")
            or (u.lines == 1 and cue.NUMBER_LINE.match(self.text, u.start, u.end))
        ) and self._motion_metadata():
            # "Moved: Cr X" / "Seconded: Cr Y" between the preamble and "That
            # Council:": kept between the parts, like page furniture.
            self.furniture.append(u)
        elif kind in ("TRAILER", "META"):
            r.state = TAIL
            self.tail(u, kind, nxt)
        else:
            self.recital(u, kind)

    def body(self, u: Unit, kind: str, nxt: str | None) -> None:
        before = self.cur.clauses.last()
        self._body(u, kind, nxt)
        after = self.cur.clauses.last()
        if after is not before:
            self.last = after

    def _body(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        tree = r.clauses
        if kind in ("FORMULA", "RESOLVES"):
            self.formula_or_clause(u, kind)
        elif kind == "MARKER":
            if tree.lead_mode and tree.roots and not nb.is_section(self.text, u.start, u.end):
                tree.add_marked(self, u, under_root=True)
            else:
                tree.add_marked(self, u, under_root=False)
        elif kind == "CONNECTOR":
            self.connector(u)
        elif kind in ("TRAILER", "META"):
            r.state = TAIL
            self.tail(u, kind, nxt)
        elif kind == "WHEREAS" or (kind == "PHRASE" and ends_with(self.t(u), ",")):
            self.recital(u, kind, misplaced=True)
        else:
            text = self.t(u)
            last = tree.last()
            if not tree.roots and r.formula is not None:
                tree.add_plain(self, u)
            elif last is not None and self._section_heading(last):
                last.end = u.end  # "SEC. 2. EFFECT OF DESIGNATION." heads the text below it
            elif last is not None and ends_with(self.t_range(last.start, last.end), ":—–"):
                tree.add_child_plain(self, u)
            elif kind == "VERB" and not tree.lead_mode and not tree.marked:
                tree.add_plain(self, u)
            elif (
                cue.FOOTNOTE.match(text)
                or cue.DATE.match(text)
                or self.trailer_kind(u, kind, text, None)
            ):
                r.state = TAIL
                self.tail(u, kind, nxt)
            else:
                self.add_unknown(u, "text after the clauses that is not a clause or trailer")

    def tail(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        text = self.t(u)
        prev = r.trailer[-1].kind if r.trailer else None
        if kind in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT"):
            self.new_resolution(u.start)
            self.step(u, kind, nxt)
            return
        tk = self.trailer_kind(u, kind, text, prev)
        if tk is None:
            self.add_unknown(u, "trailing text that is not a recognised trailer")
            return
        r.trailer.append(Trailer(self.spans.span(u.start, u.end), self.source, tk))
        self.interrupt()

    # -- builders ------------------------------------------------------------------
    def connector(self, u: Unit) -> None:
        """A connector alone on a line ("and be it further") ends the part before it."""
        last = self.last
        formula = self.cur.formula
        if (
            last is not None
            and last.end <= u.start
            and self._in_current(last)
            and (formula is None or formula.span.start.offset < last.start)
        ):
            last.end = u.end
        else:
            # Nothing to extend, or the formula stands between: extending the part
            # before the formula would make it overlap the formula.
            self.add_unknown(u, "a connector with nothing before it")

    def _in_current(self, b: nb.RecitalB | nb.ClauseB) -> bool:
        return b.start >= self.cur.start

    def heading_line(self, u: Unit, kind: HeadingLineKind) -> None:
        self.cur.heading.append(nb.heading_line(self, u, kind))
        self.interrupt()

    def add_unknown(self, u: Unit, reason: str) -> None:
        self.cur.unknown.append(nb.UnknownB(u.start, u.end, reason))
        self.interrupt()

    def interrupt(self) -> None:
        """Something that is not a clause came between: no later line extends or
        nests under what came before it."""
        self.last = None
        self.cur.clauses.close()

    def recital(self, u: Unit, kind: str, misplaced: bool = False) -> None:
        r = self.cur
        r.recitals.append(nb.RecitalB.make(self, u, kind))
        if misplaced:
            r.clauses.close()
        self.last = r.recitals[-1]
        if not misplaced:
            r.state = PRE

    def formula_or_clause(self, u: Unit, kind: str) -> None:
        r = self.cur
        r.state = BODY
        if r.formula is None:
            formula, rest = nb.make_formula(self, u, kind)
            r.formula = formula
            if r.clauses.roots:
                # Clauses before the formula (a "That …" motion): nothing after the
                # formula may nest under them, or they would span across it.
                r.clauses.close()
                r.clauses.lead_mode = False
            if rest is not None:
                r.clauses.lead_mode = formula.kind == FormulaKind.RESOLVED
                r.clauses.add_plain(self, Unit(kind, rest, u.end))
        else:
            r.clauses.lead_mode = True
            r.clauses.add_lead(self, u)
        if r.clauses.last() is not None:
            self.last = r.clauses.last()


def _real_resolutions(
    finished: list[Resolution],
) -> tuple[tuple[Resolution, ...], tuple[Unknown, ...]]:
    """Split off prose that only looked like a resolution.

    In a file that holds a real resolution (one with a formula or clauses), a
    block with neither (an email's cover note, a report's introduction) is not
    another resolution: it is kept as unknown text outside every resolution.
    """
    if not any(_is_real(r) for r in finished) or all(_is_real(r) for r in finished):
        return tuple(finished), ()
    real = tuple(r for r in finished if _is_real(r))
    stray = tuple(
        Unknown(r.span, r.source, "text outside any resolution: no enacting formula and no clauses")
        for r in finished
        if not _is_real(r)
    )
    return real, stray


def _is_real(r: Resolution) -> bool:
    return r.enacting_formula is not None or bool(r.clauses)


def assemble(
    text: str,
    units: list[Unit],
    suppress: list[Line],
    breaks: list[int] | None = None,
    source: str | None = None,
) -> Document:
    """Build the Document for ``text`` from its units and suppression lines.

    ``breaks`` are offsets where a new resolution must begin (where an email's
    quoted text starts or ends). ``source``, if given, is the original text the
    nodes refer to: ``text`` with its line margins blanked out, same length."""
    asm = Assembler(text, units, source)
    asm.breaks = sorted(breaks or [])
    built = asm.run()
    spans = asm.spans
    finished = [nb.finish_resolution(asm, r) for r in built]
    resolutions, stray = _real_resolutions(finished)
    sups = tuple(
        Suppression(
            spans.span(ln.start, ln.end),
            asm.source,
            nb.suppression_codes(text[ln.start : ln.end]),
        )
        for ln in suppress
        if ln.kind == "SUPPRESS"
    )
    seps = tuple(
        sorted(
            [
                *(
                    Separator(spans.span(ln.start, ln.end), asm.source)
                    for ln in suppress
                    if ln.kind == "SEPARATOR"
                ),
                *(Separator(spans.span(u.start, u.end), asm.source) for u in asm.furniture),
            ],
            key=lambda sep: sep.span.start.offset,
        )
    )
    return Document(
        source=asm.source,
        span=spans.span(0, len(text)),
        resolutions=resolutions,
        unknown=stray,
        suppressions=sups,
        separators=seps,
    )


__all__ = ["Assembler", "assemble"]
