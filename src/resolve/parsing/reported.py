"""Resolutions as old records and gazettes report them, with no formula of
their own on the clause's line. A pure pass over the classified units, run by
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

THAT_REASON = re.compile(
    r"[“\"]?(?:That|THAT),[ \t]++(?i:inasmuch|insomuch|forasmuch|whereas|since|as|if|unless"
    r"|although|though|notwithstanding|for[ \t]++the[ \t]++purpose|in[ \t]++order|with[ \t]++a[ \t]++view)\b"
)
"""A motion's clause that opens with its reason or condition set off by commas:
"That, inasmuch as … is often delayed, it be recommended …", "That, if the
funds allow, a committee be …" (the Westminster "That, in the opinion of the
House, …" is read elsewhere)."""

SITTING = re.compile(
    r"[ \t]*+(?:In|IN)[ \t]++(?:(?:the|THE)[ \t]++)?(?:Congress|CONGRESS|Senate|SENATE|Council|COUNCIL"
    r"|Convention|CONVENTION|(?:General[ \t]++)?Assembly|(?:GENERAL[ \t]++)?ASSEMBLY|House|HOUSE)\b"
    r"[^\n]{0,40}$",
    re.MULTILINE,
)
"""The line of a reported act that names the body in session: "In Congress
Assembled,", "In Senate, March 3, 1820.", "IN THE HOUSE OF REPRESENTATIVES"."""
BLOCK_LINE_MAX = 60
"""Characters of a line of the sitting's block (the body, the date)."""
BLOCK_LINES = 4


