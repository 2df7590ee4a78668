"""Captions and titles over resolutions: numbered or lettered title lines,
section and agenda-item captions, and whether a resolution follows them.
Pure tests: each reads its arguments and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resolve.model import HeadingLine, HeadingLineKind
from resolve.parsing.builders import (
    PRE,
    ClauseB,
    ResB,
)
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    BULLETS,
    CAPTION_NUMBER,
    DATE,
    ENDS_CONNECTOR,
    ITEM_CAPTION,
    MARKER,
    SMALL_WORDS,
    WORDY,
    ends_with,
    marker_end,
)

# -- title patterns -----------------------------------------------------------------

PAGE_CHROME = re.compile(
    r"(?i)skip\s++to\s++(?:main\s++)?content|jump\s++to\s++(?:content|navigation)"
    r"|page\s++images|\bpdf\s++epub\b|^advertisement$|\blogo\b|<!--|^\[congressional\s++bills\b"
)
"""A web page's or e-book viewer's chrome above the text ("Skip to main content",
"Page images PDF EPUB", "<!-- image -->"): never a title."""
GENERIC_LABEL = re.compile(
    r"(?:(?:\d{4}|[A-Z]{2,6}|(?i:general|delegate|convention|business|annual|meeting|union"
    r"|bylaw|board|proposed|final|text|of|the|and)|&|[-–|:#]|\d{1,3}(?:st|nd|rd|th)?)[ \t]++)*+"
    r"(?i:resolutions?|motions?|minutes)(?:[ \t]++(?:&[ \t]++proposals|#?[ \t]*+\d{1,4}))?"
)
"""A label that names the kind of text, not this one ("AFT Resolution", "1968 General
Resolution", "Convention Resolution", "Union Resolutions"), matched whole: no title."""
TITLE_PREFIX = re.compile(
    r"(?:[A-Za-z]\.|[A-Z]\d{1,4}|\d{1,3}(?:\.\d{1,2})?[.)]?|[ivxIVX]{1,5}\.|\([a-z0-9]{1,3}\))"
    r"(?:[ \t]++[–—-])?[ \t]++(?=[A-Z0-9\"“'‘])"
)
"""An item's number or code before its title ("B. ", "6 ", "4.1 ", "A030 ", "A1 – "):
the counting conventions leave it out of the title."""
SENTENCE_CODE = re.compile(r"[.!?][ \t]*+\([^()\n]{1,20}\)[ \t]*+$")
"""A sentence closed by a reference code ("… affiliate status. (BD 1-1)"): no title."""
MARKUP = re.compile(r"^#{1,6}[ \t]++|^(?:\*\*|__)|(?:\*\*|__)$|</?[bB]>")
"""Markdown heading marks, bold wrappers and <b> tags around a title line."""


SESSION_LAW_TITLE = re.compile(
    r"(?:(?:A|AN|An)[ \t]++)?(?:(?:SENATE|HOUSE|ASSEMBLY|Senate|House|Assembly)[ \t]++)?"
    r"(?:JOINT|CONCURRENT|Joint|Concurrent)[ \t]++(?:RESOLUTION|Resolution),?[ \t]++[a-z]"
)
"""A session law's heading: its form label, then its subject in lower case,
closed by a stop ("JOINT RESOLUTION to amend the constitution …." /
"Joint Resolution in relation to …."): a title, not a sentence."""
STOPPED_TITLE_WORDS = 10
"""At most this many words in a caption printed in title case with a stop."""


def stopped_title(text: str) -> bool:
    """Is one line ``text``, closed by a stop, a printed book's heading: a session
    law's form label and subject, or a short caption in title case, each word
    capitalised but the small ones ("Providing Payment for Enrolling Bills.",
    "To Purchase Books for the Library.", "Resolutions.")? A sentence has a
    verb in lower case; a minutes line names its mover after a small "by"
    ("Moved by Kerri.")."""
    line = text.strip()
    if "\n" in line or not line.endswith(".") or line.endswith(".."):
        return False
    if SESSION_LAW_TITLE.match(line):
        return True
    words = line[:-1].split()
    return (
        0 < len(words) <= STOPPED_TITLE_WORDS
        and all(w.isalpha() for w in words)
        and all(w[0].isupper() or (w in SMALL_WORDS and w != "by") for w in words)
        and words[0][0].isupper()
        and any(len(w) >= 4 for w in words)
    )


def item_after_header(ctx: Context, kinds: list[str], i: int, u: Unit, r: ResB) -> bool:
    """Minutes: "Quorum was established at 15:02." then "4.1 Grant to PyLadies
    Lagos": prose before the first item caption was the minutes' header."""
    return (
        r.state == PRE
        and r.formula is None
        and all(rec.opener_kind == "none" for rec in r.recitals)
        and item_caption(ctx, kinds, i, u)
    )


def item_caption(ctx: Context, kinds: list[str], i: int, u: Unit, nxt: str | None = None) -> bool:
    """A numbered agenda-item caption ("6<TAB>Options Report", "4.1 Grant to
    …", not a date) with a resolution below it."""
    text = ctx.t(u)
    return (
        ITEM_CAPTION.match(text) is not None
        and not DATE.match(text)
        and (nxt == "HEADING" or resolution_ahead(kinds, i))
    )


def resolution_ahead(kinds: list[str], i: int) -> bool:
    """Does a recital opener, formula or organ line follow before the next
    heading? Without one, a title-like line is trailing matter, not the
    start of another resolution."""
    return kind_ahead(kinds, i) is not None


def kind_ahead(kinds: list[str], i: int) -> str | None:
    """The first recital opener, formula or organ kind after ``i``, before a heading."""
    for j in range(i + 1, min(len(kinds), i + 200)):
        if kinds[j] in ("WHEREAS", "FORMULA", "RESOLVES", "ORGAN", "PHRASE"):
            return kinds[j]
        if kinds[j] == "HEADING":
            return None
    return None


def section_heading(ctx: Context, c: ClauseB) -> bool:
    """Is ``c`` a section marker with only a caption ("SECTION 1. DESIGNATION.")?"""
    if c.style != "section" or c.children:
        return False
    caption = ctx.text[marker_end(ctx.text, c.start, c.end) : c.end].strip()
    return 0 < len(caption) <= 80 and "\n" not in caption and caption.upper() == caption


def marker_title(ctx: Context, u: Unit, nxt: str | None) -> bool:
    """A lettered or numbered title line ("B. Change the Project Chair")
    directly before a recital or heading line."""
    text = ctx.t(u)
    return (
        text[0] not in BULLETS
        and (
            nxt
            in (
                "WHEREAS",
                "ORGAN",
                "HEADING",
                "META",
                "KEYVAL",
                "FORMULA",
                "RESOLVES",
                "MARKER",
            )
            or (nxt == "TEXT" and section_caption(ctx, u, text))
        )
        and u.lines <= 2
        and (len(text) <= 160 or (nxt == "FORMULA" and _long_caption(text)))
        and (not ends_with(text, ".;,") or (nxt == "WHEREAS" and _title_case_caption(ctx, u)))
        and (not ends_with(text, ":") or len(text) <= 60)
        and ENDS_CONNECTOR.search(text) is None  # "1. The Committee … expires; and": an item
        and SENTENCE_CODE.search(text) is None
    )


def _long_caption(text: str) -> bool:
    """A long one-line caption in title case ("1) Demand that the … Service
    Properly Inform … Employees"): four words in five capitalised or small words."""
    words = text.split()[1:]
    fitting = sum(1 for w in words if w[:1].isupper() or w.lower() in SMALL_WORDS)
    return len(text) <= 240 and len(words) >= 8 and 5 * fitting >= 4 * len(words)


def numbers_on(text: str, heading: list[HeadingLine]) -> bool:
    """Does numbered caption ``text`` ("2) Stop …") follow this resolution's own
    numbered title ("1) Demand …") in the same style? Then it titles the next one."""
    titles = [h.text for h in heading if h.kind == HeadingLineKind.TITLE]
    here, there = CAPTION_NUMBER.match(text), CAPTION_NUMBER.match(titles[-1]) if titles else None
    return (
        here is not None
        and there is not None
        and here.group(2) == there.group(2)
        and int(here.group(1)) == int(there.group(1)) + 1
    )


def _title_case_caption(ctx: Context, u: Unit) -> bool:
    """A short numbered caption in title case that ends with a period ("3.
    Protection of the Uniform."), as a book prints a resolution's name."""
    words = ctx.text[marker_end(ctx.text, u.start, u.end) : u.end].strip().rstrip(".").split()
    return (
        u.lines == 1
        and 0 < len(words) <= 10
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words)
    )


