"""Elections and appointments that a record of a meeting states as made, with or
without a motion or a vote told: "Ann and Bob were appointed tellers.", "Bob and
Cy offered to stand again and were duly elected.", "* Ann elected unopposed",
"Mrs. Ash elected chairman of the meeting.", "A. Ash chosen Moderator, and B.
Birch, Clerk.", "No other nominations were offered, so Bob Hill is Chair.",
"There being no other proposals, both were returned without a vote.", "Clerk –
Jo Bell won unanimously". Each such
sentence is one decision of the meeting, one resolution of one clause; officers
elected together in one sentence make one. Not elections: a nomination, a
decline, an intention ("… to be elected next year"), an appointment made by
someone else ("… was appointed by the Bishop"), an election of the past told in a
relative clause ("Ann, who was elected warden last year, …"), a candidate
"elected to other positions".

One office filled is one resolution: a sentence that records a decision and
then, after ", and", an election ("The budget was approved, and the trustees
were re-appointed.") is two; an item of a summary of decisions that fills two
offices with two verbs ("• Co-opted A to …; appointed B to …") is two.

Plain regular expressions and small tests, read by the readers of minutes
(:mod:`resolve.parsing.fallback_records`, :mod:`resolve.parsing.recorded_motions`,
:func:`resolve.parsing.record_cues.decision_cuts`,
:mod:`resolve.parsing.acted_items`) and by
:mod:`resolve.parsing.election_records` on a page whose motions in a formula the
machine reads."""

from __future__ import annotations

import re

_MANNER = (
    r"(?:(?:duly|unanimously|all|both|then|also|subsequently|formally|each|automatically"
    r"|officially|therefore|thus|accordingly|again)[ \t]++){0,2}"
)
_FILLED_STEM = r"(?:elected|appointed|co-?opted)"
_VERB_STEM = rf"(?:{_FILLED_STEM}|chosen|returned)"
_VERB = rf"(?:re-?)?{_VERB_STEM}"
_FILLED = rf"(?:re-?)?{_FILLED_STEM}"
"""The verbs of an office filled that say so alone ("were appointed …"); "chosen"
and "returned" need the office or the manner after them ("A chosen Moderator")."""
_NAME = (
    r"(?!(?:The|This|That|These|Those|A|An|Our|Its|Their|His|Her|It|We|They|He|She)\b(?!\.))"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Eld|Elder|Prof|Cllr|Bro|Sr)\.?[ \t]++)?"
    r"(?:[A-Z]\.[ \t]*+){0,3}[A-Z][a-z'’-]++(?:[ \t]++[A-Z][a-z'’-]++){0,2}"
)
_NAMES = rf"{_NAME}(?:(?:,[ \t]*+(?:and[ \t]++)?|[ \t]++and[ \t]++){_NAME}){{0,8}}"
OFFICE = (
    r"(?:chair(?:man|woman|person)?|president|vice[- ]?\w++|secretary|treasurer|clerk|moderator"
    r"|auditor|trustee|director|steward|warden|teller|captain|convener|recorder)s?\b"
)
"""An office a person is elected to or signs as, in lower case: "chairman", "secretary"."""

