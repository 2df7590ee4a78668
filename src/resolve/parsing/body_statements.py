"""A body's decision in plain sentences, the body their subject: no formula, no WHEREAS.

Boards, councils and intergovernmental bodies often print a decision as
sentences in the present tense with the body named as their subject, under a
heading and nothing else:

    The Board notes that the hall is closed.            (recital)
    The Board approves the repairs. It asks the         (clause; clause)
    Treasurer to pay for them.
    The Board thanks the caretaker.                     (clause)

A sentence that notes (notes, recognises, acknowledges, recalls, considers,
believes, welcomes, is satisfied, is concerned) is a recital only while no
operative one (approves, decides, requests, urges …) has come before it; a
sentence joining a noting and an operative verb ("The Board acknowledges X
and approves Y") is operative; from the first operative sentence on, every
statement of the body is a clause (counting convention Q3 of
tests/real/README.md). Each sentence with the body, named or as "It", as the
subject of a new main verb opens a unit of its own (Q4, where
:func:`resolve.parsing.body_acts.new_acts` finds it). The body may speak as
its members, in the plural ("Members recognize …", "They also note …",
"Members agree …"), and after its first act a paragraph that provides by a
modal ("The working group may …", "This review shall …") states the decision
too, a clause. A run with no operative sentence is left as it was read. A ``SETTLE`` pass of
:mod:`resolve.parsing.passes`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.body_acts import NEW_SENTENCE, new_acts, pronoun_acts
from resolve.parsing.context import Context
from resolve.parsing.motion_cues import OP_VERB
from resolve.parsing.paragraphs import Unit, cut_unit

_NOTING = (
    r"(?:notes|recogni[sz]es|acknowledges|recalls|refers[ \t]++to|considers|believes|feels|welcomes"
    r"|is[ \t]++(?:satisfied|concerned|confident|convinced))\b"
)
"""The noting verbs of convention Q3, in the third person (a state of belief, "is
satisfied", "is confident", among them), and "refers to" an earlier text, as it
recalls one."""
_BASE_ACTS = (
    r"(?:" + OP_VERB + r"|(?:decide|approve|(?:re)?affirm|empower|express|adopt|endorse"
    r"|authori[sz]e|appoint|thank|commend|congratulate|agree|wish[ \t]++to|reject"
    r"|reiterate|recommend|oppose|condemn|support|pledge)\b)"
)
"""The operative verbs of convention Q3 in their plain form (:data:`OP_VERB`
takes both): the plural's, and the singular's after an emphatic "does" ("The
Society does oppose …")."""
_ACTING = (
    r"(?:" + OP_VERB + r"|(?:decides|approves|(?:re)?affirms|empowers|expresses|adopts|endorses"
    r"|authori[sz]es|appoints|thanks|commends|congratulates|agrees|wishes[ \t]++to|rejects"
    r"|reiterates|recommends|opposes|condemns|supports|pledges|(?:is|remains)[ \t]++committed[ \t]++to)\b"
    r"|does[ \t]++(?:not[ \t]++)?" + _BASE_ACTS + r")"
)
"""The operative verbs of convention Q3 (a motion's :data:`OP_VERB`, "decides",
"approves" …), a board's acts of record ("appoints", "thanks", "commends") and
a chamber's ("rejects" a claim, "reiterates" its position, as it reaffirms),
a position stated ("opposes", "condemns", "supports", "is committed to"), an
undertaking ("pledges" its efforts, as it commits itself), and
the emphatic "does oppose"."""
_ORGAN = (
    r"(?:Board|Council|Committee|Commission|Conference|Assembly|Senate|House|Synod|Congress"
    r"|Convention|Trustees|Directors|Executive|Parliament|Plenary|Bureau|Society|Association"
    r"|Guild|Federation|Academy)"
)
"""The noun that names a deliberative body or a membership body speaking
through one: "Board", "Council", "House", "Society" (never another party that
asks or thanks, "The Red Cross requests …")."""
_ADVERBS = r"(?:(?:also|further|hereby|therefore|again|[a-z]{2,}+(?<=ly)),?[ \t]++)*+"
"""Adverbs before the verb: "also", "hereby", or any in -ly ("strongly", "firmly")."""
_NUMBER = r"(?:\d{1,3}[ \t]++(?=[A-Z]))?"
"""A paragraph's number printed without a period before the sentence: "2 It …"."""
_NAMED = (
    r"(?:[A-Z][\w&'’.-]*+[ \t]++){0,4}?"
    + _ORGAN
    + r"(?:[ \t]++of[ \t]++(?:the[ \t]++)?[A-Z][\w&'’.-]*+(?:[ \t]++[A-Z][\w&'’.-]*+){0,3}?)?"
)
"""A body's name after its article: "Board of Trustees", "Linguistic Society of X"."""
STATEMENT = re.compile(
    r"[ \t]*+"
    + _NUMBER
    + r"[“\"‘']?(?P<name>(?:The|This)[ \t]++(?:"
    + _NAMED
    + r"|[A-Z]{2,8}(?=[ \t,])))"
    r"(?:[ \t]++\([^()\n]{1,40}\))?,?[ \t]++"
    r"(?:(?P<perfect>(?:has|have)[ \t]++(?!been\b)[a-z]++[ \t][^.;\n]{0,300}?[ \t]and[ \t]++hereby[ \t]++)"
    r"|" + _ADVERBS + r")"
    r"(?:(?P<noting>" + _NOTING + r")|(?P<acting>" + _ACTING + r"))"
)
"""A sentence of such a decision: the body named ("The Board", "The Board of
Trustees ("Board")", or by its acronym "The ABC") and its verb in the present tense, noting or acting, or a
perfect tense leading to its act ("… has reviewed the report and hereby
approves it")."""
_MEMBERS = (
    r"(?:Members|Ministers|Parties|Participants|Delegates|Representatives|Governments"
    r"|Trustees|Directors|Governors|Commissioners|Councillors|Senators)"
)
"""The plural noun that names the members of a body as its voice: "Members",
"Ministers", "The Parties"."""
_NOTING_PLURAL = (
    r"(?:note|recogni[sz]e|acknowledge|recall|refer[ \t]++to|consider|believe|feel|welcome"
    r"|are[ \t]++(?:satisfied|concerned|confident|convinced))\b"
)
"""The noting verbs of convention Q3, in the plural."""
_ACTING_PLURAL = (
    r"(?:" + _BASE_ACTS + r"|(?:are|remain)[ \t]++committed[ \t]++to\b"
    r"|do[ \t]++(?:not[ \t]++)?" + _BASE_ACTS + r")"
)
"""The operative verbs of convention Q3, in the plural (:data:`OP_VERB` takes both)."""
_PLURAL_VERB = (
    _ADVERBS + r"(?:(?P<noting>" + _NOTING_PLURAL + r")|(?P<acting>" + _ACTING_PLURAL + r"))"
)
"""The members' verb in the plural, noting or acting, after its adverbs."""
PLURAL_STATEMENT = re.compile(
    r"[ \t]*+"
    + _NUMBER
    + r"[“\"‘']?(?P<name>(?:(?:The|All)[ \t]++)?(?:[A-Z][\w&'’.-]*+[ \t]++){0,3}?"
    + _MEMBERS
    + r"|They),?[ \t]++"
    + _PLURAL_VERB
)
"""A sentence of such a decision spoken by the members in the plural: "Members
recognize …", "The Parties agree …", and "They also note …" after it."""
WE_STATEMENT = re.compile(
    r"[ \t]*+"
    + _NUMBER
    + r"[“\"‘']?We,?[ \t]++(?:(?:on|of|at|in)[ \t]++)?(?P<name>the[ \t]++"
    + _NAMED
    + r"),?[ \t]++"
    + _PLURAL_VERB
)
"""A sentence of such a decision spoken in the first person with the body named
beside "We": "We on the Board of the Society believe …", "We, the Council,
affirm …"."""
WE_POINT = re.compile(r"We,?[ \t]++" + _PLURAL_VERB)
"""A point of a statement the members speak as "We", noting or acting: "We
recognise …", "We pledge …"."""
WE_ACT = re.compile(r"\b[Ww]e[ \t]++" + _ADVERBS + _ACTING_PLURAL)
"""The members acting as "we" later in a sentence: "…, and to that end we pledge …"."""
JOINED_ACT = re.compile(
    r"[ \t](?:and|,)[ \t]++" + _ADVERBS + r"(?:" + _ACTING + r"|" + _ACTING_PLURAL + r")"
)
"""Where a noting sentence goes on to act: "… acknowledges X and affirms Y"."""
PRONOUN_ACT = re.compile(r"[ \t]*+" + _NUMBER + r"It[ \t]++" + _ADVERBS + _ACTING)
"""A later sentence of the decision with the body as "It" acting: "It requests …"."""
_FIRST_STOP = re.compile(r"(?<=[a-z0-9)”\"’'])[.!?](?:[ \t\n]|$)")
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')]*+[ \t]*+$")
_PROSE = frozenset({"TEXT", "PHRASE", "THAT", "WILL"})
_OWN_FORM = frozenset({"WHEREAS", "FORMULA", "RESOLVES", "ORGAN"})


NAMED_SUBJECT = re.compile(
    r"[ \t]*+"
    + _NUMBER
    + r"[“\"‘']?(?:The|This)[ \t]++(?:"
    + _NAMED
    + r"|[A-Z]{2,8}(?=[ \t,]))(?:[ \t]++\([^()\n]{1,40}\))?,?[ \t]++"
    r"(?!(?:of|and|for|on|in|at|to|with)\b)[a-z]"
)
"""A paragraph whose subject is the body named, whatever its verb ("The
Council has been meeting …"): after the decision's first act, a statement of
the body, a clause (Q3)."""


AUXILIARY_ACT = re.compile(
    r"(?:We|It)[ \t]++(?:would|must|do|does|will|shall|can)[ \t]++(?:not[ \t]++)?"
    r"(?:(?:of[ \t]++course|also|further|therefore|again|[a-z]{2,}+(?<=ly)),?[ \t]++){0,3}"
    + _BASE_ACTS
)
"""A later sentence in which the body as a pronoun acts with an auxiliary before
its operative verb: "We would of course condemn …", "We do support …", "It
must reject …" (Q4: the body as the subject of a new main verb)."""


def _acts_cuts(text: str, start: int, end: int, body: str) -> list[int]:
    """Where a sentence of the paragraph opens a new act of ``body``: those
    :func:`~resolve.parsing.body_acts.new_acts` finds, and an act with an
    auxiliary (:data:`AUXILIARY_ACT`)."""
    found = set(new_acts(text, start, end, body))
    found.update(
        m.end()
        for m in NEW_SENTENCE.finditer(text, start, end)
        if AUXILIARY_ACT.match(text, m.end(), end) is not None
    )
    return sorted(found)


def _statement(text: str, start: int, end: int) -> re.Match[str] | None:
    """The sentence of such a decision that ``text[start:end]`` opens with: the
    body named in the singular or its members in the plural."""
    return (
        STATEMENT.match(text, start, end)
        or PLURAL_STATEMENT.match(text, start, end)
        or WE_STATEMENT.match(text, start, end)
    )


def statement_name(text: str, start: int, end: int) -> str | None:
    """The body that ``text[start:end]`` opens with as the subject of such a
    sentence, lower case without its article ("board of trustees"), or None."""
    m = STATEMENT.match(text, start, end) or WE_STATEMENT.match(text, start, end)
    if m is None:
        m = PLURAL_STATEMENT.match(text, start, end)
        return None if m is None or m["name"] == "They" else " ".join(m["name"].split()).lower()
    return " ".join(m["name"].split()[1:]).lower()


def _acting(text: str, u: Unit) -> bool:
    """Does the unit's first sentence act (its verb operative, or a noting
    joined to one)?"""
    m = _statement(text, u.start, u.end) or PRONOUN_ACT.match(text, u.start, u.end)
    if m is None:
        return False
    if m.lastgroup != "noting":
        return True
    stop = _FIRST_STOP.search(text, m.end(), u.end)
    return JOINED_ACT.search(text, m.end(), stop.start() if stop else u.end) is not None


_PROVISION = re.compile(r"[ \t](?:shall|may|will|should|must)[ \t]++(?:(?:not|also)[ \t]++)*+[a-z]")
"""A sentence that provides what is to be done, by its modal verb: "The
working group may consult …", "This review shall not change …"."""


_REPORTED = re.compile(r"\bthat\b")


def _provision(text: str, u: Unit) -> bool:
    """Is ``u``'s first sentence a provision, the modal the verb of its main
    clause (not of a clause reported after "that": "It is further stated that
    the Department shall …")? After the decision's first act it states the
    decision, a clause (Q3)."""
    stop = _FIRST_STOP.search(text, u.start, u.end)
    m = _PROVISION.search(text, u.start, stop.start() if stop else u.end)
    return m is not None and _REPORTED.search(text, u.start, m.start()) is None


ADOPTION_NOTE = re.compile(
    r"\b(?:adopted|approved|passed)[ \t]++by[ \t]++the[ \t]++[A-Z]"
    r"|\b(?:The|the)[ \t]++following[ \t]++(?:statement|resolution|declaration|letter)[ \t]++"
    r"(?:was|is|has[ \t]++been)[ \t]++[a-z]"
)
"""A note above the decision that tells of its adoption or its sending from
outside: "Text adopted by the Assembly on 4 May …", "The following statement
was sent to all members on …" (head, not a recital)."""


def only_notes(text: str, u: Unit) -> bool:
    """Does the unit open with the body named as the subject of a noting verb
    that its first sentence does not join to an act ("The Board recognizes that
    …."): a recital while no operative sentence has come before it (Q3)?"""
    m = STATEMENT.match(text, u.start, u.end)
    return m is not None and m.lastgroup == "noting" and not _acting(text, u)


_OPEN_QUOTE = '“"‘'
_CLOSE_QUOTE = re.compile(r"[”\"’][ \t]*+$")


def _quote_goes_on(text: str, before: Unit, u: Unit) -> bool:
    """Does ``u`` go on with the quotation ``before`` opened? Each paragraph of
    a quotation opens with a quotation mark and only the last closes it:
    "“The House notes …" / "“Any attempt … will be met …”"."""
    return (
        text[before.start : before.start + 1] in _OPEN_QUOTE
        and text[u.start : u.start + 1] in _OPEN_QUOTE
        and _CLOSE_QUOTE.search(text, before.start, before.end) is None
    )


def _opens(text: str, u: Unit) -> bool:
    """Does ``u`` open with the body as subject, named or as "It" acting?"""
    return (
        _statement(text, u.start, u.end) is not None
        or PRONOUN_ACT.match(text, u.start, u.end) is not None
    )


def settle_body_statements(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """On a page with no WHEREAS, formula or organ line, a run of paragraphs
    each opening with the body as subject (or "It" acting, or going on with a
    quotation the one before opened, after the first):
    those before its first operative one recitals (PHRASE), the rest clauses
    (THAT), each paragraph cut first where a sentence opens a new act of the
    body (Q4; the units are cut in place). Only for one such run that ends the page's prose (a list of
    signatories may follow, no sentence): several runs are headed acts, and
    a run with sentences after it is a record's narrative; a run with no
    operative paragraph is left alone."""
    if any(k in _OWN_FORM for k in kinds):
        return
    text = ctx.text
    runs: list[tuple[int, int, int]] = []
    i = 0
    while i < len(units):
        if kinds[i] not in _PROSE or statement_name(text, units[i].start, units[i].end) is None:
            i += 1
            continue
        j = i + 1
        while (
            j < len(units)
            and kinds[j] in _PROSE
            and (
                _opens(text, units[j])
                or _quote_goes_on(text, units[j - 1], units[j])
                or (
                    (_provision(text, units[j]) or NAMED_SUBJECT.match(text, units[j].start))
                    and any(_acting(text, u) for u in units[i:j])
                )
            )
        ):
            j += 1
        first = next((k for k in range(i, j) if _acting(text, units[k])), None)
        if first is not None:
            runs.append((i, first, j))
        i = j
    if len(runs) != 1:
        return  # several decisions (headed acts)
    below = runs[0][2]
    if ctx.t(units[below - 1]).rstrip().endswith(":"):
        below += 1  # "2 It recommends that the Committee :" / its points run on one line
    if any(_ENDS_SENTENCE.search(ctx.t(u)) for u in units[below:]):
        return  # minutes going on below it
    i, _, j = runs[0]
    for k in range(i):
        if kinds[k] in _PROSE and ADOPTION_NOTE.search(text, units[k].start, units[k].end):
            kinds[k] = "META"  # "… Text adopted by the Assembly on 4 May …": head
    body = statement_name(text, units[i].start, units[i].end) or ""
    pieces: list[Unit] = []
    for u in units[i:j]:
        edges = [u.start, *_acts_cuts(text, u.start, u.end, body), u.end]
        pieces += [cut_unit(text, "TEXT", a, b) for a, b in pairwise(edges)]
    first = next((k for k, p in enumerate(pieces) if _acting(text, p)), 0)
    units[i:j] = pieces
    kinds[i:j] = ["PHRASE" if k < first else "THAT" for k in range(len(pieces))]


def _stated(text: str, u: Unit) -> bool:
    """Does ``u`` open as a sentence of such a decision: the body acting or
    noting, a provision, the body named with any verb, or the body as a pronoun
    acting with an auxiliary?"""
    return (
        _opens(text, u)
        or _provision(text, u)
        or NAMED_SUBJECT.match(text, u.start, u.end) is not None
        or AUXILIARY_ACT.match(text, u.start, u.end) is not None
    )


def statement_next(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is the clause unit ``i`` the next act of such a decision, right under its
    act before (or under a provision or statement that follows it)? Then it is
    a clause of its own, not text of the one above."""
    text = ctx.text
    return (
        i > 0
        and kinds[i] == kinds[i - 1] == "THAT"
        and _stated(text, units[i - 1])
        and (_stated(text, units[i]) or _quote_goes_on(text, units[i - 1], units[i]))
    )


_PAGE_ONLY = frozenset({"TEXT", "META", "KEYVAL"})
"""The kinds of a page with no form of its own: prose, head and metadata lines."""
MIN_PROVISIONS = 2
"""Provision paragraphs a policy needs to be read as one."""


def settle_provisions(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A policy printed as it was adopted, with no formula, recital opener,
    organ line, motion or list anywhere: its prose ends with a run of
    paragraphs each providing by a modal in its main clause ("The title shall
    be conferred …", "Initial designation … will be restricted …"), only lines
    that end no sentence (the adoption date) below. The text has no operative
    sentence, so its statements are clauses (Q3): each paragraph of the run a
    clause (THAT), the prose above it the page's head (META). Not when the
    prose above acts itself ("We therefore establish …"): the run goes on
    from that act."""
    if not units or any(k not in _PAGE_ONLY for k in kinds):
        return
    text = ctx.text
    end = len(units)
    while end > 0 and not _ENDS_SENTENCE.search(ctx.t(units[end - 1])):
        end -= 1
    start = end
    while start > 0 and kinds[start - 1] == "TEXT" and _provision(text, units[start - 1]):
        start -= 1
    if end - start < MIN_PROVISIONS or any(
        pronoun_acts(text, u.start, u.end) for u in units[:start]
    ):
        return  # "We therefore establish …" above: the text's own act
    for k in range(start):
        if kinds[k] == "TEXT":
            kinds[k] = "META"
    for k in range(start, end):
        kinds[k] = "THAT"


def statement_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a later sentence of ``text[start:end]`` opens a new act of the body,
    named as its subject ("This Council also asks …") or as "It" acting (Q4)."""
    return [
        s.end()
        for s in NEW_SENTENCE.finditer(text, start, end)
        if _opens(text, Unit("TEXT", s.end(), end))
    ]
