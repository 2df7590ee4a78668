"""One paragraph is one unit, split only where the body opens a new act.

A resolving paragraph may hold several sentences. The later ones continue its
clause (a proviso, a condition, an explanation: "Should a vacancy arise, the
chair fills it.") unless a sentence opens a new act of the resolving body: the
body named again as the subject of a new main verb, or the body as a pronoun.

    RESOLVED, That the Guild adopts the plan. The Guild further asks the
    mayor to fund it.                                   (two clauses)

    RESOLVED, That the Guild adopts the plan. We will send it to the
    mayor.                                              (two clauses)

    RESOLVED, That the Guild adopts the plan. The plan takes effect at
    once.                                               (one clause)

The body is the subject of the paragraph's first sentence after its lead
("RESOLVED, That"), when that subject acts (a verb, not "shall be" or "is"):
a later sentence acts anew when its subject is that name or its tail ("the
Guild of Weavers" … "the Guild"), or "We", or "It" with a verb of its own
("It requests …", never "It is …"); the name or "we" may come after a phrase
set off by a comma ("In that spirit, the Guild asks …", "While debate is
welcome, we ask …").
"""

from __future__ import annotations

import re

from resolve.parsing.motion_cues import (
    ACTING_AND,
    ACTING_SENTENCE,
    NOTING_MOTION,
    OP_VERB,
    SENTENCE_BREAK,
)
from resolve.parsing.paragraphs import Unit, cut_unit
from resolve.parsing.patterns import match_lead
from resolve.parsing.sentences import (
    ACRONYM_WILL,
    BARE_RESOLVES,
    MOTION_CALLS,
    MOTION_CALLS_LATE,
    ORGAN_COLON,
)

