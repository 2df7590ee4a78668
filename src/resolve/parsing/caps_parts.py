"""Parts of a motion or a decision marked by words in capitals, split before classifying.

A motion printed as one paragraph (a tracker's table row, a page that lost its
breaks) whose recitals each open with a participle or adjective in capitals
("THAT, aware that …; NOTING that …") and whose act opens with "NOW THEREFORE" or
"I therefore urge … to RESOLVE"; recital labels alone on their lines under an
organ line ("HAVING SEEN:", "CONSIDERING:") over the paragraphs they open, up to
the resolving verb alone ("DECIDES:"). Called from
:func:`resolve.parsing.extracts.unglue`; :func:`caps_motion_starts` is a
``BREAKS`` pass of :mod:`resolve.parsing.passes`.
"""

from __future__ import annotations

from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.glued import (
    ACT_LABEL,
    CAPS_MOTION,
    CAPS_MOTION_ACT,
    CAPS_RECITAL,
    RECITAL_LABEL,
)
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import ORGAN_UNIT


def labelled_recitals(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Under an organ line, recital labels alone on their lines ("HAVING SEEN:",
    "CONSIDERING:") over plain paragraphs (often "That …", as decisions translated
    from Spanish print "CONSIDERANDO: Que …"), up to the operative verb alone on
    its line ("DECIDES:"): each paragraph one recital (PHRASE), the label joined
    to the first paragraph under it."""
    organ = next(
        (
            i
            for i, u in enumerate(units)
            if u.kind in ("TEXT", "ORGAN")
            and u.end - u.start < 300
            and ORGAN_UNIT.match(ctx.text, u.start, u.end) is not None
        ),
        None,
    )
    act = next(
        (i for i, u in enumerate(units) if ACT_LABEL.fullmatch(ctx.text, u.start, u.end)), None
    )
    if organ is None or act is None or act < organ + 3:
        return units
    part = units[organ + 1 : act]
    if not RECITAL_LABEL.fullmatch(ctx.text, part[0].start, part[0].end) or any(
        u.kind not in ("TEXT", "THAT", "PHRASE") for u in part
    ):
        return units
    out: list[Unit] = []
    label: Unit | None = None
    for u in part:
        if RECITAL_LABEL.fullmatch(ctx.text, u.start, u.end):
            if label is not None:
                return units  # a label over nothing
            label = u
            continue
        out.append(ctx.piece("PHRASE", label.start if label else u.start, u.end))
        label = None
    if label is not None:
        return units
    return [*units[: organ + 1], *out, *units[act:]]


def caps_motion_starts(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where a motion split by :func:`caps_motions` begins ("THAT, aware that …"):
    a resolution starts there, whatever page chrome came before it."""
    return [
        u.start
        for u, k in zip(units, kinds, strict=True)
        if k == "PHRASE" and CAPS_MOTION.match(ctx.text, u.start, u.end) is not None
    ]


def caps_motions(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a motion run into one paragraph, its recitals each opened by a
    participle or adjective in capitals and its act by "NOW THEREFORE" or "I
    therefore urge … to RESOLVE" ("THAT, aware that …; NOTING that …. COGNIZANT,
    that …; NOW THEREFORE, this Assembly RESOLVES to …"), in a document with no
    formula or WHEREAS: the text before "THAT" (a table's header) one unit, each
    recital a PHRASE, the act a THAT. A paragraph with no such act is left whole."""
    if any(u.kind in ("FORMULA", "WHEREAS") for u in units):
        return units
    out: list[Unit] = []
    for u in units:
        m = CAPS_MOTION.search(ctx.text, u.start, u.end) if u.kind == "TEXT" else None
        act = CAPS_MOTION_ACT.search(ctx.text, m.end(), u.end) if m else None
        if m is None or act is None:
            out.append(u)
            continue
        if m.start() > u.start:
            out.append(ctx.piece("TEXT", u.start, m.start()))
        cuts = [
            m.start(),
            *(c.end() for c in CAPS_RECITAL.finditer(ctx.text, m.end(), act.start())),
        ]
        out.extend(ctx.piece("PHRASE", a, b) for a, b in pairwise([*cuts, act.end()]))
        out.append(ctx.piece("THAT", act.end(), u.end))
    return out
