"""Structure rules (S): the parts of the form and their order."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve.model import Clause, FormulaKind
from resolve.rules.base import Context, Hit, has_form

_CONTENT = re.compile(r"\w")
_BARE_THAT = re.compile(r"(?i)\bthat\s*+[,:\u2014-]?\s*+$")


def _empty(text: str) -> bool:
    return _CONTENT.search(text) is None


_MOTION = re.compile(r"[“\"]?(?:That|THAT)[\s,]")


def missing_enacting_formula(ctx: Context) -> Iterator[Hit]:
    """Reports a resolution that has recitals or clauses but no enacting formula.

    ## What it does
    Finds resolutions with a preamble or clauses but no words that enact them:
    no ``RESOLVED, That``, ``BE IT RESOLVED``, ``The General Assembly,`` or
    ``THE CONVENTION RESOLVES:``.

    ## Why is this bad?
    Without an enacting formula the text states reasons but decides nothing; the
    clauses have no authority behind them.

    ## Example
    ```text
    WHEREAS, the library roof leaks; and
    WHEREAS, repairs are urgent;
    The Treasurer shall pay for the repairs.
    ```

    ## Use instead
    ```text
    WHEREAS, the library roof leaks; and
    WHEREAS, repairs are urgent; now, therefore, be it
    RESOLVED, That the Treasurer pay for the repairs.
    ```
    """
    for res in ctx.doc.resolutions:
        if res.enacting_formula is not None or not has_form(res):
            continue
        if not res.clauses and not res.preamble:
            continue
        if res.clauses and _MOTION.match(res.clauses[0].text):
            continue  # a council motion, "That the Council …", enacts itself
        anchor = res.clauses[0] if res.clauses else res.preamble[-1]
        yield Hit(
            anchor.span.start.offset,
            anchor.span.start.offset + len(anchor.text.split("\n", 1)[0]),
            "Unexpected resolution without an enacting formula, expected "
            '"RESOLVED, That" or a formula naming the body',
            help='Add an enacting formula such as "RESOLVED, That" before the clauses.',
        )


def missing_clauses(ctx: Context) -> Iterator[Hit]:
    """Reports a resolution with no resolved or operative clauses.

    ## What it does
    Finds resolutions that have a preamble or an enacting formula but no clause
    that says what is decided.

    ## Why is this bad?
    A resolution that only recites reasons adopts nothing. Usually the clauses
    were lost when the text was copied, or the formula never got its body.

    ## Example
    ```text
    WHEREAS, the members support the strike; now, therefore, be it
    ```

    ## Use instead
    ```text
    WHEREAS, the members support the strike; now, therefore, be it
    RESOLVED, That the Local donate $500 to the strike fund.
    ```
    """
    for res in ctx.doc.resolutions:
        if res.clauses or not has_form(res):
            continue
        anchor = res.enacting_formula or (res.preamble[-1] if res.preamble else res)
        end = anchor.span.start.offset + len(anchor.text.split("\n", 1)[0])
        yield Hit(
            anchor.span.start.offset,
            end,
            "Unexpected resolution without clauses, expected at least one resolved clause",
            help="Add the resolved or operative clauses after the enacting formula.",
        )


def preamble_after_clauses(ctx: Context) -> Iterator[Hit]:
    """Reports a recital that comes after the first resolved clause.

    ## What it does
    Finds ``WHEREAS`` recitals (or other preamble paragraphs) placed after the
    resolution has started resolving.

    ## Why is this bad?
    The preamble gives the reasons and must come first; a recital among the
    clauses reads as part of what is decided and confuses amendment.

    ## Example
    ```text
    RESOLVED, That the dues be raised; and
    WHEREAS, costs have risen.
    ```

    ## Use instead
    ```text
    WHEREAS, costs have risen; therefore, be it
    RESOLVED, That the dues be raised.
    ```
    """
    for res in ctx.doc.resolutions:
        if not res.clauses:
            continue
        first = res.clauses[0].span.start.offset
        for recital in res.preamble:
            if recital.span.start.offset > first:
                yield Hit(
                    recital.span.start.offset,
                    recital.span.start.offset + len(recital.text.split("\n", 1)[0]),
                    "Unexpected recital after the resolved clauses, expected the "
                    "preamble before the enacting formula",
                    help="Move the recital into the preamble, before the first clause.",
                )


def empty_part(ctx: Context) -> Iterator[Hit]:
    """Reports a recital or clause with no text.

    ## What it does
    Finds a ``WHEREAS`` or a clause marker with nothing after it, such as a
    bare ``WHEREAS,`` line or a ``3.`` with no words.

    ## Why is this bad?
    An empty part is left over from editing; readers cannot tell whether text
    was lost, and numbering and connectors around it go wrong.

    ## Example
    ```text
    WHEREAS, the Local has grown; and
    WHEREAS,
    RESOLVED, That the Local open a second office.
    ```

    ## Use instead
    ```text
    WHEREAS, the Local has grown;
    RESOLVED, That the Local open a second office.
    ```
    """
    for res in ctx.doc.resolutions:
        for recital in res.preamble:
            if not recital.items and _empty(recital.body):
                yield Hit(
                    recital.span.start.offset,
                    recital.span.end.offset,
                    "Unexpected empty recital, expected text after the opener",
                    help="Write the recital's text or delete the empty recital.",
                )
        for clause in ctx.all_clauses(res):
            if not clause.subclauses and _empty(clause.body):
                yield Hit(
                    clause.span.start.offset,
                    clause.span.end.offset,
                    "Unexpected empty clause, expected text after the marker",
                    help="Write the clause's text or delete the empty clause.",
                )


def unknown_text(ctx: Context) -> Iterator[Hit]:
    """Reports text that fits no part of the form.

    ## What it does
    Finds paragraphs the parser could not place as heading, recital, formula,
    clause or trailer, before or among the clauses.

    ## Why is this bad?
    Such text is usually a recital without an opener, a clause without its
    ``RESOLVED``, or a stray note; readers cannot tell whether it is adopted.

    ## Example
    ```text
    WHEREAS, the parks need trees; and
    Volunteers are ready to plant them.
    RESOLVED, That the Council fund 200 trees.
    ```

    ## Use instead
    ```text
    WHEREAS, the parks need trees; and
    WHEREAS, volunteers are ready to plant them; therefore, be it
    RESOLVED, That the Council fund 200 trees.
    ```
    """
    for res in ctx.doc.resolutions:
        last_end = res.clauses[-1].span.end.offset if res.clauses else None
        for unknown in res.unknown:
            if last_end is not None and unknown.span.start.offset >= last_end:
                continue
            yield _unknown_hit(unknown.span.start.offset, unknown.text, unknown.reason)
    for unknown in ctx.doc.unknown:
        yield _unknown_hit(unknown.span.start.offset, unknown.text, unknown.reason)


def _unknown_hit(start: int, text: str, reason: str) -> Hit:
    first = text.split("\n", 1)[0].rstrip()
    return Hit(
        start,
        start + len(first),
        f"Unexpected text that fits no part of the resolution ({reason}), "
        "expected a recital, formula, clause or trailer",
        help="Give the paragraph an opener (WHEREAS, RESOLVED) or move it out of the resolution.",
    )


def list_without_lead_in(ctx: Context) -> Iterator[Hit]:
    """Reports a clause or recital that is only a list, with no words leading into it.

    ## What it does
    Finds a clause whose marker or ``RESOLVED, That`` is followed directly by
    list items, with no text saying what the list is.

    ## Why is this bad?
    A list needs a lead-in (``RESOLVED, That the Local will:``) so that each
    item reads as a complete sentence with it; without one the items decide
    nothing.

    ## Example
    ```text
    RESOLVED, That
    1. the dues be raised;
    2. the office be moved.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Board:
    1. raise the dues; and
    2. move the office.
    ```
    """
    for res in ctx.doc.resolutions:
        formula = res.enacting_formula
        if (
            formula is not None
            and formula.kind is FormulaKind.RESOLVED
            and _BARE_THAT.search(formula.text)
            and res.clauses
            and res.clauses[0].marker
            and res.clauses[0].span.start.line > formula.span.end.line
        ):
            yield Hit(
                formula.span.start.offset,
                formula.span.end.offset,
                "Unexpected list with no lead-in, expected text introducing the list",
                help='Add a lead-in such as "That the Board:" before the list items.',
            )
        for clause in ctx.all_clauses(res):
            if clause.subclauses and _empty(clause.body) and not clause.verb:
                yield _list_hit(clause)
        for recital in res.preamble:
            if recital.items and _empty(recital.body):
                yield Hit(
                    recital.span.start.offset,
                    recital.items[0].span.start.offset,
                    "Unexpected list with no lead-in, expected text introducing the list",
                    help="Add a lead-in sentence ending with a colon before the list.",
                )


def _list_hit(clause: Clause) -> Hit:
    return Hit(
        clause.span.start.offset,
        clause.subclauses[0].span.start.offset,
        "Unexpected list with no lead-in, expected text introducing the list",
        help='Add a lead-in such as "That the Board:" before the list items.',
    )


def unrecognized_trailer(ctx: Context) -> Iterator[Hit]:
    """Reports text after the last clause that is not a recognised trailer.

    ## What it does
    Finds paragraphs after the final clause that are not an adoption line, a
    vote, a signature, an attestation, a rationale, a footnote or a date.

    ## Why is this bad?
    Text after the clauses may be a clause that lost its ``RESOLVED`` lead and
    would silently not be adopted, or a note that should be marked as such.

    ## Example
    ```text
    RESOLVED, That the Local support the strike.
    The Local will also picket on Fridays.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local support the strike; and be it further
    RESOLVED, That the Local picket on Fridays.
    ```
    """
    for res in ctx.doc.resolutions:
        if not res.clauses:
            continue
        last_end = res.clauses[-1].span.end.offset
        for unknown in res.unknown:
            if unknown.span.start.offset < last_end:
                continue
            first = unknown.text.split("\n", 1)[0].rstrip()
            yield Hit(
                unknown.span.start.offset,
                unknown.span.start.offset + len(first),
                "Unexpected text after the last clause, expected a clause, an adoption "
                "line, a vote or a signature",
                help="Make it a clause with its own lead, or mark it as a note or rationale.",
            )


def low_confidence(ctx: Context) -> Iterator[Hit]:
    """Reports a resolution whose structure the parser read with low confidence.

    ## What it does
    When the parser is unsure of its reading of a resolution (most lines fit no
    known form, there is no formula, or the counts of recitals and clauses
    depend on a guess), it records why in ``Resolution.doubts``. This rule
    reports that once per resolution, at its first line, with the first doubt.
    The structural rules (numbering, connectors, clause endings, order of the
    parts) then say nothing about that resolution rather than guess.

    ## Why is this bad?
    It is not a defect of the text: it says that findings about the structure
    are withheld, and that ``fmt`` leaves the resolution as it is. A document
    pasted from a PDF or a web page often needs its page furniture removed
    before its structure can be checked.

    ## Example
    ```text
    Page 3 of 7        Convention Decision
    Delegates discussed the dues and the office ...
    ```

    ## Use instead
    ```text
    WHEREAS, the dues have not changed since 2010; and
    RESOLVED, That the dues be raised.
    ```
    """
    for res in ctx.doc.resolutions:
        if not res.doubts or not has_form(res):
            continue  # loose prose is no resolution read badly: S009 reports it
        start = res.span.start.offset
        first = ctx.source[start : res.span.end.offset].split("\n", 1)[0].rstrip()
        more = f" (and {len(res.doubts) - 1} more)" if len(res.doubts) > 1 else ""
        yield Hit(
            start,
            start + len(first),
            f"Unexpected structure read with low confidence: {res.doubts[0]}{more}; "
            "expected a clear form, so structural findings are withheld",
            help="Remove page furniture or give the parts their openers, then check again.",
        )


_RESOLUTION_WORDS = re.compile(
    r"(?i)\b(?:resolved|resolves|resolutions?|whereas|be\s+it|motions?|moved|decides|"
    r"adopt(?:s|ed)?|action|business\s+items?|approve[sd]?|agreed|carried|"
    r"general\s+assembly|security\s+council)\b"
)


def no_resolution(ctx: Context) -> Iterator[Hit]:
    """Reports a file in which no resolution is found.

    ## What it does
    Reports, once per file, text that shows no part of a resolution: no
    recital opener, no enacting formula, no clause, and none of the words a
    resolution or its record uses (``resolved``, ``whereas``, ``resolution``,
    ``motion``, ``adopted``, ``approved``, ``carried``, ``business item``). ``check --fix`` and
    ``fmt`` never rewrite such a file, and a folder run does not count it as
    passed.

    ## Why is this bad?
    A README, a changelog or a letter that was matched by a glob is not a
    resolution; saying "all checks passed" about it would claim a check that
    never happened.

    ## Example
    ```text
    Dear members, the picnic is on Saturday.
    ```

    ## Use instead
    ```text
    WHEREAS, members asked for a picnic; and
    RESOLVED, That the Local hold a picnic on Saturday, June 7, 2025.
    ```
    """
    if any(has_form(r) for r in ctx.doc.resolutions) or _RESOLUTION_WORDS.search(ctx.source):
        return  # a resolution the parser could not read is not "no resolution"
    yield Hit(
        0,
        0,
        "Unexpected file with no resolution found, expected recitals, a formula or clauses",
        help="Check only resolution files (exclude it, or name the files to check).",
    )
