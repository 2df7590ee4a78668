"""``resolve diff``: the changes between two drafts, as a list of amendments.

The two documents are parsed and aligned part by part: title, each recital,
the enacting formula, each clause and, inside clauses that correspond, each
sub-clause. What differs becomes an :class:`Amendment` in the parliamentary
forms a chair puts to a vote (Robert's Rules of Order: *strike out*, *insert*,
*strike out and insert*), plus *move* for a part that changed place:

* ``strike``: a recital, clause or sub-clause removed;
* ``insert``: one added, placed after a part of OLD (``after``);
* ``strike-and-insert``: words changed inside a part, at word level with the
  smallest natural span (a pure insertion or deletion of words takes the
  neighbouring word on each side, so that there is always something to strike
  and something to insert);
* ``move``: a part whose text is unchanged but whose place is not.

Every number refers to OLD, as amendments to a pending text do. Parts are
compared by their words, with list markers left out, so renumbering that
follows from other amendments is implied, never listed, and re-wrapping,
spacing and line endings are not amendments.

Alignment uses :class:`difflib.SequenceMatcher`, once over the parts (by their
normalised text) and once over the words of each changed part. Parts that were
both changed and kept in place are paired by word similarity inside each
changed region, within a bounded window, so a long document stays linear in
practice. Before that, runs of parts that hold the same words split at other
places (two recitals read as one after re-wrapping) are set aside: they are
not amendments. A clause is compared with its sub-clauses, so a clause whose
sub-clauses changed is never taken as unchanged, and striking it quotes them.

Words outside the parts an amendment can name (heading lines, a trailer, text
not read as a part) are not listed; :func:`outside_changed` says whether they
differ, and ``resolve diff`` warns when they do.

The alignment itself is :mod:`resolve.diff_align`; list markers are the parser's
(:data:`resolve.parsing.patterns.MARKER`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from resolve.diff_align import (
    Unit,
    after_in_old,
    align,
    clause_unit,
    recital_unit,
    unit_words,
    word_changes,
)
from resolve.model import (
    Document,
    HeadingLineKind,
    Node,
    Resolution,
)
from resolve.parsing.patterns import MARKER
from resolve.rules.base import has_form

__all__ = ["Amendment", "DiffError", "diff", "diff_documents", "outside_changed"]

Op = Literal["strike", "insert", "strike-and-insert", "move"]
Part = Literal["title", "preamble", "formula", "clauses"]

_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


class DiffError(ValueError):
    """The two documents cannot be compared (no resolution, or different numbers of them)."""


@dataclass(frozen=True, slots=True)
class Amendment:
    """One amendment, with every number referring to OLD."""

    op: Op
    """``strike``, ``insert``, ``strike-and-insert`` or ``move``."""
    part: Part
    """``title``, ``preamble``, ``formula`` or ``clauses``."""
    index: int | None
    """1-based place in OLD of the recital or (top-level) clause amended; ``None``
    for an insert of a top-level part and for the title and formula of ``insert``."""
    after: int | None
    """For ``insert`` and ``move``: the place in OLD after which the text goes
    (0: at the beginning); for sub-clauses, counted among the siblings.
    ``None`` for the other operations."""
    old: str | None
    """The words struck (whitespace-normalised), or ``None``."""
    new: str | None
    """The words inserted, or ``None``."""
    sub: tuple[int, ...] = ()
    """For a sub-clause: its 1-based place under clause ``index``, one number per
    level (``(2,)`` is the second sub-clause). Empty for top-level parts."""
    label: str = ""
    """How the amendment names its part: ``clause 2 (b)``, ``the second recital``."""
    resolution: int | None = None
    """1-based number of the resolution, when the documents hold more than one."""
    anchor: str = ""
    """For ``insert`` and ``move``: how the part of OLD named by ``after`` is
    named (``clause 5``); empty when the text goes at the beginning."""
    scope: str = ""
    """The list the part belongs to: ``the preamble``, ``the clauses``, ``clause 2``."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the ``resolve diff --output-format json`` contract."""
        data: dict[str, Any] = {
            "op": self.op,
            "part": self.part,
            "index": self.index,
            "after": self.after,
            "old": self.old,
            "new": self.new,
            "sub": list(self.sub),
            "label": self.label,
        }
        if self.resolution is not None:
            data["resolution"] = self.resolution
        return data

    def sentence(self) -> str:
        """The amendment as a chair would put it, in plain text."""
        return self.prefix() + _q(self.old if self.op != "insert" else self.new) + self.suffix()

    def prefix(self) -> str:
        """The words before the first quoted text (see :meth:`sentence`)."""
        lead = f"In resolution {self.resolution}: " if self.resolution is not None else ""
        if self.op == "strike-and-insert":
            return f"{lead}In {self.label}, strike "
        if self.op == "strike":
            where = "In the preamble, strike" if self.part == "preamble" else "Strike"
            return f"{lead}{where} {self.label}: "
        if self.op == "insert":
            if self.part in ("title", "formula"):
                return f"{lead}Insert {self.label}: "
            if self.anchor:
                return f"{lead}After {self.anchor}, insert: "
            return f"{lead}At the beginning of {self.scope}, insert: "
        return f"{lead}Move {self.label} "

    def suffix(self) -> str:
        """The words after the first quoted text (see :meth:`sentence`)."""
        if self.op == "strike-and-insert":
            return f" and insert {_q(self.new)}."
        if self.op == "move":
            place = (
                f"to follow {self.anchor}" if self.anchor else f"to the beginning of {self.scope}"
            )
            return f" {place}."
        return "."


