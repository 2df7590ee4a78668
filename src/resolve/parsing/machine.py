"""The state machine that turns paragraph units into resolution builders.

One pass over the units. Per resolution: HEAD (title, number, metadata, organ)
→ PRE (recitals) → BODY (formula and clauses) → TAIL (votes, signatures,
footnotes); :class:`~resolve.parsing.builders.State` names the states. A
heading, organ line or title after the clauses starts the next resolution of
a book. Sub-clauses nest by indentation first and marker style second. The
layout tests it asks are the pure functions of :mod:`resolve.parsing.classify`;
the nodes are built by :mod:`resolve.parsing.builders`. The HEAD state's
decisions are :class:`~resolve.parsing.head.HeadReader`'s and the PRE state's
:class:`~resolve.parsing.pre.PreambleReader`'s, which this extends; the passes
over the whole document before the states run are :mod:`resolve.parsing.passes`'.
"""

from __future__ import annotations

from resolve.model import HeadingLineKind, Trailer, TrailerKind
from resolve.parsing.action_lines import approved_next
from resolve.parsing.body_decisions import carried_next
from resolve.parsing.body_statements import statement_next
from resolve.parsing.builders import (
    BODY,
    HEAD,
    PRE,
    TAIL,
    ResB,
    organ_formula,
    recitals_to_heading,
)
from resolve.parsing.captions import item_after_header, section_heading
from resolve.parsing.classify import (
    bare_keyword,
    classify,
    headish,
    prose_only,
    starts_next,
    trailer_kind,
)
from resolve.parsing.consent_items import next_item
from resolve.parsing.decision_rows import next_act
from resolve.parsing.extracts import unglue
from resolve.parsing.furniture import cited_footnote, page_furniture, repeats_number
from resolve.parsing.letters import we_next
from resolve.parsing.lost import (
    bare_text,
    colon_paragraphs,
    lost_part_headings,
    section_between,
)
from resolve.parsing.minutes_cues import (
    DATED_RESOLVED,
    INITIALLED_NAME,
    LOST_THAT,
    MOTION_OUTCOME,
    MOVED_TO,
    OUTCOME_ITEM,
    SIGNER,
)
from resolve.parsing.motion_pages import chained_that
from resolve.parsing.motions import (
    announces_next,
    items_continue,
    motion_opens,
    noted_motion,
    organ_led,
    runs_on_to_lead,
    statement_goes_on,
    unspaced_next,
    verb_goes_on,
)
from resolve.parsing.noted_verbs import after_verb_led
from resolve.parsing.numbered_thats import numbered_thats
from resolve.parsing.operatives import operative_goes_on
from resolve.parsing.our_resolves import our_next
from resolve.parsing.paragraphs import Unit
from resolve.parsing.passes import prepare
from resolve.parsing.patterns import (
    APPENDIX,
    DATE,
    FOOTNOTE,
    LINK_ITEM,
    ends_with,
    is_section,
)
from resolve.parsing.pre import PreambleReader, reasons_list
from resolve.parsing.quoted_reports import between_quoted, quoted_next
from resolve.parsing.records import (
    adopted_paragraph,
    after_unknown,
    elides_quoted,
    enacting_colon,
    minutes_motion,
    motion_below,
    next_minute_item,
    opens_quote,
    quoted_wording,
    quotes_amendment,
    quotes_part,
    repeats_head,
    report_heads,
    root_opens_list,
)
from resolve.parsing.sentences import BARE_THAT, MOTION_SECTION
from resolve.parsing.series_thats import further_that

SIGNATURE_LINES = 2
"""Lines of a signature under the text: the signer's name and office."""


def _line_end(text: str, u: Unit) -> int:
    """Where the first line of ``u`` ends."""
    end = text.find("\n", u.start, u.end)
    return u.end if end < 0 else end