STATED = re.compile(
    rf"(?<![Ww]ho[ \t])(?<![Ww]hich[ \t])(?<![Tt]hat[ \t])\b(?:was|were)[ \t]++{_MANNER}"
    rf"(?:[a-z]{{4,}}ed[ \t]++and[ \t]++{_MANNER})?{_FILLED}\b"
    r"(?![ \t]++by[ \t]++(?!acclamation|a[ \t]|unanimous|show|ballot|secret|general|common"
    r"|consensus|the[ \t]++(?:meeting|members|congregation|vestry)\b)[A-Za-z])"
    r"(?![ \t]++(?:to[ \t]++(?:other|another|a[ \t]++different)|last|previously|earlier|in[ \t]++\d))"
)
"""An election stated in the passive, past tense: "were appointed tellers", "were
duly elected", "was appointed as our examiner", "were elected to the council …",
"was proposed and elected the chair" (another participle joined before it),
"both were returned without a vote" (not "… appointed by the Bishop", "who was
elected …", "was elected last year")."""
_UNCONTESTED_MANNER = (
    r"(?:unopposed|unanimously|by[ \t]++acclamation|en[ \t]++bloc|without[ \t]++opposition"
    r"|nem\.?[ \t]*+con)\b"
)
BARE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[*•\-–][ \t])|(?<=[.,;:][ \t])|(?<=[.,;:][ \t]{{2}})|(?<=candidate[ \t])"
    rf"|(?<=nominee[ \t]))[ \t]*+(?:{_NAMES}[ \t]++{_VERB}"
    rf"(?:[ \t]++{_UNCONTESTED_MANNER}|[ \t]++(?:as[ \t]++)?(?:the[ \t]++)?(?:{OFFICE}|[A-Z][a-z]++\b))"
    rf"|(?:The|the|All|all)[ \t]++(?:[\w-]++[ \t]++){{0,3}}?{_VERB}[ \t]++"
    rf"(?:{_UNCONTESTED_MANNER}|{_NAMES}(?:[ \t]++as\b|[ \t]*+,|[ \t]++(?:to[ \t]++)?(?:the[ \t]++)?{OFFICE})))"
)
"""An election told with no auxiliary, its names at the head of a line or of a
clause: "Ann elected unopposed", "Cy, Di and Ed elected unopposed.", "Mrs. Ash
elected chairman of the meeting.", "Eld. A. Ash chosen Moderator" (the office or
the manner right after the verb; not "Ann elected to other positions"), or a
group named with its article and the manner ("The whole committee re-elected en
bloc"), or a body that elects the named ("The meeting elected Ann Roe as
treasurer"; not "The Chair appointed the Committee")."""
_WON = "won"
_UNANIMOUS_CHOICE = r"the[ \t]++unanimous[ \t]++(?:winners?|choice)\b"
WON = re.compile(
    rf"(?:^|(?<=\n)|(?<=[*•\-–][ \t])|(?<=[.,;:][ \t])|(?<=[.,;:][ \t]{{2}}))[ \t]*+{_NAMES}[ \t]++"
    rf"(?:{_WON}[ \t]++(?:{_UNCONTESTED_MANNER}|the[ \t]++(?:election|vote|ballot)\b)"
    rf"|(?:was|were)[ \t]++{_UNANIMOUS_CHOICE})"
)
"""An election or a vote stated by its result, the candidate or the option at the
head of a line or of a clause: "Treasurer – Jo Bell won unanimously", "Ann won the
election", "Thursday was the unanimous winner." (the choice a vote made)."""
UNCONTESTED = re.compile(
    r"(?i)\bno[ \t]++(?:other[ \t]++|further[ \t]++)?(?:nominations?|candidates?|proposals?|nominees?)\b"
    r"(?:[^.\n]|\n(?!\n)){0,100}?(?:,|\bso\b)(?:[^.\n]|\n(?!\n)){0,80}?"
    rf"\b(?:is|are|was|were)[ \t]++{_MANNER}"
    r"(?:(?:re-?)?elected|appointed|accepted|returned|declared[ \t]++elected|the\b(?![ \t]++vacan)"
    r"|(?-i:[A-Z]))"
)
"""An office filled because no one else stood, told with its holder: "No other
nominations were offered, so A is Chair.", "… so A and B are the at-large
members.", "There were no nominations from the floor, so the board is officially
elected.", "There being no other proposals, both were returned …"."""
_FILL = r"(?i:filled)"
_PLACE = r"(?:slots?|seats?|vacanc(?:y|ies)|positions?|posts?|offices?|roles?)"
FILLED = re.compile(
    rf"(?<![Nn]ot[ \t])\b{_FILL}[ \t]++(?:[\w'’-]++[ \t]++){{0,3}}?(?i:{_PLACE})\b"
    rf"|\b(?i:{_PLACE})\b[^\n.;:!?]{{0,60}}?\b(?i:was|were)[ \t]++{_MANNER}{_FILL}\b"
    r"(?![ \t]++by[ \t]++(?!acclamation|(?-i:[A-Z]))[A-Za-z])"
)
"""An office filled, told by the verb "fill" and the place (convention 2):
"We filled the two vacancies on the panel:", "The board filled the open seat
with …", "The vacant seat was filled by Ola Berg."; not "… not filled", "… to
be filled", "… was filled by the diocese" (another body's act)."""
RELATIVE = re.compile(r"(?i)\b(?:who|whom|whose|which)\b")
"""A relative pronoun before the verb in the same clause: a past election told
about someone, not made."""
FUTURE = re.compile(r"(?i)\b(?:will|would|shall|should|to[ \t]++be|if|whether|when)\b")
"""An election only expected, asked or conditioned."""


_CUES: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (UNCONTESTED, None),
    (STATED, re.compile(_FILLED_STEM)),
    (BARE, re.compile(_VERB_STEM)),
    (WON, re.compile(rf"{_WON}|{_UNANIMOUS_CHOICE}")),
    (FILLED, re.compile(_FILL)),
)
"""Each cue of :func:`elections`, in order, with the words any match of it holds,
taken from its own pattern: a span without them is not scanned with the cue."""