def _q(text: str | None) -> str:
    return "'" + (text or "") + "'"


def _ordinal(n: int | None) -> str:
    if n is not None and 1 <= n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    return f"no. {n}"


def _clause_label(index: int | None, sub: tuple[int, ...], markers: tuple[str, ...]) -> str:
    """``clause 2 (b)`` from the OLD markers when known, else ``clause 2, item 2``."""
    label = f"clause {index}"
    for depth, place in enumerate(sub):
        marker = markers[depth] if depth < len(markers) else ""
        label += f" {marker}" if marker else f", item {place}"
    return label


# ---------------------------------------------------------------------------
# Amendments


@dataclass(slots=True)
class _Builder:
    resolution: int | None
    out: list[Amendment] = field(default_factory=list)

    def add(self, op: Op, part: Part, index: int | None, **kw: Any) -> None:
        self.out.append(Amendment(op=op, part=part, index=index, resolution=self.resolution, **kw))

    def words(
        self, part: Part, index: int | None, label: str, old: str, new: str, **kw: Any
    ) -> None:
        for struck, inserted in word_changes(old, new):
            self.add(
                "strike-and-insert",
                part,
                index,
                after=None,
                old=struck,
                new=inserted,
                label=label,
                **kw,
            )

    def parts(self, part: Part, old: list[Unit], new: list[Unit]) -> None:
        """Top-level recitals or clauses, then (recursively) sub-clauses."""
        self._siblings(part, old, new, _Level(part, None, (), ()))

    def _siblings(self, part: Part, old: list[Unit], new: list[Unit], level: _Level) -> None:
        aligned = align(old, new)
        news = [j for _, j in aligned.anchors]
        # Each event is placed in OLD order: a struck, moved or kept part at its
        # own place, an insert just after the part it follows.
        events: list[tuple[float, int, Amendment | None, tuple[int, int] | None]] = []
        for i in aligned.struck:
            index, sub, label = level.name(i, old)
            events.append(
                (
                    i,
                    0,
                    Amendment(
                        "strike", part, index, None, old[i].quote, None, sub, label, self.resolution
                    ),
                    None,
                )
            )
        for j in aligned.inserted:
            after = after_in_old(j, aligned.anchors, news)
            events.append(
                (
                    after - 0.5,
                    j,
                    Amendment(
                        "insert",
                        part,
                        level.index,
                        after,
                        None,
                        level.quote(new[j]),
                        level.sub,
                        "",
                        self.resolution,
                        level.anchor(after, old),
                        level.scope(),
                    ),
                    None,
                )
            )
        for i, j in aligned.moved:
            after = after_in_old(j, aligned.anchors, news)
            index, sub, label = level.name(i, old)
            events.append(
                (
                    i,
                    0,
                    Amendment(
                        "move",
                        part,
                        index,
                        after,
                        old[i].quote,
                        None,
                        sub,
                        label,
                        self.resolution,
                        level.anchor(after, old),
                        level.scope(),
                    ),
                    None,
                )
            )
        for i, j in aligned.pairs:
            events.append((i, 1, None, (i, j)))
        events.sort(key=lambda e: (e[0], e[1]))
        for _, _, amendment, pair in events:
            if amendment is not None:
                self.out.append(amendment)
                continue
            assert pair is not None
            i, j = pair
            index, sub, label = level.name(i, old)
            if old[i].key != new[j].key:
                self.words(part, index, label, old[i].key, new[j].key, sub=sub)
            if old[i].children or new[j].children:
                self._siblings(part, old[i].children, new[j].children, level.child(i, old))


