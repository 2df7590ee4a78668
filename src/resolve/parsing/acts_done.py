"""A motion whose outcome the minutes tell by its act done, on the line right
under it and in the motion's own closing words, with no vote told (and, on a
page read unit by unit, a line that tells an act named by its title passed,
"Parking Permit Bill of Spring 2040 passes"):

    Speaker Lund: Motion to bring a bill to the floor
    Parking Permit Bill of Spring 2040 brought to the floor

The act done shows that the motion carried: a procedural motion carried is a
resolution (convention Q6 of ``tests/real/README.md``), one of one clause. The
line under it must end with the same words as the motion ("… to the floor"),
two at least, after a past participle ("brought", "referred"), and must not be
the whole motion again; a motion to recess or adjourn told done ("Meeting
recessed at 6:40") names no such words. Pure functions over the text, read by
:mod:`resolve.parsing.recorded_motions` and :mod:`resolve.parsing.fallback_records`."""

from __future__ import annotations

import re

from resolve.parsing.paragraphs import Unit
from resolve.parsing.result_cues import NAMED_PASSED

MOTION_ACT = re.compile(r"(?i)\bmotion[ \t]++to[ \t]++(?P<act>[a-z][^\n.;:!?]{0,160})")
"""A motion told by its act: "Motion to bring a bill to the floor"."""
WORD = re.compile(r"[A-Za-z0-9'’]++")
"""A word of a line, for comparing the motion's closing words with the act's."""
IRREGULAR = frozenset(
    {"brought", "taken", "sent", "put", "held", "made", "given", "read", "set", "laid", "done"}
)
"""Past participles that do not end in "-ed"."""
TAIL_MIN = 2
"""Closing words the act done shares with the motion."""
LINE_MAX = 160
"""Characters of the line that tells the act done."""


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in IRREGULAR


def act_done(text: str, motion: tuple[int, int], below: tuple[int, int]) -> bool:
    """Does the line ``below`` tell the act of the motion at ``motion`` done, in
    the motion's closing words after a past participle?"""
    m = MOTION_ACT.search(text, *motion)
    s, e = below
    if m is None or e - s > LINE_MAX or "\n" in text[s:e].strip() or MOTION_ACT.search(text, s, e):
        return False
    act = [w.lower() for w in WORD.findall(m.group("act"))]
    done = [w.lower() for w in WORD.findall(text[s:e])]
    shared = 0
    while shared < min(len(act), len(done)) and act[-1 - shared] == done[-1 - shared]:
        shared += 1
    return TAIL_MIN <= shared < len(act) and shared < len(done) and _participle(done[-1 - shared])


def unit_done(text: str, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` a one-line motion whose act the first line of the unit
    right under it tells done, or one line that tells an act named by its title passed
    (:data:`~resolve.parsing.result_cues.NAMED_PASSED`)?"""
    u = units[i]
    if u.lines != 1:
        return False
    if NAMED_PASSED.fullmatch(text, u.start, u.end) is not None:
        return True
    if i + 1 >= len(units):
        return False
    below = units[i + 1]
    line = text.find("\n", below.start, below.end)  # its first line: a hard wrap joins the next
    return act_done(text, (u.start, u.end), (below.start, below.end if line < 0 else line))
