"""A summary that narrates a body's decisions in the past tense, in prose
paragraphs with no formula, recital opener, motion or list of points ("At its
sitting on 3 March, the Governing Board approved a request for membership from
A, and on 5 March it suspended B …" / "It also agreed to open an office, and
subsequently appointed C …"): each act of the body one resolution of one
clause (convention Q1: a decision that the record states the body took),
whether it opens a sentence (the body named, after a phrase set off by a
comma if any, or "It") or is joined to the act before it by ", and" (with a
time or sequence word, and "it", if any). The page's text above the first act
is the head; a statement of fact after an act stays with it. Only caption
lines may be listed (a contents list, a numbered section heading). A `BREAKS`
pass of :mod:`resolve.parsing.passes`, run before the last reader of minutes,
on a page that is no meeting's minutes (fewer than two words of minutes).
"""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit, cut_at_offsets

_ACT = (
    r"(?:approved|suspended|granted|admitted|decided|adopted|elected|appointed|endorsed"
    r"|accepted|established|renewed|extended|confirmed|agreed[ \t]++(?:to|that))\b"
)
"""A verb of deciding in the past tense."""
_ADVERB = r"(?:(?:also|further|then|subsequently|later|unanimously)[ \t]++)?"
OPENS = re.compile(
    r"(?:[A-Z][^.;:!?\n]{0,80}?,[ \t]++)?"
    r"(?:(?:[Tt]he[ \t]++)(?P<body>[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){0,4}+)|It)[ \t]++"
    + _ADVERB
    + _ACT
)
"""A sentence that opens on the body's act: "At its first sitting, the
Governing Board approved …", "It also agreed to …"."""
JOINED = re.compile(
    r",[ \t\r\n]++and[ \t\r\n]++(?:(?:on|in|at)[ \t]++[^,.;:\n]{1,40}?[ \t]++)?"
    r"(?:it[ \t]++)?" + _ADVERB + _ACT
)
"""The next act joined to one by ", and": ", and on 5 March it suspended …",
", and subsequently appointed …"."""
SENTENCE = re.compile(r"(?<=[a-z0-9)][.!?])[ \t\r\n]++(?=[A-Z])")
_ACTS_MIN = 3
"""Acts a page must narrate to be read so."""
_READ = frozenset({"TEXT", "META", "KEYVAL", "MARKER"})
_CAPTION_MAX = 80
_MINUTES_WORDS = 2


def _caption(ctx: Context, u: Unit) -> bool:
    """Is list item ``u`` a caption: one short line that ends no sentence?"""
    t = ctx.t(u).rstrip()
    return u.lines == 1 and len(t) <= _CAPTION_MAX and t[-1:] not in ".;!?"


def _acts(ctx: Context, u: Unit) -> tuple[list[int], set[str]]:
    """Where the body's acts begin in paragraph ``u``, and the bodies named."""
    text = ctx.text
    starts: list[int] = []
    bodies: set[str] = set()
    for at in (u.start, *(s.end() for s in SENTENCE.finditer(text, u.start, u.end))):
        m = OPENS.match(text, at, u.end)
        if m is None or (m["body"] is None and not starts):
            continue
        starts.append(at)
        if m["body"] is not None:
            bodies.add(" ".join(m["body"].split()).lower())
    if not starts:
        return [], bodies
    for j in JOINED.finditer(text, starts[0], u.end):
        at = j.start() + 1
        while text[at].isspace():
            at += 1
        starts.append(at)
    return sorted(starts), bodies


def narrated_decisions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each act of such a summary begins; the units are cut at each act
    (in place), each act THAT, the text above the first META."""
    if any(k not in _READ for k in kinds) or ctx.minutes_words(len(ctx.text)) >= _MINUTES_WORDS:
        return []
    if any(k == "MARKER" and not _caption(ctx, u) for u, k in zip(units, kinds, strict=True)):
        return []
    starts: list[int] = []
    bodies: set[str] = set()
    for u, k in zip(units, kinds, strict=True):
        if k == "TEXT":
            found, named = _acts(ctx, u)
            starts += found
            bodies |= named
    if len(starts) < _ACTS_MIN or len(bodies) != 1:
        return []
    split = cut_at_offsets(ctx.text, units, starts)
    first = starts[0]
    acts = set(starts)
    units[:] = split
    kinds[:] = [
        "THAT" if u.start in acts else "META" if u.start < first else "TRAILER" for u in split
    ]
    return [s for s in starts if s != first]
