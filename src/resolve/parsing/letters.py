"""A resolution sent out in a letter or notification, and an enacting
sentence that names the act "resolves" with no "resolved" (`SETTLE` rows of
:mod:`resolve.parsing.passes`)."""

from __future__ import annotations

import re

from resolve.parsing.body_acts import we_acts, we_starts
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

ADDRESS_TO = re.compile(r"[ \t]*+(?:To|TO)[ \t]*+[,:]?[ \t]*+")
"""A letter's address line alone: "To,", "TO:"."""
SUBJECT_LINE = re.compile(r"[ \t]*+(?:Subject|SUBJECT|Sub|SUB)[ \t]*+[.:]")
"""A letter's subject line: "Subject: RESOLUTION.", "Sub.: …"."""
THEREFORE_RESOLVES = re.compile(
    r"(?i:now,?[ \t]++)?(?:Therefore|THEREFORE),?[ \t]++(?:the[ \t]++|this[ \t]++)?"
    r"[A-Z][\w&'’.-]*+(?:[ \t]++[A-Z][\w&'’.-]*+){0,5}[ \t]++(?:hereby[ \t]++)?"
    r"(?:resolves|RESOLVES)\b"
)
"""An enacting sentence whose verb is "resolves": "Therefore, the Provincial
Assembly resolves and recommends to …"."""
THEREFORE_WE = re.compile(
    r"(?i:now,?[ \t]++)?(?:Therefore|THEREFORE),?\s++(?:[^,;:.\n]{1,100},\s++)?(?:we|WE)"
    r"(?:,[ \t]++[^,;:.\n]{1,120},)?\s++"
    r"(?:(?:hereby|therefore|also|further|jointly)\s++)?(?:commit|join|call\s++(?:on|upon|for)|urge"
    r"|support|demand|direct|request|endorse|oppose|declare|affirm|reaffirm|ask|recommend"
    r"|encourage|stand|pledge|condemn|adopt|will|shall)\b"
)
"""The members' own enacting sentence in the first person plural, an aside allowed
before it or the members named after "we": "Therefore, upon a vote of the members,
we commit to …", "THEREFORE, we join … in supporting …", "Therefore, we, the
members of the Local, call on …"."""
RECITAL_KINDS = frozenset({"WHEREAS", "PHRASE"})


def settle_address_block(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A letter that sends a resolution: its address line ("To,") and the
    addressees under it (numbered or not) down to its subject line ("Subject:
    RESOLUTION.") are the head (META), never the resolution's recitals."""
    for i, u in enumerate(units[:-1]):
        if kinds[i] not in ("TEXT", "META") or not ADDRESS_TO.fullmatch(ctx.text, u.start, u.end):
            continue
        end = next(
            (
                j
                for j in range(i + 1, min(len(units), i + 16))
                if SUBJECT_LINE.match(ctx.text, units[j].start, units[j].end)
            ),
            None,
        )
        if end is None or any(k not in ("TEXT", "MARKER", "META") for k in kinds[i:end]):
            return
        for j in range(i, end):
            kinds[j] = "META"
        return


def settle_therefore_resolves(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """An enacting sentence with no "resolved" whose verb is "resolves"
    ("Therefore, this Assembly resolves and recommends to …") after the
    paragraphs that state the body's grounds: the operative clause, whatever
    the form of those paragraphs (openers or none)."""
    for i in range(1, len(units)):
        u = units[i]
        if kinds[i] == "ENACT" and THEREFORE_RESOLVES.match(ctx.text, u.start, u.end):
            kinds[i] = "THAT"


def settle_therefore_we(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A plain paragraph that enacts in the members' own voice ("Therefore, we
    commit to …") right after the recitals (WHEREAS or "Recognizing that …",
    numbered points under the last one allowed): the operative clause the
    recitals lead to, as "Therefore, the Assembly resolves …" is. Each later
    sentence of it in which "We" acts anew ("… We recognize that …"), and each
    paragraph right under it that opens so ("We pledge to …"), is a clause of
    its own (conventions Q3 and Q4: a new act of the body, after the first
    operative sentence)."""
    enacts: set[int] = set()
    for i in range(1, len(units)):
        u = units[i]
        if kinds[i] not in ("TEXT", "THAT", "ENACT") or not THEREFORE_WE.match(
            ctx.text, u.start, u.end
        ):
            continue
        j = i - 1
        while j > 0 and kinds[j] == "MARKER":
            j -= 1
        if kinds[j] in RECITAL_KINDS:
            kinds[i] = "ENACT" if kinds[i] == "TEXT" else kinds[i]
            enacts.add(units[i].start)
    if not enacts:
        return
    ctx.split_units(
        units,
        kinds,
        lambda _, u, kind: (
            [(at, at) for at in we_starts(ctx.text, u.start, u.end)] if u.start in enacts else []
        ),
    )
    acting = False
    for i, u in enumerate(units):
        if u.start in enacts:
            acting = True
        elif acting and kinds[i] in ("ENACT", "TEXT") and we_acts(ctx.text, u.start, u.end):
            kinds[i] = "THAT"  # "We recognize …": one more clause
        else:
            acting = False


def we_next(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is the clause unit ``i`` the members' next act as "We" ("We recognize
    …"), right under their enacting sentence ("Therefore, we join …") or under
    such an act? Then it is a clause of its own (:func:`settle_therefore_we`),
    whatever its verb, noting or operative (convention Q3)."""
    text = ctx.text
    return (
        i > 0
        and kinds[i] == "THAT"
        and kinds[i - 1] in ("ENACT", "THAT")
        and we_acts(text, units[i].start, units[i].end)
        and (
            THEREFORE_WE.match(text, units[i - 1].start, units[i - 1].end) is not None
            or we_acts(text, units[i - 1].start, units[i - 1].end)
        )
    )
