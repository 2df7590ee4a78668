"""Every lexical pattern of the parser, in one place (those of glued extracts in
:mod:`resolve.parsing.glued`, those of minutes records in :mod:`resolve.parsing.minutes_cues`,
those of titles in :mod:`resolve.parsing.captions`, and the enacting sentences with no
"resolved" in :mod:`resolve.parsing.sentences`).

List markers, recital openers, the resolving lead, enacting formulas (the inline
boundaries between parts in :mod:`resolve.parsing.boundaries`), connectors, trailer words, and the textual cues the state machine reads (header lines, titles,
dates, page furniture). Plain regular expressions and small helpers that only match them;
nothing here knows the parser's state. ``tests/test_parser_patterns.py`` checks these agree with
the grammar's terminals in ``grammars/resolution.lark``; ``tests/test_regex_safety.py`` that
each runs in linear time."""

from __future__ import annotations

import re

from resolve.model import TrailerKind

# -- line ends -----------------------------------------------------------------------

TERMINAL_PUNCT = re.compile(r"[.;:,!?][\"”’')\]]*$")

SENTENCE_END = re.compile(r"[.;:!?][\"”’')\]]*$")

# -- the resolving lead -------------------------------------------------------------

_RESOLVED_LEAD = (
    r"(?i:and\s++)?(?i:(?:further|finally|also),\s++)?(?i:now,?\s++)?(?i:therefore(?:[,:;]\s*+|\s++))?"
    r"(?i:(?:be\s++it(?:\s++and\s++it\s++is)?|it\s++(?:is|was)|let\s++it\s++be"
    r"|may\s++it(?:\s++(?:therefore|further|also))?\s++be|it(?=\s++(?:further|also)\s))\s++"
    r"(?:(?:further|finally|also|therefore|hereby|likewise|additionally)\s++(?:be\s++)?)?)?"
    r"(?i:(?:further|finally|also|unanimously)\s++)?"
    r"(?:(?i:resolved(?:\s++and\s++(?:enacted|ordained))?|(?<=it )(?:enacted|ordained|proclaimed|recommended)|we\s++(?:hereby\s++)?resolve(?=\s++that\b))(?:\b|(?=_))"
    r"|[A-Z][a-z]{2,11}(?=\s++by\s++the\s++Senate\s++and\s++House\s++of\s++Representatives\b))"
    r"(?:[ \t]++(?i:further|unanimously))?(?:\*\*?|__?)?(?:[ \t]*+\([^()\n]{1,40}\))?"
    r"(?:\s++(?i:by)\s++(?P<by>[^:;(]{1,160}?)\s*+(?:\([^)\n]{0,80}\)\s*+)?"
    r"(?=[,:]?\s*+(?i:that)\b|:|[,;]?\s*+$))?"
    r"(?:\s*+(?:[,:;]|[–—-](?=[ \t]))?(?:\*\*?|__?)?\s*+(?i:that)\b\s*+(?:(?:\*\*?|__?)(?=[,:\s]|$))?[,:]?"
    r"(?:(?:\*\*?|__?)(?=\s|$))?|\s*+[,:;](?:\*\*?|__?)?"
    # a vote note alone on the formula's line ("RESOLVED: (Unanimously)") is the formula's:
    r"(?:[ \t]*+\([A-Za-z][^()\n]{3,40}\)(?=[ \t]*+(?:\n|$)))?)?"
)
# "AND FURTHER THAT" / "AND THAT" (Canadian municipal form).
_THAT_LEAD = r"(?:AND|And)\s+(?:(?:FURTHER|Further|further)\s+)?(?:THAT|that)\b|(?:FURTHER|Further)\s+(?:THAT|that)\b"
MD_PREFIX = r"(?:#{1,6}[ \t]++|>[ \t]?+|•[ \t]++|\[Page[ \t]\d{1,4}\][ \t]*+)?"
"""Before a keyword, a Markdown heading or quote mark (\"## NOW, THEREFORE, BE IT\"), a web
form's bullet ("  • RESOLVED, …") or an edition's page mark ("[Page 192]Resolved, That")."""
LEAD = re.compile(
    rf"[ \t\ufeff]*+{MD_PREFIX}(?:\*\*?|__?)?[\"“]?(?:{_THAT_LEAD}|BI[FA]?RT\b[,:]?|{_RESOLVED_LEAD})"
)