@dataclass(frozen=True, slots=True)
class _Level:
    """Where a list of sibling parts stands: top level, or under clause ``index``."""

    part: Part
    index: int | None
    """The top-level clause these are sub-clauses of (None at the top)."""
    sub: tuple[int, ...]
    """The path of the parent below the top-level clause."""
    markers: tuple[str, ...]
    """OLD's markers along that path, for names like ``clause 2 (b)``."""

    def name(self, i: int, old: Sequence[Unit]) -> tuple[int, tuple[int, ...], str]:
        """(index, sub, label) of OLD's sibling ``i`` (0-based)."""
        if self.index is None:
            if self.part == "preamble":
                return i + 1, (), f"the {_ordinal(i + 1)} recital"
            return i + 1, (), f"clause {i + 1}"
        sub = (*self.sub, i + 1)
        return self.index, sub, _clause_label(self.index, sub, (*self.markers, old[i].marker))

    def anchor(self, after: int, old: Sequence[Unit]) -> str:
        return self.name(after - 1, old)[2] if after else ""

    def scope(self) -> str:
        if self.index is None:
            return "the preamble" if self.part == "preamble" else "the clauses"
        return f"the sub-clauses of {_clause_label(self.index, self.sub, self.markers)}"

    def quote(self, unit: Unit) -> str:
        """What an insert quotes: a sub-clause with its marker ("(a) with changes;"),
        which names its place in the list; a top-level part as written."""
        if self.index is None or not unit.marker:
            return unit.quote
        return f"{unit.marker} {unit.quote}"

    def child(self, i: int, old: Sequence[Unit]) -> _Level:
        index, sub, _ = self.name(i, old)
        if self.index is None:
            return _Level(self.part, index, (), ())
        return _Level(self.part, index, sub, (*self.markers, old[i].marker))


def _title(doc: Document, res: Resolution) -> str | None:
    """The title's words, with the heading lines that only continue it (a
    wrapped title: untyped lines with no ``Key:``), so that re-wrapping a long
    title is not an amendment."""
    if not res.title or res.heading is None:
        return None
    words = res.title.split()
    lines = res.heading.lines
    first = next((k for k, line in enumerate(lines) if line.kind is HeadingLineKind.TITLE), None)
    if first is not None:
        for line in lines[first + 1 :]:
            if line.kind is not HeadingLineKind.META or line.key is not None:
                break
            words.extend(doc.text_of(line).split())
    return " ".join(words)


def _formula(doc: Document, res: Resolution) -> str | None:
    return unit_words(doc.text_of(res.enacting_formula)) if res.enacting_formula else None


def _diff_resolution(
    old_doc: Document, old: Resolution, new_doc: Document, new: Resolution, number: int | None
) -> list[Amendment]:
    b = _Builder(number)
    old_title, new_title = _title(old_doc, old), _title(new_doc, new)
    if old_title != new_title:
        if old_title and new_title:
            b.words("title", None, "the title", old_title, new_title)
        elif old_title:
            b.add("strike", "title", None, after=None, old=old_title, new=None, label="the title")
        else:
            b.add("insert", "title", None, after=0, old=None, new=new_title, label="the title")
    b.parts(
        "preamble",
        [recital_unit(old_doc, r) for r in old.preamble],
        [recital_unit(new_doc, r) for r in new.preamble],
    )
    old_formula, new_formula = _formula(old_doc, old), _formula(new_doc, new)
    if old_formula != new_formula:
        if old_formula and new_formula:
            b.words("formula", None, "the enacting formula", old_formula, new_formula)
        elif old_formula:
            b.add(
                "strike",
                "formula",
                None,
                after=None,
                old=old_formula,
                new=None,
                label="the enacting formula",
            )
        else:
            b.add(
                "insert",
                "formula",
                None,
                after=len(old.preamble),
                old=None,
                new=new_formula,
                label="the enacting formula",
            )
    b.parts(
        "clauses",
        [clause_unit(old_doc, c) for c in old.clauses],
        [clause_unit(new_doc, c) for c in new.clauses],
    )
    return b.out


def _all_words(doc: Document) -> list[str]:
    """Every word of the document as a reader sees it (line margins left out)."""
    pieces: list[str] = []
    pos = 0
    for start, end in doc.margins:
        pieces.append(doc.source[pos:start])
        pos = max(pos, end)
    pieces.append(doc.source[pos:])
    return "".join(pieces).split()


