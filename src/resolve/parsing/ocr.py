"""OCR damage: a copy of a scanned text, the same length, with its damaged
keywords written clean where a keyword stands.

An OCR text layer misreads letters ("W}{F.RF.AS" for WHEREAS, "RESOLVEV" for
RESOLVED, "RE IT" for "BE IT") and leaves stray marks ("NOW,. THEREFORE", a
lone "'" between words of a page flattened onto one line). The parser reads
the repaired copy and its nodes refer to the original, as with the blanked
margins of :mod:`resolve.parsing.margins`.

A word is repaired only in a keyword's place (a recital's opening, the
enacting formula's words in their order) and only when it is the keyword
letter for letter up to the confusions OCR makes (E/F, O/0, I/1/l, B/R, D/V,
"}{" for H) with at most one letter lost, so an ordinary word is never read as
one. A keyword garbled past that is repaired only where its frame leaves no
other word: "WHER…S," opening a recital, the word between "NOW," and "it is
resolved". An OCR that marks a letter it could not read with "~" leaves the
keyword's frame: "…R~AS," ending a recital's first word, "BE" and "RESOLVED"
round a clean "IT" ("~~ IT RFSULV~D"). OCR debris (digits, marks, lower-case
letters among capitals) in a keyword at a line's head is read in its frame: a
recital's "…AS" keeping four of WHEREAS's letters, THEREFORE before a clean "BE
IT RESOLVED that", the words between "BE" and "that". A word of the formula's "be it" typed twice
("BE IT BE RESOLVED") is blanked. A printed rule OCR broke with blanks and dots is written as one run
of dashes. Like :mod:`resolve.parsing.patterns`, this imports no parser module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve._text import find_words, lines_with, matches_at
from resolve.parsing.boundaries import FLAT_MIN, NUMBER_WORDS

FLAT_LINE = FLAT_MIN
"""A line this long is a whole page flattened onto one line (the paragraph
splitter's own measure, :data:`resolve.parsing.boundaries.FLAT_MIN`)."""

_CONFUSED = frozenset(
    frozenset(pair) for pair in ("EF", "O0", "OD", "I1", "S5", "BR", "DV", "NH", "B8")
)
"""Letters OCR reads one for the other in capitals."""
_H_MARKS = re.compile(r"[}\]][{\[]")
"""Two brackets back to back: an H read as "}{" or "}[" ("W}{F.RF.AS")."""


def _letters(token: str) -> str:
    """The letters and digits of ``token`` in capitals, a bracketed H made an H
    again and a lower-case "l" (OCR's 1 or I) an I."""
    return "".join(c for c in _H_MARKS.sub("H", token).replace("l", "I") if c.isalnum()).upper()


def _same(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in _CONFUSED


_READ_AS: dict[str, frozenset[str]] = {}
for _pair in _CONFUSED:
    for _c in _pair:
        _READ_AS[_c] = _READ_AS.get(_c, frozenset(_c)) | _pair
"""Each letter of :data:`_CONFUSED` with every letter :func:`_same` takes for it
(itself included): its pairs, merged."""


def _common(a: str, b: str) -> int:
    """The longest common subsequence of ``a`` and ``b``, OCR's confusions allowed
    (:func:`_same`, read from :data:`_READ_AS` once per letter of ``b``)."""
    same = [_READ_AS.get(cb, cb) for cb in b]
    row = [0] * (len(b) + 1)
    for ca in a:
        prev = 0
        for j, near in enumerate(same, 1):
            keep = row[j]
            row[j] = prev + 1 if ca in near else max(row[j], row[j - 1])
            prev = keep
    return row[-1]


def damaged(token: str, word: str) -> bool:
    """Is ``token`` the capitals keyword ``word`` misread by OCR (not ``word`` itself)?

    Its letters are those of ``word``, OCR's confusions allowed, with at most
    one lost or added; it has no lower-case letter but OCR's "l", and a first
    "u", "v" or "w" (a capital W read in lower case: "u4HEREAS", "wHEREAS").
    """
    body = token[1:] if token[:1] in _LOWER_W else token
    if word in token or any(c.islower() and c != "l" for c in body):
        return False
    letters = _letters(token)
    return abs(len(letters) - len(word)) <= 1 and _common(letters, word) >= len(word) - 1


# -- the places a keyword stands ----------------------------------------------------

_LOWER_W = ("u", "v", "w")
"""Lower-case letters OCR reads a capital W as, at a word's start."""
_WORD = r"(?P<w>[uvw]?[^\s\"“'‘a-km-z]{6,11}?)(?P<c>[,~:;.]?)(?=[ \t])"
_WHEREAS_LINE = re.compile(r"^[ \t]*+[\"“'‘]?" + _WORD, re.MULTILINE)
"""A capitals word that may open a recital at a line's start."""
_WHEREAS_FLAT = re.compile(r"(?<=[ \t])[\"“'‘]?" + _WORD)
"""The same anywhere in a page flattened onto one line (where the breaks before
recitals were lost): right after a blank, so that a long run of blanks costs one
step per blank, not a scan of the rest of the run from each."""
_FORMULA = re.compile(
    r"(?:(?<=[,;.:])[ \t]++|(?:^|(?<=\n))[ \t]*+)"
    r"(?:(?P<now>[NH]OW)(?=,)[^ \t\n]{0,2}+[ \t]++)?(?P<there>[^\s]{7,14}+)[ \t]++"
    r"(?P<be>[BRP8]E)[ \t]++IT[ \t]++(?P<res>[^\s,:]{7,9}+)(?=[,:]?[ \t\n])"
    r"(?:[ \t]++(?P<by>[BR]Y)(?=[ \t]))?"
)
"""The capitals formula "NOW, THEREFORE, BE IT RESOLVED BY", at a line's start or
after a sentence's punctuation, any of its words misread ("HOW", "T}[F,RF.FORE",
"RE IT", "PE IT", "8E IT", "RESOLVEV", "RY")."""
_STRAY_PERIOD = re.compile(r"(?<![\w.])(?:NOW|Now|THEREFORE|Therefore|WHEREAS|Whereas),(\.)(?=\s)")
"""A period OCR added after a keyword's comma: "NOW,. THEREFORE"."""
STRAY_CUE = ",."
"""What every match of :data:`_STRAY_PERIOD` holds."""
_STRAY_MARK = re.compile(
    r"(?<=[ \t])(?:['‘’,]|\.(?![ \t]++(?:BE[ \t]++IT|RESOLVED|WHEREAS)\b))(?=[ \t])"
)
"""A lone mark between two blanks in a page flattened onto one line: "FLORIDA: ' Section 1."
(a lone period before a part's keyword in capitals ends the sentence before it:
"… 1966 . BE IT FURTHER RESOLVED")."""

_SECTION_DASH = re.compile(
    r"(?<![^\s>])(?:Section|SECTION|Sec\.|SEC\.|Article|ARTICLE)[ \t]++\d{1,3}[A-Za-z]?+[.:]?+"
    r"(?P<dash>[-–—])(?=[ \t]++[A-Z])"
)
"""A section's number with its dash glued to it ("Section 2- That …", "Article 3.- The
…", a typing slip): the dash blanked, so the number reads as a marker as "Section 1 -"
does; a range or code ("Section 2-691") has no blank after its dash and is left."""


_BROKEN_RULE = re.compile(r"^[ \t]*+(-(?:[. \t]*+-)++)[ \t]*+$", re.MULTILINE)
"""A line of dashes only, broken by the blanks and dots OCR reads into a printed rule:
"- ---.-- - - - - -- - -"."""
MIN_RULE_DASHES = 6
"""Dashes a broken rule needs (a line "- -" is no rule)."""
_GARBLED_WHEREAS = re.compile(
    r"^[ \t]*+[\"“'‘]?(?P<w>WHER[^\s,]{1,4}?S)(?P<c>,)(?=[ \t])", re.MULTILINE
)
"""A recital's "WHEREAS," whose middle OCR garbled, lower case and marks included
("WHERlli~S,"): its first four letters and its last stand, and no word in capitals
but WHEREAS is "WHER…S,"."""
_NOW_THEREFORE = re.compile(
    r"(?<![\w])(?:NOW|Now),[ \t]++(?P<w>TH[^\s,]{5,8}+)(?P<c>,?)"
    r"(?=[ \t]++(?i:be[ \t]++it|it[ \t]++(?:is|was))[ \t])"
)
"""The word between "NOW," and the formula's "be it" / "it is" ("NOW, THERWORE, it is
resolved by …"): THEREFORE, whatever OCR made of it."""


def _rules(text: str) -> Iterator[tuple[int, str]]:
    """A printed rule OCR broke with blanks and dots, written as one run of dashes
    (a separator, not a dash bullet over the line below)."""
    for m in _BROKEN_RULE.finditer(text):
        rule = m.group(1)
        if rule.count("-") >= MIN_RULE_DASHES and rule.strip("-"):
            yield m.start(1), "-" * len(rule)


def _garbled(text: str) -> Iterator[tuple[int, str]]:
    """A recital keyword whose letters OCR garbled past :func:`damaged` (lower-case
    letters and marks inside), written clean where it stands and has room."""
    for m in _GARBLED_WHEREAS.finditer(text):
        span = m.group("w") + m.group("c")
        if m.group("w") != "WHEREAS" and len(span) >= len("WHEREAS,"):
            yield m.start("w"), "WHEREAS," + " " * (len(span) - len("WHEREAS,"))


NOW_THEREFORE_CUES = ("NOW,", "Now,")
"""Where a match of ``_NOW_THEREFORE`` can start (tests/test_fast_scans.py checks it)."""
SECTION_DASH_CUES = ("Sec", "SEC", "Article", "ARTICLE")
"""Where a match of ``_SECTION_DASH`` can start."""
FORMULA_CUE = "IT"
"""A word every line holding a match of ``_FORMULA`` holds."""
BE_IT_CUE = "hat"
"""A word every line holding a match of ``_BE_IT_WORD`` holds (its "That")."""


def _now_therefore(text: str) -> Iterator[tuple[int, str]]:
    """ "THEREFORE" between "NOW," and "it is resolved" misread by two letters."""
    for m in matches_at(_NOW_THEREFORE, text, find_words(text, *NOW_THEREFORE_CUES)):
        word, span = m.group("w"), m.group("w") + m.group("c")
        if word == "THEREFORE" or len(span) < len("THEREFORE"):
            continue
        if _common(_letters(word), "THEREFORE") < len("THEREFORE") - 2 or not word.isupper():
            continue
        clean = "THEREFORE," if len(span) > len("THEREFORE") else "THEREFORE"
        yield m.start("w"), clean + " " * (len(span) - len(clean))


CLOSER = "”"
"""The closing mark, the one character :data:`_CLOSER_OPENS` matches."""
_CLOSER_OPENS = re.compile(rf"(?<![^\s:(]){CLOSER}(?=[A-Za-z])")
"""A quotation opened with the closing mark, as a converter that curls every
straight quote one way writes it ("”In the passing of …", "A: ”The Society
…"): the mark at a line's or a word's head, before a letter (a closing mark
follows a word or its stop)."""


def _edits(text: str) -> Iterator[tuple[int, str]]:
    """(offset, replacement of the same length) for every repair in ``text``."""
    # Each pattern tried only where its cue stands (its opening lookbehind got no
    # fast first-character scan from re, which tried every offset of the text).
    for m in matches_at(_CLOSER_OPENS, text, find_words(text, CLOSER)):
        yield m.start(), "“"
    for a, b in lines_with(text, STRAY_CUE):  # a one-line pattern
        for m in _STRAY_PERIOD.finditer(text, a, b):
            yield m.start(1), " "
    flat = list(_flat_lines(text))
    if "WHEREAS" in text:  # a recital keyword is repaired only where a clean one stands too
        yield from _whereas(text, flat)
        yield from _garbled(text)
        yield from _debris_whereas(text)
    yield from _debris_formulas(text)
    yield from _now_therefore(text)
    yield from _formulas(text)
    yield from _rules(text)
    yield from _lower_resolved(text)
    yield from _typed_twice(text)
    if UNREAD in text:
        yield from _unread_whereas(text)
        yield from _wild_formulas(text)
    yield from _line_numbers(text)
    for m in matches_at(_SECTION_DASH, text, find_words(text, *SECTION_DASH_CUES)):
        yield m.start("dash"), " "
    for start, end in flat:
        for m in _STRAY_MARK.finditer(text, start, end):
            yield m.start(), " "
        yield from _item_numbers(text, start, end)
        yield from _section_labels(text, start, end)


_FLAT_FIRST_ITEM = re.compile(r"(?<=:)[ \t]++(?P<n>[1Il])\.[ \t]++(?=[A-Z])")
"""Item 1 of a list run on after a colon in a flattened line, "1." or read as "I." or "l."."""
_FLAT_LATER_ITEM = re.compile(
    r"(?<=[a-z0-9)][.!?:])[ \t]++(?P<n>\d{1,2})(?P<p>[.,])[ \t]++(?=[A-Z])"
)
"""A later item's number after a sentence's end or a colon, its period read as a comma or not."""


def _item_numbers(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """In a flattened line, the numbers of a list run on after a colon
    ("…, THAT: I. The Board … and further that: 2, A …"), in turn from 1:
    OCR's "I." or "l." for "1." and its "2," for "2." written clean."""
    for first in _FLAT_FIRST_ITEM.finditer(text, start, end):
        fixes = [] if first["n"] == "1" else [(first.start("n"), "1")]
        count = 1
        for m in _FLAT_LATER_ITEM.finditer(text, first.end(), end):
            if int(m["n"]) == count + 1:
                count += 1
                if m["p"] == ",":
                    fixes.append((m.start("p"), "."))
        if count >= 2:
            yield from fixes


_FLAT_SECTION = re.compile(
    r"(?<=[.:])[ \t]++(?P<s>[S5$][^\s]{5,7}+)[ \t]++(?P<n>[^\s]{1,6}?)[.:](?=[ \t]++[A-Z])"
)
"""A section's label after a sentence's stop in a flattened line, before its number
and a colon or period: "… friendship. SEcrION THREE: That …"."""
SECTION = "SECTION"


def _number(token: str) -> str | None:
    """The number ``token`` is, digits or a number word in capitals, OCR's misreads
    allowed (one letter lost or confused: "'WO" or "TW0" for TWO); None if none, or
    more than one, fits."""
    if token.isdigit():
        return token
    letters = _letters(token)
    fits = [
        w
        for w in NUMBER_WORDS
        if abs(len(letters) - len(w)) <= 1 and _common(letters, w) >= len(w) - 1
    ]
    return fits[0] if len(fits) == 1 else None


def _section_labels(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """In a flattened line, a section's label OCR misread ("SEcrION THREE:", "SECTICN
    'WO:"): a word of SECTION's letters but two, in any case, before a number:
    written clean in its second letter's case, the number word right-aligned in
    its place."""
    for m in _FLAT_SECTION.finditer(text, start, end):
        label, token = m["s"], m["n"]
        number = _number(token)
        if number is None or len(label) < len(SECTION):
            continue  # no number, or no room to write the label
        if _common(_letters(label), SECTION) < len(SECTION) - 2:
            continue
        clean = SECTION if label[1].isupper() else SECTION.title()  # "Sectlon": "Section"
        if label.upper() != SECTION:
            yield m.start("s"), clean + " " * (len(label) - len(SECTION))
        if number != token and len(number) <= len(token):
            yield m.start("n"), number.rjust(len(token))


_DEBRIS_WHEREAS = re.compile(r"^[ \t]*+[\"“'‘]?(?P<w>[^\s\"“]{5,9}?AS)(?=,?[ \t])", re.MULTILINE)
"""A word ending in "AS" at a line's head, after a quotation mark or none."""
_DEBRIS_THEREFORE = re.compile(
    r"^[ \t]*+[\"“'‘]?(?P<w>T[^\s]{6,10}+)[ \t]++"
    r"(?=BE[ \t]++IT[ \t]++(?:FURTHER[ \t]++)?RESOLVED[ \t]++(?i:that)\b)",
    re.MULTILINE,
)
"""The word before a clean "BE IT RESOLVED that" at a line's head: THEREFORE's place."""
_DEBRIS_BE_IT = re.compile(
    r"^[ \t]*+[\"“'‘]?BE[ \t]++(?P<i>[^\s]{2,3}+)[ \t]++(?:(?P<f>[^\s]{7,10}+)[ \t]++)?"
    r"(?P<r>[^\s,]{8,10}+),?+[ \t]++(?=(?i:that)\b)",
    re.MULTILINE,
)
"""The formula "BE IT (FURTHER) RESOLVED that" at a line's head, its words after "BE" misread."""
_MIN_CAPITALS = 4
"""Capitals a debris word keeps: fewer, and it may be a word in lower case."""


def _debris(word: str, keyword: str, lost: int, *, marked: bool = False) -> bool:
    """Is ``word`` the capitals ``keyword`` misread by OCR: at least four capitals,
    all the keyword's letters but ``lost`` in their order (OCR's confusions
    allowed), and if ``marked`` a digit, a mark or a lower-case letter among them
    (where the frame alone does not place the keyword)?"""
    if word == keyword or sum(c.isupper() for c in word) < _MIN_CAPITALS:
        return False
    if marked and all(c.isupper() for c in word):
        return False  # a word in clean capitals ("TEXAS") is no debris
    return _common(_letters(word), keyword) >= len(keyword) - lost


def _debris_whereas(text: str) -> Iterator[tuple[int, str]]:
    """A recital's keyword at a line's head misread past :func:`damaged`, digits and
    marks among its letters ("n7HE:R.EAS", "VVHE'Rb)AS"): its "AS" stands and four
    of its letters; written clean where it has room."""
    for m in _DEBRIS_WHEREAS.finditer(text):
        word = m["w"]
        if len(word) >= len("WHEREAS") and _debris(word, "WHEREAS", 3, marked=True):
            yield m.start("w"), "WHEREAS" + " " * (len(word) - len("WHEREAS"))


def _debris_formulas(text: str) -> Iterator[tuple[int, str]]:
    """The formula's words misread past :func:`damaged` where its frame leaves no
    other word: THEREFORE before a clean "BE IT RESOLVED that" (its T and five of
    its letters standing: "T}1ERgFORR"), and IT, FURTHER and RESOLVED between "BE"
    at a line's head and "that" ("BE 1T FUR'l'tIER RE.SOL@:D that")."""
    for m in _DEBRIS_THEREFORE.finditer(text):
        word = m["w"]
        if len(word) >= len("THEREFORE") and _debris(word, "THEREFORE", 4, marked=True):
            yield m.start("w"), "THEREFORE" + " " * (len(word) - len("THEREFORE"))
    for m in _DEBRIS_BE_IT.finditer(text):
        it, further, res = m["i"], m["f"], m["r"]
        if not (res == "RESOLVED" or _debris(res, "RESOLVED", 2)):
            continue
        if further is not None and not (further == "FURTHER" or _debris(further, "FURTHER", 2)):
            continue
        if _common(_letters(it), "IT") < 1:
            continue
        for at, word, clean in (("i", it, "IT"), ("f", further, "FURTHER"), ("r", res, "RESOLVED")):
            if word is not None and word != clean:
                yield m.start(at), clean + " " * (len(word) - len(clean))


_LINE_NUMBER = re.compile(
    r"^(?P<q>[\"“]|[a-z](?=\d))?(?P<n>\d{1,2}+)(?P<p>[.,])(?=[ \t]++[A-Z])", re.MULTILINE
)
"""A number opening a line before a capital, its period read as a comma or not, after a
quotation mark, a lower-case letter (OCR's reading of that mark) or nothing."""


def _line_numbers(text: str) -> Iterator[tuple[int, str]]:
    """The numbers of a list whose lines open "1.", "2." … in turn (each after a
    quotation mark or none): OCR's "2," written "2." and its letter for the
    list's quotation mark ('n3.' under '"2.') written as the mark."""
    count, quote = 0, ""
    for m in _LINE_NUMBER.finditer(text):
        mark, n = m["q"] or "", int(m["n"])
        if n == 1 and m["p"] == "." and not mark.isalpha():
            count, quote = 1, mark
        elif count and n == count + 1 and (mark == quote or (quote and mark.isalpha())):
            count += 1
            if m["p"] == ",":
                yield m.start("p"), "."
            if mark != quote:
                yield m.start("q"), quote
        else:
            count = 0


def _flat_lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - pos >= FLAT_LINE:
            yield pos, end
        pos = end + 1


def _whereas(text: str, flat: list[tuple[int, int]]) -> Iterator[tuple[int, str]]:
    found = list(_WHEREAS_LINE.finditer(text))
    for start, end in flat:
        found.extend(_WHEREAS_FLAT.finditer(text, start, end))
    for m in found:
        word = m.group("w")
        at = m.start("w")
        if not damaged(word.strip("~"), "WHEREAS"):
            continue
        span = word + m.group("c")
        if len(span) < len("WHEREAS,"):
            continue
        yield at, "WHEREAS," + " " * (len(span) - len("WHEREAS,"))


def _formulas(text: str) -> Iterator[tuple[int, str]]:
    # The formula stands on one line and holds "IT": only those lines are read.
    matches = (
        m
        for start, end in lines_with(text, FORMULA_CUE)
        for m in _FORMULA.finditer(text, start, end)
    )
    for m in matches:
        there, res = m.group("there"), m.group("res")
        comma = "," if there.endswith(",") else ""
        there_word = there.removesuffix(",")
        if not (there_word == "THEREFORE" or damaged(there_word, "THEREFORE")):
            continue
        if not (res == "RESOLVED" or damaged(res, "RESOLVED")):
            continue
        if len(there) < len("THEREFORE" + comma) or len(res) < len("RESOLVED"):
            continue  # a letter lost: no room to write the keyword
        if m.group("now"):
            yield m.start("now"), "NOW"
        if there_word != "THEREFORE":
            clean = "THEREFORE" + comma
            yield m.start("there"), clean + " " * (len(there) - len(clean))
        yield m.start("be"), "BE"
        if res != "RESOLVED":
            yield m.start("res"), "RESOLVED" + " " * (len(res) - len("RESOLVED"))
        if m.group("by"):
            yield m.start("by"), "BY"


_BE_IT_WORD = re.compile(
    r"\b(?i:be)[ \t]++(?i:it)[ \t]++(?:(?i:also|further|finally)[ \t]++)?+"
    r"(?P<w>[A-Za-z][a-z]{6,10}+)(?P<c>[.,:]?+)(?=[ \t]++[Tt]hat\b)"
)
"""The word between "be it (also)" and "That" in mixed case, where only "Resolved"
stands: "And be it also lietolved. That …"."""


def _lower_resolved(text: str) -> Iterator[tuple[int, str]]:
    """ "Resolved" misread in mixed case between "be it" and "That" (its letters
    but two, in their order): written clean, with its comma."""
    # It stands on one line, "hat" of its "That" on it: only those lines are read.
    for m in (m for a, b in lines_with(text, BE_IT_CUE) for m in _BE_IT_WORD.finditer(text, a, b)):
        word, span = m.group("w"), m.group("w") + m.group("c")
        if word.lower() == "resolved" or len(span) < len("Resolved,"):
            continue
        if abs(len(word) - 8) > 1 or _common(word.upper(), "RESOLVED") < 6:
            continue
        yield m.start("w"), "Resolved," + " " * (len(span) - len("Resolved,"))


_TYPED_TWICE = re.compile(
    r"\b(?i:be)[ \t]++(?i:it)(?P<again>[ \t]++(?i:be|it))"
    r"(?=[ \t]++(?:(?i:further|also|finally)[ \t]++)?(?i:resolved)\b)"
)
"""A word of the formula's "be it" typed twice, a typing slip: "BE IT BE RESOLVED",
"be it it resolved"."""


def _typed_twice(text: str) -> Iterator[tuple[int, str]]:
    """The formula's word typed twice blanked: "BE IT BE RESOLVED" reads "BE IT RESOLVED"."""
    for m in _TYPED_TWICE.finditer(text):
        yield m.start("again"), " " * len(m["again"])


UNREAD = "~"
"""The mark some OCR engines print for a letter they could not read
("RFSULV~D", "wH~R~AS"): it stands for any letter."""
_WILD_FORMULA = re.compile(
    r"(?<![^\s.,;:_])(?P<be>[^\s]{2,3}+)[ \t]++IT[ \t]++(?:FURTHER[ \t]++)?"
    r"(?P<res>[^\s,:]{8}+)(?=[,:]?[ \t])"
)
"""The formula's "BE IT (FURTHER) RESOLVED" in capitals, "BE" and "RESOLVED"
misread round the clean "IT": "~~ IT RFSULV~D", "13~ IT FURTHER RFSOLV~7"."""


_UNREAD_WHEREAS = re.compile(r"(?<![^\s])(?P<w>[^\s,]{2,4}?R~AS)(?P<c>,)(?=[ \t])")
"""A recital's "WHEREAS," whose E the OCR marked unread and whose W and H it
misread ("wH~R~AS,", "LUN~R~AS,", "tVH~R~AS,"): its "R~AS," stands."""


def _unread_whereas(text: str) -> Iterator[tuple[int, str]]:
    """Such a "WHEREAS," written clean where it stands and has room."""
    for m in _UNREAD_WHEREAS.finditer(text):
        span = m.group("w") + m.group("c")
        if len(span) >= len("WHEREAS,"):
            yield m.start("w"), "WHEREAS," + " " * (len(span) - len("WHEREAS,"))


def _wild_same(token: str, word: str) -> bool:
    """Is ``token`` the capitals keyword ``word`` letter for letter, OCR's
    confusions and its unread marks allowed, all but one letter?"""
    if len(token) != len(word):
        return False
    hits = sum(1 for a, b in zip(token, word, strict=True) if a == UNREAD or _same(a, b))
    return hits >= len(word) - 1


def _wild_formulas(text: str) -> Iterator[tuple[int, str]]:
    """ "BE IT (FURTHER) RESOLVED" where the OCR marked letters of it unread (its
    "BE" read as two or three marks or characters holding one, its "RESOLVED"
    all but one letter, confusions and marks allowed): written clean."""
    for start, end in lines_with(text, FORMULA_CUE):
        for m in _WILD_FORMULA.finditer(text, start, end):
            be, res = m.group("be"), m.group("res")
            if UNREAD not in be + res or not _wild_same(res, "RESOLVED"):
                continue
            if not (UNREAD in be or be in ("BE", "RE", "PE", "8E")):
                continue
            yield m.start("be"), "BE" + " " * (len(be) - 2)
            yield m.start("res"), "RESOLVED"


def repair(text: str) -> str:
    """``text`` with its OCR damage repaired: the same length, the same offsets."""
    edits = sorted(_edits(text))
    if not edits:
        return text
    pieces: list[str] = []
    pos = 0
    for at, new in edits:
        if at < pos:
            continue  # two repairs of one place: the first stands
        pieces.append(text[pos:at])
        pieces.append(new)
        pos = at + len(new)
    pieces.append(text[pos:])
    out = "".join(pieces)
    assert len(out) == len(text)
    return out