def match_lead(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """Match a resolving lead (``RESOLVED, That``) at ``pos`` in ``text``."""
    return LEAD.match(text, pos, len(text) if endpos is None else endpos)


FUNCTION_WORD_END = re.compile(
    r"(?<![\w'’-])(?i:of|the|a|an|to|for|in|on|with|by|from|at|and|or|that|its|their|our|as|into"
    r"|under|upon|between|such|which|who|whose|is|are|be|been|not)$"
)
"""A line that ends on a word no sentence ends with ("…a clear conflict of")."""
LIST_CONNECTOR = re.compile(r"[;,:]\s*(?:and|or)\s*$|--\s*$")
"""A line that ends in a list connector ("…; and", "--")."""

# -- recital openers, formulas, bodies ----------------------------------------------

# Lower-case "whereas" counts after a list marker: the European Parliament's
# "A. whereas …;" recitals.
WHEREAS_OPENER = re.compile(
    r"(?:\*\*?|__?)?[!-#“]?(?:(?i:and)\s+)?(?:WHEREAS|[Ww](?i:hereas)|BECAUSE|Because)(?:\*\*?|__?)?\s*[,:]?"
)
OPENER = re.compile(
    r"[ \t\ufeff]*+(?:#{1,6}[ \t]++|>[ \t]?+|\|[ \t]++)?(?:\*\*?|__?)?[!-#“]?"
    r"((?:(?i:and)\s+)?(WHEREAS|[Ww](?i:hereas)|BECAUSE|Because))\b(?:\*\*?|__?)?\s*[,:]?\s*"
)
FORMULA_RESOLVES = re.compile(
    r"(?i)[ \t\ufeff]*+(?:now,?\s++)?(?:therefore,?\s++)?(?:be\s++it\s++resolved\s++by\s++)?"
    r"(?P<body>[^\n:;]{1,200}?)\s++(?:does\s++)?(?:hereby\s++)?(?:resolves?|resolved)\b"
)
FORMULA_WILL = re.compile(
    r"(?:(?:this|the)\s++)?(?P<body>[^\n:;]{1,80}?)\s{1,40}+(?:(?:therefore|further|also|hereby)\s++)?"
    r"(?:will|shall|resolves|instructs|agrees|decides|directs|overtures|requests|calls\s++(?:on|upon))\b",
    re.IGNORECASE,
)
THAT_BODY = re.compile(
    r"[“\"‘']?(?:That|THAT)\s+(?:(?:the|THE|this|THIS)\s+)?(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|the|and|for|on)\s+)?[A-Z0-9][\w&'’.-]*){0,5})\s*(?:[:\u2014]\s*)?$"
)
"""An Australian-style formula: "That Council:" before numbered items (or a
quoted motion's "'That this Synod:"); the colon may be missing ("That this
Synod" alone on its line, over "(a) commends …")."""
STANDALONE_BODY = re.compile(
    r"(?i)(?:(?:this|the)\s++)?(?P<body>[^.;:\n]{1,80}?)\s{0,40}+[:\u2014\u2013-]\s*+$"
)
VERBISH = re.compile(r"(?i)\b(?:be|is|are|was|were|shall|will|hereby|that|which|to|has|have)\b")
CONCURRING = re.compile(
    r"(?i)(?:,\s*+(?:the\s++)?[^,:()]{0,60}?\s++concurring(?:\s++therein)?"
    r"|\s++in\s++congress\s++assembled|,?\s*+jointly)\s*+$"
)
# "\b[A-Z]" written as "[A-Z](?<!\w[A-Z])": the same matches, but a leading
# character set lets the engine skip ahead (20 ms -> 4 ms on 1 MB).
ACRONYM_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z0-9&]{1,7}\b")
AS_FOLLOWS = re.compile(r"(?i)\s++as\s++follows\s*+$")
NAME_SMALL_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "at", "to", "by", "a", "an", "de", "del", "du"}
)


# -- list markers, connectors, trailers ---------------------------------------------