def elections(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The elections and appointments that ``text[start:end]`` states as made:
    the matches of :data:`UNCONTESTED`, :data:`STATED`, :data:`BARE`,
    :data:`WON` and :data:`FILLED`, in order, without those in a clause that only tells of one (a relative clause,
    an intention, a condition)."""
    out: list[re.Match[str]] = []
    for cue, told in _CUES:
        if told is not None and told.search(text, start, end) is None:
            continue
        for m in cue.finditer(text, start, end):
            clause = max(text.rfind(c, start, m.start()) for c in (",", ";", ". ", "\n"))
            lead = text[max(start, clause + 1) : m.start()]
            if cue is UNCONTESTED or (not RELATIVE.search(lead) and not FUTURE.search(lead)):
                out.append(m)
    return sorted(out, key=lambda m: m.start())


def election_made(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first election or appointment that ``text[start:end]`` (one sentence,
    a line or a paragraph) states as made, if any (see :func:`elections`)."""
    found = elections(text, start, end)
    return found[0] if found else None


ELECTION_ACT = re.compile(
    rf"(?:[ \t]*+(?:[-*•–][ \t]++)?)(?i:{_VERB})[ \t]++\S"
    rf"|;[ \t]++(?={_VERB}[ \t]++[A-Z])"
)
"""An act of a summary of decisions that fills an office, the body left out:
"Co-opted A to the X Committee", and, after it, where a second office filled
in the same item begins ("…; appointed B to the Y Panel")."""


def office_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the item ``text[start:end]`` of a summary of decisions, which opens
    with an office filled ("Co-opted A …"), goes on with another office filled
    with its own verb after a semicolon ("…; appointed B …"): the offsets where
    each later one begins (one resolution per office); empty for any other item."""
    if ELECTION_ACT.match(text, start, end) is None:
        return []
    return [m.end() for m in ELECTION_ACT.finditer(text, start, end) if m.group().startswith(";")]


JOINED_ACT = re.compile(r",[ \t]++(?=and[ \t]++)")
"""Where a sentence's second clause begins after its first: "…, and the existing
trustees were re-appointed."."""
DECIDED_BEFORE = re.compile(
    r"(?i)\b(?:approved|adopted|accepted|agreed|confirmed|ratified|carried|passed|decided"
    r"|elected|appointed)\b"
)
"""A decision told in the clause before."""
NOUN_MAX = 60
"""Characters between "and" and the verb of the election after it: its subject."""


PAIRED_ACT = re.compile(r"[ \t]++and[ \t]++")
"""The "and" with no comma that may join two elections in one sentence, each with
its own subject and verb ("A was elected chair and B was elected secretary")."""
ONE_NAME = re.compile(rf"{_NAME}[ \t]++")
"""The subject of the second of two paired elections: one person, not a group."""


def _paired_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the sentence ``text[start:end]`` goes on, after a bare "and", with a
    second office filled by its own verb and its own one-person subject, the
    clause before it an election too ("Ann was elected chair and Bob was elected
    secretary": two offices, each with its election verb, two resolutions); not
    "Ann and Bob were elected" (one verb), nor a clause whose subject is a group
    ("… and Bob and Cy were elected trustees")."""
    joins = list(PAIRED_ACT.finditer(text, start, end))
    cuts: list[int] = []
    for k, j in enumerate(joins):
        begin = joins[k - 1].end() if k > 0 else start
        stop = joins[k + 1].start() if k + 1 < len(joins) else end
        after = election_made(text, j.end(), stop)
        if (
            after is not None
            and ONE_NAME.fullmatch(text, j.end(), after.start()) is not None
            and election_made(text, begin, j.start()) is not None
        ):
            cuts.append(j.end())
    return cuts


def joined_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the sentence ``text[start:end]``, which records a decision in its
    first clause ("The budget was approved, …"), goes on after ", and" with an
    election or appointment stated as made ("… and the trustees were
    re-appointed."): the offset of each such "and" (two acts, two resolutions).
    Empty when the sentence joins no such clauses."""
    cuts: list[int] = []
    begin = start
    for j in JOINED_ACT.finditer(text, start, end):
        stop = next(JOINED_ACT.finditer(text, j.end(), end), None)
        clause_end = stop.start() if stop is not None else end
        if (
            DECIDED_BEFORE.search(text, begin, j.start()) is not None
            and (m := election_made(text, j.end(), clause_end)) is not None
            and m.start() - j.end() <= NOUN_MAX
        ):
            cuts.append(j.end())
            begin = j.end()
    return sorted({*cuts, *_paired_cuts(text, start, end)})