def _sitting_block(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a short block of lines, one of them naming the body in session
    ("By the United States" / "In Congress Assembled," / "May 27th, 1782.")?"""
    lines = ctx.t(u).splitlines()
    return (
        len(lines) <= BLOCK_LINES
        and all(len(line.strip()) <= BLOCK_LINE_MAX for line in lines)
        and SITTING.search(ctx.text, u.start, u.end) is not None
    )


def settle_reasoned_that(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Retype each prose paragraph that opens "That, inasmuch as …, it be …" as
    a motion's clause (THAT); the block above it that names the body in session
    and the day is its head (META), and so is the edition's prose above that."""
    for i, u in enumerate(units):
        if kinds[i] == "TEXT" and THAT_REASON.match(ctx.text, u.start, u.end):
            kinds[i] = "THAT"
            if i and kinds[i - 1] == "TEXT" and _sitting_block(ctx, units[i - 1]):
                for j in range(i - 1, -1, -1):
                    if kinds[j] == "TEXT":
                        kinds[j] = "META"


BODY_ACT = re.compile(
    r"(?:(?<=^)|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))The[ \t]++(?:[A-Z][\w-]*+[ \t]++){0,4}?"
    r"(?:Committee|Bureau|Council|Board|Assembly|Conference|Commission|Meeting|Body|Parliament|Senate|House)"
    r"(?:[ \t]++of[ \t]++(?:the[ \t]++)?[A-Z][\w-]*+(?:[ \t]++[A-Z][\w-]*+){0,3}?)?"
    r"[ \t]++(?:(?:also|further|then|therefore|unanimously)[ \t]++)?"
    r"(?:took[ \t]++note|decided|noted|approved|adopted|agreed|recommended|requested|invited|welcomed"
    r"|endorsed|accepted|authori[sz]ed|elected|appointed|thanked|commended|urged|reaffirmed|resolved)\b",
    re.MULTILINE,
)
"""A sentence that tells what the body did, its name the subject of a past-tense
act: "The Committee took note of …", "The Bureau decided to …", "The Conference
of the Parties noted …"."""
FIELD_MAX = 80
"""Characters of a database field's line under the entry's text."""


def _field(ctx: Context, u: Unit) -> bool:
    """Is ``u`` one short line that ends no sentence ("Decision 5 COM XIV.42",
    "Other business", "Documents"): a database field, not a paragraph?"""
    text = ctx.t(u).strip()
    return u.lines == 1 and len(text) <= FIELD_MAX and not text.endswith((".", "!", "?", ";", ":"))


def reported_decision(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """A decisions database's entry, which no other form read (every unit prose):
    one paragraph of narrative in which a sentence tells the body's act ("The
    Secretariat informed the Committee of … . The Committee took note of … and
    recalled that …"), then the entry's fields as short lines ("Decision 5 COM
    XIV.42" / "Other business" / "Documents"). From that sentence to the end of
    its paragraph is the one clause; the narrative before it is the head, the
    fields the trailer. The units are split in place; no new resolution begins."""
    if not units or any(k != "TEXT" for k in kinds):
        return []
    long = [i for i, u in enumerate(units) if not _field(ctx, u)]
    if len(long) != 1:
        return []
    i = long[0]
    u = units[i]
    act = BODY_ACT.search(ctx.text, u.start, u.end)
    if act is None:
        return []
    split: list[Unit] = []
    new_kinds: list[str] = []
    for j, v in enumerate(units):
        if j == i and act.start() > v.start:
            head_end = act.start()
            while head_end > v.start and ctx.text[head_end - 1].isspace():
                head_end -= 1
            split.append(
                Unit("TEXT", v.start, head_end, ctx.text.count("\n", v.start, head_end) + 1)
            )
            new_kinds.append("META")
            v = Unit("TEXT", act.start(), v.end, ctx.text.count("\n", act.start(), v.end) + 1)
        split.append(v)
        new_kinds.append("META" if j < i else "THAT" if j == i else "TRAILER")
    units[:] = split
    kinds[:] = new_kinds
    return []


ON_MOTION = re.compile(
    r"[ \t]*+(?:Upon|UPON|On|ON)[ \t]++(?:(?:the|a)[ \t]++)?(?:motion|MOTION)"
    r"(?:[ \t]++(?:of|by)[ \t]++[^,;:\n]{1,80}?)?,[ \t]*+(?=(?:Resolved|RESOLVED|Ordered|ORDERED)\b)"
)
"""A journal's entry of a motion agreed: "Upon motion, Resolved, That …", "On
motion of Mr. A, Ordered, That …"."""


SITTING_NOTE = re.compile(
    r"[ \t]*+The[ \t]++(?:House|Senate|Assembly|Convention|Council|Congress|Board|Committee)"
    r"[ \t]++met\b[^\n]{0,80}?\.[ \t]*+"
)
"""A journal's note of the sitting: "The House met pursuant to adjournment."."""


def settle_moved_resolve(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A journal's "Upon motion, Resolved, That …" paragraph: the act's clause
    (THAT). Above it, the note of the sitting ("The House met pursuant to
    adjournment.") is the head (META); a paragraph of reasons joined by a colon
    ("X having passed …: And it appearing …, Therefore,") stays one recital
    (convention Q4: "And it appearing" is no keyword and has no main verb with
    the body as subject)."""
    for i, u in enumerate(units):
        if kinds[i] != "TEXT" or not ON_MOTION.match(ctx.text, u.start, u.end):
            continue
        kinds[i] = "THAT"
        if any(k not in ("TEXT", "META") for k in kinds[:i]):
            return
        for j in range(i):
            if SITTING_NOTE.fullmatch(ctx.text, units[j].start, units[j].end):
                kinds[j] = "META"
        return


SUBMITTED_BELOW = re.compile(
    r"(?i:\bthe[ \t]++following[ \t]++(?:resolutions?|motions?|decisions?)[ \t]++(?:was|were)[ \t]++"
    r"(?:[a-z]++[ \t]++){0,2}?(?:submitted|presented|offered|introduced|proposed|circulated|put))"
    r"\b[^\n:]{0,200}:[ \t]*+$"
)
"""A sentence that reports how the text below it was put to the body, ending in
a colon: "…, the following resolution was submitted to the members for a vote by
mail:", "The following motions were presented to the meeting:"."""


def settle_submitted_intro(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A report's prose straight above "Resolved:" whose last sentence says the
    following resolution was submitted (presented, circulated) to the body,
    ending in a colon: that sentence and the plain narrative paragraphs above it
    (the request, the date of the decision to vote) are the report's head
    (META), not recitals; the report does not speak for the body (no "hereby")."""
    for i in range(1, len(kinds)):
        if kinds[i] != "FORMULA" or kinds[i - 1] not in ("TEXT", "PHRASE"):
            continue
        text = ctx.t(units[i - 1])
        if SUBMITTED_BELOW.search(text) is None or "hereby" in text.lower():
            continue
        kinds[i - 1] = "META"
        j = i - 2
        while j >= 0 and kinds[j] == "TEXT" and "hereby" not in ctx.t(units[j]).lower():
            kinds[j] = "META"
            j -= 1


ACT_CAPTION = re.compile(
    r"[ \t]*+(?:[A-Z]{2,}[ \t]++){0,3}(?:RESOLUTION|MEMORIAL|ACT)[ \t]*+[–—][ \t]*+[A-Z][^\n]{5,300}"
)
"""A statute book's caption over an act: the kind of act in capitals, a dash,
then what it does: "SENATE JOINT RESOLUTION—Proposing an amendment to …",
"CONCURRENT RESOLUTION–Memorializing Congress …", "AN ACT—Relating to …"."""


def settle_act_captions(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A statute book's caption line (the kind of act in capitals, a dash, what
    it does) right above the act's "Resolved by …, That …" or "Be it enacted":
    the act's head (META), not a prose recital."""
    for i in range(len(kinds) - 1):
        if (
            kinds[i] == "TEXT"
            and kinds[i + 1] == "FORMULA"
            and units[i].lines == 1
            and ACT_CAPTION.fullmatch(ctx.text, units[i].start, units[i].end) is not None
        ):
            kinds[i] = "META"
