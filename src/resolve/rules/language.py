"""Language rules (L): acronyms, relative dates, brackets, repeated words, placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from resolve.model import (
    Clause,
    FormulaKind,
    Node,
    Recital,
    RecitalOpener,
    Resolution,
    Trailer,
    TrailerKind,
)
from resolve.rules.base import Context, Hit


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
# L001 undefined acronyms


@cache
def builtin_acronyms() -> frozenset[str]:
    """The built-in allow-list shipped as ``resolve/rules/acronyms.txt``."""
    # A plain read, like resolve.phrases: importlib.resources costs ~4 ms of
    # imports at start-up.
    data = (Path(__file__).parent / "acronyms.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in data.splitlines() if line.strip() and not line.startswith("#")
    )


# Possessive quantifiers keep these linear on long runs of capitals.
_ACRONYM = re.compile(r"(?<![\w/.&-])([A-Z][A-Z0-9&]*+(?:-[A-Z0-9]++)*+)(s?)(?![\w/&]|-\w|\.\w)")
_PAREN_DEF = re.compile(
    r"\(\s*(?:the\s+)?[\"“‘']?([A-Z][A-Za-z0-9&]*+(?:-[A-Za-z0-9]++)*+)[\"”’']?"
    r"(?:\s+\d{1,4})?\s*[)”]"
)
_FOLLOWED_BY_PAREN = re.compile(r"(?<!\s)\s*+\(\s*+[A-Z\u00C0-\u024F]")
_ROMAN_NUMERAL = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_CAPITAL = re.compile(r"[A-Z]")
_FORM_WORDS = frozenset(
    "WHEREAS RESOLVED THAT BE IT NOW THEREFORE FURTHER FINALLY BECAUSE SECTION SEC LET".split()
)
_PLACEHOLDER_WORDS = frozenset({"TBD", "TBA", "TK", "XX", "XXX", "XXXX"})


def _caps_run(text: str, start: int, end: int) -> bool:
    """True if the word at text[start:end] stands next to another all-caps word."""
    before = text[max(0, start - 40) : start].rstrip(' \t,:;"“”()—-')
    after = text[end : end + 40].lstrip(' \t,:;"“”()—-')
    prev_word = before.rsplit(None, 1)[-1] if before.split() else ""
    next_word = after.split(None, 1)[0] if after.split() else ""

    def caps(word: str) -> bool:
        letters = [c for c in word if c.isalpha()]
        if word.strip(",.;:").upper() in _FORM_WORDS:
            return False
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    return caps(prev_word) or caps(next_word)


_FISCAL = re.compile(r"(?:FY|CY|Q[1-4]FY)\d{2,4}")
_DESIGNATION = re.compile(r"s?[ \u00a0]?\d")
# "Dr. N. S. DAVIS", "Mr. BOKER": a surname printed in capitals.
_PERSON = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Rev|Hon|Prof|Sen|Rep|Gen)\.?|\b[A-Z]\.)[ \u00a0]++$")
_DESIGNATION_BEFORE = re.compile(r"\d[/.-]?\d*+[ \u00a0]$")


def _quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] in ('"', "“", "'", "‘") and text[end : end + 1] in (
        '"',
        "”",
        "'",
        "’",
    )


def _known(ctx: Context, res: Resolution) -> frozenset[str]:
    """Acronyms that need no definition in ``res``."""
    memo: dict[str | None, frozenset[str]] = ctx.memo.setdefault("L001.known", {})
    body = res.enacting_formula.body if res.enacting_formula else None
    found = memo.get(body)
    if found is None:
        base = memo.get(None)
        if base is None:
            known = set(builtin_acronyms()) | set(ctx.config.known_acronyms)
            if ctx.config.organization:
                known.update(_name_parts(ctx.config.organization))
            for phrase in ctx.operative_verbs.phrases:
                known.add(phrase.split()[0].upper())
            base = memo[None] = frozenset(known)
        found = memo[body] = base | _name_parts(body) if body else base
    return found


def _name_parts(name: str) -> set[str]:
    """The acronyms in a name and their hyphenated parts."""
    out: set[str] = set()
    for m in _ACRONYM.finditer(name):
        out.update(_parts(m.group(1)))
    return out


def _parts(acronym: str) -> set[str]:
    parts = {acronym}
    if "-" in acronym:
        parts.update(p for p in acronym.split("-") if p)
    return parts


# 'referred to in this resolution as the "TRA"', '(hereinafter "the Act")',
# 'known as "NAFTA"': a definition by a quoted name.
_NAMED_AS = re.compile(
    r"(?i:referred\s++to\b[^\"“;]{0,80}?\bas|hereinafter(?:\s++(?:referred\s++to\s++as|called))?"
    r"|known\s++as|called)\s++(?:(?i:the)\s++)?[\"“‘']([A-Z][A-Za-z0-9&]*+(?:-[A-Za-z0-9]++)*+)[\"”’']"
)
_SMALL_WORDS = frozenset(
    "of and the for on in to at by de des du la le el y et für und a an & from with".split()
)
_NAME_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'’.]*+|&")


def _initials(run: list[str]) -> set[str]:
    """What a run of capitalised words spells by its initials: each capitalised
    word gives its first letter, each small word inside ("of", "&") may or may
    not ("Korean Confederation of Trade Unions" -> KCTU, KCoTU)."""
    options: set[str] = {""}
    for word in run:
        head = "&" if word == "&" else word[0].upper()
        if word[:1].isupper():
            options = {o + head for o in options}
        else:
            options |= {o + head for o in options}
        if len(options) > 64:
            break
    return {o for o in options if len(o) >= 2}


def _spelled(word: str, names: set[str]) -> bool:
    letters = "".join(c for c in word if c.isalpha() or c == "&").upper()
    return letters in names or letters.replace("&", "") in names


def _names_in_heading(ctx: Context, res: Resolution) -> set[str]:
    memo: dict[int, set[str]] = ctx.memo.setdefault("L001.heading", {})
    found = memo.get(id(res))
    if found is None:
        text = " ".join(
            part
            for part in (
                res.heading.text if res.heading else "",
                res.enacting_formula.text if res.enacting_formula else "",
            )
        )
        found = memo[id(res)] = _name_runs(text)
    return found


def _name_runs(text: str) -> set[str]:
    """The initials of every run of capitalised words in ``text``, from each
    word of the run on (so a name inside a longer run still counts)."""
    out: set[str] = set()
    words = _NAME_WORD.findall(text)
    run: list[str] = []
    for word in [*words, "."]:
        if word[:1].isupper() or word == "&" or (run and word.lower() in _SMALL_WORDS):
            run.append(word)
            continue
        while run and not run[-1][:1].isupper():
            run.pop()
        for i in range(len(run)):
            if not run[i][:1].isupper():
                continue
            for j in range(i + 2, min(len(run), i + 10) + 1):
                if run[j - 1][:1].isupper():
                    out.update(_initials(run[i:j]))
        run = []
    return out


def undefined_acronym(ctx: Context) -> Iterator[Hit]:
    """Reports an organisation named only by an acronym that is never spelled out.

    ## What it does
    Finds an acronym such as ``KCTU`` that names a body (``KCTU members``,
    ``KCTU affiliates``, ``FIOM of Italy``) in a recital or clause and is
    defined nowhere in the document: not as
    ``Korean Confederation of Trade Unions (KCTU)``, nor as
    ``KCTU (Korean Confederation of Trade Unions)``, nor as
    ``referred to … as the "KCTU"``. Acronyms that appear outside the
    recitals and clauses (the title, heading, formula, trailer, an all-caps
    line: usually the issuing body) or whose name is spelled out there, the
    built-in allow-list, ``known-acronyms``, ``organization``, acronyms used
    three times or more, Roman numerals, designations ("AB 705", "53/77 AA")
    and surnames in capitals need no definition. Each acronym is reported once.
    ``L011`` (opt-in) reports every undefined acronym, not only bodies.

    ## Why is this bad?
    A resolution is read by delegates, members and the press long after it is
    adopted. An organisation named only by its initials excludes readers who
    do not already know it.

    ## Example
    ```text
    WHEREAS, KCTU members took to the streets;
    ```

    ## Use instead
    ```text
    WHEREAS, members of the Korean Confederation of Trade Unions (KCTU)
    took to the streets;
    ```
    """
    return _undefined(ctx, narrow=True)


def any_undefined_acronym(ctx: Context) -> Iterator[Hit]:
    """Reports any acronym used before it is defined.

    ## What it does
    Finds words in capitals such as ``NLRB`` in the preamble and clauses that
    were not defined at or before their first use, either as
    ``National Labor Relations Board (NLRB)`` or as
    ``NLRB (National Labor Relations Board)``. Roman numerals, the
    built-in allow-list, ``known-acronyms``, acronyms in ``organization``
    or in the body named by the formula, names spelled out in the heading or
    just before, and acronyms used three times or more need no definition.
    Each acronym is reported once. Broader than ``L001``, and far less precise
    on real documents (jargon known to the readers, surnames and OCR debris in
    capitals), so it is opt-in.

    ## Why is this bad?
    An undefined acronym excludes readers who do not already know it.

    ## Example
    ```text
    RESOLVED, That the Local support the NLRB complaint.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local support the complaint before the National Labor
    Relations Board (NLRB).
    ```
    """
    return _undefined(ctx, narrow=False)


# Words after an acronym that show it names a body of people: "KCTU members".
_BODY_AFTER = re.compile(
    r"(?:['’]s)?\s++(?:members?|affiliates?|affiliated|leaders(?:hip)?|delegates?|delegation|"
    r"locals?|officers|activists|organi[sz]ers|unions?|federations?|chapters?|branch(?:es)?|"
    r"president|general\s++secretary)\b"
    r"|\s++of\s++(?:the\s++)?[A-Z][a-z]"
)
# Words before an acronym that show it names a body called on or stood with:
# "solidarity with RMT", "call on the NLRB", "ask that USDOL".
_BODY_BEFORE = re.compile(
    r"(?i:\b(?:solidarity\s++with|call(?:s|ed|ing)?+\s++(?:on|upon)|urg(?:e|es|ed|ing)|"
    r"ask(?:s|ed)?+(?:\s++that)?+|request(?:s|ed)?+(?:\s++that)?+|all(?:y|ies)|"
    r"affiliated\s++(?:with|to))\s++(?:the\s++)?+)$"
)
_LOWER_DEF = re.compile(r"\s*+\(\s*+([a-z][\w'’,&-]*+(?:\s++[\w'’,&-]++){1,9})\s*+\)")


def _defined_anywhere(ctx: Context) -> frozenset[str]:
    """Acronyms the document defines anywhere: "Full Name (ABC)",
    "ABC (Full Name)", 'referred to as the "ABC"'."""
    found: frozenset[str] | None = ctx.memo.get("L001.defined")
    if found is None:
        source = ctx.source
        out: set[str] = set()
        for m in _PAREN_DEF.finditer(source):
            if sum(c.isupper() for c in m.group(1)) >= 2:
                out.update(_parts(m.group(1)))
        for m in _NAMED_AS.finditer(source):
            out.update(_parts(m.group(1)))
        for m in _ACRONYM.finditer(source):
            if _FOLLOWED_BY_PAREN.match(source, m.end()) or _spells(
                m.group(1), _LOWER_DEF.match(source, m.end())
            ):
                out.update(_parts(m.group(1)))
        found = ctx.memo["L001.defined"] = frozenset(out)
    return found


def _spells(word: str, m: re.Match[str] | None) -> bool:
    """True if the lower-case words in ``m`` spell ``word`` by their initials:
    "DEIB (diversity, equity, inclusion, & belonging)"."""
    if m is None:
        return False
    words = [w for w in re.findall(r"[\w&]+", m.group(1)) if w.lower() not in _SMALL_WORDS]
    letters = "".join(c for c in word if c.isalpha()).upper()
    return "".join(w[0] for w in words).upper() == letters


def _outside_parts(ctx: Context) -> tuple[frozenset[str], set[str]]:
    """The acronyms written outside every recital and clause (title, heading,
    formula, trailer, all-caps lines), and the initials of the names there."""
    memo: tuple[frozenset[str], set[str]] | None = ctx.memo.get("L001.outside")
    if memo is None:
        source = ctx.source
        inside: list[tuple[int, int]] = []
        for res in ctx.doc.resolutions:
            for node in ctx.body_nodes(res):
                if isinstance(node, Recital | Clause):
                    inside.append((node.span.start.offset, node.span.end.offset))
        inside.sort()
        pieces: list[str] = []
        pos = 0
        for start, end in inside:
            if start > pos:
                pieces.append(source[pos:start])
            pos = max(pos, end)
        pieces.append(source[pos:])
        for line in source.splitlines():
            letters = [c for c in line if c.isalpha()]
            if len(letters) >= 6 and all(c.isupper() for c in letters):
                pieces.append(line)  # an all-caps line: a heading or a formula
        outside = "\n".join(pieces)
        acronyms = {p for m in _ACRONYM.finditer(outside) for p in _parts(m.group(1))}
        memo = ctx.memo["L001.outside"] = (frozenset(acronyms), _name_runs(outside))
    return memo


def _undefined(ctx: Context, *, narrow: bool) -> Iterator[Hit]:
    source = ctx.source
    defined: set[str] = set()
    reported: set[str] = set()
    named = sorted((m.start(), m.group(1)) for m in _NAMED_AS.finditer(source))
    # An acronym used three times or more is the document's own subject or the
    # body issuing it (the "AAUP" of an AAUP resolution): its readers know it.
    counts: dict[str, int] = {}
    for m in _ACRONYM.finditer(source):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    for res in ctx.doc.resolutions:
        known = _known(ctx, res)
        heading_names = _names_in_heading(ctx, res)
        nodes = resolution_parts(ctx, res) if narrow else ctx.body_nodes(res)
        for node in nodes:
            if narrow and not isinstance(node, Recital | Clause):
                continue
            for start, end in ctx.clause_ranges(node):
                text = source[start:end]
                if not _CAPITAL.search(text):
                    continue  # neither an acronym nor a definition
                defs = {
                    m.start(): m.group(1)
                    for m in _PAREN_DEF.finditer(text)
                    if sum(c.isupper() for c in m.group(1)) >= 2
                }
                def_iter = sorted(defs.items())
                di = 0
                for m in _ACRONYM.finditer(text):
                    while di < len(def_iter) and def_iter[di][0] <= m.start():
                        defined.update(_parts(def_iter[di][1]))
                        di += 1
                    word = m.group(1)
                    if word in defined or word in known or word in reported:
                        continue
                    if word in _PLACEHOLDER_WORDS or _ROMAN_NUMERAL.fullmatch(word):
                        continue
                    if sum(c.isupper() for c in word) < 2 or len(word) > 6:
                        continue  # a word in capitals, not an acronym
                    if _FISCAL.fullmatch(word) or _bare(word) in _bare_known(known):
                        continue  # "FY2024"; "AFLCIO" for a known "AFL-CIO"
                    if all(p in defined or p in known for p in word.split("-") if p):
                        continue
                    if _caps_run(text, m.start(), m.end()):
                        continue
                    if _DESIGNATION.match(text, m.end()) or _quoted(text, m.start(), m.end()):
                        continue  # "AB 705", "SR 22/23-017", a quoted heading
                    if text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] in (
                        ")",
                        "",
                    ):
                        defined.update(_parts(word))
                        continue
                    if _FOLLOWED_BY_PAREN.match(text, m.end()) or _spells(
                        word, _LOWER_DEF.match(text, m.end())
                    ):
                        defined.update(_parts(word))
                        continue  # "DEIB (diversity, equity, inclusion, & belonging)"
                    at = start + m.start()
                    if counts.get(word, 0) >= 3 or _PERSON.search(text, 0, m.start()):
                        continue  # the document's subject, or a surname in capitals
                    if any(pos < at and name == word for pos, name in named):
                        continue  # 'referred to ... as the "TRA"'
                    if _DESIGNATION_BEFORE.search(text, 0, m.start()):
                        continue  # "Resolution 53/77 AA": a suffix of a number
                    if narrow:
                        if not _BODY_AFTER.match(text, m.end()) and not _BODY_BEFORE.search(
                            text, max(0, m.start() - 40), m.start()
                        ):
                            continue  # not plainly the name of a body
                        # Computed once per document, and only when needed.
                        outside, outside_names = _outside_parts(ctx)
                        if (
                            word in _defined_anywhere(ctx)
                            or word in outside
                            or _spelled(word, outside_names)
                        ):
                            continue  # defined somewhere, or the issuing body
                    elif _spelled(word, heading_names) or _spelled(
                        word, _name_runs(source[max(0, at - 400) : at])
                    ):
                        continue  # the name is spelled out in the heading or just before
                    reported.add(word)
                    yield Hit(
                        start + m.start(1),
                        start + m.end(1),
                        f'Unexpected acronym "{word}" without a definition, expected its '
                        f'full name first, as in "Full Name ({word})"',
                        help="Spell the name out at first use, or add the acronym to "
                        "known-acronyms.",
                    )
                while di < len(def_iter):
                    defined.update(_parts(def_iter[di][1]))
                    di += 1


def _bare(word: str) -> str:
    return word.replace("-", "").replace("&", "")


@cache
def _bare_known(known: frozenset[str]) -> frozenset[str]:
    return frozenset(_bare(k) for k in known if "-" in k or "&" in k)


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
# "the challenges of today": the present age, not a date ("as of today" is one).
_OF_TODAY = re.compile(r"(?i)(?<!\bas\s)\bof\s++$")


def relative_time(ctx: Context) -> Iterator[Hit]:
    """Reports words that date a resolution relative to when it was written.

    ## What it does
    Finds ``this year``, ``this month``, ``next week``, ``last year``,
    ``the past two years``, ``recently``, ``upcoming``, ``tomorrow`` and
    similar words in the preamble and clauses: words that need the date of
    writing to be understood. ``today`` counts only where it dates an event
    ("the rally held today."), not as "now" ("what is today the Republic of
    Kosovo", "the challenges of today") or at the start of a sentence;
    ``currently`` does not count (a recital states the facts as of its
    adoption). Paragraphs with no opener before a plain ``Resolved, That``
    are the narrative of minutes, dated by the meeting, and are not read.

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
        for node in resolution_parts(ctx, res):
            start, end = node.span.start.offset, node.span.end.offset
            for m in _RELATIVE.finditer(source, start, end):
                phrase = " ".join(m.group().split())
                if phrase.lower() == "today" and (
                    _SENTENCE_START.search(source, max(start, m.start() - 40), m.start())
                    or _OF_TODAY.search(source, max(start, m.start() - 40), m.start())
                ):
                    continue
                yield Hit(
                    m.start(),
                    m.end(),
                    f'Unexpected relative time "{phrase}", expected an absolute date',
                    help="Name the date, month or year instead.",
                )


# ---------------------------------------------------------------------------
# L003 unbalanced brackets and quotes

_PAIRS = {")": "(", "]": "[", "}": "{", "”": "“"}
_OPENERS = {"(", "[", "{", "“"}
_BRACKETS = re.compile(r"[()\[\]{}“”\"]")
_MARKER_PAREN = re.compile(r"(?:^|(?<=[\s(]))(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,6})\)")


def unbalanced(ctx: Context) -> Iterator[Hit]:
    """Reports a bracket or quotation mark that is never closed (or never opened).

    ## What it does
    In every part of the document (title and heading, recitals, formula,
    clauses, trailer, and text outside any resolution), matches ``(``
    with ``)``, ``[`` with ``]``, ``{`` with ``}``, and ``“`` with ``”``.
    Brackets pair within each part; curly quotes pair across the recitals
    and clauses of a resolution (a quoted motion may run over several), and
    within each heading line and the matter after the clauses. Vote,
    adoption and signature blocks are left out: laid out as tables, they lose
    brackets when the text is extracted. Straight ``"`` marks are not paired (a
    quotation over several paragraphs opens each paragraph and closes only
    the last), nor is a ``“`` that opens a line for that reason; a ``”``
    right after a digit is OCR of a superscript ("115”"). List markers such
    as ``1)`` and ``a)`` are not counted.

    ## Why is this bad?
    An unclosed parenthesis or quotation leaves the reader unsure where an
    aside or a quoted title ends, and often marks text lost in editing.

    ## Example
    ```text
    WHEREAS, the Labor Council (SFLC has endorsed the strike; and
    ```

    ## Use instead
    ```text
    WHEREAS, the Labor Council (SFLC) has endorsed the strike; and
    ```
    """
    source = ctx.source
    for res in ctx.doc.resolutions:
        # Quotation marks may span parts (a council motion quoted whole, from
        # "“That this Council:" to its last clause), so they pair across the
        # resolution's body; brackets pair within each recital or clause.
        state = _QuoteState()
        for node in ctx.body_nodes(res):
            yield from _pair_part(source, ctx.clause_ranges(node), state)
        yield from state.unclosed()
        if res.heading is not None:
            for line in res.heading.lines or (res.heading,):
                yield from _own_part(source, [line])
        # The matter after the clauses pairs as one text (a paragraph of
        # minutes may be split between parts), without the vote, adoption and
        # signature blocks: laid out as tables, they lose brackets in extraction.
        rest: list[Node] = [
            n
            for n in (*res.trailer, *res.unknown)
            if not (isinstance(n, Trailer) and n.kind in _FORM_BLOCKS)
        ]
        rest.sort(key=lambda n: n.span.start.offset)
        yield from _own_part(source, rest)
    for node in ctx.doc.unknown:
        yield from _own_part(source, [node])


_FORM_BLOCKS = frozenset(
    {TrailerKind.ADOPTION, TrailerKind.VOTE, TrailerKind.SIGNATURE, TrailerKind.ATTEST}
)


class _QuoteState:
    """Curly quotes open over several parts."""

    def __init__(self) -> None:
        self.quotes: list[tuple[str, int]] = []
        self.reopened = 0

    def unclosed(self) -> Iterator[Hit]:
        for ch, pos in self.quotes:
            yield _unclosed(ch, pos)


def _own_part(source: str, nodes: list[Node]) -> Iterator[Hit]:
    """Brackets and curly quotes paired within parts outside the body."""
    if not nodes:
        return
    state = _QuoteState()
    ranges = [(n.span.start.offset, n.span.end.offset) for n in nodes]
    yield from _pair_part(source, ranges, state)
    yield from state.unclosed()


def _pair_part(source: str, ranges: list[tuple[int, int]], state: _QuoteState) -> Iterator[Hit]:
    stack: list[tuple[str, int]] = []
    # How many of each opener the stack holds, so that a closer with no
    # opener of its kind is found without searching the stack.
    open_counts = dict.fromkeys(_OPENERS, 0)
    quotes = state.quotes
    for start, end in ranges:
        text = source[start:end]
        skip = {m.end() - 1 for m in _MARKER_PAREN.finditer(text)} if ")" in text else set()
        for m in _BRACKETS.finditer(text):
            ch = m.group()
            pos = start + m.start()
            if ch == '"':
                continue  # straight quotes are not paired (see the docstring)
            if ch == "“":
                if _paragraph_start(source, pos):
                    state.reopened += 1  # a quotation over several paragraphs reopens each
                    continue
                quotes.append((ch, pos))
            elif ch == "”" and quotes:
                quotes.pop()
            elif ch == "”" and state.reopened:
                state.reopened = 0
            elif ch == "”" and _closes_paragraph(source, pos):
                continue  # the end of a quotation opened in an earlier part
            elif ch == "”" and source[pos - 1 : pos].isdigit():
                continue  # OCR of "115th": a superscript read as a quote
            elif ch in _OPENERS:
                stack.append((ch, pos))
                open_counts[ch] += 1
            elif m.start() in skip and not (stack and stack[-1][0] == "("):
                continue
            elif stack and stack[-1][0] == _PAIRS[ch]:
                open_counts[stack.pop()[0]] -= 1
            elif open_counts[_PAIRS[ch]]:
                while stack and stack[-1][0] != _PAIRS[ch]:
                    popped = stack.pop()
                    open_counts[popped[0]] -= 1
                    yield _unclosed(*popped)
                open_counts[stack.pop()[0]] -= 1
            else:
                yield Hit(
                    pos,
                    pos + 1,
                    f'Unexpected "{ch}" with no matching "{_PAIRS[ch]}", expected a balanced pair',
                    help=f'Add the missing "{_PAIRS[ch]}" or delete the "{ch}".',
                )
    for ch, pos in stack:
        yield _unclosed(ch, pos)


_CLOSERS = {v: k for k, v in _PAIRS.items()}


def _closes_paragraph(source: str, pos: int) -> bool:
    """True if the mark at ``pos`` follows a sentence's end and ends its line."""
    end = source.find("\n", pos)
    rest = source[pos + 1 : len(source) if end == -1 else end]
    return source[pos - 1 : pos] in (".", ";", "!", "?") and not rest.strip()


def _paragraph_start(source: str, pos: int) -> bool:
    """True if only blanks stand between the line start and ``pos``."""
    line = source.rfind("\n", 0, pos) + 1
    return not source[line:pos].strip()


def _unclosed(ch: str, pos: int) -> Hit:
    closer = _CLOSERS[ch]
    return Hit(
        pos,
        pos + 1,
        f'Unexpected "{ch}" that is never closed, expected "{closer}"',
        help=f'Add the missing "{closer}" or delete the "{ch}".',
    )


# ---------------------------------------------------------------------------
# L004 repeated words

_WORD = re.compile(r"\w+")
_SPACE_ONLY = re.compile(r"\s+")
_REPEAT_OK = frozenset({"had", "that", "is", "do", "bora", "chop", "ha", "no"})
# A word, then only whitespace, then the same word again (case-insensitive).
# The second word is captured inside the look-ahead so that it can start the
# next match ("the the the" is two findings).
_REPEATED = re.compile(r"(?i)\b(\w++)(?=\s++(\1)(?!\w))")
# str.lower() and the regex module's case-insensitive back-reference agree on
# every character except these two: "İ" lowers to two characters and "Σ" to
# "ς" or "σ" depending on what follows it.
_LOWER_SPECIAL = ("\u0130", "\u03a3")


def repeated_word(ctx: Context) -> Iterator[Hit]:
    """Reports a word written twice in a row (``the the``).

    ## What it does
    Finds the same word twice in succession, ignoring case and line breaks.
    Numbers and legitimate doubles such as ``had had`` and ``that that`` are
    skipped.

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
_BRACKET_WORDS = re.compile(
    r"(?i)\b(?:name|insert|date|number|amount|title|local|organi[sz]ation|city|state|"
    r"union|employer|company|chapter|council|person|x+|tbd|here)\b"
)


def placeholder(ctx: Context) -> Iterator[Hit]:
    """Reports template placeholders left in the text.

    ## What it does
    Finds ``[Name of Local]``, ``<insert date>``, ``{name}``, ``TBD``, ``TK``,
    ``XXX`` and blanks of underscores in the preamble and clauses. Signature
    lines in the trailer are not placeholders.

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
        for start, end in ctx.body_ranges(res):
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
