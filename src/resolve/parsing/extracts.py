"""Extracts that glued parts together on one line: split them before classifying.

PDF, cable and tag-stripped XML extracts lose the line breaks between parts: a
UN organ line runs into its first paragraph ("The General Assembly, Wishing
…"), and lettered items, decisions and motions run on after one another. These
functions cut such units apart, each piece keeping its offsets; they read the
text and change nothing else. (A tag-stripped bill's fields: ``bills.py``.)
"""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.bills import unglue_bill
from resolve.parsing.body_acts import noting_parts
from resolve.parsing.caps_parts import caps_motions, labelled_recitals
from resolve.parsing.context import Context
from resolve.parsing.glued import (
    AND_RESOLVED,
    BODY_DASH,
    BODY_DASH_ITEMS,
    EDITORIAL_GAP,
    GLUED_ITEM,
    GLUED_LETTER,
    GLUED_MOTION,
    GLUED_NUMERAL,
    GLUED_ORGAN_ACT,
    GLUED_PHRASE,
    GLUED_RESOLUTION,
    HEAD_MOTION,
    INLINE_ITEM,
    INLINE_PHRASE,
    ITEM_GLUED_CAPS,
    LABEL_LEAD,
    LETTERED_LEAD,
    NUMBERED_LEAD,
    ORGAN_GLUED,
    PHRASE_ORGAN_ACTS,
    QUOTED_TEXT_INTRO,
    RUN_ON_ITEM,
    SHARE_QUOTE,
    SOURCE_NOTE,
    SUBMITTED_LEAD,
)
from resolve.parsing.indented import indented_parts
from resolve.parsing.minutes_cues import (
    ITEM_RESOLVED,
    LABELLED_LIST_ACT,
    MID_RESOLVED,
    MINUTE_DECISION,
    MOVED_TO,
    ROW_MOTION,
    SENTENCE_GAP,
)
from resolve.parsing.motion_cues import (
    ACTING_ITEM,
    ENDS_AND_COLON,
    NOTING_MOTION,
    SENTENCE_BREAK,
)
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    MARKER,
    marker_end,
    match_lead,
)
from resolve.parsing.record_cues import decision_cuts
from resolve.parsing.run_in import run_in_acts, run_in_organs
from resolve.parsing.sentences import NOTING_ITEM, NOTING_ITEMS
from resolve.parsing.speaker_quotes import speaker_quotes


def unglue(ctx: Context, units: list[Unit]) -> list[Unit]:
    """``units`` with glued organ lines and bill fields split apart."""
    units = indented_parts(ctx, units)
    units = unglue_resolutions(ctx, quoted_text(ctx, labelled_leads(ctx, units)))
    units = labelled_lists(ctx, row_motions(ctx, inline_decisions(ctx, units)))
    units = noting_items(ctx, run_on_items(ctx, unglue_bill(ctx, unglue_organs(ctx, units))))
    units = phrase_organ(ctx, run_in_organs(ctx, units))
    units = flat_motions(ctx, glued_phrases(ctx, minute_decisions(ctx, glued_items(ctx, units))))
    units = unspaced_acts(ctx, units)
    units = labelled_recitals(ctx, caps_motions(ctx, head_motions(ctx, units)))
    return agreed_records(ctx, speaker_quotes(ctx, source_notes(ctx, noting_motions(ctx, units))))


