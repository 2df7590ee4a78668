"""A consent agenda (or consent calendar) adopted by one motion or one vote,
its items listed right above the record or right under it:

    Consent Agenda
    - Approve the minutes of the May meeting
    - Accept the treasurer's report
    VOTE: The Consent Agenda was approved by unanimous consent.

    Director A moved to accept the Consent Calendar. Motion carried 4-0. The
    following items were approved:
    A. Approval of the Minutes of the April meeting
    B. Action to adopt Ordinance 12

    Director A moved to approve items A through C on the consent agenda.
    The motion passed with 7 in favor.
    ### A. Contract Award
    It is recommended that the Board award …
    ### B. …

One motion with several parts is one resolution of N clauses, one per item
(convention Q5 of tests/real/README.md): each item that opens with the act it
asks for ("Approve …", "Ratify …", "Approval of …", "Receipt of …") is a clause
(THAT); an item that names no act (a sub-item "- Finance Committee Minutes",
a group's caption "- Committee Memberships", an item printed as pulled) goes
on with the clause above it. A record that names its items by their range
("items A through C"), its outcome told under it, adopts the items printed in
that order after its vote, each a clause with the paragraphs under it (the
record and its vote are its head). The record itself is the resolution's trailer
when the items stand above it, its head when they stand under it, and its last
clause when it is glued to the last item ("B. Approve the warrants – MSC: A/B
to approve consent agenda as presented."). A pure pass over the classified
units, one row of ``BREAKS`` in :mod:`resolve.parsing.passes`, run after the
readers of minutes."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

_CONSENT_NAME = r"consent[ \t]++(?:agenda|calendar)"
CONSENT_DONE = re.compile(
    rf"(?i)\b{_CONSENT_NAME}\b(?=[^\n]{{0,80}}?"
    r"\b(?:approved|carried|adopted|passed|accepted)\b)"
    rf"|(?i:\b(?:MSC|approved?|accept(?:ed)?|adopt(?:ed)?)\b)[^\n]{{0,40}}?\b{_CONSENT_NAME}\b"
)
"""A record that the consent agenda was adopted: "Motion to approve the consent
agenda carried", "The Consent Agenda was approved by unanimous consent", "MSC:
A/B to approve consent agenda as presented", "moved to accept the Consent
Calendar …"."""
CONSENT_NAMED = re.compile(rf"(?i){_CONSENT_NAME}")
"""The consent agenda named, which every match of :data:`CONSENT_DONE` holds:
sought once in the whole text (with no ``\\b`` before it, which ``re`` would try
at every offset) before the units are read one by one."""
CONSENT_OUTCOME = re.compile(
    r"(?i)\b(?:carried|approved|adopted|passed|MSC|unanimous(?:ly)?|nem\.?[ \t]*+con)\b"
)
"""The outcome told in the record (a motion without one is a proposal)."""
ITEM = re.compile(r"[ \t]*+(?:[-•*–][ \t]++|[A-Za-z][.)][ \t]++|\d{1,2}[.)][ \t]++)")
"""The marker of an item of the agenda: "- ", "• ", "A. ", "3) "."""
ACT_WORD = re.compile(
    r"(?:(?:Re-?)?(?:Approve|Approval|Acknowledge|Accept|Adopt|Ratify|Receive|Receipt"
    r"|Authori[sz]e|Appoint|Confirm|Reverse|Add|Adding|Remove|Removing|Elect|Award|Renew"
    r"|Amend|Grant|Affirm|Designate|Establish|Action|Approving|Accepting|Adopting))\b"
)
"""The act an item asks for, its first word: "Approve …", "Approval of …",
"Receipt of …", "Action to adopt …", "Adding A to the committee"."""
FOLLOWING = re.compile(r"(?i)\bfollowing[ \t]++(?:items?|matters?)\b[^\n]{0,40}:[ \t]*+$")
"""A record that introduces the items under it: "The following items were
approved:"."""
ITEM_MAX = 400
"""Characters of one agenda item."""
RANGE = re.compile(
    r"(?i)\bitems?[ \t]++(?P<first>(?-i:[A-Z])|\d{1,2})[ \t]++(?:through|thru|to|[-–])[ \t]++"
    r"(?P<last>(?-i:[A-Z])|\d{1,2})\b"
)
"""A record that names the items it adopts by their first and last markers:
"… to approve items A through C on the consent agenda"."""
LETTERED = re.compile(r"[ \t]*+(?P<level>#{1,6}[ \t]++)?(?P<mark>[A-Z]|\d{1,2})[.)][ \t]++\S")
"""An item of the agenda by its marker, a Markdown heading or not: "### A. Contract
Award", "B. Code of Ethics"."""
RANGE_UNITS = 40
"""Units under a ranged record within which its vote and its items stand."""


