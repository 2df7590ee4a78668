"""The head of a resolution: what comes before its recitals (title, number,
metadata, session and sponsor lines, an organ line) and the introducing
sentences that head the next resolution of a book.

:class:`HeadReader` holds the HEAD state's decisions for
:class:`~resolve.parsing.machine.Machine`, which adds the other states.
"""

from __future__ import annotations

from resolve.model import HeadingLineKind
from resolve.parsing.assembly import Assembly
from resolve.parsing.builders import (
    BODY,
    HEAD,
    PRE,
    TAIL,
    clauses_to_recitals,
    organ_formula,
    recitals_to_heading,
)
from resolve.parsing.captions import colon_caption, marker_title
from resolve.parsing.classify import (
    is_title,
    long_title,
    prose_only,
)
from resolve.parsing.head_cues import PREAMBLE_HEADING
from resolve.parsing.lost import report_paragraphs
from resolve.parsing.minutes_cues import REPORTED_THEN_COLON
from resolve.parsing.motion_cues import NOTING_MOTION
from resolve.parsing.motions import named_item
from resolve.parsing.pagehead import head_item, page_head
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    CITATION_NOTE,
    DATE,
    ENDS_CONNECTOR,
    FUNCTION_WORD_END,
    GERUND,
    REPORTED_ADOPTION,
    SESSION,
    SPONSOR,
    TITLE_MAX,
    ends_mid_sentence,
    ends_with,
)
from resolve.parsing.reason_paragraphs import body_speaks, labelled_reasons
from resolve.parsing.records import motion_below
from resolve.parsing.sentences import LABELLED_TEXT, MOTION_LABEL

ENACTED_AHEAD = frozenset(
    {"WHEREAS", "FORMULA", "RESOLVES", "MARKER", "ORGAN", "THAT", "PHRASE", "VERB"}
)
"""Kinds of the unit after a labelled sentence that show the text goes on below it."""


