"""Clause rules (C): numbering, markers, verbs, endings and leads of clauses."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve._text import collapse
from resolve.model import Clause, FormulaKind, Resolution
from resolve.rules.base import (
    Context,
    Hit,
    connector_offset,
    convention,
    effective_connector,
    first_line_end,
    last_leaf,
    meeting_record,
    norm_connector,
    punct_class,
    replace_fix,
)
from resolve.rules.numbering import marker_family

_MODAL_LEAD_IN = re.compile(
    r"(?i)\b(?:to|will|shall|must|should|may|can)\s*+[:\u2014\u2013-]*+\s*+$"
)


def _verb_candidates(res: Resolution) -> list[Clause]:
    """Clauses that should open with an operative verb.

    Items after a lead-in ending in ``to:`` or ``will:`` open with a base-form
    verb that no list can vouch for, so they are left alone."""
    formula = res.enacting_formula
    out: list[Clause] = []
    if formula is not None and _MODAL_LEAD_IN.search(formula.text):
        return out
    for index, clause in enumerate(res.clauses):
        if _MODAL_LEAD_IN.search(clause.body):
            continue
        if clause.lead:
            continue
        resolved_lead = index == 0 and formula is not None and formula.kind is FormulaKind.RESOLVED
        if resolved_lead or (clause.subclauses and (clause.connector or "").strip() in (":", "—")):
            if clause.subclauses and not clause.verb:
                out.extend(c for c in clause.subclauses if c.marker)
            continue
        out.append(clause)
    return out


_FIRST_WORD = re.compile(r"(?<![ \t])[ \t]*+([A-Za-z]+)")


def _verb(ctx: Context, clause: Clause) -> str | None:
    """The operative verb opening ``clause``: a listed verb, or the base form of
    one (``Condemn`` for ``Condemns``)."""
    found = clause.verb or ctx.operative_verbs.match(clause.body)
    if found:
        return found
    m = _FIRST_WORD.match(clause.body)
    if m is None:
        return None
    word = m.group(1)
    for suffix in ("s", "es"):
        if ctx.operative_verbs.match(word + suffix) is not None:
            return word
    return None


def _opening(text: str) -> str:
    words = text.split()
    return " ".join(words[:3])


def operative_verb(ctx: Context) -> Iterator[Hit]:
    """Reports an operative clause that does not open with an operative verb.

    ## What it does
    Under ``un`` and ``convention``, checks that each operative clause begins
    with a verb from the built-in list or ``extra-operative-verbs``
    (``Calls upon``, ``Reaffirms``, ``Commits``), longest match first.

    ## Why is this bad?
    In these styles the body named in the formula is the subject of every
    clause: "The Convention ... Reaffirms ...". A clause without a verb does
    not make a sentence with the formula and decides nothing.

    ## Example
    ```text
    THEREFORE, BE IT RESOLVED THAT THIS CONVENTION:
    - Our solidarity with the strikers;
    ```

    ## Use instead
    ```text
    THEREFORE, BE IT RESOLVED THAT THIS CONVENTION:
    - Reaffirms our solidarity with the strikers;
    ```
    """
    for res in ctx.doc.resolutions:
        if not ctx.profile_of(res).verbs_required:
            continue
        for clause in _verb_candidates(res):
            if _verb(ctx, clause) is not None:
                continue
            start = clause.span.start.offset + max(0, clause.text.find(clause.body[:20]))
            opening = _opening(clause.body)
            yield Hit(
                start,
                start + len(clause.body.split(maxsplit=1)[0]) if clause.body.split() else start,
                f'Unexpected clause opening "{opening}", expected an operative verb '
                'such as "Calls upon" or "Reaffirms"',
                help="Open the clause with an operative verb, or add the verb to "
                "extra-operative-verbs.",
            )


_VERB_PREFIX = re.compile(r"(?i)(?:also|further|furthermore|again|hereby|once\s+again)\s+")


def _verb_form(verb: str) -> str:
    head = _VERB_PREFIX.sub("", verb.strip(), count=1).split()
    word = head[0].lower() if head else ""
    return "s" if word.endswith("s") and not word.endswith("ss") else "base"


def verb_form(ctx: Context) -> Iterator[Hit]:
    """Reports operative verbs in different grammatical forms in one resolution.

    ## What it does
    Compares the opening verbs of the operative clauses: ``Reaffirms``
    (third person, agreeing with "The Convention") against ``Reaffirm``
    (base form, agreeing with "We"). The more common form wins.

    ## Why is this bad?
    Every clause completes the same sentence begun by the formula; a verb in
    the other form no longer agrees with its subject.

    ## Example
    ```text
    - Reaffirms our solidarity with the strikers;
    - Commit to raising funds for them.
    ```

    ## Use instead
    ```text
    - Reaffirms our solidarity with the strikers;
    - Commits to raising funds for them.
    ```
    """
    for res in ctx.doc.resolutions:
        if not ctx.profile_of(res).verbs_required:
            continue
        found: list[tuple[Clause, str, str]] = []
        for clause in _verb_candidates(res):
            verb = _verb(ctx, clause)
            if verb:
                found.append((clause, verb.strip(), _verb_form(verb)))
        if len(found) < 2:
            continue
        forms = [f for _, _, f in found]
        s_count = forms.count("s")
        majority = "s" if s_count * 2 > len(forms) else "base"
        if s_count * 2 == len(forms):
            majority = forms[0]
        for clause, verb, form in found:
            if form == majority:
                continue
            start = clause.span.start.offset + max(0, clause.text.find(verb))
            wanted = "third-person form (Reaffirms)" if majority == "s" else "base form (Reaffirm)"
            yield Hit(
                start,
                start + len(verb),
                f'Unexpected verb form "{verb}", expected the {wanted} used by the other clauses',
                help="Use the same verb form in every clause.",
            )


def _has_own_lead(clause: Clause) -> bool:
    return bool(clause.lead)


def unpunctuated_list(clause: Clause) -> bool:
    """True if the list that ends ``clause`` has no connectors on any item."""
    leaf = last_leaf(clause)
    parent = clause
    for node in clause.walk():
        if leaf in node.subclauses:
            parent = node
            break
    return all(not (c.connector or "").strip() for c in parent.subclauses)


def terminal_punctuation(ctx: Context) -> Iterator[Hit]:
    """Reports a clause that ends with the wrong punctuation for its place.

    ## What it does
    Checks how each clause ends: every clause but the last ends with ``;``
    (``; and`` in ``ronr``), and the last ends with ``.``. For a clause that
    leads into a list, the ending of its last item counts. ``gpo``,
    ``board`` and ``convention`` accept ``.`` before a clause that has its own
    ``Resolved`` lead. Under ``auto`` the clauses that are not the last should
    end as most of the document's such clauses do, and a line that goes on in
    lower case continues the sentence rather than starting a clause. Every fix
    is unsafe: a misread clause boundary would put ";" mid-sentence.

    ## Why is this bad?
    The clauses of a resolution complete one sentence begun by the enacting
    formula; a period in the middle ends it early and a semicolon at the end
    leaves it open.

    ## Example
    ```text
    RESOLVED, That the Local support the strike; and be it further
    RESOLVED, That the Local donate $500;
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local support the strike; and be it further
    RESOLVED, That the Local donate $500.
    ```
    """
    usual_mid: str | None = None
    usual_last: str | None = None
    if ctx.learning:
        mids: list[str] = []
        lasts: list[str] = []
        for res in ctx.doc.resolutions:
            for i, clause in enumerate(res.clauses):
                key = punct_class(effective_connector(clause))
                (lasts if i == len(res.clauses) - 1 else mids).append(key)
        usual_mid = convention(mids)
        # One resolution's last clause is no convention; several agreeing are.
        usual_last = convention(lasts) if len(lasts) >= 2 else None
    for res in ctx.doc.resolutions:
        profile = ctx.profile_of(res)
        clauses = res.clauses
        # Lists written without any punctuation on their items ("open" style).
        open_style = len(clauses) > 1 and all(
            not norm_connector(effective_connector(c)) for c in clauses[:-1]
        )
        for i, clause in enumerate(clauses):
            leaf = last_leaf(clause)
            conn = effective_connector(clause)
            actual = norm_connector(conn)
            if "be it" in actual:
                continue  # see further-resolved-placement
            last = i == len(clauses) - 1
            if leaf is not clause and not actual and unpunctuated_list(clause):
                continue  # a list of names or amounts with no punctuation at all
            start = connector_offset(leaf, conn)
            end_of_text = leaf.span.start.offset + len(leaf.text.rstrip())
            if last:
                if actual.startswith(".") or actual[:1] in ("!", "?"):
                    continue
                if usual_last is not None and punct_class(conn) == usual_last:
                    continue  # the document ends its resolutions this way
                if not actual:
                    yield Hit(
                        end_of_text,
                        end_of_text,
                        'Unexpected end of the last clause without punctuation, expected "."',
                        help="End the last clause with a period.",
                        fix=replace_fix('Add "."', end_of_text, end_of_text, ".", safe=False),
                    )
                    continue
                shown = (conn or "").strip()
                fix = None
                if start is not None and actual in (";", "; and", ",", ", and", ":"):
                    fix = replace_fix(
                        'Replace with "."', start, start + len(conn or ""), ".", safe=False
                    )
                yield Hit(
                    start if start is not None else end_of_text,
                    (start + len(conn or "")) if start is not None else end_of_text,
                    f'Unexpected "{shown}" after the last clause, expected "."',
                    help="End the last clause with a period.",
                    fix=fix,
                )
                continue
            nxt = clauses[i + 1]
            if _continues(nxt):
                continue  # the "clause" after it goes on with the same sentence
            if usual_mid is not None:
                if punct_class(conn) == usual_mid or (open_style and not actual):
                    continue
            elif actual.startswith(";") or (open_style and not actual):
                continue
            if actual.startswith(".") and _FURTHER_LEAD.match(nxt.lead or ""):
                continue  # "BE IT FURTHER RESOLVED that ..." starts a new sentence
            if actual.startswith(".") and (
                (profile.full_stop_between_resolved and _has_own_lead(nxt))
                or marker_family(nxt) == "section"
                or (usual_mid is not None and _has_own_lead(nxt))
            ):
                continue
            if usual_mid is not None and usual_mid not in ("", "word"):
                want = next(
                    (effective_connector(c) or "").strip()
                    for r in ctx.doc.resolutions
                    for c in r.clauses[:-1]
                    if punct_class(effective_connector(c)) == usual_mid
                )
            else:
                want = "; and" if profile.name == "ronr" else ";"
            shown = (conn or "").strip()
            fix = None
            if start is not None and actual in (",", ", and") and want.startswith(";"):
                fix = replace_fix('Replace "," with ";"', start, start + 1, ";", safe=False)
            if shown:
                message = (
                    f'Unexpected "{shown}" after a clause that is not the last, expected "{want}"'
                )
                hit_start = start if start is not None else end_of_text
                hit_end = hit_start + len(conn or "") if start is not None else end_of_text
            else:
                message = f'Unexpected end of clause without punctuation, expected "{want}"'
                hit_start = hit_end = end_of_text
            yield Hit(hit_start, hit_end, message, help=f'End the clause with "{want}".', fix=fix)


def _continues(clause: Clause) -> bool:
    """True if ``clause`` has no marker and no lead and opens in lower case: the
    rest of the sentence before it, split off by a line break ("held in Vienna,"
    then "Austria ..." is not; "and the ..." is)."""
    if clause.marker or clause.lead:
        return False
    body = clause.body.lstrip(" \t\r\n\"“‘'(")
    return body[:1].islower()


_BARE_RESOLVED = re.compile(r"(?<!\s)\s*+(?i:resolved)\b(?!\s++(?i:further))")
_FURTHER_WORD = re.compile(r"\b(?:further|finally)\b")
_BE_IT_LEAD = re.compile(r"(?i)(?<!\s)\s*+be\s++it\b")
_FURTHER_LEAD = re.compile(r"(?i)(?<!\s)\s*+(?:be\s++it|further|finally)\b")


def further_resolved(ctx: Context) -> Iterator[Hit]:
    """Reports ``and be it further`` on the last clause, repeated, or missing.

    ## What it does
    Finds ``; and be it further`` (or ``; and be it finally``) after the last
    clause, where nothing follows; before a clause that already says ``BE IT
    FURTHER RESOLVED``; and, under ``ronr`` and ``board``, a bare ``; and``
    before ``RESOLVED`` where the other clauses of the resolution use
    ``; and be it further``.

    ## Why is this bad?
    ``and be it further`` joins a clause to the next ``RESOLVED``; left on the
    last clause it promises a clause that is not there, and used unevenly it
    shows clauses were moved or dropped.

    ## Example
    ```text
    RESOLVED, That the Local support the strike; and be it further
    RESOLVED, That the Local donate $500; and be it further
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local support the strike; and be it further
    RESOLVED, That the Local donate $500.
    ```
    """
    for res in ctx.doc.resolutions:
        profile = ctx.profile_of(res)
        clauses = res.clauses
        with_further: list[Clause] = []
        without: list[Clause] = []
        for i, clause in enumerate(clauses):
            conn = clause.connector
            actual = norm_connector(conn)
            start = connector_offset(clause, conn)
            if start is None:
                start = clause.span.start.offset + len(clause.text.rstrip())
            dangling = "be it" in actual
            if i == len(clauses) - 1:
                if dangling:
                    yield Hit(
                        start,
                        start + len(conn or ""),
                        f'Unexpected "{(conn or "").strip()}" after the last clause, expected "."',
                        help='Delete "and be it further" and end the clause with a period.',
                    )
                continue
            lead = clauses[i + 1].lead or ""
            repeated = (
                _FURTHER_WORD.search(actual) is not None and _FURTHER_LEAD.match(lead) is not None
            ) or (dangling and _BE_IT_LEAD.match(lead) is not None)
            if repeated:
                yield Hit(
                    start,
                    start + len(conn or ""),
                    f'Unexpected "{(conn or "").strip()}" before "{lead.strip()}", expected ";" '
                    "(the next lead already says it)",
                    help='Keep "further" in one place: the connector or the next lead.',
                )
                continue
            if _BARE_RESOLVED.match(lead) and actual.startswith(";"):
                (with_further if dangling else without).append(clause)
        if profile.be_it_further and with_further and without:
            for clause in without:
                conn = clause.connector
                start = connector_offset(clause, conn)
                if start is None:
                    start = clause.span.start.offset + len(clause.text.rstrip())
                yield Hit(
                    start,
                    start + len(conn or ""),
                    f'Unexpected "{(conn or "").strip()}" before "RESOLVED", expected '
                    '"; and be it further" like the other clauses',
                    help='Join RESOLVED clauses with "; and be it further" throughout.',
                )


_RESOLVED_THAT = re.compile(
    r"(?<![ \t])[ \t]*+(?:RESOLVED|Resolved)(?:\s++(?:FURTHER|further))?,?\s++(that|That|THAT)\b"
)


def resolved_casing(ctx: Context) -> Iterator[Hit]:
    """Reports ``Resolved, that`` where the profile writes ``Resolved, That``.

    ## What it does
    Under ``ronr`` and ``gpo``, checks that ``That`` after ``Resolved,`` is
    capitalised, in the enacting formula and in every clause lead. Under
    ``auto`` the document's own convention decides (``Resolved, that``
    throughout is no finding; one ``that`` among ``That`` is). The fix is
    unsafe: a matter of style.

    ## Why is this bad?
    Both styles treat ``Resolved,`` as a heading and capitalise the first word
    of the resolved text after it; ``Resolved, that`` marks a draft that did
    not follow the style.

    ## Example
    ```text
    Resolved, that the Local support the strike.
    ```

    ## Use instead
    ```text
    Resolved, That the Local support the strike.
    ```
    """
    found: list[tuple[Resolution, int, str]] = []
    for res in ctx.doc.resolutions:
        nodes: list[tuple[int, str]] = []
        if res.enacting_formula is not None:
            nodes.append((res.enacting_formula.span.start.offset, res.enacting_formula.text))
        for clause in res.clauses:
            if clause.lead:
                at = clause.text.find(clause.lead)
                if at >= 0:
                    nodes.append((clause.span.start.offset + at, clause.lead))
        for base, text in nodes:
            m = _RESOLVED_THAT.match(text)
            if m is not None:
                found.append((res, base + m.start(1), m.group(1)))
    if ctx.learning:
        usual = convention(word for _, _, word in found)
        wanted = {id(res): usual for res, _, _ in found}
    else:
        wanted = {id(res): ctx.profile_of(res).resolved_that for res, _, _ in found}
    for res, start, word in found:
        want = wanted[id(res)]
        if want is None or word == want:
            continue
        whose = "like the other clauses" if ctx.learning else "as the profile writes it"
        yield Hit(
            start,
            start + 4,
            f'Unexpected "{word}" after "Resolved,", expected "{want}" {whose}',
            help=f'Write "{want}" after "Resolved," throughout.',
            # A matter of house style: applied only with --unsafe-fixes.
            fix=replace_fix(f'Replace with "{want}"', start, start + 1, want[0], safe=False),
        )


_NORM = re.compile(r"[^\w]+")


def duplicate_clause(ctx: Context) -> Iterator[Hit]:
    """Reports a clause whose text repeats an earlier clause.

    ## What it does
    Compares the text of every clause and sub-clause, ignoring case,
    punctuation and spacing, and reports the second and later copies. A
    record of a meeting (no enacting formula, in a text with two or more words
    of minutes such as "moved", "seconded", "agenda") is left alone: its record lines
    ("Second: A seconded the motion") recur by form.

    ## Why is this bad?
    A repeated clause is almost always a paste error; adopted as written it
    decides the same thing twice or hides a clause that should have been there.

    ## Example
    ```text
    RESOLVED, That the Local support the strike; and be it further
    RESOLVED, That the Local support the strike.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local support the strike; and be it further
    RESOLVED, That the Local donate $500 to the strike fund.
    ```
    """
    for res in ctx.doc.resolutions:
        if meeting_record(ctx, res):
            continue  # minutes: "Second: A seconded the motion" recurs by form
        seen: dict[str, Clause] = {}
        for clause in ctx.all_clauses(res):
            key = collapse(_NORM.sub(" ", clause.body.lower()))
            if len(key.split()) < 4:
                continue
            first = seen.get(key)
            if first is None:
                seen[key] = clause
                continue
            yield Hit(
                clause.span.start.offset,
                first_line_end(clause),
                f"Unexpected duplicate of the clause on line {first.span.start.line}, "
                "expected each clause once",
                help="Delete the repeated clause or reword it.",
            )