def _outside_words(doc: Document) -> list[str]:
    """The words of ``doc`` that no amendment can name: everything but the
    recitals, formulas and clauses, with each title's words replaced by one
    placeholder (a changed title is an amendment of its own)."""
    spans: list[tuple[int, int]] = []
    for res in doc.resolutions:
        parts: list[Node] = [*res.preamble, *res.clauses]
        if res.enacting_formula:
            parts.append(res.enacting_formula)
        if res.heading:
            parts.append(res.heading)
        spans.extend((n.span.start.offset, n.span.end.offset) for n in parts)
    spans.sort()
    out: list[str] = []
    pos = 0
    headings = {r.heading.span.start.offset: r for r in doc.resolutions if r.heading is not None}
    for start, end in spans:
        if start > pos:
            out.extend(_span_words(doc, pos, start))
        owner = headings.get(start)
        if owner is not None and owner.heading is not None and owner.heading.span.end.offset == end:
            words = doc.text_of(owner.heading).split()
            title = (_title(doc, owner) or "").split()
            n = len(title)
            for k in range(len(words) - n + 1 if n else 0):
                if words[k : k + n] == title:
                    words[k : k + n] = ["\0title"]
                    break
            out.extend(words)
        pos = max(pos, end)
    out.extend(_span_words(doc, pos, len(doc.source)))
    # Renumbering is never an amendment, there or anywhere.
    return [w for w in out if not MARKER.fullmatch(w)]


def _span_words(doc: Document, start: int, end: int) -> list[str]:
    if not doc.margins:
        return doc.source[start:end].split()
    pieces: list[str] = []
    pos = start
    for a, b in doc.margins:
        if b <= pos or a >= end:
            continue
        pieces.append(doc.source[pos:a] if a > pos else "")
        pos = max(pos, b)
    pieces.append(doc.source[pos:end] if end > pos else "")
    return "".join(pieces).split()


def outside_changed(old: Document, new: Document) -> bool:
    """True when the two documents' words also differ outside the parts that
    amendments name (title, recitals, formula, clauses): in heading lines, a
    trailer, or text the parser did not read as a part. :func:`diff` does not
    list those changes; ``resolve diff`` warns about them."""
    return _outside_words(old) != _outside_words(new)


def _formed(doc: Document) -> int:
    """How many resolutions ``doc`` holds, or 0 when none shows any part of the
    form (:func:`resolve.rules.base.has_form`): a README or a letter is not
    compared, as ``resolve check`` does not check it."""
    formed = any(has_form(r) for r in doc.resolutions)
    return len(doc.resolutions) if formed else 0


def _count(n: int) -> str:
    return f"{n} resolution" if n == 1 else f"{n} resolutions"


def diff_documents(old: Document, new: Document) -> list[Amendment]:
    """The amendments that turn ``old`` into ``new`` (both parsed)."""
    n_old, n_new = _formed(old), _formed(new)
    if n_old == 0 or n_new == 0:
        which = "OLD" if n_old == 0 else "NEW"
        raise DiffError(
            f"no resolution found in {which} (no enacting formula, clause or recital "
            "opener such as WHEREAS was recognised): there is nothing to compare"
        )
    if n_old != n_new:
        raise DiffError(
            f"OLD holds {_count(n_old)} and NEW holds {_count(n_new)}: diff compares documents "
            "with the same number of resolutions (split the files, or compare one pair at a time)"
        )
    if _all_words(old) == _all_words(new):
        # Wrapping, spacing and line endings alone are never amendments, even
        # where they would make the parser read the two texts differently.
        return []
    several = n_old > 1
    out: list[Amendment] = []
    for k, (a, b) in enumerate(zip(old.resolutions, new.resolutions, strict=True), 1):
        out.extend(_diff_resolution(old, a, new, b, k if several else None))
    return out


def diff(old: str | Document, new: str | Document) -> list[Amendment]:
    """The amendments that turn draft ``old`` into ``new``, numbered as in ``old``.

    Either argument may be text or a parsed :class:`~resolve.model.Document`.
    Raises :class:`DiffError` when either holds no resolution, or when they hold
    different numbers of resolutions.
    """
    from resolve.parsing import parse

    old_doc = parse(old) if isinstance(old, str) else old
    new_doc = parse(new) if isinstance(new, str) else new
    return diff_documents(old_doc, new_doc)