class HeadReader(Assembly):
    """The HEAD state's decisions; :meth:`body` is the BODY state's, which
    :class:`~resolve.parsing.machine.Machine` defines."""

    def body(self, u: Unit, kind: str, nxt: str | None) -> None:
        raise NotImplementedError

    def _intro(self, u: Unit) -> bool:
        """An introducing sentence ("Dr. B read the following:", "…, it was"): a
        heading line of the resolution it introduces. False if it is not one here."""
        r = self.cur
        if r.state is PRE and prose_only(r):
            recitals_to_heading(self.ctx, self.cur)
        elif report_paragraphs(self.ctx, r) and self.kinds[self.index + 1 : self.index + 2] == [
            "HEADING"
        ]:
            # "381. The Conference noted …" / "382. …, the Conference adopted the
            # following resolution:" / "Resolution No. 40/59": a report's numbered
            # paragraphs introduce the resolution, they are not its clauses.
            clauses_to_recitals(r, len(r.clauses.roots))
            recitals_to_heading(self.ctx, r)
        elif r.state in (BODY, TAIL):
            ahead = self.kinds[self.index + 1 : self.index + 4]
            nu = self.units[self.index + 1] if ahead else None
            if nu is not None and ahead[0] == "TEXT" and motion_below(self.ctx, u, nu):
                ahead[0] = "THAT"  # "…, seconded by B, and RESOLVED" / "“That …”"
            if not any(
                k in ("FORMULA", "WHEREAS", "RESOLVES", "TEXT", "THAT") for k in ahead[:1]
            ) or not any(k in ("FORMULA", "WHEREAS", "RESOLVES", "THAT") for k in ahead):
                return False
            self._new_with_lead(u)
        elif r.state is not HEAD:
            return False
        self.heading_line(u, HeadingLineKind.META)
        return True

    def _new_with_lead(self, u: Unit) -> None:
        """Start the resolution that the introducing sentence ``u`` heads. The
        unknown text between the last resolution's clauses or trailer and ``u``
        ("(B)" / "Minutes of the meeting of 3 May" / "A discussion took place.")
        is this item's label, caption and minutes prose: its heading lines."""
        r = self.cur
        ends = [c.end for c in r.clauses.roots] + [t.span.end.offset for t in r.trailer]
        k = len(r.unknown)
        while k > 0 and r.unknown[k - 1].start >= max(ends, default=r.start):
            k -= 1
        lead = r.unknown[k:]
        del r.unknown[k:]
        self.new_resolution(lead[0].start if lead else u.start)
        for x in lead:
            self.heading_line(Unit("TEXT", x.start, x.end), HeadingLineKind.META)

    def head(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        text = self.ctx.t(u)
        labelled = LABELLED_TEXT.match(text) if kind in ("META", "KEYVAL") else None
        if kind == "HEADING":
            self.heading_line(u, HeadingLineKind.NUMBER)
        elif labelled is not None and nxt not in ENACTED_AHEAD and not r.recitals:
            # "Resolution: We, the … Committee, believe …." and no formula below:
            # the label heads the one sentence, the resolution's clause.
            self.heading_line(Unit(kind, u.start, u.start + labelled.end()), HeadingLineKind.META)
            r.state = BODY
            r.clauses.add_plain(self.ctx, Unit("TEXT", u.start + labelled.end(), u.end))
            self.last = r.clauses.last()
        elif (
            kind == "TRAILER"
            and not r.recitals
            and nxt in ("WHEREAS", "FORMULA")
            and labelled_reasons(self.ctx, self.units, self.index)
        ):
            self.recital(u, "TEXT")  # "Rationale: At the last conference …" / "WHEREAS: …"
        elif (
            kind in ("META", "KEYVAL")
            or (kind == "TRAILER" and not r.recitals)
            or (kind == "TEXT" and PREAMBLE_HEADING.fullmatch(text) is not None)
        ):
            # "## BACKGROUND" over the recitals: a section heading, not the title.
            self.heading_line(u, HeadingLineKind.META)
        elif kind == "ORGAN":
            r.formula = organ_formula(self.ctx, u)
            r.state = PRE
        elif kind == "WHEREAS" or (
            kind == "PHRASE"
            and (
                ends_with(text, ",;:")
                or MOTION_LABEL.fullmatch(text.strip())
                or NOTING_MOTION.match(text) is not None  # "That this Meeting notes …"
            )
        ):
            self.recital(u, kind)
        elif kind in ("FORMULA", "RESOLVES"):
            self.formula_or_clause(u, kind)
        elif kind == "MARKER" and head_item(self.ctx, self.units, self.kinds, self.index, nxt, r):
            # "* [Chemistry Department](/x.docx)", "- Adopted with minor amendment",
            # "### Authors" / "* Jo D": a page's links, notes or lists above a resolution.
            self.heading_line(u, HeadingLineKind.META)
        elif kind == "MARKER" and (marker_title(self.ctx, u, nxt) or named_item(self.ctx, u, nxt)):
            self.heading_line(u, HeadingLineKind.TITLE)
        elif kind == "MARKER":
            r.state = BODY
            self.body(u, kind, nxt)
        elif kind in ("TEXT", "VERB", "PHRASE") and u.lines <= 3 and SESSION.search(text):
            self.heading_line(u, HeadingLineKind.SESSION)
        elif kind in ("TEXT", "VERB", "PHRASE") and (
            SPONSOR.search(text) or DATE.match(text) or CITATION_NOTE.fullmatch(text)
        ):
            self.heading_line(u, HeadingLineKind.META)
        elif kind == "TEXT" and nxt == "WHEREAS" and not r.recitals and colon_caption(self.ctx, u):
            self.heading_line(u, HeadingLineKind.TITLE)  # "Harbour Day Proclamation:"
        elif is_title(self.ctx, u, kind, r.state) or (
            kind in ("PHRASE", "TEXT", "VERB")
            and len(text) <= TITLE_MAX
            and GERUND.match(text) is not None
            and nxt in ("WHEREAS", "HEADING", "META", "TRAILER", "KEYVAL", "FORMULA", "THAT", None)
        ):
            self.heading_line(u, HeadingLineKind.TITLE)
        elif (
            kind == "TEXT"
            and nxt == "WHEREAS"
            and not r.recitals
            and u.lines == 1
            and len(text) <= TITLE_MAX
            and (
                not ends_with(text, ":;,")
                or REPORTED_ADOPTION.search(text) is not None
                or REPORTED_THEN_COLON.search(text) is not None
            )
            and ENDS_CONNECTOR.search(text) is None
            and not body_speaks(text)
        ):
            # Prose with no opener right before the first WHEREAS ("View the
            # resolution in PDF here.", an introducing note) heads the resolution.
            self.heading_line(u, HeadingLineKind.META)
        elif long_title(self.ctx, u, kind, r):
            # A bill's long title under its heading: "To provide for opening …".
            self.heading_line(u, HeadingLineKind.TITLE)
        elif (
            kind == "TEXT"
            and r.heading
            and not r.recitals
            and (
                r.heading[-1].kind == HeadingLineKind.TITLE
                or (r.heading[-1].kind == HeadingLineKind.NUMBER and text[:1].islower())
            )
            and u.lines == 1
            and ends_mid_sentence(r.heading[-1].text)
            and nxt in ("WHEREAS", "FORMULA")
            and (
                text[:1].islower()
                or FUNCTION_WORD_END.search(r.heading[-1].text[-12:]) is not None
                or (len(text) <= 80 and ends_with(text, ":"))
            )
        ):
            # The title's last words, after a blank line a PDF left in it (or the
            # number line's: "Resolution No. 67-By …, of the Union of Steam Engin" / "eers:").
            first = r.heading.pop()
            self.heading_line(Unit("TEXT", first.span.start.offset, u.end), first.kind)
        elif not r.recitals and page_head(self.ctx, self.units, self.kinds, self.index):
            self.heading_line(u, HeadingLineKind.META)  # a web page's introduction, record fields
        elif kind == "CONNECTOR" and self.last is None and r.heading:
            # Nothing for it to end yet: keep it in the heading, so the heading
            # block never spans an unknown part.
            self.heading_line(u, HeadingLineKind.META)
        elif kind == "CONNECTOR":
            self.connector(u)
        else:
            self.recital(u, kind)
