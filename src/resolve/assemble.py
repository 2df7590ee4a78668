"""Assemble typed paragraph units into Document → Resolution → parts.

A small state machine per resolution: HEAD (title, number, metadata, organ)
→ PRE (recitals) → BODY (formula and clauses) → TAIL (votes, signatures,
footnotes). A heading, organ line or title after the clauses starts the next
resolution of a book. Sub-clauses nest by indentation first and marker style
second.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from resolve import cues as cue
from resolve import nodes as nb
from resolve._text import collapse
from resolve.model import (
    Document,
    EnactingFormula,
    FormulaKind,
    HeadingLine,
    HeadingLineKind,
    Position,
    Resolution,
    Separator,
    Span,
    Suppression,
    Trailer,
    TrailerKind,
    Unknown,
)
from resolve.parser import Line, Unit
from resolve.phrases import operative_verbs, preamble_phrases

HEAD, PRE, BODY, TAIL = "HEAD", "PRE", "BODY", "TAIL"


@dataclass(slots=True)
class _Res:
    start: int
    end: int
    heading: list[HeadingLine] = field(default_factory=list)
    recitals: list[nb.RecitalB] = field(default_factory=list)
    formula: EnactingFormula | None = None
    clauses: nb.ClauseTree = field(default_factory=nb.ClauseTree)
    trailer: list[Trailer] = field(default_factory=list)
    unknown: list[nb.UnknownB] = field(default_factory=list)
    state: str = HEAD

    @property
    def empty(self) -> bool:
        return not (
            self.heading
            or self.recitals
            or self.formula
            or self.clauses.roots
            or self.trailer
            or self.unknown
        )


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


class Assembler:
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
        self.done: list[_Res] = []
        self.index = 0
        self.kinds: list[str] = []
        self.furniture: list[Unit] = []
        """Page furniture (PDF footers, running headers) kept out of every part."""
        self.last: nb.RecitalB | nb.ClauseB | None = None
        """The recital or clause most recently built: a connector line extends it."""
        self.cur = _Res(units[0].start if units else 0, units[0].start if units else 0)
        self.breaks: list[int] = []
        """Offsets where a new resolution must begin, ascending."""

    # -- helpers -----------------------------------------------------------------
    def t(self, u: Unit) -> str:
        return self.text[u.start : u.end]

    def classify(self, u: Unit) -> str:
        """Refine TEXT units: wrapped RESOLVES formula, UN phrase, operative verb, or prose."""
        if u.kind == "KEYVAL":
            return "KEYVAL"
        if u.kind == "MARKER":
            after = nb.marker_end(self.text, u.start, u.end)
            if nb.WHEREAS_OPENER.match(self.text, after, u.end):
                return "WHEREAS"
            if self.pre.match(
                self.text[after : min(u.end, after + 80)]
            ) and cue.PREAMBULAR_END.search(self.text, max(u.start, u.end - 12), u.end):
                return "PHRASE"  # "(a) Recalling …," a lettered preambular paragraph
            return "MARKER"
        if u.kind != "TEXT":
            return u.kind
        if u.end - u.start < 400 and (
            cue.RESOLVES_UNIT.match(self.text, u.start, u.end)
            or cue.BODY_WILL.match(self.text, u.start, u.end)
            or nb.THAT_BODY.match(self.text, u.start, u.end)
        ):
            return "RESOLVES"
        if u.end - u.start < 300 and cue.ORGAN_UNIT.match(self.text, u.start, u.end):
            return "ORGAN"
        if u.end - u.start < 300 and cue.CONNECTOR_UNIT.match(self.text, u.start, u.end):
            return "CONNECTOR"
        head = self.text[u.start : min(u.end, u.start + 80)]
        if cue.THAT_MOTION.match(head) or cue.PRAY.match(head):
            return "THAT"  # "That the Council calls on …": a motion's single clause
        if self.pre.match(head):
            return "PHRASE"
        if self.ops.match(head):
            return "VERB"
        return "TEXT"

    def is_title(self, u: Unit, kind: str) -> bool:
        text = self.t(u)
        if kind not in ("TEXT", "VERB", "PHRASE") or len(text) > cue.TITLE_MAX or u.lines > 6:
            return False
        if cue.DATE.match(text) or (self.cur.state != HEAD and cue.FOOTNOTE.match(text)):
            return False
        if self.cur.state == TAIL and _ends_with(text, "?"):
            return False  # a rationale's questions: "Why is the Board addressing the issue now?"
        return (
            not _ends_with(text, ".;,:")
            or text.isupper()
            or cue.TITLE_START.match(text) is not None
        )

    def new_resolution(self, at: int) -> None:
        if not self.cur.empty:
            self.done.append(self.cur)
        self.cur = _Res(at, at)

    # -- main loop ---------------------------------------------------------------
    def run(self) -> list[_Res]:
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

    def _page_furniture(self, i: int, kinds: list[str]) -> int:
        """How many units from ``i`` are page furniture of a PDF extract (footnote
        rule and footnotes, job numbers, running page headers) that interrupt a
        preamble or the clauses, which go on after them. 0 if none."""
        if self.cur.state not in (PRE, BODY):
            return 0
        j = i
        n = len(self.units)
        after_rule = False
        while j < n:
            unit = self.units[j]
            if kinds[j] == "MARKER" and nb.is_section(self.text, unit.start, unit.end):
                break  # "SECTION 1. DESIGNATION." is a section heading, not a running header
            text = self.t(unit)
            if cue.RULE_LINE.match(text):
                after_rule = True
            elif not (
                all(cue.FURNITURE.match(line.strip()) for line in text.splitlines())
                or (after_rule and cue.FOOTNOTE.match(text))
                or self._running_header(text)
            ):
                break
            j += 1
        if j == i or j >= n:
            return 0
        going_on = (
            ("PHRASE", "WHEREAS", "MARKER", "VERB")
            if self.cur.state == PRE
            else ("MARKER", "VERB", "FORMULA")
        )
        nxt_text = self.t(self.units[j])
        if kinds[j] in going_on or nxt_text[:1].islower():
            return j - i
        return 0

    def _repeats_number(self, u: Unit) -> bool:
        """Does heading line ``u`` repeat this resolution's number, as a running
        page header does ("Resolution No. 24-047   Page 2 of 2")?"""
        number = next((h.value for h in self.cur.heading if h.kind == HeadingLineKind.NUMBER), None)
        if not number or u.lines != 1:
            return False
        needle = collapse(number).casefold()
        hay = collapse(self.t(u)).casefold()
        at = hay.find(needle)
        while at >= 0:  # the number, not followed by a word character
            after = at + len(needle)
            if after >= len(hay) or not _WORD.match(hay, after):
                return True
            at = hay.find(needle, at + 1)
        return False

    def _running_header(self, text: str) -> bool:
        m = cue.SYMBOL.match(text)
        if m is None:
            return False
        return any(m.group(0) in h.text for h in self.cur.heading)

    def _headish(self, u: Unit) -> bool:
        """Does ``u`` read like a document-header line (session, sponsor, date)?"""
        if u.lines > 4:
            return False
        text = self.t(u)
        return bool(cue.SESSION.search(text) or cue.SPONSOR.search(text) or cue.DATE.match(text))

    def _bare_keyword(self, u: Unit, kind: str) -> bool:
        text = self.t(u)
        if kind == "WHEREAS":
            return nb.WHEREAS_OPENER.fullmatch(text.strip()) is not None
        if kind == "FORMULA":
            lead = nb.match_lead(text)
            return (
                lead is not None
                and lead.end() >= len(text.rstrip())
                and self.cur.formula is not None
            )
        return False

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
        if st in (BODY, TAIL) and self._starts_next(u, kind, nxt):
            self.new_resolution(u.start)
            self.step(u, kind, nxt)
            return
        handler = {HEAD: self.head, PRE: self.preamble, BODY: self.body, TAIL: self.tail}[st]
        handler(u, kind, nxt)

    @staticmethod
    def _prose_only(r: _Res) -> bool:
        return (
            r.formula is None
            and not r.clauses.roots
            and all(x.opener_kind == "none" for x in r.recitals)
        )

    def _starts_next(self, u: Unit, kind: str, nxt: str | None) -> bool:
        r = self.cur
        if not (r.clauses.roots or r.formula or r.state == TAIL):
            return False
        if kind == "WHEREAS" and r.state == TAIL:
            return True
        if r.trailer and r.trailer[-1].kind in (TrailerKind.SIGNATURE, TrailerKind.ATTEST):
            return False
        if kind == "MARKER":
            ok = nxt in ("WHEREAS", "ORGAN", "HEADING") or (nxt == "FORMULA" and r.state == TAIL)
            if ok and self._marker_title(u, nxt):
                return True
            # A numbered minutes item ("2.  Declaration of Quarterly Dividend")
            # with a report and a resolution below it.
            return (
                nxt in ("TEXT", "VERB", "PHRASE", "META")
                and self._section_caption(u, self.t(u))
                and self._resolution_ahead()
            )
        if (
            r.state in (BODY, TAIL)
            and _ITEM_CAPTION.match(self.t(u))
            and not cue.DATE.match(self.t(u))
            and (nxt == "HEADING" or self._resolution_ahead())
        ):
            return True  # a minutes item: "6<TAB>Kerbside Collection – Options Report"
        if not self.is_title(u, kind):
            return False
        if nxt in ("HEADING", "WHEREAS", "ORGAN", "PHRASE"):
            return True
        if nxt in ("META", "KEYVAL"):
            return r.state == BODY and self._resolution_ahead()
        return nxt == "TEXT" and self._next_is_prose(u) and self._resolution_ahead()

    def _resolution_ahead(self) -> bool:
        """Does a recital opener, formula or organ line follow before the next
        heading? Without one, a title-like line is trailing matter, not the
        start of another resolution."""
        kinds = self.kinds
        for j in range(self.index + 1, min(len(kinds), self.index + 200)):
            if kinds[j] in ("WHEREAS", "FORMULA", "RESOLVES", "ORGAN", "PHRASE"):
                return True
            if kinds[j] == "HEADING":
                return False
        return False

    def _section_heading(self, c: nb.ClauseB) -> bool:
        """Is ``c`` a section marker with only a caption ("SECTION 1. DESIGNATION.")?"""
        if c.style != "section" or c.children:
            return False
        caption = self.text[nb.marker_end(self.text, c.start, c.end) : c.end].strip()
        return 0 < len(caption) <= 80 and "\n" not in caption and caption.upper() == caption

    def _marker_title(self, u: Unit, nxt: str | None) -> bool:
        """A lettered or numbered title line ("B. Change the Project Chair")
        directly before a recital or heading line."""
        text = self.t(u)
        return (
            text[0] not in _BULLETS
            and (
                nxt
                in (
                    "WHEREAS",
                    "ORGAN",
                    "HEADING",
                    "META",
                    "KEYVAL",
                    "FORMULA",
                    "RESOLVES",
                    "MARKER",
                )
                or (nxt == "TEXT" and self._section_caption(u, text))
            )
            and u.lines <= 2
            and len(text) <= 160
            and not _ends_with(text, ".;,")
            and (not _ends_with(text, ":") or len(text) <= 60)
        )

    def _section_caption(self, u: Unit, text: str) -> bool:
        """A section or item caption: one short line with no closing punctuation,
        after a roman numeral or capital letter ("V. Culture") or, in title
        case, after a number ("2.  Declaration of Quarterly Dividend")."""
        m = nb.MARKER.match(self.text, u.start, u.end)
        if m is None or u.lines != 1 or len(text) > 60 or _ends_with(text, ".;,:"):
            return False
        number = m.group("on") or ""
        if number.isupper():
            return True
        words = text[m.end() - u.start :].split()
        return (
            number.isdigit()
            and bool(words)
            and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)
        )

    def _next_is_prose(self, u: Unit) -> bool:
        """Is the unit after ``u`` a prose paragraph (a convention preamble, the report
        before a resolution in minutes)?"""
        i = self.index + 1
        if i >= len(self.units):
            return False
        nxt = self.units[i]
        text = self.t(nxt)
        return len(text) > 80 and _ends_with(text, ".")

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
        elif kind == "WHEREAS" or (kind == "PHRASE" and _ends_with(text, ",;:")):
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
            if last and (last.items.roots or _ends_with(self.t_range(last.start, last.end), ":—–")):
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

    def _motion_metadata(self) -> bool:
        """Do only "Key: value" lines stand between this unit and an enacting formula?"""
        j = self.index + 1
        while j < len(self.kinds) and self.kinds[j] in ("META", "KEYVAL", "TRAILER"):
            j += 1
        return j < len(self.kinds) and self.kinds[j] in ("FORMULA", "RESOLVES", "THAT")

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
        elif kind == "WHEREAS" or (kind == "PHRASE" and _ends_with(self.t(u), ",")):
            self.recital(u, kind, misplaced=True)
        else:
            text = self.t(u)
            last = tree.last()
            if not tree.roots and r.formula is not None:
                tree.add_plain(self, u)
            elif last is not None and self._section_heading(last):
                last.end = u.end  # "SEC. 2. EFFECT OF DESIGNATION." heads the text below it
            elif last is not None and _ends_with(self.t_range(last.start, last.end), ":—–"):
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

    def trailer_kind(
        self, u: Unit, kind: str, text: str, prev: TrailerKind | None
    ) -> TrailerKind | None:
        """What trailing matter ``u`` is, or None if it is not recognisable as any."""
        if kind in ("TRAILER", "META", "KEYVAL"):
            return nb.trailer_kind(text)
        if cue.FOOTNOTE.match(text):
            return TrailerKind.FOOTNOTE
        if cue.DATE.match(text):
            return TrailerKind.DATE
        if cue.CERTIFY.search(text[:400]):
            return TrailerKind.ATTEST
        if cue.VOTE_TABLE.search(text[:200]):
            return TrailerKind.VOTE
        if cue.CARRIED.search(text[-300:]):
            return TrailerKind.ADOPTION
        if prev in cue.CONTINUED:
            return prev
        if prev is not None and (kind == "MARKER" or (len(text) <= 80 and u.lines <= 3)):
            return (
                TrailerKind.SIGNATURE if prev in (TrailerKind.VOTE, TrailerKind.ADOPTION) else prev
            )
        if cue.ADOPTED.search(text[:300]):
            return TrailerKind.ADOPTION
        return None

    # -- builders ------------------------------------------------------------------
    def t_range(self, start: int, end: int) -> str:
        return self.text[start:end]

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


_WORD = re.compile(r"\w")
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
)
_ITEM_CAPTION = re.compile(r"\d{1,3}(?:\.\d{1,2})?[ \t]++[A-Z][^\n]{0,100}+(?<![.;,:])$")
"""A numbered agenda-item caption of a minutes book: "6<TAB>Options Report"."""
_BULLETS = "-*\u2022\u2013\u2014\u2023\u25e6\u25aa\u25cf\u00b7+"
"""Bullet markers (as in the grammar's MARKER): a title is lettered or numbered, never a bullet."""


def _ends_with(text: str, chars: str) -> bool:
    stripped = text.rstrip().rstrip("\"”’')]")
    return bool(stripped) and stripped[-1] in chars


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