def _item(ctx: Context, u: Unit) -> re.Match[str] | None:
    """The marker of ``u`` if it is a short item of a list."""
    if u.end - u.start > ITEM_MAX:
        return None
    return ITEM.match(ctx.text, u.start, u.end)


def _act(ctx: Context, u: Unit) -> bool:
    """Does item ``u`` open with the act it asks for?"""
    m = _item(ctx, u)
    return m is not None and ACT_WORD.match(ctx.text, m.end(), u.end) is not None


def _run_after(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> list[int]:
    """The units of the list right under record ``i``: its items and the lines
    that go on from them (a hard-wrapped item), up to the first sentence that is
    neither or another reader's record (THAT)."""
    run: list[int] = []
    j = i + 1
    while j < len(units) and kinds[j] != "THAT":
        u = units[j]
        if _item(ctx, u) is None and not (run and not _ends(ctx, units[j - 1])):
            break
        run.append(j)
        j += 1
    return run


def _ends(ctx: Context, u: Unit) -> bool:
    """Does ``u`` end a sentence or an item ("…)", "… Meeting.")?"""
    return ctx.t(u).rstrip().endswith((".", "!", "?", ")"))


def _run_before(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> list[int]:
    """The items of the list right above record ``i``, in order, up to another
    reader's record (THAT)."""
    j = i - 1
    while j >= 0 and kinds[j] != "THAT" and _item(ctx, units[j]) is not None:
        j -= 1
    return list(range(j + 1, i))


def _clauses(ctx: Context, units: list[Unit], run: list[int]) -> list[tuple[int, int]]:
    """The items of ``run`` that open with their act, each with the units after
    it that name none, as (first, last) unit indices; what comes before the first
    act is left out."""
    out: list[tuple[int, int]] = []
    for j in run:
        if _act(ctx, units[j]):
            out.append((j, j))
        elif out:
            out[-1] = (out[-1][0], j)
    return out


def consent_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where the resolution of a consent agenda adopted in one record begins,
    when another resolution comes before it: its items (each with what goes on
    from it) merged into one unit each and typed THAT, the record TRAILER (items
    above) or META (items under it), or THAT when glued to the last item. On a
    page no other reader understood, what stands before is the head (META) and
    what follows the trailer (TRAILER). Empty when no consent record has two
    items that open with their act, or names two items by their range
    (:func:`_ranged`)."""
    if CONSENT_NAMED.search(ctx.text) is None:
        return []
    for i, u in enumerate(units):
        if CONSENT_DONE.search(ctx.text, u.start, u.end) is None:
            continue
        clauses: list[tuple[int, int]] = []
        after = FOLLOWING.search(ctx.text, u.start, u.end) is not None
        if CONSENT_OUTCOME.search(ctx.text, u.start, u.end) is not None:
            glued = not after and _act(ctx, u)
            run = _run_after(ctx, units, kinds, i) if after else _run_before(ctx, units, kinds, i)
            if glued:
                run.append(i)
            clauses = _clauses(ctx, units, run)
        if len(clauses) < 2:
            clauses, after = _ranged(ctx, units, kinds, i), True  # its outcome told below
        if len(clauses) < 2:
            continue
        return _retype(ctx, units, kinds, i, clauses, after)
    return []


def _marks(first: str, last: str) -> list[str]:
    """The markers from ``first`` to ``last`` ("A", "C" → A, B, C; "1", "3" → 1, 2, 3)."""
    if first.isdigit() != last.isdigit():
        return []
    a, b = (int(first), int(last)) if first.isdigit() else (ord(first), ord(last))
    marks = range(a, b + 1)
    return [str(m) for m in marks] if first.isdigit() else [chr(m) for m in marks]


def _lettered(ctx: Context, u: Unit) -> re.Match[str] | None:
    return LETTERED.match(ctx.text, u.start, u.end)


def _ranged(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> list[tuple[int, int]]:
    """The items that record ``i`` adopts by their range ("Director A made the
    motion to approve items A through C on the consent agenda."), when its
    outcome is told under it ("The motion passed …") and the items follow in
    order, each with the paragraphs under it ("### A. Contract Amendment" /
    "It is recommended that …"), as (first, last) unit indices; empty if not
    all of them stand there."""
    r = RANGE.search(ctx.text, units[i].start, units[i].end)
    marks = _marks(r["first"], r["last"]) if r is not None else []
    if len(marks) < 2:
        return []
    j, told = i + 1, False
    stop = min(len(units), i + 1 + RANGE_UNITS)
    while j < stop and kinds[j] != "THAT" and _lettered(ctx, units[j]) is None:
        told = told or CONSENT_OUTCOME.search(ctx.text, units[j].start, units[j].end) is not None
        j += 1
    starts: list[int] = []
    level = ""
    for k in range(j, stop):
        m = _lettered(ctx, units[k])
        if kinds[k] == "THAT" or len(starts) == len(marks):
            break
        if (m is not None and (m["level"] or "").strip() == level.strip()) or not starts:
            if m is None or m["mark"] != marks[len(starts)]:
                return []
            starts.append(k)
            level = m["level"] or ""
    if not told or len(starts) < len(marks):
        return []
    ends = [*(s - 1 for s in starts[1:]), _last_end(ctx, units, kinds, starts[-1], level, stop)]
    return list(zip(starts, ends, strict=True))


def _last_end(
    ctx: Context, units: list[Unit], kinds: list[str], k: int, level: str, stop: int
) -> int:
    """The last unit of the last ranged item ``k``: the paragraphs under it, up to
    a heading of its level or above, another item or record."""
    depth = len(level.strip())
    end = k
    for j in range(k + 1, stop):
        text = ctx.t(units[j]).lstrip()
        hashes = len(text) - len(text.lstrip("#"))
        if (
            kinds[j] == "THAT"
            or (hashes and hashes <= depth)
            or (not depth and _lettered(ctx, units[j]))
        ):
            break
        end = j
    return end


def _retype(
    ctx: Context,
    units: list[Unit],
    kinds: list[str],
    record: int,
    clauses: list[tuple[int, int]],
    after: bool,
) -> list[int]:
    """Merge and type the clauses of the consent resolution (see
    ``consent_items``); the offset where it begins if a resolution comes
    before it."""
    first, last = clauses[0][0], clauses[-1][1]
    lo, hi = min(first, record), max(last, record)
    alone = not any(k == "THAT" for j, k in enumerate(kinds) if not lo <= j <= hi)
    earlier = any(k == "THAT" for k in kinds[:lo])
    new_units: list[Unit] = []
    new_kinds: list[str] = []
    begin = 0
    for j, (u, k) in enumerate(zip(units, kinds, strict=True)):
        if j < lo or j > hi:
            kind = ("META" if j < lo else "TRAILER") if alone else k
        elif any(a <= j <= b for a, b in clauses):
            a, b = next((a, b) for a, b in clauses if a <= j <= b)
            if j != a:
                continue
            u = ctx.piece("TEXT", units[a].start, units[b].end)
            kind = "THAT"
        elif j == record:
            kind = "META" if after else "TRAILER"
        else:
            kind = "META"
        if j == lo:
            begin = u.start
        new_units.append(u)
        new_kinds.append(kind)
    units[:] = new_units
    kinds[:] = new_kinds
    return [begin] if earlier else []


def next_item(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is unit ``i`` the next item of such an agenda, right under the one
    before, both clauses (THAT) that open with their act, or with successive
    markers (an agenda adopted by its range)? Then it is the next clause, not
    the text of the one above."""
    return (
        i > 0
        and kinds[i] == kinds[i - 1] == "THAT"
        and (
            (_act(ctx, units[i]) and _act(ctx, units[i - 1]))
            or _successive(ctx, units[i - 1], units[i])
        )
    )


def _successive(ctx: Context, above: Unit, u: Unit) -> bool:
    """Do ``above`` and ``u`` open with successive markers of one level ("### A." /
    "### B."), the items of a consent agenda adopted by their range?"""
    a, b = _lettered(ctx, above), _lettered(ctx, u)
    if a is None or b is None or (a["level"] or "").strip() != (b["level"] or "").strip():
        return False
    return _marks(a["mark"], b["mark"]) == [a["mark"], b["mark"]]