def colon_caption(ctx: Context, u: Unit) -> bool:
    """A short unmarked caption in title case that ends with a colon ("Harbour
    Day Proclamation:"), the name a page prints over the resolution's text."""
    text = ctx.t(u).strip()
    words = text[:-1].split()
    return (
        u.lines == 1
        and len(text) <= 60
        and text.endswith(":")
        and 0 < len(words) <= 10
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words)
    )


def section_caption(ctx: Context, u: Unit, text: str) -> bool:
    """A section or item caption: one short line with no closing punctuation,
    after a roman numeral or capital letter ("V. Culture") or, in title
    case, after a number ("2.  Declaration of Quarterly Dividend")."""
    m = MARKER.match(ctx.text, u.start, u.end)
    if m is None or u.lines != 1 or len(text) > 60 or ends_with(text, ".;,:"):
        return False
    number = m.group("on") or m.group("secn") or ""
    if number.isupper():
        return True
    words = text[m.end() - u.start :].split()
    return (
        number.isdigit()
        and bool(words)
        and all(w[:1].isupper() or w.isdigit() or w.lower() in SMALL_WORDS for w in words)
    )


def title_of(lines: Sequence[HeadingLine]) -> str | None:
    """The resolution's title among its heading's title lines: the last that names
    something, nearest the text it titles (above it stand a page's chrome, the
    body's letterhead, the collection's name). A line of web chrome, a label that
    introduces a list ("1. Consent Agenda:"), a generic label ("AFT Resolution")
    or one with no word is passed over. The title is given without Markdown marks
    and without its item number or code ("B. Change the Chair" → "Change the
    Chair"), as the counting conventions of ``tests/corpus/README.md`` have it."""
    found = None
    last: HeadingLine | None = None
    for h in lines:
        if h.kind != HeadingLineKind.TITLE:
            continue
        value = MARKUP.sub("", MARKUP.sub("", (h.value or h.text).strip()).strip()).strip()
        if PAGE_CHROME.search(value) or not WORDY.search(value):
            continue
        if value.rstrip("*_ \t").endswith(":"):
            continue
        if found is not None and last is not None and _wraps(found, last, h, value):
            found, last = f"{found} {value}", h  # one title hard-wrapped over lines
            continue
        value = TITLE_PREFIX.sub("", value, count=1) if TITLE_PREFIX.match(value) else value
        if GENERIC_LABEL.fullmatch(value):
            continue
        found, last = value, h
    return found


def _wraps(found: str, last: HeadingLine, h: HeadingLine, value: str) -> bool:
    """Does title line ``h`` continue the title ``found`` that ends on line ``last``,
    hard-wrapped with no blank line between: the line above breaks off after a
    hyphen, a comma or a little word ("… AS A SISTER CITY TO THE" / "CITY OF …"),
    or this one goes on in lower case ("… For All" / "and Ending …")?"""
    if h.span.start.line != last.span.end.line + 1:
        return False
    words = found.split()
    broken = found.endswith(("-", ",")) or (len(words) > 1 and words[-1].lower() in SMALL_WORDS)
    return broken or value[:1].islower()
