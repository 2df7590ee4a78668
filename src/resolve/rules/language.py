"""Language rules (L): relative dates, repeated words, placeholders, reference
variants. (L003, brackets and quotes, is in :mod:`resolve.rules.brackets`.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve.model import (
    FormulaKind,
    Node,
    Recital,
    RecitalOpener,
    Resolution,
)
from resolve.rules.base import Context, Hit, blank_after, blank_before, meeting_record


def resolution_parts(ctx: Context, res: Resolution) -> tuple[Node, ...]:
    """The recitals, formula and clauses of ``res`` that are the resolution's own
    text. A paragraph with no opener before a plain ``Resolved, That`` (one that
    does not say "therefore") is the narrative of a record, such as minutes,
    not a preamble, and is left out."""
    memo: dict[int, tuple[Node, ...]] = ctx.memo.setdefault("language.parts", {})
    found = memo.get(id(res))
    if found is None:
        formula = res.enacting_formula
        narrative = (
            formula is not None
            and formula.kind is FormulaKind.RESOLVED
            and "therefore" not in formula.text.lower()
        )
        found = memo[id(res)] = tuple(
            node
            for node in ctx.body_nodes(res)
            if not (
                narrative and isinstance(node, Recital) and node.opener_kind is RecitalOpener.NONE
            )
        )
    return found


# ---------------------------------------------------------------------------
# L002 relative time

# The look-ahead on the first letters of the phrases lets most word starts
# fail at once instead of trying every alternative.
_RELATIVE = re.compile(
    r"(?i)\b(?=[tnlpcuray])(?:"
    r"(?:this|next|last|past|coming|upcoming)\s+(?:year|month|week|weekend|quarter|semester|"
    r"term|spring|summer|fall|autumn|winter)"
    r"|(?:the\s+)?(?:past|last|next|coming)\s+(?:few|two|three|four|five|six|several)\s+"
    r"(?:days|weeks|months|years)"
    r"|(?:the\s+)?coming\s+period"
    r"|recently|tonight|tomorrow|yesterday|upcoming"
    r"|today(?=\s*+[.;:!?]|,(?!\s*+[A-Z]))"
    r"|this\s+(?:morning|afternoon|evening)"
    r")\b(?![’'-])"
)
# "Today, workers face ...": the general present, not a date; "what is today
# the Republic of Kosovo": "today" as "now", in no need of a date.
_SENTENCE_START = re.compile(r"(?:^|[.;:!?]\s*+|\n\s*+)$")
# "the challenges of today", "the leaders of tomorrow", "the generations of today
# and tomorrow": an age, not a date ("as of today" is one).
_OF_TODAY = re.compile(
    r"(?i)(?<!\bas\s)\bof\s++(?:(?:today|tomorrow|yesterday)\s++(?:and|or)\s++)?$"
)
# "… shall report each year on what they plan during the coming year": a
# recurring duty, relative by design; no date could replace it.
_RECURRING = re.compile(
    r"(?i)\b(?:each|every)\s++(?:year|month|week|quarter|session|term|meeting|conference"
    r"|convention|congress)\b|\bannually\b"
)
_SENTENCE_END = re.compile(r"[.!?;][\"”’')]*+\s")
# "the last week of classes", "the last year of the plan": the final period of
# something, not one counted from the date of writing ("the next six months of
# campaigning" is one).
_OF_AFTER = re.compile(r"\s++of\b")
_FINAL = re.compile(r"last \w+")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
# "tomorrow the 29th", "this year (2019)", "today, 5 May 2020", "next week, on
# Monday 3 June": the relative word is dated on the spot.
_DATED_HERE = re.compile(
    r"(?i)[ \t]*+[,(]?[ \t]*+(?:on[ \t]++)?(?:the[ \t]++)?(?:[a-z]+day,?[ \t]++)?(?:the[ \t]++)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[ \t]++" + _MONTH + r"|" + _MONTH + r"[ \t]++\d{1,2}\b"
    r"|(?:19|20)\d\d\b)"
)


def relative_time(ctx: Context) -> Iterator[Hit]:
    """Reports words that date a resolution relative to when it was written.

    ## What it does
    Finds ``this year``, ``this month``, ``next week``, ``last year``,
    ``the past two years``, ``recently``, ``upcoming``, ``tomorrow`` and
    similar words in the preamble and clauses: words that need the date of
    writing to be understood. ``today`` counts only where it dates an event
    ("the rally held today."), not as "now" ("what is today the Republic of
    Kosovo", "the challenges of today") or at the start of a sentence;
    ``tomorrow`` and ``yesterday`` not as an age ("the leaders of tomorrow");
    ``currently`` does not count (a recital states the facts as of its
    adoption), nor does a relative time in a sentence that sets a recurring
    duty ("each year, a statement of what they plan for the coming year"), nor
    "the last week of classes" (a place in a term, not a date), nor a word
    dated on the spot ("tomorrow the 29th", "this year (2019)"). Minutes are
    read against the meeting's date, which they print: paragraphs with no
    opener before a plain ``Resolved, That`` are their narrative and are not
    read, nor is a resolution with no enacting formula in a text that holds two
    or more words of minutes ("moved", "seconded", "meeting", "agenda"). Where
    the parser found neither a formula nor a clause, it has not found what the
    body adopted: paragraphs with no opener (a statement's or a news page's
    narrative as likely as adopted text) are not read.

    ## Why is this bad?
    Resolutions are read for years after adoption. "This month" means nothing
    to a reader next year; a date says exactly when.

    ## Example
    ```text
    RESOLVED, That the Local join the rally this month.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local join the rally in August 2025.
    ```
    """
    source = ctx.source
    for res in ctx.doc.resolutions:
        if meeting_record(ctx, res):
            continue  # minutes: read against the meeting's date, which they print
        for node in resolution_parts(ctx, res):
            if unread_narrative(res, node):
                continue  # no formula, no clause: narrative as likely as adopted text
            start, end = node.span.start.offset, node.span.end.offset
            for m in _RELATIVE.finditer(source, start, end):
                phrase = " ".join(m.group().split())
                before = max(start, m.start() - 40)
                word = phrase.lower()
                if word in ("today", "tomorrow", "yesterday") and _OF_TODAY.search(
                    source, before, m.start()
                ):
                    continue  # "the leaders of tomorrow": an age, not a date
                if word == "today" and _SENTENCE_START.search(source, before, m.start()):
                    continue
                since = _sentence_start(source, start, m.start())
                if _RECURRING.search(source, since, m.start()):
                    continue  # "each year, … during the coming year": a standing duty
                if _FINAL.fullmatch(word) and _OF_AFTER.match(source, m.end()):
                    continue  # "the last week of classes": a place in a term, not a date
                if _DATED_HERE.match(source, m.end(), end):
                    continue  # "tomorrow the 29th": dated on the spot
                yield Hit(
                    m.start(),
                    m.end(),
                    f'Unexpected relative time "{phrase}", expected an absolute date',
                    help="Name the date, month or year instead.",
                )


def unread_narrative(res: Resolution, node: Node) -> bool:
    """Is ``node`` a paragraph with no opener in a resolution read with neither a
    formula nor a clause? The parser has not found what the body adopted there:
    such a paragraph (a statement's or a page's narrative, minutes' preamble) is
    as likely narrative as adopted text, and the language rules do not read it."""
    return (
        res.enacting_formula is None
        and not res.clauses
        and isinstance(node, Recital)
        and node.opener_kind is RecitalOpener.NONE
    )


def _sentence_start(source: str, start: int, at: int) -> int:
    """Where the sentence that holds ``at`` begins (not before ``start``, nor
    more than 400 characters back)."""
    since = max(start, at - 400)
    ends = [e.end() for e in _SENTENCE_END.finditer(source, since, at)]
    return ends[-1] if ends else since


# ---------------------------------------------------------------------------
# L004 repeated words

_WORD = re.compile(r"\w+")
_SPACE_ONLY = re.compile(r"\s+")
# "yes yes yes": a vote table's columns read as one line.
_REPEAT_OK = frozenset(
    {"had", "that", "is", "do", "bora", "chop", "ha", "no", "yes", "aye", "nay", "absent"}
)
# Offices printed under the signature lines of a board, side by side: on one
# extracted line they read "COMMISSIONER COMMISSIONER".
_OFFICES = frozenset(
    {
        "commissioner",
        "councilmember",
        "councillor",
        "councilor",
        "member",
        "director",
        "trustee",
        "supervisor",
        "alderman",
        "chairman",
        "chairperson",
        "secretary",
        "clerk",
        "mayor",
        "treasurer",
    }
)
# A word, then only whitespace, then the same word again (case-insensitive).
# The second word is captured inside the look-ahead so that it can start the
# next match ("the the the" is two findings). Neither may be part of a
# hyphenated compound ("bound by By-law 3", "self-help help").
_REPEATED = re.compile(r"(?i)(?<!\w-)\b(\w++)(?=\s++(\1)(?!\w|-\w))")
# str.lower() and the regex module's case-insensitive back-reference agree on
# every character except these two: "İ" lowers to two characters and "Σ" to
# "ς" or "σ" depending on what follows it.
_LOWER_SPECIAL = ("\u0130", "\u03a3")
_COLUMN_GAP = re.compile(r"[ ]{3,}|\t")
"""Three spaces or a tab between the two words on one line: a fixed-width page's
columns side by side (signature blocks, a table), not a word typed twice."""


def repeated_word(ctx: Context) -> Iterator[Hit]:
    """Reports a word written twice in a row (``the the``).

    ## What it does
    Finds the same word twice in succession, ignoring case and line breaks.
    Numbers, legitimate doubles such as ``had had`` and ``that that``, a
    single letter other than ``a`` and ``I`` (``p p``: OCR of a stamp), runs
    of underscores, an office in capitals twice (``COMMISSIONER
    COMMISSIONER``: signature columns on one extracted line), two words three
    spaces or a tab apart on one line (columns of a fixed-width page), a heading in
    capitals run onto a sentence that opens with the same word (``MOTIONS
    Motions received …``), a word alone on each of two lines (a marking
    such as ``UNCLASSIFIED`` printed atop every page) and a word that is part
    of a hyphenated compound (``bound by By-law 3``) are skipped.

    ## Why is this bad?
    Doubled words are the most common typing error to survive proofreading,
    and they end up in the adopted record.

    ## Example
    ```text
    RESOLVED, That the the Local support the strike.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local support the strike.
    ```
    """
    source = ctx.source
    for res in ctx.doc.resolutions:
        for start, end in ctx.body_ranges(res):
            text = source[start:end]
            if any(ch in text for ch in _LOWER_SPECIAL):
                pairs = _word_pairs(text)
            else:
                pairs = (
                    (m.start(1), m.end(2), m.group(1), m.group(2)) for m in _REPEATED.finditer(text)
                )
            for first_start, second_end, first, word in pairs:
                if word.isdigit() or word.lower() in _REPEAT_OK:
                    continue
                if len(word) == 1 and word.isascii() and word.lower() not in ("a", "i"):
                    continue  # "p p": OCR of a stamp or a list's letters, not a doubled word
                if not any(ch.isalnum() for ch in word):
                    continue  # "____ ____": a rule or blanks, not words
                if first.isupper() and word.isupper() and word.lower() in _OFFICES:
                    continue  # "COMMISSIONER COMMISSIONER": signature columns on one line
                if len(first) > 1 and first.isupper() and word[:1].isupper() and not word.isupper():
                    continue  # "MOTIONS Motions received …": a heading run onto the text
                a, b = start + first_start, start + second_end
                if _COLUMN_GAP.search(source, a + len(first), b - len(word)) is not None:
                    continue  # "Chairman of    of the Presidium": columns side by side
                if (
                    blank_before(source, a)
                    and blank_after(source, a + len(first))
                    and blank_before(source, b - len(word))
                    and blank_after(source, b)
                ):
                    continue  # "UNCLASSIFIED" / "UNCLASSIFIED": a marking atop each page
                yield Hit(
                    start + first_start,
                    start + second_end,
                    f'Unexpected repeated word "{first} {word}", expected "{first}"',
                    help="Delete the repeated word.",
                )


def _word_pairs(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Words of ``text`` equal (by ``str.lower``) to the word before them, with
    only whitespace between: (start of the first, end of the second, first, second)."""
    prev: re.Match[str] | None = None
    for m in _WORD.finditer(text):
        if (
            prev is not None
            and m.group().lower() == prev.group().lower()
            and _SPACE_ONLY.fullmatch(text, prev.end(), m.start())
        ):
            yield prev.start(), m.end(), prev.group(), m.group()
        prev = m


# ---------------------------------------------------------------------------
# L005 placeholders

# Every alternative starts with a literal character, so the regex engine skips
# to the next candidate character instead of trying each position. The
# look-behind after the first letter is a word boundary before it.
_RULE_AFTER = re.compile(r"[ \t]++_{10,}")
_RULE_BEFORE = re.compile(r"_{10,}[ \t]++$")


def _rule_pair(source: str, start: int, end: int) -> bool:
    """Is the run of underscores at ``start:end`` a rule with another beside it
    ("____ ____" where a flattened page put two footnote rules on one line)?"""
    if end - start < 10:
        return False
    return bool(
        _RULE_AFTER.match(source, end) or _RULE_BEFORE.search(source, max(0, start - 80), start)
    )


_PLACEHOLDER = re.compile(
    r"T(?<!\wT)(?:BD|BA|K)\b"  # TBD, TBA, TK
    r"|X(?<!\wX)XX+\b"
    r"|x(?<!\wx)xx+\b"
    r"|___+"
    r"|<\s*(?i:insert|name|date|enter|add|fill)\b[^<>\n]{0,80}>"
    r"|\{\s*[A-Za-z_][\w .-]{0,40}\}"
    r"|\[[ \t]*+[●•]?[ \t]*+\]"
    r"|\[[^\[\]\n]{1,80}\]"
)
# Every match of _PLACEHOLDER holds one of these, so a text with none of them
# needs no search.
_PLACEHOLDER_NEEDLES = ("TB", "TK", "XXX", "xxx", "___", "<", "{", "[")
_FIELD_KEY = re.compile(r"[ \t]*+[A-Za-z_][\w-]*+:[ \t]*+")
"""A metadata line's key with the value still to come ("alternates: ")."""
_BRACKET_WORDS = re.compile(
    r"(?i)\b(?:name|insert|date|number|amount|title|local|organi[sz]ation|city|state|"
    r"union|employer|company|chapter|council|person|x+|tbd|here)\b"
)


_WORD_BEFORE = re.compile(r"([A-Za-z]{2,})\.?[ \t]++$")
"""The word right before a bracket, with its abbreviating stop: "Coun ", "Exec. "."""


def _expansion(source: str, start: int, inner: str) -> bool:
    """Is the bracket at ``start`` an editor's expansion of the abbreviation
    right before it ("Exec. Coun [Council]", "Exec. [Executive]"): one word that
    the word before it begins, not a blank left to fill?"""
    m = _WORD_BEFORE.search(source, max(0, start - 40), start)
    if m is None or not inner.isalpha():
        return False
    short = m.group(1).lower()
    return len(short) < len(inner) and inner.lower().startswith(short)


def placeholder(ctx: Context) -> Iterator[Hit]:
    """Reports template placeholders left in the text.

    ## What it does
    Finds ``[Name of Local]``, ``<insert date>``, ``{name}``, ``TBD``, ``TK``,
    ``XXX`` and blanks of underscores in the preamble and clauses. Signature
    lines in the trailer are not placeholders, nor is a line of underscores
    alone (the rule over a PDF page's footnotes), nor two long runs side by
    side (such rules on a flattened page), nor brackets quoted as code in
    backticks ("`[]`"), nor the empty list of a metadata field ("alternates: []"),
    nor a transcriber's expansion of the abbreviation before it ("Coun [Council]").
    Where the parser found neither a formula nor a clause, paragraphs with no
    opener are not read (narrative as likely as adopted text: a rule printed
    after the presiding officer's name in minutes).

    ## Why is this bad?
    A resolution adopted with a placeholder in it commits the body to nothing
    in particular, and it is embarrassing in the published record.

    ## Example
    ```text
    RESOLVED, That [Name of Local] donate $____ to the strike fund.
    ```

    ## Use instead
    ```text
    RESOLVED, That Local 1107 donate $500 to the strike fund.
    ```
    """
    source = ctx.source
    if not any(needle in source for needle in _PLACEHOLDER_NEEDLES):
        return
    for res in ctx.doc.resolutions:
        for node in ctx.body_nodes(res):
            if unread_narrative(res, node):
                continue  # no formula, no clause: narrative as likely as adopted text
            start, end = node.span.start.offset, node.span.end.offset
            for m in _PLACEHOLDER.finditer(source, start, end):
                text = m.group()
                if text.startswith("[") and len(text) > 2 and text.strip("[] ●•"):
                    inner = text[1:-1].strip()
                    if not inner[:1].isupper() and not inner.lower().startswith("insert"):
                        continue
                    if not _BRACKET_WORDS.search(inner):
                        continue
                    if any(ch.isdigit() for ch in inner):
                        continue
                    if _expansion(source, m.start(), inner):
                        continue  # "Coun [Council]": a transcriber's expansion, not a blank
                if (
                    text.startswith("_")
                    and blank_before(source, m.start())
                    and blank_after(source, m.end())
                ):
                    continue  # a rule over the footnotes of a PDF page, not a blank
                if text.startswith("_") and _rule_pair(source, m.start(), m.end()):
                    continue  # "____ ____": two rules side by side (a flattened page), not a blank
                if (
                    source[m.start() - 1 : m.start()] == "`"
                    and source[m.end() : m.end() + 1] == "`"
                ):
                    continue  # "`[]`": the brackets quoted as code, not a blank left to fill
                line = source.rfind("\n", 0, m.start()) + 1
                if (
                    text == "[]"
                    and _FIELD_KEY.fullmatch(source, line, m.start())
                    and blank_after(source, m.end())
                ):
                    continue  # "alternates: []": a metadata field's empty list
                yield Hit(
                    m.start(),
                    m.end(),
                    f'Unexpected placeholder "{text}", expected the actual text',
                    help="Fill in the placeholder before the resolution is adopted.",
                )


# ---------------------------------------------------------------------------
# L012 a reference spelled two ways

# A reference: letters and at least four digits in groups joined by "-", "/"
# or ".", at least two joins ("AS-2372-06/FA", "R-2024-117").
_REFERENCE = re.compile(
    r"(?<![\w/.-])(?=[\w./-]*?[A-Za-z])[A-Za-z0-9]++(?:[-/.][A-Za-z0-9]++){2,}+(?![\w/-]|\.\w)"
)


def reference_variant(ctx: Context) -> Iterator[Hit]:
    """Reports a reference spelled two ways in one document ("AS-2372-06/FA", "AS-2732-06/FA").

    ## What it does
    Collects every reference-like token in the document (title, recitals,
    clauses and trailer): letters and at least four digits in three or more
    groups joined by ``-``, ``/`` or ``.``. Two tokens that differ only by
    two neighbouring digits swapped, or by one digit before the last number,
    are the same reference mistyped; the spelling used less often (or, on a
    tie, the later one) is reported. A change in the last number is a series
    ("ISC/2025/32", "ISC/2025/33"), not a slip. Opt-in: it never fired on the
    real documents, so its precision is not measured.

    ## Why is this bad?
    A resolution's number is how minutes, votes and later resolutions cite
    it. Two spellings send a reader to two different records.

    ## Example
    ```text
    Resolution AS-2372-06/FA
    ...
    Adopted as AS-2732-06/FA.
    ```

    ## Use instead
    ```text
    Resolution AS-2372-06/FA
    ...
    Adopted as AS-2372-06/FA.
    ```
    """
    source = ctx.source
    if not any(c.isdigit() for c in source):
        return
    seen: dict[str, list[int]] = {}
    for m in _REFERENCE.finditer(source):
        token = m.group()
        if sum(c.isdigit() for c in token) >= 4 and len(token) <= 40:
            seen.setdefault(token, []).append(m.start())
    if len(seen) < 2:
        return
    by_shape: dict[tuple[int, str], list[str]] = {}
    for token in seen:
        shape = "".join("9" if c.isdigit() else c for c in token)
        by_shape.setdefault((len(token), shape), []).append(token)
    reported: set[str] = set()
    for tokens in by_shape.values():
        for i, a in enumerate(tokens):
            for b in tokens[i + 1 :]:
                if not _variant(a, b):
                    continue
                # The spelling used less often, or the later one, is the slip.
                keep, slip = (
                    (a, b)
                    if (len(seen[a]), -seen[a][0])
                    >= (
                        len(seen[b]),
                        -seen[b][0],
                    )
                    else (b, a)
                )
                if slip in reported:
                    continue
                reported.add(slip)
                at = seen[slip][0]
                line = ctx.position(seen[keep][0]).line
                yield Hit(
                    at,
                    at + len(slip),
                    f'Unexpected reference "{slip}", expected "{keep}" as on line {line}',
                    help="Check the number and spell the reference the same way throughout.",
                )


def _variant(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` (same length and shape) differ by two neighbouring
    digits swapped or by one digit."""
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        # A series counts up in its last number ("ISC/2025/32", "ISC/2025/33"):
        # a different reference, not a slip.
        last = max(m.start() for m in re.finditer(r"\d+", a))
        return diff[0] < last
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )
