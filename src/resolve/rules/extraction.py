"""Text rules for slips that careful readers find (L006-L010): a phrase left
twice, words run together or split by extraction, blanks left in a date, and
GPO quotation marks that do not pair. All are opt-in until measured."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve.rules.base import Context, Hit

_MODAL = r"(?:must|shall|will|should|may|can|would)"
# "must be shall be": one modal written over another and both left in; or a
# run of three to six words written twice in a row.
_MODAL_TWICE = re.compile(rf"(?i)\b({_MODAL}\s++be)\s++({_MODAL}\s++be)\b")
_FRAGMENT_TWICE = re.compile(r"(?i)\b((?:\w++[ \t]++){2,5}\w++)[ \t,]++\1\b")


def _body(ctx: Context) -> Iterator[tuple[int, int]]:
    for res in ctx.doc.resolutions:
        yield from ctx.body_ranges(res)


def repeated_phrase(ctx: Context) -> Iterator[Hit]:
    """Reports a phrase written twice by mistake.

    ## What it does
    Finds two modal phrases left side by side ("must be shall be"), and a run
    of three to six words written twice in a row ("of the Local of the Local"),
    in the preamble and clauses.

    ## Why is this bad?
    A phrase left twice is an editing slip: one version was meant to replace
    the other. Adopted as written, the sentence does not read.

    ## Example
    ```text
    RESOLVED, That dues must be shall be paid by March 1, 2025.
    ```

    ## Use instead
    ```text
    RESOLVED, That dues shall be paid by March 1, 2025.
    ```
    """
    source = ctx.source
    for start, end in _body(ctx):
        for m in _MODAL_TWICE.finditer(source, start, end):
            if m.group(1).lower() == m.group(2).lower():
                continue  # "be be" is the repeated-word rule's
            yield Hit(
                m.start(),
                m.end(),
                f'Unexpected "{m.group()}", expected one of "{m.group(1)}" or "{m.group(2)}"',
                help="Keep the phrase that was meant and delete the other.",
            )
        for m in _FRAGMENT_TWICE.finditer(source, start, end):
            words = m.group(1).split()
            if all(w.isdigit() for w in words):
                continue
            phrase = " ".join(words)
            yield Hit(
                m.start(),
                m.end(),
                f'Unexpected repeated phrase "{phrase}", expected it once',
                help="Delete the repeated words.",
            )


# "UBCMhas": an acronym glued to the next word by extraction.
_GLUED = re.compile(r"\b([A-Z]{3,})([a-z]{3,})\b")
_PLURAL_ENDINGS = frozenset({"ers", "ing", "ies"})


def run_together(ctx: Context) -> Iterator[Hit]:
    """Reports an acronym run together with the next word ("UBCMhas").

    ## What it does
    Finds three or more capitals followed directly by a lower-case word of
    three or more letters, as PDF extraction leaves them when it drops a
    space.

    ## Why is this bad?
    The run-together word is not in any dictionary: search, reading aloud and
    spell checking all fail on it, and it shows the text was never proofread.

    ## Example
    ```text
    WHEREAS, the UBCMhas asked the Province to act; and
    ```

    ## Use instead
    ```text
    WHEREAS, the UBCM has asked the Province to act; and
    ```
    """
    source = ctx.source
    for start, end in _body(ctx):
        for m in _GLUED.finditer(source, start, end):
            yield Hit(
                m.start(),
                m.end(),
                f'Unexpected "{m.group()}", expected "{m.group(1)} {m.group(2)}" with a space',
                help="Put back the space that extraction dropped.",
            )


# "nuclear- weapon": a hyphen left from a line break, then a space. Not the
# suspended hyphen of "pre- and post-war", "short- to long-term".
# Nor dashes that chain labels, the last run on to a name: "Roll call vote- yes-Smith".
_BROKEN_HYPHEN = re.compile(
    r"\b([a-z]{2,})-[ \t]++(?!(?:and|or|to|nor|as|&)\b)([a-z]{2,})\b(?!-[A-Z])"
)


def broken_hyphenation(ctx: Context) -> Iterator[Hit]:
    """Reports a word broken by a hyphen and a space ("nuclear- weapon").

    ## What it does
    Finds a lower-case word, a hyphen, a space and another lower-case word:
    the trace of a line-end hyphen that survived extraction. Suspended
    hyphens ("pre- and post-war", "short- to long-term") are not reported,
    nor dashes that chain labels up to a name ("Roll call vote- yes-Smith").

    ## Why is this bad?
    The reader sees a broken word; search and spell checking miss it.

    ## Example
    ```text
    RESOLVED, That the Local support a nuclear- weapon free zone.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local support a nuclear-weapon free zone.
    ```
    """
    source = ctx.source
    for start, end in _body(ctx):
        for m in _BROKEN_HYPHEN.finditer(source, start, end):
            yield Hit(
                m.start(),
                m.end(),
                f'Unexpected "{m.group()}", expected "{m.group(1)}-{m.group(2)}" or '
                f'"{m.group(1)}{m.group(2)}"',
                help="Join the word, keeping the hyphen only if the word has one.",
            )


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "on the  day of April , 2025": a date with its day and a number left blank.
_BLANK_DATE = re.compile(
    rf"\b(?:the|this)[ \t]{{2,}}(?:day|of)\b|\b(?:{_MONTHS})[ \t]++,|\bday[ \t]++of[ \t]++,"
)


def blank_left_in(ctx: Context) -> Iterator[Hit]:
    """Reports a blank left in a date ("on the  day of April , 2025").

    ## What it does
    Finds a date whose day was left empty in a template: "the  day of" with
    nothing between "the" and "day", and a month followed by a space and a
    comma ("April , 2025").

    ## Why is this bad?
    The blank was meant to be filled in before adoption; left as it is, the
    record does not say when the resolution was adopted.

    ## Example
    ```text
    Adopted on the  day of April , 2025.
    ```

    ## Use instead
    ```text
    Adopted on the 14th day of April, 2025.
    ```
    """
    source = ctx.source
    seen: set[int] = set()
    for res in ctx.doc.resolutions:
        for m in _BLANK_DATE.finditer(source, res.span.start.offset, res.span.end.offset):
            if m.start() in seen:
                continue
            seen.add(m.start())
            yield Hit(
                m.start(),
                m.end(),
                f'Unexpected blank in "{m.group()}", expected the day or number filled in',
                help="Fill in the blank before the resolution is adopted.",
            )


def gpo_quotes(ctx: Context) -> Iterator[Hit]:
    """Reports GPO-style quotation marks that do not pair (``…'').

    ## What it does
    In documents that quote with two backticks and two apostrophes, as GPO
    text of Congress does, counts the openings ```` `` ```` and closings
    ``''`` in each resolution and reports the first opening not closed, or
    the first closing not opened.

    ## Why is this bad?
    An unpaired mark leaves the reader unsure where a quoted title or
    amendment ends; in legislative text that can change what is enacted.

    ## Example
    ```text
    Resolved, That the Senate supports the ``Clean Water Act.
    ```

    ## Use instead
    ```text
    Resolved, That the Senate supports the ``Clean Water Act''.
    ```
    """
    source = ctx.source
    if "``" not in source or "''" not in source:
        return  # no GPO quoting (``make`` in reStructuredText closes with ``)
    for res in ctx.doc.resolutions:
        depth = 0
        opened: list[int] = []
        for m in re.finditer(r"``|''", source[res.span.start.offset : res.span.end.offset]):
            pos = res.span.start.offset + m.start()
            if m.group() == "``":
                opened.append(pos)
                depth += 1
            elif opened:
                opened.pop()
            else:
                yield Hit(
                    pos,
                    pos + 2,
                    'Unexpected "\'\'" with no opening "``", expected a pair',
                    help="Add the opening ``, or delete the stray ''.",
                )
        for pos in opened[:1]:
            yield Hit(
                pos,
                pos + 2,
                'Unexpected "``" that is never closed, expected "\'\'"',
                help="Add the closing '' where the quotation ends.",
            )
