"""The preamble of a resolution: what its recitals are, where they end.

:class:`PreambleReader` holds the PRE state's decisions for
:class:`~resolve.parsing.machine.Machine` (the HEAD state's are
:class:`~resolve.parsing.head.HeadReader`'s, which this extends): a recital
and what continues it, the list a recital introduces, page text before the
first WHEREAS, and where the formula or the operative part begins.
"""

from __future__ import annotations

from resolve.model import FormulaKind, HeadingLineKind
from resolve.parsing.builders import (
    BODY,
    TAIL,
    ClauseB,
    RecitalB,
    ResB,
    formula_names_below,
    formula_runs_on,
    recitals_to_heading,
)
from resolve.parsing.classify import (
    broken_sentence,
    introduces_list,
    motion_metadata,
    prose_only,
    runs_into_list,
)
from resolve.parsing.context import Context
from resolve.parsing.extracts import acts_below
from resolve.parsing.glued import ITEM_GLUED_CAPS
from resolve.parsing.head import HeadReader
from resolve.parsing.head_cues import NUMBER_CAPTION, OPERATIVE_HEADING, PREAMBLE_HEADING
from resolve.parsing.lost import lost_formula_list
from resolve.parsing.minutes_cues import (
    LOST_THAT,
)
from resolve.parsing.motions import (
    organ_led,
    resolves_under_organ,
)
from resolve.parsing.organ_acts import bare_article_heads, decided_under_organ
from resolve.parsing.pagehead import reports_adoption
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    DATE,
    MEMORIAL_ADDRESS,
    NUMBER_LINE,
    QUOTES,
    ends_with,
    first_item,
    marker_end,
)
from resolve.parsing.records import (
    caption_between,
    item_over_lead_in,
    opens_lead,
    quotation_goes_on,
    repeats_prose,
    table_goes_on,
    titled_after_prose,
)
from resolve.parsing.sentences import OPERATIVE_LEAD, WE_ORGAN

PAGE_PROSE = 3
"""Paragraphs of prose before the first WHEREAS that make them the page's text."""

_APPROVAL_WORDS = frozenset({"approved", "adopted", "passed", "enacted"})


def reasons_list(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a lone "BECAUSE:" over a bulleted list, the clear-language form
    whose bullets are one reason, one recital, each? A lone "WHEREAS:" over a
    list carries the list as one recital (as "Congress notes:" over its items)."""
    return ctx.t(u).strip().lstrip('*_!"#“').upper().startswith("BECAUSE")


def approval_over_formula(ctx: Context, u: Unit, kind: str, nxt: str | None, r: ResB) -> bool:
    """Is ``u`` a dated approval line ("Approved April 2, 1951") between prose
    read as recitals and the formula right below it?"""
    if kind != "TRAILER" or nxt != "FORMULA" or not r.recitals or not prose_only(r):
        return False
    word, _, rest = ctx.t(u).strip().partition(" ")
    return word.lower() in _APPROVAL_WORDS and DATE.match(rest.strip()) is not None


def _behind_formula(r: ResB, part: RecitalB | ClauseB) -> bool:
    """Does the resolution's formula stand after ``part`` (an organ line read
    after a recital)? Then no later line extends the part: its span would
    overlap the formula's."""
    return r.formula is not None and r.formula.span.start.offset > part.start