_ADVERBS = (
    r"(?:(?:further|also|therefore|strongly|hereby|now|again|finally|accordingly),?[ \t\r\n]++)*+"
)
_NAME = r"(?:[Tt]he|[Tt]his|[Ii]ts)[ \t\r\n]++(?P<name>[\w&'’.-]++(?:[ \t\r\n]++[\w&'’.-]++){0,9}?)"
_VERB = r"(?!(?:of|the|a|an|and|or|for|in|on|at|to|by|with|from|that|who|which)\b)(?P<verb>[a-z]++)"
"""The verb after the subject: a word in lower case that no name goes on with."""
SUBJECT = re.compile(
    _NAME + r",?[ \t\r\n]++" + _ADVERBS + _VERB + r"\b(?:[ \t\r\n]++(?P<next>[a-z]++))?"
)
"""The subject of a resolving sentence and its verb: "the Guild of Weavers hereby
adopts", "the Guild will send" (the word after the verb tells "will be")."""
_CONNECTIVE = (
    r"(?:(?:Further|Furthermore|Also|Finally|Moreover|Additionally|In[ \t]++addition"
    r"|Therefore|Accordingly),?[ \t]++)?"
)
NEW_SENTENCE = re.compile(r"(?<=[a-z0-9)”\"’'][.!?])[\"”’')]*+[ \t\r\n]++(?=[A-Z])")
"""Where the next sentence of a paragraph begins."""
PRONOUN_ACT = re.compile(
    _CONNECTIVE + r"(?:We|It),?[ \t]++" + _ADVERBS + _VERB + r"\b(?:[ \t]++(?P<next>[a-z]++))?"
)
"""A sentence whose subject is the body as a pronoun: "We will send …", "It
therefore calls on …", "We, therefore, commend …" (the adverb set off by commas)."""
NAMED_ACT = re.compile(_CONNECTIVE + SUBJECT.pattern)
"""A sentence whose subject is named: "Further, the Guild asks …"."""
_PHRASE_BEFORE = r"[^.;:!?\n]{1,80}?,[ \t]++"
"""A phrase before the subject, set off by a comma: "With much regret, "."""
_LEAD_IN = r"(?:" + _PHRASE_BEFORE + r")?"
"""Such a phrase, if any: "With much regret, the Guild …"."""
FRONTED_WE = re.compile(
    r"(?=[A-Z])"
    + _PHRASE_BEFORE
    + r"we[ \t]++"
    + _ADVERBS
    + _VERB
    + r"\b(?:[ \t]++(?P<next>[a-z]++))?"
)
"""A sentence whose subject is the body as "we" after a phrase set before it
with a comma: "While debate is always welcome, we ask members …"."""
FRONTED_NAMED = re.compile(r"(?=[A-Z])" + _PHRASE_BEFORE + SUBJECT.pattern)
"""A sentence whose named subject comes after such a phrase: "In that spirit,
the Guild asks …"."""
PURPOSE = re.compile(r"(?:In[ \t\r\n]++order[ \t\r\n]++to|To)[ \t\r\n]++[a-z]")
"""A purpose phrase set before the subject, often with no comma: "To promote
this the Guild will …", "In order to reach them the Guild …"."""
_PURPOSE_SUBJECT = re.compile(r"[ \t\r\n,]++(?=[Tt]he[ \t\r\n]|we[ \t\r\n])")
"""Where the subject may begin after such a phrase: "the …" or "we"."""
WE_SUBJECT = re.compile(
    r"we[ \t\r\n]++" + _ADVERBS + _VERB + r"\b(?:[ \t\r\n]++(?P<next>[a-z]++))?"
)
"""The body as "we" and its verb, after a phrase before it."""
_BARE_NAME = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*+(?:[ \t\r\n]++(?:of[ \t\r\n]++)?[A-Z0-9][\w&'’.-]*+){0,6})"
    r",?[ \t\r\n]++" + _ADVERBS + _VERB + r"\b(?:[ \t\r\n]++(?P<next>[a-z]++))?"
)
"""A body named with no article as a sentence's subject, and its verb:
"Millbrook Cyclists regards …", "Congress urges …"."""
_ABBREVIATION = re.compile(r"(?<![\w'’])[A-Za-z]{1,3}\.\Z")
"""A word of three letters or fewer before the stop ("St.", "hon.", "Dr."): an
abbreviation inside a name, no end of a sentence before a bare name."""
_NOT_ACTS = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "would", "could",
        "may", "might", "can", "should", "must", "seems", "appears", "remains", "means",
        "follows", "includes", "contains", "goes", "comes", "takes", "becomes", "does",
    }
)  # fmt: skip
"""Verbs that state rather than act ("The plan is …", "It takes effect …")."""
_MODALS = frozenset({"will", "shall"})
_FEELINGS = frozenset({"are", "were", "feel", "feels", "hope", "trust", "know", "think"})


def _acts(verb: str, nxt: str | None) -> bool:
    """Does ``verb`` (and the word after it) make a new act: not a copula, not "will be"?"""
    if verb in _NOT_ACTS or verb in _FEELINGS:
        return False
    if verb in _MODALS:
        return nxt is not None and nxt not in ("be", "not", "have")
    return True


def _body(text: str, start: int, end: int) -> str | None:
    """The name of the body that acts in the paragraph's first sentence, after
    its lead, lower case ("guild of weavers"), or None."""
    lead = match_lead(text, start, end)
    at = lead.end() if lead is not None else start
    while at < end and text[at] in " \t\r\n,:":
        at += 1
    m = SUBJECT.match(text, at, min(end, at + 200)) or _BARE_NAME.match(
        text, at, min(end, at + 200)
    )
    if m is None or not _acts(m["verb"], m["next"]):
        return None
    return " ".join(m["name"].split()).lower()


def _after_purpose(text: str, at: int, end: int, body: str) -> bool:
    """Does the sentence at ``at`` open with a purpose phrase ("To hear them
    the Guild will …", "In order to meet it, we commit …") after which the body,
    named or as "we", is the subject of a new main verb?"""
    if PURPOSE.match(text, at, end) is None:
        return False
    stop = min(end, at + 120)
    for s in _PURPOSE_SUBJECT.finditer(text, at, stop):
        if any(c in ".;:!?\n" for c in text[at : s.start()]):
            return False
        m = WE_SUBJECT.match(text, s.end(), end)
        if m is None:
            m = SUBJECT.match(text, s.end(), min(end, s.end() + 200))
            if m is None or not _same_body(" ".join(m["name"].split()).lower(), body):
                continue
        if _acts(m["verb"], m["next"]):
            return True
    return False