BULLETS = "-*\u2022\u2013\u2014\u2023\u25e6\u25aa\u25cf\u25b6\u25ba\u25b8\u00b7+"
"""Bullet markers (as in the grammar's MARKER): a title is lettered or numbered, never a bullet."""
MARKER = re.compile(
    r"[ \t\ufeff]*+(?:[!-#“](?<![!#])(?=\(?\d))?(?:"
    rf"(?P<bullet>[{BULLETS}])"
    r"|(?P<sec>(?:\*\*|__)?(?:Section|SECTION|Sec\.|SEC\.|Article|ARTICLE)\s+(?P<secn>\d{1,4}[A-Za-z]?(?:\.\d{1,3})*"
    r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[.:]?(?:\*\*|__)?)"
    r"|(?P<ord>(?P<ordw>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))[,:])"
    r"|(?P<dec>(?P<decn>\d{1,3}(?:\.\d{1,3})+)\.?)"
    r"|(?P<paren>\((?P<pn>\d{1,3}|[ivx]{1,7}|[IVX]{1,7}|[a-zA-Z])\))"
    r"|(?P<open>(?P<ob>\(?)(?P<on>\d{1,3}|[ivx]{1,7}|[IVX]{1,7}|[a-zA-Z])(?P<close>\\?[.)]))"
    r")(?:(?=[ \t]|\r?\n|$)|(?:(?<=\(\d\))|(?<=\(\d\d\))|(?<=\([ivx]\))|(?<=\([ivx]{2}\))"
    r"|(?<=\([ivx]{3}\)))(?=[a-z]))"
)
"""A list item's marker; a number in brackets may be glued to the lower-case word
after it, as bill XML or a page's extraction leaves it ("(2)encourages …", "(ii)ask …")."""
ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# The leading character set comes first (lookbehinds pick the branch) so re can
# skip to candidates; same matches as "(?:(?<![\d\s])[;:,.]\d{1,2}(?!\d)|[;:,.—–]|\s-)…".
CONNECTOR = re.compile(
    r"[;:,.\u2014\u2013\s](?:(?<=[;:,.])(?<![\d\s].)[0-9]{1,2}(?![0-9])|(?<=[;:,.\u2014\u2013])|(?<=\s)-)"
    r"[\"”’')\]¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*\s*(?i:(?:and|or)\b,?\s*)?"
    r"(?i:(?:now,?\s*)?(?:therefore,?\s*)?(?:(?:further|finally|also)\b,?\s*)?"
    r"(?:be\s+it\b\s*(?:(?:further|finally|also|therefore)\b\s*)?)?)?"
    r"[,:]?\s*$"
)
_SUPPRESS_CODES = re.compile(r"[A-Z]{1,3}\d{3}")
_TRAILER_KINDS: tuple[tuple[re.Pattern[str], TrailerKind], ...] = (
    (
        re.compile(
            r"(?i)(?:passed|adopted|approved|carried|defeated|enacted|referred|tabled|unanimously)\b"
        ),
        TrailerKind.ADOPTION,
    ),
    (
        re.compile(
            r"(?i)(?:ayes|noes|nays|yeas|abstain|abstentions|absent|recused|excused|vote|votes|roll\s+call|recorded\s+vote|in\s+favou?r|against|motion|result)\b"
        ),
        TrailerKind.VOTE,
    ),
    (
        re.compile(
            r"(?i)(?:attest|certification|certificate|i\s+hereby\s+certify|in\s+witness\s+whereof)\b"
        ),
        TrailerKind.ATTEST,
    ),
    (re.compile(r"(?i)(?:_{3}|/s/|signed|signature)"), TrailerKind.SIGNATURE),
    (
        re.compile(
            r"(?i)(?:rationale|report|background|explanation|fiscal|financial|budget|supporting|attachments?|notes?|sources?|references)\b"
        ),
        TrailerKind.RATIONALE,
    ),
    (re.compile(r"(?i)(?:footnotes?\b|\[\d|\d{1,3}\s)"), TrailerKind.FOOTNOTE),
    (re.compile(r"(?i)\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting"), TrailerKind.MEETING),
)


def connector_start(text: str) -> int:
    """Index in ``text`` where its trailing connector (``; and``, ``.``) starts."""
    tail_from = max(0, len(text) - 80)
    m = CONNECTOR.search(text, tail_from)
    if m is None:
        return len(text.rstrip())
    start = m.start()
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def marker_end(text: str, start: int, end: int) -> int:
    """Offset after a list marker and the blanks that follow it."""
    m = MARKER.match(text, start, end)
    if m is None:
        return start
    pos = m.end()
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos


def first_item(text: str, start: int, end: int) -> bool:
    """Does a numbered or lettered list start at ``start`` ("1. That …", "(a) That …")?"""
    m = MARKER.match(text, start, end)
    if m is None or m.group("bullet") or m.group("sec") or m.group("ord") or m.group("dec"):
        return False
    number = m.group("pn") or m.group("on") or ""
    return number in ("1", "a", "A", "i", "I")


def is_section(text: str, start: int, end: int) -> bool:
    """Is the marker at ``start`` a section marker (``Section 2.``, ``SEC. 3.``)?"""
    m = MARKER.match(text, start, end)
    return m is not None and m.group("sec") is not None


def marker_style(m: re.Match[str], prev_alpha: dict[str, str]) -> tuple[str, str | None]:
    """(style, number) of a marker match; ``prev_alpha`` maps alpha styles to their last letter."""
    if m.group("bullet"):
        return "bullet", None
    if m.group("sec"):
        return "section", m.group("secn")
    if m.group("ord"):
        return "ordinal", m.group("ordw").lower()
    if m.group("dec"):
        return "decimal", m.group("decn")
    if m.group("paren"):
        num, shape = m.group("pn"), "({})"
    else:
        num = m.group("on")
        shape = ("(" if m.group("ob") else "") + "{}" + m.group("close")[-1]
    if num.isdigit():
        return "arabic:" + shape, num
    upper = num.isupper()
    alpha_style = ("ALPHA:" if upper else "alpha:") + shape
    if ROMAN.fullmatch(num):
        prev = prev_alpha.get(alpha_style)
        if len(num) == 1 and prev is not None and ord(num) == ord(prev) + 1:
            return alpha_style, num
        if len(num) > 1 or num.lower() in ("i", "v", "x"):
            return ("ROMAN:" if upper else "roman:") + shape, num
    return alpha_style, num


BODY_VERB_TAIL = re.compile(
    r"(?i)\s++(?:does\s++|do\s++)?(?:hereby(?:\s++(?:will|shall|resolves?|agrees?))?|will|shall|resolves?|agrees?)"
    r"(?:\s++as\s++follows)?\s*+(?=[:\u2014\u2013-]\s*+$)"
)


def trailer_kind(text: str) -> TrailerKind:
    for pattern, kind in _TRAILER_KINDS:
        if pattern.match(text):
            return kind
    return TrailerKind.OTHER


def suppression_codes(text: str) -> tuple[str, ...]:
    after = re.split(r"(?i)ignore|noqa", text, maxsplit=1)
    return tuple(_SUPPRESS_CODES.findall(after[1])) if len(after) > 1 else ()


