"""Textual cues the assembler reads: header lines, titles, trailers, page furniture.

Regular expressions only, kept apart from the state machine in
:mod:`resolve.assemble`. Each is linear (see tests/test_regex_safety.py).
"""

from __future__ import annotations

import re

from resolve.model import TrailerKind

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
)
FOOTNOTE = re.compile(r"^(?:\d{1,3}\s+\S|\*{1,3}\s*\S|\[\d{1,3}\]|[†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S)")
DATE = re.compile(
    r"(?i)^(?:dated?:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"[\s\d,]{0,12}\d{4}\.?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$"
    r"|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$"
)
TITLE_MAX = 400
RULE_LINE = re.compile(r"_{5,}[ \t]*(?:\r?\n|$)")
FURNITURE = re.compile(
    r"(?:\d{2}-\d{4,6}\s*\(E\).*|\*\d{5,}\*.*|(?i:please\s+recycle)|(?i:page)\s+\d+(?:\s+of\s+\d+)?"
    r"|\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|\d{1,3}|•\s*[A-Z][A-Z. ]{0,12}\d{1,5}\s+[A-Z]{2,4}"
    r"|(?=[^a-z]*\d)[A-Z0-9][A-Z0-9 ./()-]{2,38}"
    r"|(?:p\.|pg\.|(?i:page))\s*+\d{1,4}(?:\s++of\s++\d{1,4})?(?:\s++[^a-z\n]{1,40})?)\s*$"
)
SYMBOL = re.compile(r"[A-Z]{1,6}(?:/[A-Z0-9.()-]+){2,}")
CERTIFY = re.compile(
    r"(?i)\bhereby\s+certify\b|\bcertify\s+that\b|\bin\s+witness\s+whereof\b|\bsubscribed\s+and\s+sworn\b"
    r"|\bwitness\s+my\s+hand\b|^(?:state|county|city|commonwealth)\s+of\s+[^\n)]{1,60}\)|\)\s*ss\.?\s*$"
)
CARRIED = re.compile(
    r"\b(?:CARRIED|Carried|LOST|Lost|ADOPTED|DEFEATED)\.?\s*$|^(?i:moved|proposed)\b.{0,200}\b(?i:seconded)\b"
    r"|(?i:\bmotion\s+was\s+(?:agreed|carried|adopted|passed|lost|defeated)\b)"
)
THAT_MOTION = re.compile(
    r"[“\"]?(?:That|THAT)(?:\s+(?:(?:the|this|THE|THIS)\s+)?[A-Z]|,\s+(?i:in\s+the\s+opinion\s+of)\b)"
)
"""A motion that is its own single clause: "That the Council …", and the
Westminster "That, in the opinion of the House, …"."""
PRAY = re.compile(
    r"(?i:now,?\s++therefore,?\s++)[^,;:.\n]{1,60}?\b(?i:respectfully\s++)?(?i:pray|prays|memorializes?|petitions?)\b"
)
"""A memorial's prayer ("NOW, THEREFORE, Your Memorialists respectfully pray that …")."""
PREAMBULAR_END = re.compile(r"[,;]\s*(?:and|or)?\s*$")
CONNECTOR_UNIT = re.compile(
    r"(?i:now,?\s++)?(?i:therefore),?\s++[^;:]{0,200}?,?\s*+(?i:be\s++it)[,:]?\s*+$"
)
"""A connector paragraph with words inside: "NOW, THEREFORE, on motion of Hon. X,
duly seconded by Hon. Y, be it"."""
NUMBER_LINE = re.compile(
    r"[A-Z][A-Z ]{0,40}?\b(?:RESOLUTION|MOTION)[ \t]++(?:NO\.?[ \t]*+)?[A-Z]{0,4}[-/]?\d[\w./-]{0,20}[ \t]*+$"
)
"""An all-capitals label with a number: "COUNCIL RESOLUTION   CO25/071"."""
VOTE_TABLE = re.compile(r"(?i)\b(?:yes|aye|yea)s?\s+(?:no|nay)s?\b")
ADOPTED = re.compile(
    r"(?i)\b(?:was|were|been|duly)\s+(?:approved|adopted|passed|carried)\b|\bunanimous(?:ly)?\b|\bvote\s+of\b"
    # Parliamentary proceedings: "Debate arose thereon.", "The question was put on
    # the motion and it was agreed to on the following division:".
    r"|^debate\s+arose\b|\bquestion\s+(?:was\s+)?put\b|\b(?:was\s+)?(?:agreed\s+to|negatived)\b"
)
CONTINUED = frozenset(
    {TrailerKind.SIGNATURE, TrailerKind.ATTEST, TrailerKind.RATIONALE, TrailerKind.FOOTNOTE}
)
BODY_WILL = re.compile(
    r"(?:(?:This|The|THIS|THE)\s+)?[A-Z][\w&'’.-]*+(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w&'’.-]*+){0,6}\s+"
    r"(?:(?i:therefore|further|also|hereby)\s+)?"
    r"(?i:will|shall|resolves|instructs|agrees|decides|directs|overtures|requests|calls\s+(?:on|upon))\b[^:\n]{0,200}:\s*$"
)
TITLE_START = re.compile(
    r"Relative\s+to\s|(?:A|AN|An)\s+(?:[A-Z]+\s+){0,3}RESOLUTION\b"
    r"|(?:A|An)\s+(?:[A-Z][a-z]+\s+){0,2}Resolution\s+(?i:to|of|for|on|in|urging|supporting|recognizing|honoring|opposing|calling|requesting|authorizing|approving|establishing|adopting|expressing|commending|designating)\b"
)
ORGAN_UNIT = re.compile(
    r"(?:The|THE)\s++[^;.\n]{0,80}?\b(?i:Assembly|Council|Conference|Commission|Committee|Board|Senate"
    r"|Convention|Congress|Parliament|Parties|Organization|Organisation)\b"
    r"(?:[^;.]{0,200},|,(?![^;.:]*\b(?:is|are|was|were|has|have|had|will|shall|to|that|which)\b)[^;.:]{0,200}:)\s*$"
)
"""A UN-style organ line: "The General Assembly," or, before its operative
paragraphs, "The IUCN World Conservation Congress, at its session in Abu Dhabi:"."""
GERUND = re.compile(r"[A-Z][a-z]+ing\b")
RESOLVES_UNIT = re.compile(
    r"(?is)(?:now,?\s+)?(?:therefore,?\s+)?(?:the|be\s+it)\b[^;]{0,300}?\b(?:hereby\s+)?"
    r"resolves?\b[^;.:\n]{0,60}?(?:\s*as\s+follows)?\s*[:.,\u2014-]?\s*$"
)