def _same_body(name: str, body: str) -> bool:
    """Is ``name`` the body ``body``, its tail ("board of education" of
    "ashe county board of education") or its head ("faculty" of "faculty of
    the school")?"""
    return body == name or body.endswith(" " + name) or body.startswith(name + " of ")


def pronoun_acts(text: str, start: int, end: int) -> bool:
    """Does a sentence of ``text[start:end]`` open with the body as a pronoun
    acting ("We therefore establish …", "It will meet …")?"""
    for at in (start, *(s.end() for s in NEW_SENTENCE.finditer(text, start, end))):
        m = PRONOUN_ACT.match(text, at, end)
        if m is not None and _acts(m["verb"], m["next"]):
            return True
    return False


def act_starts(text: str, start: int, end: int) -> list[int]:
    """The offsets in the resolving paragraph ``start``-``end`` where a sentence
    opens a new act of its body."""
    body = _body(text, start, end)
    return [] if body is None else new_acts(text, start, end, body)


def new_acts(text: str, start: int, end: int, body: str) -> list[int]:
    """Where a sentence of ``text[start:end]`` opens a new act of ``body`` (lower
    case, "board of trustees"): the body named again (with or without its
    article: "The Guild asks …", "HVTA also asks …"), or its tail, or "We" or
    "It", as the subject of a new main verb."""
    cuts: list[int] = []
    for s in NEW_SENTENCE.finditer(text, start, end):
        at = s.end()
        m = PRONOUN_ACT.match(text, at, end) or FRONTED_WE.match(text, at, end)
        if (m is not None and _acts(m["verb"], m["next"])) or _after_purpose(text, at, end, body):
            cuts.append(at)
            continue
        m = NAMED_ACT.match(text, at, min(end, at + 200)) or FRONTED_NAMED.match(
            text, at, min(end, at + 200)
        )
        if m is None and _ABBREVIATION.search(text, max(start, s.start() - 5), s.start()) is None:
            m = _BARE_NAME.match(text, at, min(end, at + 200))
        if (
            m is not None
            and _same_body(" ".join(m["name"].split()).lower(), body)
            and _acts(m["verb"], m["next"])
        ):
            cuts.append(at)
    return cuts


ACRONYM_ACT = re.compile(
    _CONNECTIVE
    + r"(?:[Tt]he[ \t]++)?(?P<name>[A-Z]{2}[\w&-]*+(?:[ \t]++[A-Z]{2}[\w&-]*+)?),?[ \t]++"
    + _ADVERBS
    + _VERB
    + r"\b(?:[ \t]++(?P<next>[a-z]++))?"
)
"""A sentence whose subject is a body named by its acronym, and its verb:
"Furthermore, NEA will publish …", "The NEA RA also directs …"."""


def acronym_starts(text: str, start: int, end: int) -> list[int]:
    """The offsets in a statement with no formula whose body, named by its
    acronym, says what it will do (:data:`~resolve.parsing.sentences.ACRONYM_WILL`)
    where a later sentence names the same body acting anew: "WTU will survey
    its members. Furthermore, WTU will publish the results." (two clauses,
    convention Q4); "… The survey will close in May." goes on."""
    first = ACRONYM_ACT.match(text, start, end) if ACRONYM_WILL.match(text, start, end) else None
    if first is None:
        return []
    cuts = []
    for s in NEW_SENTENCE.finditer(text, first.end(), end):
        m = ACRONYM_ACT.match(text, s.end(), min(end, s.end() + 200))
        if m is not None and m["name"] == first["name"] and _acts(m["verb"], m["next"]):
            cuts.append(s.end())
    return cuts


