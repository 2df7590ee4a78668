"""Hygiene rules (H): encoding damage, invisible characters and whitespace."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from resolve.diagnostics import Edit, Fix
from resolve.rules.base import Context, Hit, replace_fix

_MOJIBAKE = re.compile(
    "â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|Â[\u00a0-\u00bf]"
    "|ï»¿"
    "|\ufffd"
)


def mojibake(ctx: Context) -> Iterator[Hit]:
    """Reports text damaged by decoding UTF-8 as Windows-1252 (mojibake).

    ## What it does
    Finds sequences such as ``â€™`` (for ``’``), ``Ã©`` (for ``é``), ``Â``
    before a symbol, a stray ``ï»¿`` byte-order mark, and the replacement
    character ``�``.

    ## Why is this bad?
    Mojibake means the file went through a program that read it in the wrong
    encoding; names and quotation marks are garbled in the published record.

    ## Example
    ```text
    WHEREAS, the Localâ€™s members voted to strike; and
    ```

    ## Use instead
    ```text
    WHEREAS, the Local’s members voted to strike; and
    ```
    """
    for m in _MOJIBAKE.finditer(ctx.source):
        yield Hit(
            m.start(),
            m.end(),
            f'Unexpected "{m.group()}" (text decoded in the wrong encoding), expected '
            "the original character",
            help="Re-open the source file as UTF-8, or retype the damaged characters.",
        )


_CONTROL = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0080-\u009f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_NAMES = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space (BOM)",
    "\u000c": "form feed",
}


def control_characters(ctx: Context) -> Iterator[Hit]:
    """Reports control characters and invisible formatting characters.

    ## What it does
    Finds C0 and C1 control characters other than tab, line feed and carriage
    return, zero-width characters, and bidirectional controls (which can make
    text display in a different order than it reads). A byte-order mark at
    the very start of the file is allowed. The fix deletes the character; a
    separator (vertical tab, form feed, next line U+0085, the information
    separators U+001C-U+001F) between two words becomes a space, so that the
    words stay apart. Deleting a joiner (U+200C, U+200D) or a bidirectional
    control can change how the text displays, so that fix is unsafe. A C1
    control (U+0080-U+009F) is mostly a Windows-1252 character decoded as
    Latin-1 ("boys\u0092 hostel" for "boys’ hostel"): its fix restores that
    character, or deletes it where Windows-1252 defines none, and is unsafe,
    since deleting it would lose a character and the decoding is a guess.

    ## Why is this bad?
    Invisible characters break search, copying and comparison of adopted
    text, and bidirectional controls can hide what a clause really says.

    ## Example
    ```text
    RESOLVED, That the Local donate\u200b $500.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local donate $500.
    ```
    """
    for m in _CONTROL.finditer(ctx.source):
        ch = m.group()
        if ch == "\ufeff" and m.start() == 0:
            continue
        name = _NAMES.get(ch) or (
            "bidirectional control" if "\u202a" <= ch <= "\u2069" else "control character"
        )
        yield Hit(
            m.start(),
            m.end(),
            f"Unexpected {name} U+{ord(ch):04X}, expected visible text",
            help="Delete the invisible character.",
            fix=_control_fix(ctx.source, m.start(), ch),
        )


# Characters that separate words or lines where they stand: deleting one would
# join the words beside it ("met" VT "on" -> "meton").
_SEPARATORS = frozenset("\u000b\u000c\u0085\u001c\u001d\u001e\u001f")
# Deleting these can change how the text displays (joined letters, bidi order).
_DISPLAY = (
    frozenset("\u200c\u200d")
    | frozenset(chr(c) for c in range(0x202A, 0x202F))
    | frozenset(chr(c) for c in range(0x2066, 0x206A))
)


def _windows_1252(ch: str) -> str | None:
    """The character a C1 control stands for when Windows-1252 text was decoded
    as Latin-1 (U+0092 for ’), or None when Windows-1252 leaves it undefined."""
    try:
        return ch.encode("latin-1").decode("cp1252")
    except UnicodeDecodeError:
        return None


def _control_fix(source: str, pos: int, ch: str) -> Fix:
    code = f"U+{ord(ch):04X}"
    if "\u0080" <= ch <= "\u009f" and ch not in _SEPARATORS:
        # A C1 control is mostly a Windows-1252 character decoded as Latin-1:
        # deleting it loses that character and may join two words; restoring
        # it is a guess. Either way the fix is unsafe.
        meant = _windows_1252(ch)
        if meant is not None:
            return replace_fix(
                f"Replace {code} with {meant} (Windows-1252)", pos, pos + 1, meant, safe=False
            )
        return replace_fix(f"Delete {code}", pos, pos + 1, "", safe=False)
    if ch in _SEPARATORS:
        before = source[pos - 1 : pos]
        after = source[pos + 1 : pos + 2]
        if before and after and not before.isspace() and not after.isspace():
            return replace_fix(f"Replace {code} with a space", pos, pos + 1, " ")
    return replace_fix(f"Delete {code}", pos, pos + 1, "", safe=ch not in _DISPLAY)


_EOL = re.compile(r"\r\n|\r|\n")


def mixed_line_endings(ctx: Context) -> Iterator[Hit]:
    """Reports a file that mixes CRLF, LF and CR line endings.

    ## What it does
    Counts the line endings in the file; if more than one kind is used,
    reports the first line that differs from the most common kind. The fix
    converts every line ending to the most common kind.

    ## Why is this bad?
    Mixed line endings come from pasting between systems; they make diffs of
    amendments noisy and confuse some tools that split on one kind.

    ## Example
    ```text
    WHEREAS, the Local has grown; and⏎
    WHEREAS, dues are low;␍⏎
    ```

    ## Use instead
    ```text
    WHEREAS, the Local has grown; and⏎
    WHEREAS, dues are low;⏎
    ```
    """
    source = ctx.source
    crlf = source.count("\r\n")
    kinds = (crlf > 0) + (source.count("\r") > crlf) + (source.count("\n") > crlf)
    if kinds < 2:
        return
    counts: dict[str, int] = {}
    matches = list(_EOL.finditer(source))
    for m in matches:
        counts[m.group()] = counts.get(m.group(), 0) + 1
    if len(counts) < 2:
        return
    majority = max(counts, key=lambda k: (counts[k], k == "\n"))
    names = {"\r\n": "CRLF", "\n": "LF", "\r": "CR"}
    edits = tuple(Edit(m.start(), m.end(), majority) for m in matches if m.group() != majority)
    first = next(m for m in matches if m.group() != majority)
    line_start = ctx.source.rfind("\n", 0, first.start()) + 1
    yield Hit(
        line_start,
        first.start(),
        f"Unexpected {names[first.group()]} line ending, expected {names[majority]} "
        f"like the rest of the file ({counts[majority]} "
        f"{'line' if counts[majority] == 1 else 'lines'})",
        help=f"Convert every line ending to {names[majority]}.",
        fix=Fix(f"Convert line endings to {names[majority]}", edits),
    )


def trailing_whitespace(ctx: Context) -> Iterator[Hit]:
    """Reports spaces or tabs at the end of a line.

    ## What it does
    Finds spaces, tabs and no-break spaces before a line ending or the end
    of the file. The fix removes them.

    ## Why is this bad?
    Trailing whitespace is invisible, yet it shows up as changes when
    versions of a resolution are compared during amendment.

    ## Example
    ```text
    WHEREAS, the Local has grown;···
    ```

    ## Use instead
    ```text
    WHEREAS, the Local has grown;
    ```
    """
    source = ctx.source
    for start, end in ctx.trailing_whitespace:
        if _markdown_break(source, start, end):
            continue
        yield Hit(
            start,
            end,
            "Unexpected whitespace at the end of the line, expected none",
            help="Delete the trailing whitespace.",
            fix=replace_fix("Remove trailing whitespace", start, end, ""),
        )


_TABS = re.compile(r"\t+")


def _markdown_break(source: str, start: int, end: int) -> bool:
    """Exactly two trailing spaces after text: a Markdown hard line break."""
    return (
        end - start == 2
        and source[start:end] == "  "
        and start > 0
        and not source[start - 1].isspace()
    )


def tabs(ctx: Context) -> Iterator[Hit]:
    """Reports tab characters.

    ## What it does
    Finds tabs. The fix replaces indentation tabs with four spaces each and
    tabs inside a line with one space.

    ## Why is this bad?
    Tabs display at different widths in different programs, so indentation
    and alignment of clauses and vote tables fall apart when shared.

    ## Example
    ```text
    →RESOLVED, That the Local grow.
    ```

    ## Use instead
    ```text
        RESOLVED, That the Local grow.
    ```
    """
    source = ctx.source
    if "\t" not in source:
        return
    trailing = ctx.trailing_whitespace
    starts = [t[0] for t in trailing]
    for m in _TABS.finditer(source):
        line_start = ctx.line_start(m.start())
        index = bisect.bisect_right(starts, m.start()) - 1
        if index >= 0 and trailing[index][0] <= m.start() < trailing[index][1]:
            continue  # reported and fixed as trailing whitespace
        leading = source[line_start : m.start()].strip(" ") == ""
        near_space = (
            source[m.start() - 1 : m.start()] == " " or source[m.end() : m.end() + 1] == " "
        )
        replacement = "    " * len(m.group()) if leading else ("" if near_space else " ")
        yield Hit(
            m.start(),
            m.end(),
            "Unexpected tab, expected spaces",
            help="Replace tabs with spaces.",
            fix=replace_fix("Replace tabs with spaces", m.start(), m.end(), replacement),
        )


_DOUBLE = re.compile(r'["“”]')
_SINGLE = re.compile(r"['‘’]")


def _is_prime(source: str, pos: int) -> bool:
    return pos > 0 and source[pos - 1].isdigit()


def _opening(source: str, pos: int) -> bool:
    before = source[pos - 1] if pos > 0 else " "
    return before.isspace() or before in "([{—–-/\u2014"


def mixed_quotes(ctx: Context) -> Iterator[Hit]:
    """Reports straight and curly quotation marks mixed in one file.

    ## What it does
    Counts straight (``"`` ``'``) and curly (``“ ” ‘ ’``) marks, double and
    single separately, and reports the marks of the less common style. The fix
    converts them to the majority style. Marks after digits (``5'10"``) are
    left alone.

    ## Why is this bad?
    Mixed quotation marks show text pasted from several sources; they look
    careless in print and break searches for quoted titles.

    ## Example
    ```text
    WHEREAS, the “Buy America” rules and the "Buy Clean" rules apply; and
    ```

    ## Use instead
    ```text
    WHEREAS, the “Buy America” rules and the “Buy Clean” rules apply; and
    ```
    """
    source = ctx.source
    for pattern, straight, pair in ((_DOUBLE, '"', ("“", "”")), (_SINGLE, "'", ("‘", "’"))):
        if straight not in source or (pair[0] not in source and pair[1] not in source):
            continue  # one style only: nothing is mixed
        marks = [m.start() for m in pattern.finditer(source) if not _is_prime(source, m.start())]
        straight_marks = [p for p in marks if source[p] == straight]
        curly_marks = [p for p in marks if source[p] != straight]
        if not straight_marks or not curly_marks:
            continue
        to_curly = len(curly_marks) >= len(straight_marks)
        minority = straight_marks if to_curly else curly_marks
        for pos in minority:
            ch = source[pos]
            if to_curly:
                new = pair[0] if _opening(source, pos) else pair[1]
            else:
                new = straight
            style = "curly" if to_curly else "straight"
            yield Hit(
                pos,
                pos + 1,
                f"Unexpected {'straight' if to_curly else 'curly'} quotation mark {ch}, "
                f"expected {style} marks like the rest of the file",
                help=f"Use {style} quotation marks throughout.",
                fix=replace_fix(f"Replace with {new}", pos, pos + 1, new),
            )


_DOUBLED_SPACE = re.compile(r"(?<=[\w,;)\]\"”’'])  (?=[^\s])")
_WIDE_GAP = re.compile(r"\S {3,}+\S")
_CLOSED_SENTENCE = re.compile(r"[.?!:][)\]\"”’']{1,2}+$")
"""A sentence's end inside a closing bracket or quote: ".)", ".”"."""
_RUN_IN_HEADING = re.compile(r"(?:[A-Z][\w’'&-]*+ ){0,4}[A-Z][\w’'&-]*+")
"""A heading run in before its paragraph's first sentence, in title case:
"Treasurer’s Report  Rev. Deb called …"."""
_MARKER_PREFIX = re.compile(
    r"(?:\(?[0-9A-Za-z]{1,4}[.)]|\([0-9A-Za-z]{1,4}\)|[-*•–—]|(?:Section|SEC\.|Sec\.)\s++\w+\.?)"
)


def doubled_spaces(ctx: Context) -> Iterator[Hit]:
    """Reports two spaces between words inside a recital or clause.

    ## What it does
    Finds exactly two spaces between words in the preamble, formula and
    clauses: after a word, a comma, a semicolon or a closing bracket or quote
    (not after a slash or a bar, which web chrome and tables set apart, "Log
    Out /  Change"). Two spaces after a sentence-ending period (also inside a closing
    bracket or quote, ".)  Next"), after a title-case heading run in at the
    start of a paragraph ("Treasurer’s Report  Rev. Deb called …"), indentation, lines
    aligned in columns or with every word spaced out, and the gap a PDF
    extraction leaves after a footnote mark ("…Discrimination, 3  the", where
    a footnote line opens with "3") are left alone. The fix leaves one space.

    ## Why is this bad?
    Doubled spaces are usually left over from deleting a word; they show up in
    print and when versions of an amendment are compared.

    ## Example
    ```text
    RESOLVED, That the Local  support the strike.
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local support the strike.
    ```
    """
    source = ctx.source
    if "  " not in source:
        return
    if _justified(source):
        return  # text set justified: padded spaces are the layout, not typing errors
    notes = _footnote_numbers(source)
    for res in ctx.doc.resolutions:
        for start, end in ctx.body_ranges(res):
            if source.find("  ", start, end) == -1:
                continue
            line_start = start
            while line_start < end:
                line_end = source.find("\n", line_start, end)
                if line_end == -1:
                    line_end = end
                phys_end = source.find("\n", line_start)
                whole = source[
                    source.rfind("\n", 0, line_start) + 1 : len(source)
                    if phys_end < 0
                    else phys_end
                ]
                if not _WIDE_GAP.search(source, line_start, line_end) and not _spaced_line(whole):
                    for m in _DOUBLED_SPACE.finditer(source, line_start, line_end):
                        lead = source[line_start : m.start()].strip()
                        if lead == "" or (len(lead) <= 3 and lead.isdigit()):
                            continue  # indentation, or the gap after a bare number "1  Campaign"
                        if _CLOSED_SENTENCE.search(
                            source, max(line_start, m.start() - 3), m.start()
                        ):
                            # two spaces after a sentence: a typing convention (after a
                            # bare ".", "?", "!" or ":" _DOUBLED_SPACE never matches)
                            continue
                        if (
                            source[m.end() : m.end() + 1].isupper()
                            and _RUN_IN_HEADING.fullmatch(lead)
                            and (line_start == start or _after_blank_line(source, line_start))
                        ):
                            continue  # "Treasurer’s Report  Rev. Deb …": a heading run in
                        if lead.rsplit(None, 1)[-1] in notes:
                            continue  # "…Discrimination, 3  the": a footnote mark set apart
                        if m.start() - line_start <= 24 and _MARKER_PREFIX.fullmatch(
                            source[line_start : m.start()].lstrip()
                        ):
                            continue
                        yield Hit(
                            m.start(),
                            m.end(),
                            "Unexpected two spaces between words, expected one",
                            help="Delete the extra space.",
                            fix=replace_fix("Replace with one space", m.start(), m.end(), " "),
                        )
                line_start = line_end + 1


def _after_blank_line(source: str, line_start: int) -> bool:
    """Is the line before the one that starts at ``line_start`` blank (or none)?"""
    if line_start == 0:
        return True
    return not source[source.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()


_INNER_DOUBLE = re.compile(r"\S {2,}\S")
_FOOTNOTE_LINE = re.compile(r"^[ \t]*+(\d{1,3})[ \t]++(?=[A-Z])", re.MULTILINE)
_GAP = re.compile(r" ++")


def _footnote_numbers(source: str) -> frozenset[str]:
    """The numbers that open footnote lines ("3 United Nations, Treaty Series …"):
    in the text, a doubled space after one of them is where the extraction set
    its superscript mark apart ("…Discrimination, 3  the …")."""
    return frozenset(m.group(1) for m in _FOOTNOTE_LINE.finditer(source))


def _spaced_line(line: str) -> bool:
    """True if most gaps between the words of ``line`` are doubled: a line set
    with spaced-out words by its layout ("After  some  time  and  upon  motion"),
    not a slip made once."""
    gaps = _GAP.findall(line.strip())
    doubled = sum(1 for g in gaps if len(g) >= 2)
    return doubled >= 3 and doubled * 2 > len(gaps)


_LINE_NUMBER = re.compile(r"^\s*+\d{1,4}\s++")


def _justified(source: str) -> bool:
    """True if most lines of text hold a doubled space between words (text set
    justified, as printed bills are); a convention of the file, not a slip."""
    # (A line number opens with a digit, ``\d`` being ``str.isdecimal``; a padded
    # line holds two spaces: the patterns run only on lines with their cue.)
    lines = [
        _LINE_NUMBER.sub("", line) if line.lstrip()[:1].isdecimal() else line
        for line in source.splitlines()
    ]
    lines = [line for line in lines if len(line.strip()) > 40]
    if len(lines) < 8:
        return False
    # A justified line is padded in several places, not once.
    padded = sum(
        1 for line in lines if "  " in line and len(_INNER_DOUBLE.findall(line.strip())) >= 2
    )
    return padded * 2 > len(lines)


def missing_final_newline(ctx: Context) -> Iterator[Hit]:
    """Reports a file that does not end with a line break.

    ## What it does
    Checks that a non-empty file ends with a line ending. The fix adds one of
    the kind the file already uses.

    ## Why is this bad?
    Many tools expect text files to end with a newline; without one, joining
    files or appending an amendment runs two lines together.

    ## Example
    ```text
    RESOLVED, That the Local grow.␄
    ```

    ## Use instead
    ```text
    RESOLVED, That the Local grow.⏎
    ```
    """
    source = ctx.source
    if not source or source.endswith(("\n", "\r")):
        return
    eol = "\r\n" if source.count("\r\n") * 2 > source.count("\n") else "\n"
    end = len(source)
    yield Hit(
        end,
        end,
        "Unexpected end of file without a line break, expected a final newline",
        help="Add a line break at the end of the file.",
        fix=replace_fix("Add a final newline", end, end, eol),
    )
