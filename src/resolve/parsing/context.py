"""What every builder and layout test may read about the document: its text,
the original it refers to, line positions and the phrase lists. Read-only."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from resolve._text import matches_at
from resolve.model import Position, Span
from resolve.parsing.minutes_cues import LISTED_INTRO, MINUTES_CUE
from resolve.parsing.paragraphs import Unit, cut_unit
from resolve.parsing.patterns import ACRONYM_WORD, GLUED_MARK
from resolve.phrases import PhraseList, operative_verbs, preamble_phrases

_MARK_CHAR = re.compile(r"[\d*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]++")
"""A run of the characters of :data:`GLUED_MARK`'s marks (digits, "*", "†", "‡",
superscript digits): a mark starts a run, as its lookbehind wants a letter or a
punctuation mark before it."""


_PLURAL_VERB = re.compile(
    r"[ \t]*+((?i:(?:also|further|furthermore|again|hereby)[ \t]++)?[A-Za-z]++)(?![\w'’-])"
)
"""A paragraph's first verb, with its "Also"/"Further" before it: "Also decide"."""


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


@dataclass(frozen=True)
class Context:
    """One document being parsed."""

    text: str
    """The text the parser reads (line margins blanked out, if any)."""
    source: str
    """The original text the nodes refer to; the same length as ``text``."""
    spans: LineIndex
    ops: PhraseList
    """Operative verbs."""
    pre: PhraseList
    """Preambular phrases (UN openers)."""

    @classmethod
    def of(cls, text: str, source: str | None = None) -> Context:
        return cls(
            text,
            text if source is None else source,
            LineIndex(text),
            operative_verbs(),
            preamble_phrases(),
        )

    def plural_op(self, text: str) -> str | None:
        """The operative verb that opens ``text`` in the plural of a body that
        speaks as "we" ("Decide to …", "Also decide that …": "Decides"
        without its "s"), as :attr:`ops` would read it with the "s"; or None."""
        m = _PLURAL_VERB.match(text)
        if m is None or m.group(1).endswith(("s", "S")):
            return None
        return self.ops.match(m.group(1) + "s" + text[m.end() : m.end() + 40])

    def t(self, u: Unit) -> str:
        return self.text[u.start : u.end]

    def t_range(self, start: int, end: int) -> str:
        return self.text[start:end]

    def piece(self, kind: str, start: int, end: int) -> Unit:
        """A unit of ``kind`` cut from a longer one: ``start`` to ``end`` less
        its trailing blanks."""
        return cut_unit(self.text, kind, start, end)

    def split_units(
        self,
        units: list[Unit],
        kinds: list[str],
        cuts: Callable[[int, Unit, str], Iterable[tuple[int, int]]],
    ) -> None:
        """Cut each unit ``i`` at the places ``cuts(i, unit, kind)`` gives, in
        order, each a pair (where a piece stops, where the next begins); each
        piece keeps its unit's kind (in place)."""
        out: list[Unit] = []
        out_kinds: list[str] = []
        for i, (u, kind) in enumerate(zip(units, kinds, strict=True)):
            begin = u.start
            for stop, after in cuts(i, u, kind):
                out.append(self.piece(u.kind, begin, stop))
                out_kinds.append(kind)
                begin = after
            out.append(u if begin == u.start else self.piece(u.kind, begin, u.end))
            out_kinds.append(kind)
        units[:] = out
        kinds[:] = out_kinds

    def cut_units(
        self,
        units: list[Unit],
        kinds: list[str],
        pieces: Callable[[int], Sequence[tuple[int, str]]],
        *,
        head_joins_above: bool = False,
    ) -> list[tuple[int, int, str]]:
        """Cut each unit ``i`` into the pieces ``pieces(i)`` gives, each (where it
        begins, its kind) in order and running to the next or to the unit's end;
        the text before the first piece keeps the unit's kind, as a piece of its
        own or, with ``head_joins_above``, as the end of the unit above it (in
        place). ``pieces`` is asked of the units as they were. Returns (``i``,
        start, kind) for each piece made."""
        out: list[Unit] = []
        out_kinds: list[str] = []
        made: list[tuple[int, int, str]] = []
        for i, (u, kind) in enumerate(zip(units, kinds, strict=True)):
            cut = pieces(i)
            if not cut:
                out.append(u)
                out_kinds.append(kind)
                continue
            first = cut[0][0]
            if first > u.start and head_joins_above:
                out[-1] = self.piece(out[-1].kind, out[-1].start, first)
            elif first > u.start:
                out.append(self.piece(u.kind, u.start, first))
                out_kinds.append(kind)
            for (a, k), b in zip(cut, [*(p for p, _ in cut[1:]), u.end], strict=True):
                out.append(self.piece(u.kind, a, b))
                out_kinds.append(k)
                made.append((i, a, k))
        units[:] = out
        kinds[:] = out_kinds
        return made

    def listed_runs(
        self, units: list[Unit], kinds: list[str], accept: Callable[[int], bool]
    ) -> Iterator[tuple[int, int]]:
        """Each lead-in that introduces a list of what a meeting adopted ("The
        following motions were approved by …:", :data:`~resolve.parsing.minutes_cues.LISTED_INTRO`),
        a TEXT or INTRO unit, with the end of the run of units below it that
        ``accept`` takes: (the lead-in, the unit after the run)."""
        for i, u in enumerate(units):
            if kinds[i] not in ("TEXT", "INTRO") or not LISTED_INTRO.search(
                self.text, u.start, u.end
            ):
                continue
            j = i + 1
            while j < len(units) and accept(j):
                j += 1
            yield i, j

    @cached_property
    def acronyms(self) -> frozenset[str]:
        """Mixed-case documents' acronyms ("UE", "AFL-CIO"), to keep them when
        an all-capitals body name is put in title case."""
        # Lines with a lower-case letter, scanned once as one string: a per-line
        # findall cost 30 ms on 1 MB. (A line with no cased letter holds no acronym.)
        mixed = "\n".join(line for line in self.text.splitlines() if not line.isupper())
        return frozenset(ACRONYM_WORD.findall(mixed))

    @cached_property
    def glued_marks(self) -> dict[str, list[int]]:
        """Each footnote mark glued to a word in the text, with its offsets in
        order: found once, so a footnote asks in log time whether it is cited."""
        marks: dict[str, list[int]] = {}
        # Tried only where a mark's first character stands (the lookbehind that
        # opens GLUED_MARK made ``finditer`` try every offset: 80 ms on 1 MB).
        starts = (m.start() for m in _MARK_CHAR.finditer(self.text))
        for m in matches_at(GLUED_MARK, self.text, starts):
            marks.setdefault(m.group(1), []).append(m.start())
        return marks

    @cached_property
    def _minutes_cues(self) -> tuple[list[int], list[int], list[int]]:
        """The words of minutes in the whole text, found once: their starts, their
        ends, and how many different words the first k of them hold."""
        starts: list[int] = []
        ends: list[int] = []
        distinct = [0]
        seen: set[str] = set()
        for m in MINUTES_CUE.finditer(self.text):
            starts.append(m.start())
            ends.append(m.end())
            seen.add(m.group().lower())
            distinct.append(len(seen))
        return starts, ends, distinct

    def minutes_words(self, end: int) -> int:
        """How many different words of minutes ("meeting", "agenda", "moved")
        ``text[:end]`` holds: ``MINUTES_CUE.findall(text, 0, end)``, in log time
        (asked once per resolution, it scanned a book from its start each time)."""
        text = self.text
        if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            # ``end`` cuts a word ("motion|s"), which ``findall`` reads as ended.
            return len({m.lower() for m in MINUTES_CUE.findall(text, 0, end)})
        starts, ends, distinct = self._minutes_cues
        k = bisect_right(ends, end)
        if k == len(starts) or starts[k] >= end:
            return distinct[k]
        # A match runs over ``end`` ("called the meeting to" / "order"): read
        # the rest as ``findall`` would, with ``end`` as the end of the text.
        words = {text[a:b].lower() for a, b in zip(starts[:k], ends[:k], strict=True)}
        words.update(m.lower() for m in MINUTES_CUE.findall(text, starts[k], end))
        return len(words)

    def cites(self, mark: str, start: int, end: int) -> bool:
        """Is footnote ``mark`` cited, glued to a word, in ``text[start:end]``?"""
        at = self.glued_marks.get(mark, [])
        k = bisect_left(at, start)
        return k < len(at) and at[k] < end
