"""Acronym rules: L001 (an acronym naming a body, defined nowhere) and L011
(any acronym without a definition, opt-in)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from resolve.model import (
    Clause,
    Recital,
    Resolution,
)
from resolve.rules.base import Context, Hit
from resolve.rules.language import resolution_parts

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
_NAMING = (
    r"referred\s++to\b[^\"“;]{0,80}?\bas",
    r"hereinafter(?:\s++(?:referred\s++to\s++as|called))?",
    r"known\s++as",
    r"called",
)
# Led by a lookahead of their first letters, taken from them: re leaves at once
# an offset that opens with none (it tried the four at every offset of a book).
_NAMED_AS = re.compile(
    rf"(?i:(?=[{''.join(sorted({w[0] for w in _NAMING}))}])(?:{'|'.join(_NAMING)}))"
    r"\s++(?:(?i:the)\s++)?[\"“‘']([A-Z][A-Za-z0-9&]*+(?:-[A-Za-z0-9]++)*+)[\"”’']"
)
_SMALL_WORDS = frozenset(
    "of and the for on in to at by de des du la le el y et für und a an & from with".split()
)
_NAME_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'’.]*+|&")


def _spelled(word: str, names: _Names) -> bool:
    letters = "".join(c for c in word if c.isalpha() or c == "&").upper()
    return letters in names or letters.replace("&", "") in names


def _names_in_heading(ctx: Context, res: Resolution) -> _Names:
    memo: dict[int, _Names] = ctx.memo.setdefault("L001.heading", {})
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


class _Names:
    """The initials of every run of capitalised words in a text, from each word
    of the run on (so a name inside a longer run still counts), up to ten words.
    Asked for one acronym's letters at a time, and only the runs whose first
    word has the acronym's first letter are spelled out: building every run's
    initials up front cost more than the rest of L001 on a long text."""

    __slots__ = ("_runs", "_seen")

    def __init__(self, runs: list[list[str]]) -> None:
        self._runs = runs
        self._seen: dict[str, bool] = {}

    def __contains__(self, letters: object) -> bool:
        if not isinstance(letters, str) or len(letters) < 2:
            return False
        found = self._seen.get(letters)
        if found is None:
            found = self._seen[letters] = any(
                run[i][:1].isupper()
                and run[i][0].upper() == letters[0]
                and letters in _run_initials(run, i)
                for run in self._runs
                for i in range(len(run))
            )
        return found


def _name_runs(text: str) -> _Names:
    """The runs of capitalised words in ``text`` (small words such as "of"
    inside a run, none at its end), for :class:`_Names`."""
    runs: list[list[str]] = []
    words = _NAME_WORD.findall(text)
    run: list[str] = []
    for word in [*words, "."]:
        if word[:1].isupper() or word == "&" or (run and word.lower() in _SMALL_WORDS):
            run.append(word)
            continue
        while run and not run[-1][:1].isupper():
            run.pop()
        if len(run) >= 2:
            runs.append(run)
        run = []
    return _Names(runs)


def _run_initials(run: list[str], i: int) -> set[str]:
    """What the words of ``run`` from ``i`` on spell by their initials, for each
    end up to ten words on whose last word is capitalised: each capitalised word
    gives its first letter, each small word inside ("of", "&") may or may not
    ("Korean Confederation of Trade Unions" -> KCTU, KCoTU). Past 64 spellings
    the words after are not added."""
    out: set[str] = set()
    options: set[str] = {""}
    capped = False
    for j in range(i + 1, min(len(run), i + 10) + 1):
        word = run[j - 1]
        if not capped:
            head = "&" if word == "&" else word[0].upper()
            if word[:1].isupper():
                options = {o + head for o in options}
            else:
                options |= {o + head for o in options}
            capped = len(options) > 64
        if j >= i + 2 and word[:1].isupper():
            out.update(o for o in options if len(o) >= 2)
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


def _in_source(ctx: Context, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern``'s matches in the whole source, found once per document (the
    two L001 rules and their definitions scan for the same ones)."""
    key = f"L001.matches.{pattern.pattern}"
    found: list[re.Match[str]] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = list(pattern.finditer(ctx.source))
    return found


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
        for m in _in_source(ctx, _NAMED_AS):
            out.update(_parts(m.group(1)))
        for m in _in_source(ctx, _ACRONYM):
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


_ASCII_LOWER = re.compile(r"[a-z]")


def _outside_parts(ctx: Context) -> tuple[frozenset[str], _Names]:
    """The acronyms written outside every recital and clause (title, heading,
    formula, trailer, all-caps lines), and the initials of the names there."""
    memo: tuple[frozenset[str], _Names] | None = ctx.memo.get("L001.outside")
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
            if _ASCII_LOWER.search(line):
                continue  # a quick no: the line has a letter in lower case
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
    named = sorted((m.start(), m.group(1)) for m in _in_source(ctx, _NAMED_AS))
    # An acronym used three times or more is the document's own subject or the
    # body issuing it (the "AAUP" of an AAUP resolution): its readers know it.
    counts: dict[str, int] = {}
    for m in _in_source(ctx, _ACRONYM):
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