class Machine(PreambleReader):
    """Builds resolutions from units. One instance per document."""

    def run(self) -> list[ResB]:
        self.units = unglue(self.ctx, self.units)
        self.units = numbered_thats(self.ctx, self.units)
        kinds = self.kinds = [classify(self.ctx, u) for u in self.units]
        self.breaks = sorted(self.breaks + prepare(self.ctx, self.units, kinds))
        i, n = 0, len(self.units)
        while i < n:
            u, kind = self.units[i], kinds[i]
            nxt = kinds[i + 1] if i + 1 < n else None
            if nxt == "TEXT" and headish(self.ctx, self.units[i + 1]):
                nxt = "META"
            reasons = kind == "WHEREAS" and nxt == "MARKER" and reasons_list(self.ctx, u)
            if bare_keyword(self.ctx, u, kind, self.cur) and (
                nxt in ("TEXT", "VERB", "PHRASE")
                or reasons
                or (nxt == "THAT" and kind in ("FORMULA", "PHRASE", "THAT"))
            ):
                # "BECAUSE:" over a bulleted list: each bullet is a recital (not "WHEREAS:").
                self.reasons = reasons
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
            skip = page_furniture(self.ctx, self.units, kinds, i, self.cur) or int(
                between_quoted(self.ctx, self.units, kinds, i)
            )
            if skip:
                self.furniture.extend(self.units[i : i + skip])
                i += skip
                continue
            if self.appendix and kind in ("HEADING", "FORMULA"):
                # "Resolution No. 2" or the next certificate's "RESOLVED, that …":
                # the next resolution of a book or a filing.
                self.appendix = False
                if kind == "FORMULA":
                    self.new_resolution(u.start)
            if self.appendix or (
                self.cur.state in (BODY, TAIL) and APPENDIX.fullmatch(self.ctx.t(u)) is not None
            ):
                # "# Exhibit A" after the clauses: the attached document is no
                # part of the resolution (its headings and lists would be read
                # as clauses); kept out of every part, like page furniture.
                self.appendix = True
                self.furniture.append(u)
                i += 1
                continue
            self.index = i
            self.step(u, kind, nxt)
            self.cur.end = max(self.cur.end, u.end)
            i += 1
        self.finish()
        bare_text(self.ctx, self.done)
        lost_part_headings(self.ctx, self.done)
        return self.done

    def step(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        if self.reasons and kind == "MARKER" and r.state in (PRE, BODY):
            self.recital(u, kind, misplaced=r.state is BODY)
            return
        self.reasons = kind == "WHEREAS" and self.reasons
        if kind == "KEYVAL" and r.state != HEAD:
            kind = "META"
        if kind == "BILLHEAD" and r.state is PRE and prose_only(r):
            recitals_to_heading(self.ctx, r)  # a bill's XML metadata lines above its fields
        if kind == "SECTION" and r.state is BODY and r.clauses.roots:
            self.last = r.clauses.add_section(self.ctx, u)  # "…recommit.2.Clause …"
            return
        if kind in ("BILLHEAD", "SECTION"):
            kind = "META" if kind == "BILLHEAD" and r.state is HEAD else "TEXT"
        if (
            kind == "TEXT"
            and self.index > 0
            and self.kinds[self.index - 1] in ("INTRO", "HEADING")
            and motion_below(self.ctx, self.units[self.index - 1], u)
        ):
            kind = "THAT"  # "I move without notice:" or "Motion 4" / "That voting be …"
        if kind == "ENACT":
            # "Therefore, LULAC calls for …" after WHEREAS recitals enacts them.
            kind = "THAT" if r.state is PRE and not prose_only(r) else "TEXT"
        if kind in ("TEXT", "VERB") and enacting_colon(self.ctx, self.kinds, self.index, u, nxt, r):
            if report_heads(self.ctx, u, r):
                recitals_to_heading(self.ctx, r)
            self.formula_or_clause(u, "RESOLVES")
            return
        if (
            kind == "RESOLVES"
            and r.state is PRE
            and prose_only(r)
            and BARE_THAT.fullmatch(self.ctx.text, u.start, u.end)
        ):
            recitals_to_heading(self.ctx, r)  # "Motion text" / "That—": a motion has no preamble
        if kind == "INTRO" and self._intro(u):
            return
        if kind == "INTRO":
            kind = "TEXT"
        if kind == "THAT":
            if (minutes_motion(self.ctx, u, r) and not noted_motion(self.ctx, r)) or (
                r.state is PRE and prose_only(r) and MOVED_TO.match(self.ctx.text, u.start, u.end)
            ):
                # Minutes prose, or any prose above a motion that records its movers
                # ("MOVED by A, seconded by B, to approve …"): the meeting's record.
                recitals_to_heading(self.ctx, r)
            if r.state in (HEAD, PRE):
                r.state = BODY
                r.clauses.add_plain(self.ctx, u)
                r.clauses.lead_mode = True  # the motion is one clause: its list nests below it
                self.last = r.clauses.last()
                return
            if r.state is BODY and (
                MOTION_SECTION.match(self.ctx.text, u.start, u.end)
                or chained_that(self.ctx, self.kinds, self.index, u, r)
                or next_act(self.ctx, self.units, self.kinds, self.index)
                or next_item(self.ctx, self.units, self.kinds, self.index)  # consent agenda
                or after_verb_led(self.ctx, self.units, self.kinds, self.index)
                or statement_next(self.ctx, self.units, self.kinds, self.index)
                or our_next(self.ctx, self.units, self.kinds, self.index)
                or we_next(self.ctx, self.units, self.kinds, self.index)
                or quoted_next(self.ctx, self.units, self.kinds, self.index)
                or approved_next(self.ctx, self.units, self.kinds, self.index)
                or carried_next(self.ctx, self.units, self.kinds, self.index)
            ):
                r.clauses.add_plain(self.ctx, u)  # "Council further mandates:" and its paragraph
                self.last = r.clauses.last()
                return
            if r.state is not TAIL:  # after a motion's date line: tail() starts the next
                kind = "VERB"
        st = r.state
        opened = self.quoting or (
            self.index > 0 and opens_quote(self.ctx.t(self.units[self.index - 1]))
        )
        self.quoting = opened and quotes_part(self.ctx, u, r)
        if self.quoting:
            # The vote record quotes the motion again: "… approve the Original
            # motion 'WHEREAS, …; NOW THEREFORE BE IT RESOLVED that …'."
            r.state = TAIL
            span = self.ctx.spans.span(u.start, u.end)
            r.trailer.append(Trailer(span, self.ctx.source, TrailerKind.OTHER))
            self.interrupt()
            return
        if kind == "HEADING" and st != HEAD and repeats_number(self.ctx, u, r.heading):
            self.furniture.append(u)  # a running page header: "Resolution No. 24-047  Page 2 of 2"
            return
        if kind == "HEADING" and (
            st != HEAD or any(h.kind == HeadingLineKind.NUMBER for h in r.heading)
        ):
            self.new_resolution(u.start)
            self.step(u, kind, nxt)
            return
        if motion_opens(self.ctx, u, kind, r):
            # "Congress notes:" after untyped lines: they were the page's header.
            recitals_to_heading(self.ctx, self.cur)
            st = HEAD
        if kind == "ORGAN" and st == PRE and prose_only(r):
            # What looked like prose recitals was a document header (UN style).
            recitals_to_heading(self.ctx, self.cur)
            st = HEAD
        if kind == "ORGAN" and st == PRE and r.formula is None and r.recitals:
            # "RECOGNISING …; AWARE …; The IUCN World Conservation Congress, …:"
            # (the organ after its preamble) enacts the recitals above it.
            r.formula = organ_formula(self.ctx, u)
            return
        if kind == "ORGAN" and st != HEAD:
            self.new_resolution(u.start)
            self.step(u, kind, nxt)
            return
        if (
            st in (BODY, TAIL)
            and (
                starts_next(self.ctx, self.units, self.kinds, self.index, u, kind, nxt, r)
                or (kind == "TEXT" and repeats_head(self.ctx, u, self.done[-2:]))
            )
        ) or item_after_header(self.ctx, self.kinds, self.index, u, r):
            self.new_resolution(u.start)
            self.step(u, kind, nxt)
            return
        if st is HEAD:
            self.head(u, kind, nxt)
        elif st is PRE:
            self.preamble(u, kind, nxt)
        elif st is BODY:
            self.body(u, kind, nxt)
        else:
            self.tail(u, kind, nxt)

    def body(self, u: Unit, kind: str, nxt: str | None) -> None:
        before = self.cur.clauses.last()
        self._body(u, kind, nxt)
        after = self.cur.clauses.last()
        if after is not before:
            self.last = after

    def _body(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        tree = r.clauses
        if self._continues_sentence(u, kind):
            return
        if quoted_wording(self.ctx, r, u):
            tree.add_under_root(u)  # "… be amended to read—" / "“BE IT RESOLVED, that …”"
            self.last = tree.last()
            return
        if kind in ("FORMULA", "RESOLVES") and tree.roots and DATED_RESOLVED.match(self.ctx.t(u)):
            r.state = TAIL  # "RESOLVED THIS DAY, the 23rd of October 2013 …": its date
            r.trailer.append(
                Trailer(self.ctx.spans.span(u.start, u.end), self.ctx.source, TrailerKind.ADOPTION)
            )
            self.interrupt()
        elif kind in ("FORMULA", "RESOLVES"):
            self.formula_or_clause(u, kind)
        elif kind == "TEXT" and tree.roots and MOTION_OUTCOME.fullmatch(self.ctx.t(u)):
            r.state = TAIL  # "Motion passes.": the record's outcome line
            self.tail(u, "TRAILER", nxt)
        elif (
            kind in ("TEXT", "MARKER")
            and tree.roots
            and (
                (
                    u.lines == 1
                    and SIGNER.fullmatch(self.ctx.text, u.start, u.end)
                    and ends_with(self.ctx.t_range(tree.roots[-1].start, tree.roots[-1].end), ".")
                )
                or (
                    kind == "MARKER"
                    and u.lines <= SIGNATURE_LINES
                    and INITIALLED_NAME.fullmatch(
                        self.ctx.text, u.start, _line_end(self.ctx.text, u)
                    )
                    is not None
                )
            )
        ):
            # "GUY M. BRYAN," / "Speaker of the House …", "R. J. Penrose": the signatures
            r.state = TAIL
            r.trailer.append(
                Trailer(self.ctx.spans.span(u.start, u.end), self.ctx.source, TrailerKind.SIGNATURE)
            )
            self.interrupt()
        elif kind == "MARKER" and tree.roots and OUTCOME_ITEM.match(self.ctx.text, u.start, u.end):
            self._outcome(u)
        elif next_minute_item(self.ctx, u, kind, nxt, r):
            self.add_unknown(u, "a numbered minutes item after the clauses")
        elif kind == "MARKER" and after_unknown(self.ctx, r, u):
            self.add_unknown(u, "a list item in text after the clauses")
        elif kind == "MARKER" and tree.roots and LINK_ITEM.fullmatch(self.ctx.t(u)):
            self.add_unknown(u, "a link after the clauses")  # "* [The archive](https://…)"
        elif kind == "MARKER" and tree.roots and cited_footnote(self.ctx, u, r):
            r.state = TAIL  # "…of Work;*" above, "* WPR/RC31/16" after the clauses: its footnote
            self.tail(u, kind, nxt)
        elif kind == "MARKER":
            if (
                tree.roots
                and (
                    tree.lead_mode
                    or root_opens_list(self.ctx, r)
                    or quotes_amendment(self.ctx, r)
                    or items_continue(self.ctx, tree, u)
                )
                and (not is_section(self.ctx.text, u.start, u.end) or quotes_amendment(self.ctx, r))
            ):
                tree.add_marked(self.ctx, u, under_root=True)
            else:
                tree.add_marked(self.ctx, u, under_root=False)
        elif kind == "CONNECTOR":
            self.connector(u)
        elif kind in ("TRAILER", "META"):
            r.state = TAIL
            self.tail(u, kind, nxt)
        elif kind == "WHEREAS" or (kind == "PHRASE" and ends_with(self.ctx.t(u), ",")):
            self.recital(u, kind, misplaced=True)
        else:
            text = self.ctx.t(u)
            last = tree.last()
            if not tree.roots and r.formula is not None:
                tree.add_plain(self.ctx, u)
            elif unspaced_next(self.ctx, tree, u):
                tree.add_plain(self.ctx, u)  # "1)Consult …;" / "2)Submit …": the next item
            elif (
                kind == "TEXT"
                and (how := adopted_paragraph(self.ctx, self.units, self.kinds, self.index, r))
                is not None
            ):
                tree.add_plain(self.ctx, u) if how == "clause" else tree.add_under_root(u)
            elif kind == "TEXT" and section_between(self.ctx, r, u, nxt):
                self.add_unknown(u, "a section heading between the clauses")  # "## Fees"
            elif last is not None and section_heading(self.ctx, last):
                last.end = u.end  # "SEC. 2. EFFECT OF DESIGNATION." heads the text below it
            elif last is not None and ends_with(self.ctx.t_range(last.start, last.end), ":—–"):
                tree.add_child_plain(self.ctx, u)
            elif last is not None and elides_quoted(self.ctx, r, u):
                last.end = u.end  # "..." in the bylaw text a clause quotes: an omission mark
            elif kind == "WE" and tree.roots:
                tree.add_plain(self.ctx, u)  # "We pledge …" after the resolving clause
            elif kind == "VERB" and verb_goes_on(self.ctx, tree, u):
                tree.add_plain(self.ctx, u)  # "That the Council deplores …;" / "calls upon …;"
            elif kind == "VERB" and not tree.lead_mode and (not tree.marked or organ_led(r)):
                tree.add_plain(self.ctx, u)  # UN: an operative paragraph that lost its number
            elif kind in ("TEXT", "VERB") and further_that(self.ctx, r, text):
                tree.add_plain(self.ctx, u)  # "Resolved, That …" / "That copies …": the next one
            elif kind == "TEXT" and operative_goes_on(self.ctx, r, u.start, u.end):
                tree.add_plain(self.ctx, u)  # "The Manager is further authorized to …"
            elif (
                last is not None  # the list just ended: nothing came between
                and tree.lead_mode
                and nxt == "MARKER"
                and tree.roots[-1].children
                and ends_with(text, ":")
            ):
                tree.add_lead_in(self.ctx, u)  # "…, agencies should:" / its list
            elif FOOTNOTE.match(text) or DATE.match(text) or trailer_kind(u, kind, text, None):
                r.state = TAIL
                self.tail(u, kind, nxt)
            elif kind in ("TEXT", "VERB") and colon_paragraphs(self.ctx, r, u):
                tree.add_plain(self.ctx, u)  # "be it resolved that:" / one paragraph per clause
            elif kind == "TEXT" and r.formula is None and statement_goes_on(self.ctx, tree, text):
                tree.add_plain(self.ctx, u)  # "The movement will work …" after a statement's act
            elif tree.lead_mode and tree.opens_block(self.ctx.text):
                tree.add_under_root(u)  # the text of "…submit this our appeal:" goes on
            elif runs_on_to_lead(self.ctx, self.units, self.kinds, self.index, r):
                tree.roots[-1].end = u.end  # "RESOLVED, That …" / "…; and be it further"
            elif kind == "TEXT" and announces_next(self.ctx, tree, last):
                tree.add_plain(self.ctx, u)  # "OFFERS prayers …; and" / "Inspired by …, CALLS on …"
            else:
                self.add_unknown(u, "text after the clauses that is not a clause or trailer")

    def _outcome(self, u: Unit) -> None:
        """A register's bulleted outcome line under a resolution ("- Approved by
        IRC vote 5-0-0, …"): its trailer. A bare "that …" run on below it is
        the next resolution, its "RESOLVED," lost in the rendering."""
        r = self.cur
        r.state = TAIL
        nl = self.ctx.text.find("\n", u.start, u.end)
        lost = LOST_THAT.match(self.ctx.text, nl + 1, u.end) if nl >= 0 else None
        end = u.end if lost is None else nl
        r.trailer.append(
            Trailer(self.ctx.spans.span(u.start, end), self.ctx.source, TrailerKind.ADOPTION)
        )
        self.interrupt()
        if lost is not None:
            self.new_resolution(nl + 1)
            self.cur.state = BODY
            rest = Unit("TEXT", nl + 1, u.end, u.lines - 1)
            self.cur.clauses.add_plain(self.ctx, rest)
            self.cur.end = u.end

    def tail(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        text = self.ctx.t(u)
        prev = r.trailer[-1].kind if r.trailer else None
        if kind in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT"):
            self.new_resolution(u.start)
            self.step(u, kind, nxt)
            return
        tk = trailer_kind(u, kind, text, prev)
        if tk is None:
            self.add_unknown(u, "trailing text that is not a recognised trailer")
            return
        r.trailer.append(Trailer(self.ctx.spans.span(u.start, u.end), self.ctx.source, tk))
        self.interrupt()