def head_motions(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a one-line item heading off the motion glued to its last word ("…
    Club OrganizationMotion to accept the charter by A"): the heading keeps its
    kind, the motion is a line of prose of its own."""
    out: list[Unit] = []
    for u in units:
        m = HEAD_MOTION.search(ctx.text, u.start, u.end) if u.lines == 1 else None
        if m is None:
            out.append(u)
            continue
        out += [ctx.piece(u.kind, u.start, m.start()), ctx.piece("TEXT", m.start(), u.end)]
    return out


def agreed_records(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a minutes paragraph that records decisions as agreed among its
    narrative, each in a sentence of its own ("It was agreed to nominate A. It was
    also agreed to send …", "Fees were discussed. It was agreed the provision …
    should continue. The next …", "… presented. A motion to approve the budget
    passed. [Note: …]"): each decision's sentence one unit, the narrative between
    them units of their own; not in a paragraph that tells a motion moved, nor on
    a page with a formula or a recital. A paragraph of two or more motions with
    their movers ("Motion to approve the bills by A, seconded by B, approved.
    Motion to replenish … by B, seconded by C, approved.") is cut at each motion."""
    formal = any(u.kind in ("WHEREAS", "FORMULA") for u in units)
    out: list[Unit] = []
    for u in units:
        cuts = (
            decision_cuts(ctx.text, u.start, u.end)
            if u.kind in ("TEXT", "MARKER") and not formal
            else []
        )
        if u.lines == 1 and MOVED_TO.match(ctx.text, u.start, u.end) is not None:
            cuts = sorted(
                {
                    *cuts,  # "… approved. Motion to replenish … by B, seconded by C, …"
                    *(
                        m.end()
                        for m in SENTENCE_BREAK.finditer(ctx.text, u.start, u.end)
                        if MOVED_TO.match(ctx.text, m.end(), u.end) is not None
                    ),
                }
            )
        if u.kind not in ("TEXT", "MARKER") or not cuts:
            out.append(u)
            continue
        for k, (a, b) in enumerate(pairwise([u.start, *cuts, u.end])):
            out.append(ctx.piece(u.kind if k == 0 else "TEXT", a, b))
    return out


def source_notes(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a compiler's bracketed source line off the resolution glued after it
    ("[Resolution adopted by A, May, 1927] Resolved, That …"): the line is a META
    unit (alone on its line too), the rest the resolution's text or formula."""
    out: list[Unit] = []
    for u in units:
        m = SOURCE_NOTE.match(ctx.text, u.start, u.end) if u.kind == "TEXT" else None
        if m is None:
            out.append(u)
            continue
        out.append(ctx.piece("META", u.start, m.end()))
        if m.end() < u.end:
            lead = match_lead(ctx.text, m.end(), u.end) is not None
            out.append(ctx.piece("FORMULA" if lead else "TEXT", m.end(), u.end))
    return out


def flat_motions(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split minutes flattened onto one line at each motion's number and movers
    ("… Resolution No. 2 Moved by A Seconded by B RESOLVED that …"): the text
    before, the number and movers (INTRO, the next resolution's lead-in), and the
    formula with its clause, up to the next motion (or, after a "RESOLUTION:"
    label, its "That …" motion)."""
    out: list[Unit] = []
    for u in units:
        one_line = u.kind == "TEXT" and u.lines == 1  # only such a unit is searched
        found = list(GLUED_MOTION.finditer(ctx.text, u.start, u.end)) if one_line else []
        if not found:
            out.append(u)
            continue
        start = u.start
        for n, m in enumerate(found):
            if m.start() > start:
                out.append(ctx.piece("TEXT", start, m.start()))
            out.append(ctx.piece("INTRO", m.start(), m.end()))
            start = found[n + 1].start() if n + 1 < len(found) else u.end
            lead = match_lead(ctx.text, m.end(), start) is not None  # not "RESOLUTION: That …"
            out.append(ctx.piece("FORMULA" if lead else "THAT", m.end(), start))
    return out


def glued_phrases(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a preambular paragraph, or an item of the list one introduces
    (its number glued too: "(d)The report …"), where the next one runs on
    after its semicolon with no space ("… or of time;Recognising also that
    …"), as an extract that lost the line break leaves it: only before a
    preambular phrase, or after a semicolon before an operative verb ("…
    body;Hereby establishes …")."""
    out: list[Unit] = []
    for u in units:
        start = u.start
        body = marker_end(ctx.text, u.start, u.end) if u.kind == "MARKER" else u.start
        if u.kind in ("TEXT", "MARKER") and _phrase_or_item(ctx, u, body):
            for m in GLUED_PHRASE.finditer(ctx.text, u.start, u.end):
                head = ctx.text[m.end() : min(u.end, m.end() + 60)]
                if ctx.pre.match(head) or (ctx.text[m.start()] == ";" and ctx.ops.match(head)):
                    out.append(ctx.piece(u.kind if start == u.start else "TEXT", start, m.end()))
                    start = m.end()
        out.append(u if start == u.start else ctx.piece("TEXT", start, u.end))
    return out


def _phrase_or_item(ctx: Context, u: Unit, body: int) -> bool:
    """Does ``u`` open with a preambular phrase, or with a list item's number
    (one glued to its first word too: "(d)The report …"), as the items under a
    preambular phrase open?"""
    return bool(
        ctx.pre.match(ctx.text[body : min(u.end, body + 60)])
        or ITEM_GLUED_CAPS.match(ctx.text, u.start, u.end)
    )


def phrase_organ(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a preambular paragraph that ends with the body and its operative
    verb over a list ("Aware of the need …, the congress decides:" / "1. …"):
    the phrase (a recital) and the body's "decides:" (the formula, RESOLVES)."""
    return _organ_parts(ctx, units, PHRASE_ORGAN_ACTS, None)


def unspaced_acts(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a preambular paragraph that runs on into the organ's operative line
    and its items with no space ("…;NOTING …;The Regional Forum decides
    to:(i)hold …;(ii)ask …", the phrases before it split by
    :func:`glued_phrases`): the phrase (TEXT), the line (RESOLVES), each item
    (MARKER)."""
    return _organ_parts(ctx, units, GLUED_ORGAN_ACT, GLUED_NUMERAL)


def _organ_parts(
    ctx: Context, units: list[Unit], organ: re.Pattern[str], items: re.Pattern[str] | None
) -> list[Unit]:
    """Split each preambular paragraph in which ``organ`` finds the body's
    operative line: the phrase before it (TEXT), the line (RESOLVES: to the
    paragraph's end, or, with ``items``, to the match's end, each item after it
    cut where ``items`` finds the next one, MARKER)."""
    out: list[Unit] = []
    for u in units:
        m = (
            organ.search(ctx.text, u.start, u.end)
            if u.kind == "TEXT" and ctx.pre.match(ctx.text[u.start : min(u.end, u.start + 60)])
            else None
        )
        if m is None:
            out.append(u)
            continue
        out.append(ctx.piece("TEXT", u.start, m.start("organ")))
        if items is None:
            out.append(ctx.piece("RESOLVES", m.start("organ"), u.end))
            continue
        out.append(ctx.piece("RESOLVES", m.start("organ"), m.end("organ")))
        cuts = [c.start() for c in items.finditer(ctx.text, m.end(), u.end)]
        for a, b in zip([m.end(), *cuts], [*cuts, u.end], strict=True):
            if b > a:
                out.append(ctx.piece("MARKER", a, b))
    return out


def minute_decisions(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a minute that runs its number, heading, decision and act on one line
    ("03.01 ROLL OF THE ASSEMBLY The Assembly resolved: to adopt …"): the number
    (a HEADING), the heading (its title), the body's "resolved:" (RESOLVES), the
    act (TEXT). A cross-reference after the heading ("(see Appendix A)") is left
    in no part."""
    out: list[Unit] = []
    for u in units:
        m = MINUTE_DECISION.match(ctx.text, u.start, u.end) if u.lines == 1 else None
        if m is None:
            out.append(u)
            continue
        out.append(ctx.piece("HEADING", m.start("number"), m.end("number")))
        out.append(ctx.piece("TEXT", m.start("heading"), m.end("heading")))
        out.append(ctx.piece("RESOLVES", m.start("formula"), m.end("formula")))
        out.append(ctx.piece("TEXT", m.end(), u.end))
    return out


def labelled_leads(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a row label off the formula glued after it ("Minutes: RESOLVED:
    That …"): the label is a field line, the rest a formula."""
    out: list[Unit] = []
    for u in units:
        m = LABEL_LEAD.match(ctx.text, u.start, u.end) if u.kind in ("KEYVAL", "META") else None
        if m is None or match_lead(ctx.text, m.end(), u.end) is None:
            out.append(u)
            continue
        out.append(ctx.piece("META", u.start, m.end()))
        out.append(ctx.piece("FORMULA", m.end(), u.end))
    return out


def labelled_lists(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a number label off the text it heads on its line when that text
    introduces a list below it and nothing but prose or a list follows
    ("Resolution R4: Finance Committee as noted on the wiki:" / "-Ms. A …"):
    the number line, then the resolution's one clause."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        m = LABELLED_LIST_ACT.match(ctx.text, u.start, u.end) if u.lines == 1 else None
        after = units[i + 1].kind if i + 1 < len(units) else None
        if m is None or after not in ("TEXT", "MARKER"):
            out.append(u)
            continue
        out.append(ctx.piece("HEADING", u.start, m.end()))
        out.append(ctx.piece("THAT", m.end(), u.end))
    return out


def row_motions(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a minutes table's row that runs a resolution's number, its movers
    and its text together on one line ("Resolution 12/2031 Moved: Cr A
    Seconded: Cr B Council adjourn …"): the number line, the movers, the motion."""
    out: list[Unit] = []
    for u in units:
        m = ROW_MOTION.match(ctx.text, u.start, u.end) if u.lines == 1 else None
        if m is None:
            out.append(u)
            continue
        out.append(ctx.piece("HEADING", m.start("number"), m.end("number")))
        out.append(ctx.piece("META", m.start("movers"), m.end("movers")))
        out.append(ctx.piece("THAT", m.end(), u.end))
    return out


def inline_decisions(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split minutes that record each decision inside a sentence ("… a CV and
    it was resolved that …", "X moved that it isRESOLVED, that …", "b) It was
    resolved that …"): the words before the decision introduce it (INTRO), the
    decision is a formula and its clause. Only where no WHEREAS and no other
    formula stands, so a recital that mentions an earlier decision is no formula."""
    if any(
        u.kind == "WHEREAS" or (u.kind == "FORMULA" and not ITEM_RESOLVED.match(ctx.t(u).lstrip()))
        for u in units
    ):
        return units
    out: list[Unit] = []
    for u in units:
        if u.kind == "MARKER":
            at = marker_end(ctx.text, u.start, u.end)
            if ITEM_RESOLVED.match(ctx.text, at, u.end):
                out.append(ctx.piece("INTRO", u.start, at))
                out.append(ctx.piece("FORMULA", at, u.end))
                continue
        m = MID_RESOLVED.search(ctx.text, u.start, u.end) if u.kind in ("TEXT", "MARKER") else None
        if m is None or not ctx.text[u.start : m.start()].strip():
            out.append(u)
            continue
        start, joined = u.start, False
        while m is not None:
            # A paragraph that records two decisions ("… it was resolved that …
            # Road. On the proposal of … it was resolved that …"): one each.
            nxt = MID_RESOLVED.search(ctx.text, m.end(), u.end)
            gaps = (
                [] if nxt is None else list(SENTENCE_GAP.finditer(ctx.text, m.end(), nxt.start()))
            )
            end = gaps[-1].end() if gaps else u.end
            # "… BE ACCEPTED AND IT WAS RESOLVED, THAT …": the same motion's next clause
            and_next = nxt is not None and not gaps and ctx.text[nxt.start()] in "aA"
            if and_next and nxt is not None:
                end = nxt.start()
            if not joined:
                out.append(ctx.piece("INTRO", start, m.end()))
            out.append(
                ctx.piece("FORMULA", start if joined else _skip_ws(ctx.text, m.end(), end), end)
            )
            start, m, joined = end, nxt if gaps or and_next else None, and_next
    return out


def glued_items(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a numbered item where the next number runs on after its last
    sentence ("2. That the President … committees. 3. That the by-laws …"), as
    OCR leaves it: only the next number in the same style, before a capital."""
    out: list[Unit] = []
    for u in units:
        m = NUMBERED_LEAD.match(ctx.text, u.start, u.end) if u.kind == "MARKER" else None
        start = u.start
        if m is not None:
            number, mark = int(m.group(1)), m.group(2)
            for g in GLUED_ITEM.finditer(ctx.text, u.start + len(m.group(0)), u.end):
                if int(g.group(2)) != number + 1 or g.group(3) != mark:
                    continue
                out.append(ctx.piece("MARKER", start, g.start()))
                start, number = g.start(1), number + 1
        out.append(u if start == u.start else ctx.piece("MARKER", start, u.end))
    return _glued_letters(ctx, out)


def _glued_letters(ctx: Context, units: list[Unit]) -> list[Unit]:
    """The same for lettered items on one line, a page that lost their line
    breaks: "a. Receives …; and b. Adopts …; c. Recognises …" (only the next
    letter in the same style, before a capital)."""
    out: list[Unit] = []
    for u in units:
        m = LETTERED_LEAD.match(ctx.text, u.start, u.end) if u.kind == "MARKER" else None
        start = u.start
        if m is not None:
            letter, mark = m.group(1), m.group(2)
            for g in GLUED_LETTER.finditer(ctx.text, m.end(), u.end):
                if g.group(2) != chr(ord(letter) + 1) or g.group(3) != mark:
                    continue
                out.append(ctx.piece("MARKER", start, g.start(1)))
                start, letter = g.start(1), g.group(2)
        out.append(u if start == u.start else ctx.piece("MARKER", start, u.end))
    return out


def unglue_resolutions(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a resolution's text where the next resolution's heading runs on,
    on the same line ("… meetings. RESOLUTION 108– ADOPTED SUBJECT: … RESOLVED,
    that …"): the text before, the HEADING, and the next resolution's text."""
    out: list[Unit] = []
    for u in units:
        start = u.start
        kind = u.kind
        lead = SUBMITTED_LEAD.match(ctx.text, u.start, u.end) if kind == "HEADING" else None
        if lead is not None:  # "Resolution #1, …, submitted by A Resolved that …"
            out.append(ctx.piece("HEADING", u.start, lead.end(1)))
            start = lead.end()
            kind = "WHEREAS" if ctx.text.startswith("W", start) else "FORMULA"
            for m in AND_RESOLVED.finditer(ctx.text, start, u.end):  # "…; and Resolved, as …"
                out.append(ctx.piece(kind, start, m.start() + 1))
                start, kind = m.end(), "FORMULA"
        if kind in ("TEXT", "FORMULA", "WHEREAS"):
            for m in GLUED_RESOLUTION.finditer(ctx.text, u.start, u.end):
                out.append(ctx.piece(kind, start, m.start(1)))
                out.append(ctx.piece("HEADING", m.start(1), m.end(1)))
                start = m.end()
                kind = "WHEREAS" if ctx.text.startswith("W", start) else "FORMULA"
        out.append(u if start == u.start else ctx.piece(kind, start, u.end))
    return out


def unglue_organs(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a UN organ line off the text an extract glued to it on one line.

    "The General Assembly, Wishing to promote …," / "'The General Assembly, 1.
    Recalling …" / "The Security Council- Having received …" / "<TITLE> The
    General Assembly, [matter omitted]": the organ is its own unit, and what
    follows it is a unit of its own (a preambular or operative paragraph, an
    editor's gap). Only when a UN paragraph or a gap follows the organ, so a
    sentence that merely names a council is never cut. In a one-line text the
    numbered paragraphs after it are split too ("…, 1. Decides …; 2. Requests …").
    """
    out: list[Unit] = []
    for u in units:
        if u.kind not in ("TEXT", "ORGAN") or u.end - u.start < 20:
            out.append(u)
            continue
        if SHARE_QUOTE.match(ctx.text, u.start, u.end):
            out.append(u)  # 'Share "A/RES/1: The Assembly, Noting …"': the page's share button
            continue
        m = next(
            (
                m
                for m in ORGAN_GLUED.finditer(ctx.text, u.start, u.end)
                if _un_after(ctx, m.end(), u.end)
            ),
            None,
        )
        if m is None:
            out.append(u)
            continue
        if m.start() > u.start:
            out.append(ctx.piece("TEXT", u.start, m.start()))
        out.append(ctx.piece("ORGAN", m.start(), m.end()))
        starts = [m.end()]
        for item in INLINE_ITEM.finditer(ctx.text, m.end(), u.end):
            body = marker_end(ctx.text, item.end(), u.end)
            if ctx.text[body : body + 1].isupper() and ctx.ops.match(ctx.text[body : body + 80]):
                starts.append(item.end())
        for phrase in INLINE_PHRASE.finditer(ctx.text, m.end(), u.end):
            if ctx.pre.match(ctx.text[phrase.end() : phrase.end() + 80]):
                starts.append(phrase.end())  # "…; and Given that …", "…, Welcoming …"
        starts = sorted(set(starts))
        starts.append(u.end)
        for a, b in pairwise(starts):
            kind = "MARKER" if MARKER.match(ctx.text, a, b) else "TEXT"
            out.append(ctx.piece(kind, a, b))
    return out


def _un_after(ctx: Context, at: int, end: int) -> bool:
    """Does a UN paragraph (preambular or operative, numbered or not) or an
    editor's gap start at ``at``?"""
    body = marker_end(ctx.text, at, end)
    head = ctx.text[body : min(end, body + 80)]
    if EDITORIAL_GAP.match(ctx.text, at, end):
        return True
    return head[:1].isupper() and bool(ctx.pre.match(head) or ctx.ops.match(head))


def run_on_items(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split "That the Senate— (1) commemorates …; (2) encourages …; and (3)
    honors …" (a one-line text), or the same after "Resolved, That", into the
    formula and one MARKER unit per item."""
    out: list[Unit] = []
    for u in units:
        m = None
        if u.kind == "TEXT":
            m = BODY_DASH_ITEMS.match(ctx.text, u.start, u.end)
        elif u.kind == "FORMULA" and (lead := match_lead(ctx.text, u.start, u.end)) is not None:
            m = BODY_DASH.match(ctx.text, _skip_ws(ctx.text, lead.end(), u.end), u.end)
        if m is None:
            out.append(u)
            continue
        out.append(ctx.piece(u.kind, u.start, m.end()))
        first = _skip_ws(ctx.text, m.end(), u.end)
        cuts = [first, *(r.end() for r in RUN_ON_ITEM.finditer(ctx.text, first, u.end)), u.end]
        out.extend(ctx.piece("MARKER", a, b) for a, b in pairwise(cuts))
    return out


def noting_items(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split "Synod, noting the report … – (a) adopts …, and (b) recommends …"
    (one paragraph) into its formula, the body with its participle, and one
    MARKER unit per lettered act."""
    out: list[Unit] = []
    for u in units:
        m = NOTING_ITEMS.match(ctx.text, u.start, u.end) if u.kind == "TEXT" else None
        if m is None:
            out.append(u)
            continue
        out.append(ctx.piece("RESOLVES", u.start, m.end()))
        cuts = [m.end(), *(r.end() for r in NOTING_ITEM.finditer(ctx.text, m.end(), u.end)), u.end]
        out.extend(ctx.piece("MARKER", a, b) for a, b in pairwise(cuts))
    return out


def quoted_text(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a cable's introducing sentence off the quotation it runs into
    ("… following is text of operative part of the resolution - 'Resolves that
    …"): the sentence introduces the resolution (INTRO), the quotation is its text."""
    out: list[Unit] = []
    for u in units:
        m = QUOTED_TEXT_INTRO.search(ctx.text, u.start, u.end) if u.kind == "TEXT" else None
        if m is None:
            out.append(u)
            continue
        out.append(ctx.piece("INTRO", u.start, m.end()))
        out.append(ctx.piece("TEXT", m.end(), u.end))
    return out


def _skip_ws(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t":
        start += 1
    return start


def noting_motions(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Split a one-paragraph motion that notes, then acts ("Council notes X.
    Councillors agree to Y."), in a document with no formula or WHEREAS, where
    a sentence opens a new act of the body (conventions Q3/Q4): the noting
    sentences before the first act are recitals (PHRASE), each later act a
    clause (THAT); a sentence that joins noting and acting ("That this Meeting
    notes X and demands that Y and conference instructs Z") is one clause. A
    paragraph that never acts is left whole."""
    if any(u.kind in ("FORMULA", "WHEREAS") for u in units):
        return units
    out: list[Unit] = []
    for i, u in enumerate(units):
        m = NOTING_MOTION.match(ctx.text, u.start, u.end) if u.kind == "TEXT" else None
        if m and i + 1 < len(units) and acts_below(ctx, u.start, u.end, units[i + 1]):
            out.append(ctx.piece("PHRASE", u.start, u.end))  # "… notes X, and:" / "1. calls on …"
            continue
        parts = noting_parts(ctx.text, u.start, u.end, m.end()) if m else None
        if parts is None:
            out.append(u)
            continue
        noted, act, more = parts
        out.extend(ctx.piece("PHRASE", a, b) for a, b in pairwise([u.start, *noted, act]) if a < b)
        ends = sorted({act, *more, u.end})
        out.extend(ctx.piece("THAT", a, b) for a, b in pairwise(ends) if a < b)
    return out


def acts_below(ctx: Context, start: int, end: int, nu: Unit) -> bool:
    """Does the paragraph ``start``-``end`` end on "and:" over a list whose item
    ``nu`` acts ("… hard to break, and:" / "1. calls on the Board …")? Then the
    paragraph notes (a recital) and each item is a clause."""
    return (
        nu.kind == "MARKER"
        and ENDS_AND_COLON.search(ctx.text, start, end) is not None
        and ACTING_ITEM.match(ctx.text, marker_end(ctx.text, nu.start, nu.end), nu.end) is not None
    ) or run_in_acts(ctx, start, end, nu)