# -- layout cues --------------------------------------------------------------------

WORD = re.compile(r"\w")
SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
)
ITEM_CAPTION = re.compile(r"\d{1,3}(?:\.\d{1,2})?[ \t]++[A-Z][^\n]{0,100}+(?<![.;,:])$")
"""A numbered agenda-item caption of a minutes book: "6<TAB>Options Report"."""


CAPTION_NUMBER = re.compile(r"[ \t]*+\(?(\d{1,3})([.)])[ \t]")
"""The number of a numbered caption and its closing mark: "2) Stop …" -> 2, ")"."""


def ends_mid_sentence(text: str) -> bool:
    """Does ``text`` stop inside a sentence: on a word, with no closing
    punctuation and no connector ("; and", ",") after it?"""
    stripped = text.rstrip()
    if not stripped or not stripped[-1].isalnum():
        return False
    return CONNECTOR.search(stripped, max(0, len(stripped) - 80)) is None


def quote_closes(before: str, text: str) -> bool:
    """Does ``text`` close the quotation that ``before`` opened ("“That, the
    approval … dated 28" / blank / "March, 2014."")? Then it is the same part."""
    return before.count("“") > before.count("”") and text.rstrip()[-3:].strip(".;,").endswith(
        ("”", '"')
    )


def ends_with(text: str, chars: str) -> bool:
    stripped = text.rstrip().rstrip("\"”’')]")
    return bool(stripped) and stripped[-1] in chars