WE_ACT = re.compile(r"We[ \t\r\n]++" + _ADVERBS + _VERB + r"\b(?:[ \t\r\n]++(?P<next>[a-z]++))?")
"""A sentence in which the members speak as "We" and act: "We agree that …"."""


def we_starts(text: str, start: int, end: int) -> list[int]:
    """The offsets in the recital ``start``-``end`` where the members open a new
    act of their own, as "We" ("WHEREAS the river floods. We agree that …": two
    recitals, convention Q4)."""
    cuts = []
    for s in NEW_SENTENCE.finditer(text, start, end):
        m = WE_ACT.match(text, s.end(), end)
        if m is not None and _acts(m["verb"], m["next"]):
            cuts.append(s.end())
    return cuts


def we_acts(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with the members acting as "We" ("We pledge
    to …"; not "We are …")?"""
    m = WE_ACT.match(text, start, end)
    return m is not None and _acts(m["verb"], m["next"])


def late_act(text: str, start: int, end: int) -> int | None:
    """Where a motion's paragraph of reasons hands over to its act, the body
    named as subject of an operative verb after them ("Branches have one
    delegate. That is too few. Conference, therefore, agrees …"): the reasons
    before it, before any operative sentence, are a recital (conventions Q3/Q4)."""
    if MOTION_CALLS.match(text, start, end) is not None:
        return None
    m = MOTION_CALLS_LATE.search(text, start, end)
    return m.end() if m is not None else None


def _organ_body(text: str, units: list[Unit], i: int) -> str | None:
    """The organ's name, lower case without its article, when unit ``i`` is the
    first paragraph under an organ line and its resolving verb alone ("The
    Regional Conference." / "Resolves:" / "That …"), else None."""
    if i < 2 or BARE_RESOLVES.fullmatch(text, units[i - 1].start, units[i - 1].end) is None:
        return None
    organ = units[i - 2]
    if ORGAN_COLON.fullmatch(text, organ.start, organ.end) is None:
        return None
    words = text[organ.start : organ.end].strip(" \t\r\n:.").split()
    return " ".join(words[1:]).lower() if len(words) > 1 else None


def organ_starts(text: str, units: list[Unit], i: int) -> list[int]:
    """The offsets in the "That …" paragraph ``i`` under an organ line and its
    resolving verb where a sentence names the organ again as the subject of a
    new main verb ("That all members should …. The Conference desires … and
    recommends …": two clauses, convention Q4), though the paragraph's first
    sentence has another subject."""
    body = _organ_body(text, units, i)
    u = units[i]
    return [] if body is None else new_acts(text, u.start, u.end, body)


def body_acts(text: str, units: list[Unit]) -> list[Unit]:
    """Split each resolving paragraph (a FORMULA unit) where its body opens a
    new act: the parts after the first are clauses of their own; so too the
    first paragraph under an organ line and its resolving verb, the organ
    named above it. In a motion
    with no formula, split a paragraph of reasons from the act that ends it."""
    formal = any(u.kind in ("FORMULA", "WHEREAS") for u in units)
    out: list[Unit] = []
    for i, u in enumerate(units):
        late = late_act(text, u.start, u.end) if u.kind == "TEXT" and not formal else None
        if late is not None:
            out += [cut_unit(text, "PHRASE", u.start, late), cut_unit(text, "THAT", late, u.end)]
            continue
        organ = organ_starts(text, units, i) if u.kind == "TEXT" and not formal else []
        cuts = (
            act_starts(text, u.start, u.end)
            if u.kind == "FORMULA"
            else we_starts(text, u.start, u.end)
            if u.kind == "WHEREAS"
            else organ
            if u.kind == "TEXT" and not formal
            else []
        )
        # the organ's later acts are read as a resolving paragraph's are: clauses
        later = "FORMULA" if organ else u.kind
        start = u.start
        for at in cuts:
            out.append(cut_unit(text, u.kind if start == u.start else later, start, at))
            start = at
        out.append(u if start == u.start else cut_unit(text, later, start, u.end))
    return out


PRONOUN_NOTES = re.compile(
    r"(?:(?:However|Further|Furthermore|Also|Moreover|Nevertheless),?[ \t]++)?(?:It|We|it|we)[ \t]++"
    r"(?:(?:also|further|therefore|strongly|deeply),?[ \t]++)?"
    r"(?:notes?|believes?|recogni[sz]es?|acknowledges?|recalls?|considers?|welcomes?|regrets?"
    r"|deplores?|condemns?|applauds?|(?:is|are)[ \t]++(?:concerned|alarmed|aware|appalled|dismayed"
    r"|satisfied|deeply))\b"
)
"""A later sentence of a noting motion whose subject is the body as a pronoun and
whose verb notes: "However it is dismayed to note …", "We also welcome …"."""


_OPERATIVE = (
    r"(?:" + OP_VERB + r"|(?:decides?|approves?|(?:re)?affirms?|empowers?"
    r"|expresses[ \t]++(?:its[ \t]++)?approval)\b)"
)
"""The operative verbs of convention Q3: a motion's (:data:`OP_VERB`: "calls on",
"urges" …) and "decides", "approves", "affirms", "empowers", "expresses its
approval": a sentence with one of them acts."""
BODY_WORD = re.compile(
    r"[ \t]*+[“\"‘']?(?:(?i:that)[ \t]++)?(?:[Tt]h(?:is|e)[ \t]++)?(?P<word>[A-Z][\w&'’-]*+)"
)
"""The word that names the body at the head of a noting motion: "Synod" of
"Synod notes …", "Meeting" of "That this Meeting notes …"."""


def _subject(word: str) -> str:
    return rf"(?:It|We|They|it|we|they|(?:[Tt]h(?:e|is)[ \t]++)?{re.escape(word)})[ \t]++{_ADVERBS}"


def noting_parts(
    text: str, start: int, end: int, after: int
) -> tuple[list[int], int, list[int]] | None:
    """How a noting motion ``start``-``end`` (its noting lead ends at ``after``)
    splits, or None if it never acts (conventions Q3/Q4): where its later
    noting sentences open recitals, where its act begins, and where later acts
    of the body open clauses. A sentence that joins a noting and an operative
    verb is operative as a whole ("Council notes X and urges Y." is one clause);
    a sentence with the body as subject opens a new unit ("Council notes X. It
    therefore urges Y.": a recital, then a clause); any other sentence goes on."""
    named = BODY_WORD.match(text, start, after)
    word = named["word"] if named is not None else "It"
    acting = re.compile(_LEAD_IN + _subject(word) + _OPERATIVE)
    stating = re.compile(_LEAD_IN + _subject(word) + _VERB + r"\b(?:[ \t]++(?P<next>[a-z]++))?")
    breaks = [s.end() for s in SENTENCE_BREAK.finditer(text, start, end) if s.end() < end]
    acting_ends = {m.end() for m in ACTING_SENTENCE.finditer(text, after, end)}
    breaks = sorted({*breaks, *acting_ends})
    act = None
    joined = ACTING_AND.search(text, after, end)
    for at in breaks:
        if joined is not None and joined.start() < at:
            break
        if at in acting_ends or acting.match(text, at, end) is not None:
            act = at
            break
    if joined is not None and (act is None or joined.start() < act):
        begins = [b for b in breaks if b < joined.start()]
        act = begins[-1] if begins else start
    if act is None:
        return None
    noted = [
        b
        for b in breaks
        if b < act
        and (
            NOTING_MOTION.match(text, b, end) is not None
            or PRONOUN_NOTES.match(text, b, end) is not None
        )
    ]
    acts = []
    for b in (b for b in breaks if b > act):
        m = stating.match(text, b, end)
        if (
            b in acting_ends
            or (m is not None and _acts(m["verb"], m["next"]))
            or NOTING_MOTION.match(text, b, end) is not None
            or PRONOUN_NOTES.match(text, b, end) is not None
        ):
            acts.append(b)
    return noted, act, acts