class PreambleReader(HeadReader):
    """The PRE state's decisions; :meth:`tail` is the TAIL state's, which
    :class:`~resolve.parsing.machine.Machine` defines."""

    def tail(self, u: Unit, kind: str, nxt: str | None) -> None:
        raise NotImplementedError

    def _continues_sentence(self, u: Unit, kind: str) -> bool:
        """Extend the last part over ``u`` when it continues a broken sentence."""
        if formula_runs_on(self.ctx, self.cur, u, kind):
            return True  # "…BE IT RESOLVED BY THE COUNCIL OF THE" / blank / "CITY OF ALBA:"
        if formula_names_below(self.ctx, self.cur, u, kind):
            return True  # "RESOLVED:" / "The Town Council is united in the statement that follows:"
        if self.last is not None and _behind_formula(self.cur, self.last):
            return False  # the formula stands between: extending would overlap it
        if bare_article_heads(self.ctx, self.cur, self.last, u, kind):
            assert self.last is not None
            self.last.end = u.end  # "Article 2" / "This decision shall enter into force …"
            return True
        if not broken_sentence(self.ctx, self.cur, self.last, u, kind):
            return False
        assert self.last is not None
        self.last.end = u.end
        return True

    def _numbered_caption(self, r: ResB) -> bool:
        """Does a prose paragraph read as a recital print a number label in
        capitals ("Loading..." / "Home … File 0077-1990RESOLUTION NO. 77-90 THANKING
        …", "RESOLUTION NO. 12 … does hereby resolve as follows:")?"""
        return any(
            NUMBER_CAPTION.search(self.ctx.text, x.start, x.end) is not None for x in r.recitals
        )

    def preamble(self, u: Unit, kind: str, nxt: str | None) -> None:
        r = self.cur
        last = r.recitals[-1] if r.recitals else None
        if last is not None and _behind_formula(r, last):
            last = None  # a recital before the formula: no later line extends it
        if self._continues_sentence(u, kind):
            return
        if titled_after_prose(self.ctx, u, kind, nxt, r):
            # Prose paragraphs, then the resolution's own title line, then its
            # first WHEREAS: the prose was the page around it (a project's
            # history, a blog's introduction), not its preamble.
            recitals_to_heading(self.ctx, self.cur)
            self.heading_line(u, HeadingLineKind.TITLE)
        elif (
            kind == "TEXT"
            and nxt == "FORMULA"
            and bool(r.recitals)
            and OPERATIVE_HEADING.fullmatch(self.ctx.text, u.start, u.end) is not None
        ):
            # "… Be it therefore" / "Resolution" / "Resolved, that …": the label
            # names the part below it; it is neither recital nor title.
            self.heading_line(u, HeadingLineKind.META)
        elif (
            kind == "WHEREAS"
            and prose_only(r)
            and (len(r.recitals) >= PAGE_PROSE or self._numbered_caption(r))
        ):
            # Three or more paragraphs of prose, then the first WHEREAS: the page
            # around the resolution (a news summary, a session report), not its
            # preamble (a consent's or memorial's one or two lines of prose are).
            # So is prose that prints the resolution's number label in capitals:
            # its caption, with the viewer's lines run into it or above it.
            recitals_to_heading(self.ctx, self.cur)
            self.recital(u, kind)
        elif (
            kind == "TEXT"
            and prose_only(r)
            and PREAMBLE_HEADING.fullmatch(self.ctx.text, u.start, u.end) is not None
        ):
            # "Written resolution of the members of …" / "## BACKGROUND" / "1. …":
            # the heading says where the preamble begins; the prose above was the
            # document's caption, and the heading itself is counted nowhere.
            recitals_to_heading(self.ctx, self.cur)
            self.heading_line(u, HeadingLineKind.META)
        elif item_over_lead_in(self.ctx, u, kind, nxt, r):
            recitals_to_heading(self.ctx, self.cur)  # the minutes' earlier items
            self.heading_line(u, HeadingLineKind.TITLE)
        elif repeats_prose(self.ctx, u, kind, r):
            recitals_to_heading(self.ctx, self.cur)  # a site header printed twice
            self.heading_line(u, HeadingLineKind.META)
        elif kind == "TEXT" and prose_only(r) and reports_adoption(self.ctx.t(u)):
            # "This resolution … was approved by vote … on 4 April 2006.": the
            # page's note on the resolution; the prose above it was the page's head.
            recitals_to_heading(self.ctx, self.cur)
            self.heading_line(u, HeadingLineKind.META)
        elif caption_between(self.ctx, u, kind, nxt, r):
            self.furniture.append(u)  # kept between the recitals, in no part
        elif (
            last is not None
            and last is self.last
            and table_goes_on(self.ctx, u, last.start, last.end)
        ):
            last.end = u.end
        elif kind == "TEXT" and nxt == "MARKER" and decided_under_organ(self.ctx, r, u):
            self.last = None  # "THE COUNCIL," / citations / "HAS DECIDED AS FOLLOWS:" / "Article 1"
        elif kind in ("VERB", "TEXT") and nxt == "MARKER" and resolves_under_organ(self.ctx, r, u):
            # "THE ASSEMBLY:" / recitals / "RESOLVES:" / "1. That …"; the verb in
            # the plural ("The Representatives," / … / "Decide that," / "- …")
            self.last = None
        elif approval_over_formula(self.ctx, u, kind, nxt, r):
            # "Chap. 88.—An ACT …" / "Approved April 2, 1951" / "Resolved by …":
            # a preamble leads into its formula, so the prose above the date of
            # approval was the page's head (a chapter's caption, the site's links).
            recitals_to_heading(self.ctx, r)
            self.heading_line(u, HeadingLineKind.META)
        elif kind in ("FORMULA", "RESOLVES"):
            self.formula_or_clause(u, kind)
        elif kind == "CONNECTOR":
            self.connector(u)
        elif (
            kind == "TEXT"
            and last is not None
            and last is self.last
            and not MEMORIAL_ADDRESS.match(self.ctx.t_range(last.start, last.end))  # quotes nothing
            and not last.items.roots
            and ends_with(self.ctx.t_range(last.start, last.end), ":—–")
            and nxt in ("WHEREAS", "MARKER")
        ):
            # "WHEREAS … article 5 states:" / one quoted paragraph / the next
            # WHEREAS: the quotation is part of the recital.
            last.end = u.end
        elif (
            kind == "TEXT"
            and last is not None
            and last is self.last
            and quotation_goes_on(self.ctx, self.units, self.kinds, self.index, last)
        ):
            last.end = u.end  # "… was as follows:" / "“That …" / "“The Senate …": quoted on
        elif (
            kind == "TEXT"
            and last is not None
            and last is self.last
            and last.opener_kind == "phrase"
            and ends_with(self.ctx.t_range(last.start, last.end), ":")
            and ITEM_GLUED_CAPS.match(self.ctx.text, u.start, u.end)
        ) or (
            kind == "TEXT"
            and last is not None
            and last.items.roots
            and self.last is last.items.last()
            and ITEM_GLUED_CAPS.match(self.ctx.text, last.items.roots[0].start, u.end)
            and ITEM_GLUED_CAPS.match(self.ctx.text, u.start, u.end)
        ):
            # "Having considered:" / "(a)The report …" / "(b)The views …": the
            # list the phrase introduces, its numbers glued to the first words.
            last.items.add_plain(self.ctx, u)
            self.last = last.items.last()
        elif (
            kind == "TEXT"
            and last is not None
            and last.items.roots
            and self.last is last.items.last()
            and self.ctx.t(u)[:1].islower()
        ):
            # "Whereas … located in any of" / "* …" / "as long as they …": the
            # recital's sentence ends after the list it holds.
            last.items.add_plain(self.ctx, u)
            self.last = last.items.last()
        elif kind == "MARKER" and prose_only(r) and opens_lead(self.ctx, u):
            # "Meeting called to order." / … / "5.1 BIRT the council fund …": an
            # item of the minutes that carries a resolution; the prose was the record.
            recitals_to_heading(self.ctx, r)
            r.state = BODY
            self.body(u, kind, nxt)
        elif kind == "MARKER":
            body_start = marker_end(self.ctx.text, u.start, u.end)
            head = self.ctx.text[body_start : min(u.end, body_start + 80)]
            opens_verb = self.ctx.ops.match(head) or (
                # "2. Decide to …" under "We, the …,": the members' verb in the plural
                r.formula is not None
                and WE_ORGAN.match(r.formula.text) is not None
                and self.ctx.plural_op(head)
            )
            # "(1) that the minutes … be re-submitted …;" / "(2) that …": "Resolved" lost
            lost = nxt == "MARKER" and LOST_THAT.match(self.ctx.text, body_start, u.end)
            # Under a UN organ line a marked paragraph is operative; under the
            # members' own ("We, the delegates …, meeting …,") a bullet goes on
            # their preamble until they resolve.
            un = (
                r.formula is not None
                and r.formula.kind == FormulaKind.ORGAN
                and WE_ORGAN.match(r.formula.text) is None
            )
            formula_after = (
                r.formula is not None
                and last is not None
                and (r.formula.span.start.offset > last.start)
            )
            acts = last is not None and acts_below(self.ctx, last.start, last.end, u)
            if (
                last
                and not formula_after
                and not acts
                and (
                    last.items.roots
                    or introduces_list(self.ctx.t_range(last.start, last.end))
                    or (last is self.last and QUOTES.search(self.ctx.t_range(last.start, last.end)))
                    or (
                        last is self.last and runs_into_list(self.ctx.t_range(last.start, last.end))
                    )
                )
            ):
                # The list a recital introduces, or the rest of the text it quotes
                # ("AND WHEREAS the Act reads:" / "312-Selection …" / "(a) The board …").
                last.items.add_marked(self.ctx, u, under_root=False)
                self.last = last.items.last()
            elif un or opens_verb or acts or lost or lost_formula_list(self.ctx, r, u):
                if (
                    (opens_verb or lost)
                    and not acts
                    and prose_only(r)
                    and first_item(self.ctx.text, u.start, u.end)
                ):
                    recitals_to_heading(self.ctx, r)  # "(a) condemns …": a motion, no body line
                r.state = BODY
                self.body(u, kind, nxt)
            else:
                self.recital(u, kind)
        elif (
            kind == "VERB"
            and (
                (r.formula is not None and r.formula.kind == FormulaKind.ORGAN)
                or (last is not None and last.opener_kind == "phrase")
            )
        ) or (
            # "The Representatives," / "Conscious of …;" / "Decide that," over "- …"
            kind == "TEXT"
            and organ_led(r)
            and nxt == "MARKER"
            and OPERATIVE_LEAD.fullmatch(self.ctx.text, u.start, u.end) is not None
            # its verb in the plural: "Decide" is "Decides" without its "s"
            and self.ctx.plural_op(self.ctx.t(u)) is not None
        ):
            r.state = BODY
            self.body(u, kind, nxt)
        elif (
            kind in ("TRAILER", "META")
            or (u.lines == 1 and NUMBER_LINE.match(self.ctx.text, u.start, u.end))
        ) and motion_metadata(self.kinds, self.index):
            # "Moved: Cr X" / "Seconded: Cr Y" between the preamble and "That
            # Council:": kept between the parts, like page furniture.
            self.furniture.append(u)
        elif kind in ("TRAILER", "META"):
            r.state = TAIL
            self.tail(u, kind, nxt)
        else:
            self.recital(u, kind)