SESSION = re.compile(
    r"(?i)^(?:\d+(?:st|nd|rd|th)\s+congress|[\w-]+\s+session|\d+(?:st|nd|rd|th)\s+session"
    r"|in\s+the\s+(?:house|senate)\b|united\s+nations\b|agenda\s+item|distr\.|general\s+assembly\b"
    r"|security\s+council\b|(?:concurrent|joint|simple)?\s*resolution$|original:|item\s+\d"
    r"|resolution\s+adopted\s+by\b|\[.*\]$|\d+/\d+\.\s)"
)
SPONSOR = re.compile(
    r"\b(?:submitted|introduced|offered)\s+the\s+following\b|\breferred\s+to\s+the\b"
    r"|^(?:Mr|Ms|Mrs|Dr)\.\s+[A-Z][^.;]{0,80}?(?:\(|,\s+seconded\b|\bmoved\b|\bsubmitted\b|\bintroduced\b)|^(?i:submitted|sponsored|introduced|presented)\s+by\b"
    r"|^(?i:read\s+(?:the\s+)?first\s+time)\b|\b(?i:referred\s+to\s+(?:the\s+)?committee)\b"
    r"|^(?i:proposed|seconded|moved)\s+by\s+[A-Z][^\n]{0,80}[;.]?$"
    r"|^(?i:to\s+move\s+on\s+behalf\s+of)\s"
    r"|^[A-Z][^,;.\n]{1,80}\s(?:moved|proposed),\s+[A-Z][^,;.\n]{1,80}\sseconded[,:]?\s*$"
)
"""A line of sponsors or movers: "… submitted the following", "Moved by …", and a
synod's "Archbishop A moved, Bishop B seconded," over the motion."""
FOOTNOTE = re.compile(r"^(?:\d{1,3}\s+\S|\*{1,3}\s*\S|\[\d{1,3}\]|[†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S)")
FOOTNOTE_MARK = re.compile(r"[ \t]*+(\d{1,3}|\*{1,3}|[†‡]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})[ \t]++(?=\S)")
"""The mark that opens a footnote: "1 Official Records …", "* WPR/RC31/16", "² Ibid."."""
GLUED_MARK = re.compile(
    r"(?<=[^\W\d_]|[,.;:)\]”’\"'])(\d{1,3}|\*{1,3}|[†‡]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?![\d*¹²³⁴⁵⁶⁷⁸⁹⁰])"
)
"""A footnote mark glued to a word or its punctuation, as a PDF extract leaves a
superscript ("…held in 1979,1", "…the Child4 and", "…Programme of Work;*"), or
as a web page prints it ("…Development,¹")."""


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE = re.compile(
    r"(?i)^(?:dated?:?\s*|(?:done|signed|given)\s+at\s+[^\d,\n]{2,40}?,?\s+(?:on\s+)?)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?"
    rf"(?:{_MONTHS})\b"
    r"[\s\d,]{0,12}\d{4}\.?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$"
    r"|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$"
)
TITLE_MAX = 400
RULE_LINE = re.compile(r"_{5,}[ \t]*(?:\r?\n|$)")
RULE_GAP = re.compile(r"^[ \t]*+(?:_{5,}|-{3,})[ \t]*+$", re.MULTILINE)
"""A footnote rule on its own line between two paragraphs ("_____", a Markdown "---")."""
_CITATION = r"(?:Vol\.[ \t]*+\d{1,4}|Ante|Post),[ \t]*+pp?\.[ \t]*+\d{1,4}(?:-\d{1,4})?\.?"
CITATION_NOTE = re.compile(_CITATION + r"[ \t]*+")
"""A margin note of a statute book citing where an act is printed: "Vol. 28, p. 617.", "Ante, p. 3."."""
FURNITURE = re.compile(
    r"(?:\d{2}-\d{4,6}\s*\(E\).*|\*\d{5,}\*.*|(?i:please\s+recycle)|(?i:page)\s+\d+(?:\s+of\s+\d+)?"
    r"|\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|\d{1,3}|•\s*[A-Z][A-Z. ]{0,12}\d{1,5}\s+[A-Z]{2,4}"
    r"|(?=[^a-z]*\d)[A-Z0-9][A-Z0-9 ./()-]{2,38}"
    r"|(?:p\.|pg\.|(?i:page))\s*+\d{1,4}(?:\s++of\s++\d{1,4})?(?:\s++[^a-z\n]{1,40})?"
    rf"|{_CITATION})\s*$"
)
SYMBOL = re.compile(r"[A-Z]{1,6}(?:/[A-Z0-9.()-]+){2,}")
CERTIFY = re.compile(
    r"(?i)\bhereby\s+certify\b|\bcertify\s+that\b|\bin\s+witness\s+whereof\b|\bsubscribed\s+and\s+sworn\b"
    r"|\bwitness\s+my\s+hand\b|^(?:state|county|city|commonwealth)\s+of\s+[^\n)]{1,60}\)|\)\s*ss\.?\s*$|^extract(?:ed)?\s+from\s+the\s+minutes\b|^by\s+order\s+of\s+the\b"
)
CARRIED = re.compile(
    r"\b(?:CARRIED|Carried|LOST|Lost|ADOPTED|DEFEATED)\.?\s*$|^(?i:moved|proposed)\b.{0,200}\b(?i:seconded)\b"
    r"|(?i:\bmotion\s+was\s+(?:agreed|carried|adopted|passed|lost|defeated)\b)"
)
THAT_MOTION = re.compile(
    r"[“\"‘']?(?:That|THAT)(?:\s+(?:(?:the|this|THE|THIS)\s+)?[A-Z]"
    r"|,\s+(?:(?i:in\s+the\s+opinion\s+of)\b|(?:the|this)\s+\w)"
    r"|\s+this\s+(?:meeting|conference|congress|house|assembly|convention)\b"
    r"|\s+an?\s+(?:committee|sum|copy|joint|select|special|humble)\b)"
    r"|I\s+(?:hereby\s+)?move\s+that\s+\S|THAT\s+(?:the|this)\s+[a-z]"
)
"""A motion that is its own single clause: "That the Council …", the
Westminster "That, in the opinion of the House, …", the UK "That this
meeting of … Congress calls on …", and the Irish minutes' "“That, the
approval of the Council be …", a delegate's motion in the first person,
"I move that NEA encourage …", and minutes' "THAT the minutes … be adopted."."""
PRAY = re.compile(
    r"(?i:now,?\s++therefore,?\s++)[^,;:.\n]{1,60}?\b(?i:respectfully\s++)?(?i:pray|prays|memorializes?|petitions?)\b"
)
"""A memorial's prayer ("NOW, THEREFORE, Your Memorialists respectfully pray that …")."""
PREAMBULAR_END = re.compile(r"[,;]\s*(?:and|or|\.\.\.|…)?\s*$")
CONNECTOR_UNIT = re.compile(
    r"(?:(?i:now,?\s++)?(?i:therefore)|(?i:now,?\s++then)),?\s++(?:[^;:]{0,200}?,?\s*+(?i:be\s++it)|(?i:it\s++is))[,:]?\s*+$"
    r"|(?i:now,?\s++)?(?i:therefore),?\s++(?i:(?:up)?on\s++(?:the\s++)?motion\s++(?:of|by))\b"
    r"[^;:]{0,200}?\b(?i:seconded)\b[^;:]{0,120}?[;,]?\s*+$"
)
"""A connector paragraph with words inside: "NOW, THEREFORE, on motion of Hon. X,
duly seconded by Hon. Y, be it" (or its "be it" left out), "Now, therefore, it is:"."""
NUMBER_LINE = re.compile(
    r"[A-Z][A-Z ]{0,40}?\b(?:RESOLUTION|MOTION)[ \t]++(?:NO\.?[ \t]*+)?[A-Z]{0,4}[-/]?\d[\w./-]{0,20}[ \t]*+$"
)
"""An all-capitals label with a number: "COUNCIL RESOLUTION   CO25/071"."""
ENDS_CONNECTOR = re.compile(r"[;,][ \t]*+(?:and|or)[ \t]*+$")
"""A paragraph ending on a connector ("…; and"): the part of a list of recitals."""
NUMBER_ONLY = re.compile(r"(?:No|NO|Number|NUMBER)\.?[ \t]*+\d{1,3}[.:]?[ \t]*+")
"""A bare number label split off a formula: "No 1." of "No 1. BE IT RESOLVED: That …"."""
VOTE_TABLE = re.compile(r"(?i)\b(?:yes|aye|yea)s?\s+(?:no|nay)s?\b")
_FOREGOING = r"the\s+(?:foregoing|above)\s+resolution\s+(?:is|was|has\s+been)\s+(?:\w+\s+){0,2}?(?:approved|adopted|passed)\b"
FOREGOING_ADOPTED = re.compile(r"(?i)" + _FOREGOING)
"""A resolution's adoption told of it: "THE FOREGOING RESOLUTION is approved and adopted …"."""
ADOPTED = re.compile(
    r"(?i)\b(?:was|were|been|duly)\s+(?:approved|adopted|passed|carried)\b|\bunanimous(?:ly)?\b|\bvote\s+of\b"
    # Parliamentary proceedings: "Debate arose thereon.", "The question was put on
    # the motion and it was agreed to on the following division:".
    r"|^debate\s+arose\b|\bquestion\s+(?:was\s+)?put\b|\b(?:was\s+)?(?:agreed\s+to|negatived)\b"
    r"|\badopted\s+the\s+(?:foregoing|above)\s+(?:resolutions?|motions?|decisions?)\b"
    r"|^" + _FOREGOING
)
CONTINUED = frozenset(
    {TrailerKind.SIGNATURE, TrailerKind.ATTEST, TrailerKind.RATIONALE, TrailerKind.FOOTNOTE}
)
_BODY_NAME = (
    r"(?:(?:This|The|THIS|THE)\s+)?[A-Z][\w&'’.-]*+"
    r"(?:\s+(?:of\s+|the\s+)?(?:[A-Z0-9][\w&'’.-]*+|\([A-Z][\w&.-]*+\))){0,6}\s+"
)
"""A body's name before its verb: "The CLC", "THE CANADIAN LABOUR CONGRESS (CLC)"."""
BODY_WILL = re.compile(
    _BODY_NAME + r"(?:(?i:therefore|further|also|hereby)\s+)?"
    r"(?i:will|shall|resolves|instructs|agrees|decides|directs|overtures|requests|calls\s+(?:on|upon))\b[^:\n]{0,200}:\s*$"
)
WILL_COLON = re.compile(_BODY_NAME + r"(?i:will|shall):[ \t]++(?=\S)")
"""A clear-language formula with its clause on the same line: "The CLC will: co-ordinate …"."""
TITLE_START = re.compile(
    r"Relative\s+to\s|On\s+[A-Z][a-z]+ing\s"
    r"|(?:Assembly|Senate|House)\s+(?:Joint\s+|Concurrent\s+)?Resolution"
    r"(?:[ \t]++No\.?[ \t]*+\d{1,4})?,?\s+relative\s+to\s"
    r"|(?:A|AN|An)\s+(?:[A-Z]+\s+){0,3}RESOLUTION\b"
    r"|(?:A|An)\s+(?:[A-Z][a-z]+\s+){0,2}Resolution\s+(?:(?i:to|of|for|on|in)|[a-z]{2,20}ing)\b"
)
ORGAN_UNIT = re.compile(
    r"(?:The|THE)\s++[^;.\n]{0,80}?\b(?i:Assembly|Council|Conference|Commission|Committee|Board|Senate"
    r"|Convention|Congress|Parliament|Parties|Representatives|Organization|Organisation)\b"
    r"(?:[ \t]++of[ \t]++the[ \t]++[^,;.:\n]{0,60}?)?"
    r"(?:[^;.]{0,200},|,(?![^;.:]*\b(?:is|are|was|were|has|have|had|will|shall|to|that|which)\b)[^;.:]{0,200}:)\s*$"
)
"""A UN-style organ line: "The General Assembly," or, before its operative
paragraphs, "The IUCN World Conservation Congress, at its session in Abu Dhabi:",
"The General Council of the Alliance, meeting in Springfield, July 2013:"."""
MEMORIAL_ADDRESS = re.compile(r"[ \t]*+TO[ \t]++THE[ \t]++[A-Z]")
"""A memorial's address in capitals: "TO THE HONORABLE …, PRESIDENT OF THE UNITED STATES, …:"."""
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
"""Superscript digits: a footnote mark glued to the end of a paragraph."""
REPORTED_ADOPTION = re.compile(
    r"\b(?:were|was)[ \t]++(?:[a-z]++[ \t]++){0,2}?(?:adopted|passed|approved)[ \t]*+:[\u2014\u2013-]?[ \t]*+$"
)
"""A reporting lead-in: "… the resolutions reprinted below were unanimously adopted:"."""
RESOLVES_THAT = re.compile(r"['‘\"“]?(?:Resolves|RESOLVES)[ \t]++(?:that|THAT)\b")
"""A UN operative part quoted without its organ line: "'Resolves that the Commission shall …"."""
OCR_ONE = re.compile(r"[ \t]*+[LlI|][.,]?[ \t]++(?=[A-Z]{3,}\b)")
"""The number "1." read by OCR as a letter before an operative verb in capitals:
"L NOTES that …" (then "2. DECIDES …")."""
GERUND = re.compile(r"[A-Z][a-z]+ing\b")
RESOLVES_UNIT = re.compile(
    r"(?is)['‘\"“]?(?:now,?\s+)?(?:therefore,?\s+)?(?:the|be\s+it)\b[^;]{0,300}?\b(?:hereby\s+)?"
    r"resolves?\b(?!\s+that\s+\S)[^;.:\n]{0,60}?(?:\s*as\s+follows)?\s*[:.,\u2014-]?\s*$"
)
INTRO = re.compile(
    r"(?i:\b(?:read|offered|presented|introduced|submitted|moved|proposed|passed|recommended"
    r"|adopted|endorsed|approved|ratified|agreed\s++to)\s++(?:(?:adoption|approval)\s++of\s++)?the\s++following"
    r"(?:\s++(?:resolutions?|motions?)(?:\s++for\s++[^:\n]{1,40})?(?:,[ \t]++which[^:\n]{1,60})?)?"
    r"\s*+[:\u2013\u2014]"
    r"|\b(?:text|wording)\s++of\s++(?:the\s++|this\s++)?(?:resolution|motion)\b[^:\n]{0,60}:"
    r"|\brecommends?\s++(?:concurrence|adoption|approval)\s++(?:in|of)\s++the\s++following\b[^:\n]{0,40}:"
    r"|(?:[,.]\s++|[—–]\s*+|\band\s++)it\s++(?:was|is)(?:\s++(?:unanimously|duly|hereby|then))?"
    r"(?:\s++(?:agreed|resolved|decided)\s*+:)?(?:[ \t]*+[—–])?"
    r"|\bagus\s++an\s++cinneadh\s*+:|\bI\s++(?:hereby\s++)?move(?:\s++without\s++notice)?\s*+:"
    r"|\b(?:it|which|resolution|motion|text)\s++reads(?:\s++in\s++full)?(?:\s++as\s++follows)?\s*+:"
    r"|\bmoved\s++that\s++it\s++(?:was|is)|\b(?:on|upon)\s++motion(?:\s++of\s++[^,:\n]{1,60})?,)\s*+$"
)
"""The sentence of minutes or a web page that introduces a resolution: "Dr. B
read the following:", "After a motion and second, it was", "… seconded the
motion, and it was unanimously", "It was then", "…, seconded by Cllr. Y, it was
unanimously agreed :", the Irish minutes' "Agus an Cinneadh:" ("and the
decision:") after "Molta ag …; Cuidithe ón …;", "The 104th Annual Meeting passed
(endorsed, approved) the following resolution:", "The resolution passed
unanimously. It reads:", "Mr. A moved adoption of the following
resolution, which was seconded by Mr. B:", a committee's "… and recommended the
following resolutions for delegate approval:", "here is the text of resolution
B12, which we adopted:", a committee report's "The Committee recommends
concurrence in the following composite resolution:", a member's "I move without
notice:" in Hansard, a chamber's message "The Assembly has agreed to the following
resolution –", a journal's "On motion," over each resolution. (A sentence that adopts the
resolutions itself, "the undersigned hereby adopt the following resolutions:",
is counted as a prose recital; one that records a meeting's adoption, "the
following resolutions were duly adopted:", is minutes prose, counted in no
field: tests/corpus/README.md, "Minutes prose is not a preamble".)"""
FIELD_LABEL = re.compile(
    r"(?:(?:Resolution\s++)?Number|Description|Summary|Authored\s++by|Authors?|Sponsored\s++by"
    r"|Sponsors?|Co-?sponsors?|Submitted\s++by|Introduced\s++by|Assigned\s++to|Date(?:\s++[A-Z]\w*+)?"
    r"|Committee|(?:Final\s++)?(?:Result|Status|Disposition)|(?:[A-Z]\w*+\s++){0,2}Vote|Title|Category)"
    r"(?:\s|$)"
)
"""The label of a field line in a database export's record, written without a
colon: "Authored by Jo Doe", "Date Submitted Tuesday, …", "Result n/a"."""
EMPTY_FIELD = re.compile(r"[A-Z][a-z]++(?:[ \t]++[A-Z][a-z]++){0,2}[ \t]*+:[ \t]*+$")
"""A record's field label with its value below it or left empty, alone on its
line under other field lines: "Final Text:", "Source File:"."""
TEASER_END = re.compile(
    r"(?:\.{2,}+|…)[ \t]*+(?i:read|see|show|view)[ \t]++(?i:more|full)\b[ \t.»>\]]*+\r?\n?"
)
"""The end of a web page's truncated preview of the text printed in full below
it: "… interests of farmers and pu... Read More", "…the Board… read more »"."""
HTML_TAG_LINE = re.compile(
    r"[ \t]*+(?:(?:</?(?:details|summary|div|section|article|aside|center|p|br|hr|span)\b[^<>\n]{0,200}>"
    r"|<summary\b[^<>\n]{0,200}>[^<>\n]{0,80}</summary>)[ \t]*+)+\r?\n?",
    re.IGNORECASE,
)
"""A line of HTML block tags alone ("<details>", "</div>", or a disclosure's
label "<summary>Action</summary>"): a web page's markup around the text, typed
as a separator. Text between other tags ("<p>WHEREAS, …</p>") is text."""
MD_HEADING = re.compile(r"[ \t]*+#{1,6}[ \t]++(?=\S)")
"""A Markdown ATX heading line ("#### Approval of Minutes"): in minutes, an agenda item."""


