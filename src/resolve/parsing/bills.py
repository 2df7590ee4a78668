"""Bills whose XML tags were stripped: split their run-together form fields,
title and sections before classifying.

A bill's text taken from its XML loses the line breaks between parts ("IV117th
CONGRESS1st SessionH. RES. 351IN THE HOUSE …RESOLUTIONProviding for … That
immediately …", "2.The Sergeant at Arms …"). These functions cut such units
apart, each piece keeping its offsets; they read the text and change nothing
else.
"""

from __future__ import annotations

from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.glued import (
    BILL_CONGRESS,
    BILL_FIELDS,
    FIRST_SECTION,
    FORM_LABEL,
    FORM_LINE,
    GLUED_SECTION,
    GLUED_THAT,
    LINE_SECTION,
)
from resolve.parsing.paragraphs import Unit


def unglue_bill(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a bill whose XML tags were stripped: its glued form fields ("IV117th
    CONGRESS1st SessionH. RES. 351IN THE HOUSE …RESOLUTION") are one BILLHEAD
    unit, the official title after them one unit, and the text after the title
    ("That immediately …", with "Resolved," left out by the XML) one THAT unit,
    with each glued section number ("2.Clause …") starting a SECTION unit. With
    the formula left out too, the text opens on its first section ("1.Use of …",
    its subsections "(a)Authorization…" on lines below): all of it one THAT unit."""
    text = ctx.text
    for i, u in enumerate(units):
        fields = BILL_FIELDS.search(text, u.start, u.end) if u.kind == "TEXT" else None
        label = FORM_LABEL.search(text, fields.end(), u.end) if fields else None
        if label is None:
            continue
        out = [*units[:i], ctx.piece("BILLHEAD", u.start, label.end())]
        that = GLUED_THAT.search(text, label.end(), u.end)
        rest = units[i + 1 :]
        if that is not None:
            out.append(ctx.piece("TEXT", label.end(), that.start()))
            out.extend(_sections(ctx, that.start(), u.end))
        else:
            out.append(ctx.piece("TEXT", label.end(), u.end))
            if rest and rest[0].kind == "TEXT" and FIRST_SECTION.match(text, rest[0].start):
                k = 1
                while not text.startswith("That", rest[0].start) and k < len(rest):
                    if rest[k].kind != "TEXT":
                        break
                    k += 1  # "1.Use of …" / its heading's wrapped line / "(a)Authorization…"
                out.extend(_sections(ctx, rest[0].start, rest[k - 1].end))
                rest = rest[k:]
        return out + rest
    return _bill_lines(ctx, units)


def _bill_lines(ctx: Context, units: list[Unit]) -> list[Unit]:
    """The same bill with its form fields on lines of their own ("111th
    CONGRESS" / … / "RESOLUTION" / the official title / "That paragraph 1 …" /
    "2.The" / "Sergeant at Arms …"): the label is a BILLHEAD unit, and the text
    after the title, up to the next unit that is not prose, a THAT unit with a
    SECTION unit at each section number glued to its word."""
    text = ctx.text
    fields = next(
        (k for k, u in enumerate(units) if BILL_CONGRESS.match(text, u.start, u.end)), None
    )
    if fields is None:
        return units
    for i in range(fields + 1, len(units) - 2):
        label, title, body = units[i : i + 3]
        if not (
            label.kind == "TEXT"
            and FORM_LINE.fullmatch(text, label.start, label.end)
            and title.kind == "TEXT"
            and body.kind == "TEXT"
            and text.startswith("That ", body.start)
        ):
            continue
        j = i + 3
        while j < len(units) and units[j].kind == "TEXT":
            j += 1
        end = units[j - 1].end
        starts = [body.start, *(m.end() for m in LINE_SECTION.finditer(text, body.start + 1, end))]
        pieces = [
            ctx.piece("THAT" if k == 0 else "SECTION", a, b)
            for k, (a, b) in enumerate(pairwise([*starts, end]))
        ]
        return [
            *units[:i],
            ctx.piece("BILLHEAD", label.start, label.end),
            title,
            *pieces,
            *units[j:],
        ]
    return units


def _sections(ctx: Context, start: int, end: int) -> list[Unit]:
    """The bill text from ``start``: a THAT unit, then a SECTION unit at each
    glued section number."""
    cuts = [start, *(m.start() for m in GLUED_SECTION.finditer(ctx.text, start, end)), end]
    return [
        ctx.piece("THAT" if k == 0 else "SECTION", a, b) for k, (a, b) in enumerate(pairwise(cuts))
    ]
