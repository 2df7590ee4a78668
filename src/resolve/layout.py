"""Layout cues over paragraph units, for the assembler's state machine.

Whether a unit is a title, page furniture of a PDF extract, a section or item
caption, a document-header line, or the start of the next resolution in a
book; what kind of trailer it is. :class:`LayoutCues` holds these tests; the
state machine that uses them is :class:`resolve.assemble.Assembler`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from resolve import cues as cue
from resolve import nodes as nb
from resolve._text import collapse
from resolve.model import HeadingLine, HeadingLineKind, Trailer, TrailerKind
from resolve.parser import Unit

if TYPE_CHECKING:
    from resolve.model import EnactingFormula
    from resolve.phrases import PhraseList

HEAD, PRE, BODY, TAIL = "HEAD", "PRE", "BODY", "TAIL"


@dataclass(slots=True)
class ResB:
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


_WORD = re.compile(r"\w")
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
)
_ITEM_CAPTION = re.compile(r"\d{1,3}(?:\.\d{1,2})?[ \t]++[A-Z][^\n]{0,100}+(?<![.;,:])$")
"""A numbered agenda-item caption of a minutes book: "6<TAB>Options Report"."""
_BULLETS = "-*\u2022\u2013\u2014\u2023\u25e6\u25aa\u25cf\u00b7+"
"""Bullet markers (as in the grammar's MARKER): a title is lettered or numbered, never a bullet."""


def ends_with(text: str, chars: str) -> bool:
    stripped = text.rstrip().rstrip("\"”’')]")
    return bool(stripped) and stripped[-1] in chars


class LayoutCues:
    """The assembler's tests of layout; they read its state, never change it."""

    text: str
    units: list[Unit]
    kinds: list[str]
    index: int
    cur: ResB
    ops: PhraseList
    pre: PhraseList

    def t(self, u: Unit) -> str:
        return self.text[u.start : u.end]

    def t_range(self, start: int, end: int) -> str:
        return self.text[start:end]

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
        if self.cur.state == TAIL and ends_with(text, "?"):
            return False  # a rationale's questions: "Why is the Board addressing the issue now?"
        return (
            not ends_with(text, ".;,:") or text.isupper() or cue.TITLE_START.match(text) is not None
        )

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
                all(self._furniture_line(line) for line in text.splitlines())
                or (after_rule and cue.FOOTNOTE.match(text))
                or self._running_header(text)
                or self._page_top(unit, text)
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

    def _page_top(self, u: Unit, text: str) -> bool:
        """A short line just after a form feed: the running header of a new page
        ("<FF>UAAW 39th Constitutional Convention        Resolutions Book")."""
        line_start = self.text.rfind("\n", 0, u.start) + 1
        return u.lines == 1 and len(text) <= 120 and "\f" in self.text[line_start : u.start]

    def _furniture_line(self, line: str) -> bool:
        """A footer or running-header line of a PDF page: "25-20417    1/2",
        "A/RES/80/47   <the title>" (blank runs between the columns folded)."""
        return bool(cue.FURNITURE.match(collapse(line))) or self._running_header(line.strip())

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

    @staticmethod
    def _prose_only(r: ResB) -> bool:
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
        if r.state in (BODY, TAIL) and self._item_caption(u, nxt):
            return True  # a minutes item: "6<TAB>Kerbside Collection – Options Report"
        if not self.is_title(u, kind):
            return False
        if nxt in ("HEADING", "WHEREAS", "ORGAN", "PHRASE"):
            return True
        if nxt in ("META", "KEYVAL"):
            return r.state == BODY and self._resolution_ahead()
        return nxt == "TEXT" and self._next_is_prose(u) and self._resolution_ahead()

    def _item_after_header(self, u: Unit) -> bool:
        """Minutes: "Quorum was established at 15:02." then "4.1 Grant to PyLadies
        Lagos": prose before the first item caption was the minutes' header."""
        r = self.cur
        return (
            r.state == PRE
            and r.formula is None
            and all(rec.opener_kind == "none" for rec in r.recitals)
            and self._item_caption(u)
        )

    def _item_caption(self, u: Unit, nxt: str | None = None) -> bool:
        """A numbered agenda-item caption ("6<TAB>Options Report", "4.1 Grant to
        …", not a date) with a resolution below it."""
        text = self.t(u)
        return (
            _ITEM_CAPTION.match(text) is not None
            and not cue.DATE.match(text)
            and (nxt == "HEADING" or self._resolution_ahead())
        )

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
            and not ends_with(text, ".;,")
            and (not ends_with(text, ":") or len(text) <= 60)
        )

    def _section_caption(self, u: Unit, text: str) -> bool:
        """A section or item caption: one short line with no closing punctuation,
        after a roman numeral or capital letter ("V. Culture") or, in title
        case, after a number ("2.  Declaration of Quarterly Dividend")."""
        m = nb.MARKER.match(self.text, u.start, u.end)
        if m is None or u.lines != 1 or len(text) > 60 or ends_with(text, ".;,:"):
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
        return len(text) > 80 and ends_with(text, ".")

    def _motion_metadata(self) -> bool:
        """Do only "Key: value" lines stand between this unit and an enacting formula?"""
        j = self.index + 1
        while j < len(self.kinds) and self.kinds[j] in ("META", "KEYVAL", "TRAILER"):
            j += 1
        return j < len(self.kinds) and self.kinds[j] in ("FORMULA", "RESOLVES", "THAT")

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