QUOTES = re.compile(r":[ \t]*\r?\n\s*\S")
"""A recital that introduced a quotation on the lines below it ("… specifically reads:")."""
NARRATES = re.compile(r"(?i)\b(?:resolutions?|click\s++here)\b")
"""A paragraph that speaks of the resolution from outside ("The following resolution,
presented by …, was passed …", "To see the resolution …, click here."): with no
"hereby" and before the first WHEREAS, a web page's or newsletter's introduction."""
HEREBY = re.compile(r"(?i)\bhereby\b")
DATE_IN_TEXT = re.compile(
    rf"\b(?:{_MONTHS})[ \t]++\d{{1,2}},?[ \t]++\d{{4}}\b|\b\d{{1,2}}[ \t]++(?:{_MONTHS})[ \t]++\d{{4}}\b"
)
"""A written date inside a sentence: "March 30, 2012", "5 March 2015"."""
ENACTING_WORDS = re.compile(
    r"(?i)\bbe\s++it\s++(?:further\s++)?resolve|\bhereby\s++resolves?\s++as\s++follows"
    r"|\btherefore,?\s++be\s++it\b"
)
"""Words that enact, anywhere in a paragraph ("… understanding, NOW, THEREFORE, BE
IT RESOLVEV BY …", "… DOES HEREBY RESOLVE AS FOLLOWS: SECTION 1."): in a recital,
with text after them, the formula and clauses were read as preamble (doubts)."""

