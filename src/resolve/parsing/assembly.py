"""The state of the parse and the edits that build resolutions from units.

The decisions (which state, which edit) are :class:`resolve.parsing.machine.Machine`'s;
this base holds what they act on: the finished resolutions, the one under
construction, the last recital or clause (which a connector line extends),
and the edits themselves (recital, formula or clause, heading line, unknown
text, interruption).
"""

from __future__ import annotations

from resolve.model import FormulaKind, HeadingLineKind
from resolve.parsing.builders import (
    BODY,
    PRE,
    ClauseB,
    RecitalB,
    ResB,
    UnknownB,
    clauses_to_recitals,
    make_formula,
    recitals_to_heading,
)
from resolve.parsing.builders import heading_line as heading_node
from resolve.parsing.classify import (
    prose_only,
)
from resolve.parsing.context import Context
from resolve.parsing.further_lists import further_body_lists
from resolve.parsing.lost import numbered_preamble, restarted_list
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    THEREFORE,
    first_item,
)
from resolve.parsing.records import (
    minutes_cues,
    minutes_record,
)
from resolve.parsing.sentences import WE_ORGAN


def _members_act(r: ResB, kind: str) -> bool:
    """Is the resolution's formula so far the members' organ line ("We, the
    delegates …, meeting in …,"), no clause yet, and ``kind`` the body-only
    formula by which they act ("We therefore recommend that:")? That formula
    enacts, as a UN organ line's operative verbs do; the organ line stays
    the sentence that opened the preamble."""
    f = r.formula
    return (
        kind == "RESOLVES"
        and f is not None
        and f.kind == FormulaKind.ORGAN
        and not r.clauses.roots
        and WE_ORGAN.match(f.text) is not None
    )


class Assembly:
    """The resolutions built so far, the one under construction, and the edits
    that build it. :class:`~resolve.parsing.machine.Machine` decides which edit
    each unit makes."""

    def __init__(self, ctx: Context, units: list[Unit], breaks: list[int]) -> None:
        self.ctx = ctx
        self.units = units
        self.done: list[ResB] = []
        self.index = 0
        self.kinds: list[str] = []
        self.furniture: list[Unit] = []
        """Page furniture (PDF footers, running headers) kept out of every part."""
        self.last: RecitalB | ClauseB | None = None
        """The recital or clause most recently built: a connector line extends it."""
        self.cur = ResB(units[0].start if units else 0, units[0].start if units else 0)
        self.appendix = False
        """After an "Exhibit A" heading that follows the clauses: the rest is attached."""
        self.reasons = False
        self.quoting = False
        """The unit before was this resolution's own text quoted again in a record."""
        """After "BECAUSE:" alone on a line: the bullets below it are recitals."""
        self.breaks = sorted(breaks)
        """Offsets where a new resolution must begin, ascending (quote breaks; in
        a page that lists adopted resolutions, each item)."""

    def new_resolution(self, at: int) -> None:
        self.finish()
        self.cur = ResB(at, at)

    def finish(self) -> None:
        """The resolution being built is complete: settle what only its whole
        shows (a numbered list that starts again at 1 after a lost heading),
        and keep it if it holds anything."""
        r = self.cur
        restart = restarted_list(self.ctx, r)
        if restart:
            clauses_to_recitals(r, restart)
        further_body_lists(self.ctx, r)
        if not r.empty:
            self.done.append(r)

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

    def _in_current(self, b: RecitalB | ClauseB) -> bool:
        return b.start >= self.cur.start

    def heading_line(self, u: Unit, kind: HeadingLineKind) -> None:
        self.cur.heading.append(heading_node(self.ctx, u, kind))
        self.interrupt()

    def add_unknown(self, u: Unit, reason: str) -> None:
        self.cur.unknown.append(UnknownB(u.start, u.end, reason))
        self.interrupt()

    def interrupt(self) -> None:
        """Something that is not a clause came between: no later line extends or
        nests under what came before it."""
        self.last = None
        self.cur.clauses.close()

    def recital(self, u: Unit, kind: str, misplaced: bool = False) -> None:
        r = self.cur
        r.recitals.append(RecitalB.make(self.ctx, u, kind))
        if misplaced:
            r.clauses.close()
        self.last = r.recitals[-1]
        if not misplaced:
            r.state = PRE

    def formula_or_clause(self, u: Unit, kind: str) -> None:
        r = self.cur
        if (
            r.state is PRE
            and prose_only(r)
            and minutes_record(self.ctx, r)
            and kind == "FORMULA"
            and not THEREFORE.search(self.ctx.text, u.start, min(u.end, u.start + 60))
            and minutes_cues(self.ctx, r) >= 2
        ):
            # Paragraphs of prose with no opener before a bare "RESOLVED, that"
            # are the minutes around a resolution, not its preamble (a prose
            # preamble leads on: "THEREFORE, BE IT RESOLVED …").
            recitals_to_heading(self.ctx, self.cur)
        if kind == "FORMULA" and numbered_preamble(self.ctx, r):
            # "1. …" / "2. …" / "It is resolved that": the list above the
            # formula was its preamble, the WHEREAS heading lost.
            clauses_to_recitals(r, len(r.clauses.roots))
        r.state = BODY
        if r.formula is not None and _members_act(r, kind):
            # The organ line opened the members' sentence: a line of the head.
            span = r.formula.span
            organ = Unit("ORGAN", span.start.offset, span.end.offset)
            r.heading.append(heading_node(self.ctx, organ, HeadingLineKind.META))
            r.formula = None
        if r.formula is None:
            formula, rest = make_formula(self.ctx, u, kind)
            r.formula = formula
            if r.clauses.roots:
                # Clauses before the formula (a "That …" motion): nothing after the
                # formula may nest under them, or they would span across it.
                r.clauses.close()
                r.clauses.lead_mode = False
            if rest is not None and first_item(self.ctx.text, rest, u.end):
                # "RESOLVED, 1. That …" / "2. That …": the formula's numbered
                # items are its clauses, the first glued to it.
                r.clauses.lead_mode = False
                r.clauses.add_marked(self.ctx, Unit("MARKER", rest, u.end), under_root=False)
            elif rest is not None:
                r.clauses.lead_mode = formula.kind == FormulaKind.RESOLVED
                r.clauses.add_plain(self.ctx, Unit(kind, rest, u.end))
        else:
            r.clauses.lead_mode = True
            r.clauses.add_lead(self.ctx, u)
        if r.clauses.last() is not None:
            self.last = r.clauses.last()
