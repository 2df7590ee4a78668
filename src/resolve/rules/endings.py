"""Clause ending rule C010: a clause with no ending at all, among punctuated ones."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve.model import Clause
from resolve.rules.base import Context, Hit, effective_connector, last_leaf, norm_connector
from resolve.rules.clauses import unpunctuated_list

# C010 a clause with no ending at all, among punctuated ones


def unpunctuated_clause(ctx: Context) -> Iterator[Hit]:
    """Reports a clause that ends with no punctuation where its siblings all have some.

    ## What it does
    Looks at each group of sibling clauses (the clauses of a resolution, the
    items of a list) of three or more. When every other clause of the group
    ends with punctuation (``;``, ``.``, ``,``, ``:``, ``; and``…) and one ends
    with none at all, that one is reported. The document's own convention
    decides: a list written without any punctuation ("open" style) is left
    alone, and which mark a clause should carry is left to
    ``clause-terminal-punctuation``. A clause that leads into a list is
    judged by its last item; the last item of a list whose other items end
    with a connector ("…, or") ends the sentence, not the list, and is left
    alone. Extraction debris after a real ending is looked
    past: a last line of symbols only, a table cell's border ("… 2007. |"),
    an attribution in brackets ("… needs. (Executive Council)"), a heading
    glued on ("… activities. Working for Human Rights"), a footnote rule and
    what follows it on the line ("… (A/68/53). ________ A/C.3/68/L.75").

    ## Why is this bad?
    A clause with no ending at all is usually text lost in editing or a line
    break taken for the end of a clause; a reader cannot tell where the
    clause stops.

    ## Example
    ```text
    RESOLVED, That the Local support the strike; and be it further
    RESOLVED, That the Local donate $500 to the fund
    RESOLVED, That the Secretary write to the employer.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local support the strike; and be it further
    RESOLVED, That the Local donate $500 to the fund; and be it further
    RESOLVED, That the Secretary write to the employer.
    ```
    """
    for res in ctx.doc.resolutions:
        groups: list[tuple[Clause, ...]] = [res.clauses]
        groups.extend(c.subclauses for c in ctx.all_clauses(res) if c.subclauses)
        for group in groups:
            if len(group) < 3:
                continue
            bare = [c for c in group if not _ends_with_mark(c)]
            if len(bare) != 1:
                continue  # all punctuated, or the document's style is open
            if group is not res.clauses and bare[0] is group[-1] and _runs_on(group[:-1]):
                continue  # "• …, or" / "• Special Projects 30": a list ending its sentence
            leaf = last_leaf(bare[0])
            if leaf is not bare[0] and unpunctuated_list(bare[0]):
                continue  # it ends with a list of names written without punctuation
            if not leaf.text.strip() or _LINK_END.search(leaf.text.rstrip()):
                continue  # a link or address takes no punctuation after it
            end = leaf.span.start.offset + len(leaf.text.rstrip())
            yield Hit(
                end,
                end,
                "Unexpected end of a clause without punctuation, expected the ending "
                "its sibling clauses have",
                help="End the clause as the clauses around it end.",
            )


# A clause that ends in a web address or a Markdown link.
_LINK_END = re.compile(r"(?:https?://\S+|\]\([^()\s]*+\)|<[^<>\s]+@[^<>\s]+>)$")
# A footnote number after the ending: "to this end.'[3]", "of 2024.1".
_FOOTNOTE_TAIL = re.compile(r"(?:\[\d{1,3}\]|(?<=[.;,:])[ \t]?\d{1,3})$")
# Extraction debris after a clause's real ending, which the clause's text
# carries when the page had no line break the parser could use: a last line
# with no letter or digit (a web page's check mark, a rule), a table cell's
# border after the ending ("2007. |", a flattened table), an attribution
# in brackets ("needs. (Executive Council)"), the next section's heading
# glued on ("activities. Working for Human Rights"), a running page header
# ("passage. RESOLUTION NO. 80-89 (Page 2)"), or a footnote rule and
# what follows it on the line ("Add.1). ________ A/C.3/68/L.75 …", a
# document flattened onto one line).
_DEBRIS_TAIL = re.compile(
    r"(?:\n[^\w\n]*+"
    r"|(?<=[.;:])[ \t]++_{5,}[^\n]*+"
    r"|(?<=[.;:])[ \t]++[|┃│]++"
    r"|(?<=[.;:])[ \t]*+\([^()\n]{1,60}\)"
    r"|(?<=[.;:])[ \t]++[A-Z][\w’'-]*+(?:[ \t]++(?:[A-Z][\w’'-]*+|and|for|of|on|in|to|the|a))"
    r"{0,6}"
    r"|(?<=[.;:])[ \t]++[^\n]{0,60}?\(?(?i:page)[ \t]++\d{1,4}(?:[ \t]++of[ \t]++\d{1,4})?\)?)$"
)


def _runs_on(items: tuple[Clause, ...]) -> bool:
    """Do all these list items end with a connector ("…, or", "…; and")? Then
    the item after them ends the sentence, and a page that drops its full
    stop departs from no ending its siblings have."""
    return all(norm_connector(effective_connector(c)).endswith(("and", "or")) for c in items)


def _ends_with_mark(clause: Clause) -> bool:
    conn = norm_connector(effective_connector(clause))
    if conn:
        return True
    leaf = last_leaf(clause)
    # A mark inside a closing quote or bracket counts: '"the Act."', "(2024).".
    text = leaf.text.rstrip()
    text = _DEBRIS_TAIL.sub("", text, count=1).rstrip() or text
    tail = _FOOTNOTE_TAIL.sub("", text).rstrip(")]”\"’'*_ \t")
    return tail[-1:] in (".", ";", ",", ":", "!", "?", "—", "–")