RESOLVING_WORD = re.compile(r"(?i)\bresolve[dsv]?\b|\btherefore\b")
"""A resolving word anywhere in a recital, OCR slips included ("RESOLVEV")."""

# -- minutes, bills, appendices, web notes ---------------------------------------------

LONG_TITLE = re.compile(
    r"To\s+(?:provide|repeal|amend|establish|authorize|authorise|designate|direct|require"
    r"|recognize|recognise|express|declare|approve|create|extend|make|grant|prohibit"
    r"|urge|request|commend|memorialize|encourage)\b"
)
"""A bill's or joint resolution's long title: "To provide for …", "To repeal …"."""
BARE_FORM_LABEL = re.compile(
    r"(?:AN?[ \t]++)?(?:(?:JOINT|CONCURRENT|SIMPLE)[ \t]++)?RESOLUTION[ \t]*+"
)
"""A form label alone on its line ("A CONCURRENT RESOLUTION"): a long title follows it."""
THEREFORE = re.compile(r"(?i)\b(?:therefore|now|whereupon|accordingly)\b")
"""A formula that leads on from what is above it: "NOW, THEREFORE, BE IT RESOLVED"."""
NOTE_ITEM = re.compile(
    r"[ \t]*[-*+•][ \t]+(?:(?:\([^()\n]{1,20}\)[ \t]*)?\[[^\]\n]+\]\([^)\n]*\)[ \t]*$|[^\n]*:[ \t]*$)"
)
"""A bulleted Markdown link (after a short "(2018)" note) or a bulleted line ending with a colon."""
APPENDIX = re.compile(
    r"(?<![ \t])[ \t]*+(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?i:exhibit|appendix|annex|attachment|schedule)"
    r"[ \t]+[A-Z0-9]{1,3}(?:\*\*|__)?[ \t]*[.:]?[ \t]*"
)
"""The heading of a document attached after the resolution: "# **Exhibit A**"."""
FURTHER = re.compile(r"(?i)\b(?:further|also|likewise|additionally|finally)\b")
"""A word that makes a resolving lead continue the clauses before it ("BE IT FURTHER RESOLVED")."""
_REPORT_RECOMMENDS = r"\bwe\b[^.;:\n]{0,160}?\brecommend\s++as\s++follows"
REPORT_RECOMMENDS = re.compile(r"(?i)" + _REPORT_RECOMMENDS + r"\s*+:\s*+$")
"""A committee's report in the first person over its numbered recommendations: "We,
your Committee …, beg leave to recommend as follows:". The minute and the address
above it ("… reported as follows:", "To the House of Delegates …:") head it."""
ENACTING_COLON = re.compile(
    r"(?i)(?:\b(?:vot(?:ed|es?)|agree[sd]?|decide[sd]?)(?:\s++[\w-]++){0,3}?\s++to"
    r"|\b(?:takes?|took|adopts?|approves?)\s++the\s++following\s++(?:actions?|resolutions?|measures?)\b"
    r"[^.;:\n]{0,100}?|" + _REPORT_RECOMMENDS + r")\s*+:\s*+$"
)
"""Prose enacting the list below it: "… takes the following actions …:", "… voted by email to:",
a committee's report in the first person, "We, your Committee …, beg leave to recommend as
follows:" (not "the Committee reported as follows:", which narrates)."""
LINK_ITEM = re.compile(r"[ \t]*[-*+•][ \t]+\[[^\]\n]+\]\([^)\n]*\)[ \t]*")
"""A bulleted Markdown link and nothing else."""

# -- words -------------------------------------------------------------------------

WORDY = re.compile(r"[^\W\d_]{3}")
"""Three letters in a row: a line with a word in it."""
