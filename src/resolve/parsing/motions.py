"""Motions and statements: cues that need the resolution being built.

A UK motion's first "Conference notes:" after untyped lines (which were then
the page's header), a statement's "will" sentence that is its operative text
only when no formula follows, and the further operative paragraphs of a
statement with no formula. Pure functions; the state machine acts on them.
"""

from __future__ import annotations

import re

from resolve.model import EnactingFormula, FormulaKind, HeadingLineKind
from resolve.parsing.builders import BODY, PRE, ClauseB, ClauseTree, ResB, heading_line
from resolve.parsing.classify import head_above, prose_only
from resolve.parsing.context import Context
from resolve.parsing.glued import UNSPACED_ITEM
from resolve.parsing.motion_cues import (
    DECISION_LABEL,
    GLUED_NUMBER,
    NAMED_ITEM,
    NOTING_MOTION,
    SECTION_LABEL,
)
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import ENDS_CONNECTOR, THAT_MOTION, ends_with, marker_end
from resolve.parsing.sentences import (
    BARE_RESOLVES,
    BODY_ACTS,
    ENDS_FINALLY,
    ENDS_FURTHER,
    FUTURE_ACT,
    HEADED_ACT,
    HEREBY_ACT,
    LABELLED_TEXT,
    MOTION_NOTES,
    ORGAN_COLON,
    PASSAGE_ENDORSED,
    PASSIVE_HEREBY,
)
from resolve.parsing.vote_cues import VOTE_LINE


def settle_will(kinds: list[str]) -> None:
    """Decide each "WILL" unit ("NEA will educate …"): the operative text
    ("THAT") when no formula, recital opener or organ line follows it, else
    prose ("TEXT"). One backward pass."""
    ahead = False
    for i in range(len(kinds) - 1, -1, -1):
        k = kinds[i]
        if k == "WILL":
            kinds[i] = "TEXT" if ahead else "THAT"
        elif k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN"):
            ahead = True


_CAPS_VERB = re.compile(r"[ \t]*+[A-Z]{3,}S(?=[ \t]++[a-z“\"])")
"""An operative verb in capitals, lower case after it: "ACKNOWLEDGES that …"."""


def settle_caps_verbs(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """In a text whose operative paragraphs open with a known verb in capitals
    ("ACKNOWLEDGES that …", "NOTES that …"), a paragraph that opens the same way
    with a verb the vocabulary lacks ("RECEIVES with concern …", "OFFERS prayers
    …") is an operative paragraph too: the house's own form says so."""
    shaped = [_CAPS_VERB.match(ctx.text, u.start, u.end) is not None for u in units]
    if not any(s and k == "VERB" for s, k in zip(shaped, kinds, strict=True)):
        return
    for i, k in enumerate(kinds):
        if k == "TEXT" and shaped[i]:
            kinds[i] = "VERB"


def announces_next(ctx: Context, tree: ClauseTree, last: ClauseB | None) -> bool:
    """Did the unmarked clause just read end with "; and" or "; or" (or "… and
    finally,")? It says another clause follows, so the paragraph after it
    ("Inspired by …, CALLS on …") is that clause, however it opens."""
    return (
        last is not None
        and not tree.marked
        and bool(tree.roots)
        and last is tree.roots[-1]
        and last.marker is None
        and (
            ENDS_CONNECTOR.search(ctx.t_range(last.start, last.end)) is not None
            or ENDS_FINALLY.search(ctx.t_range(last.start, last.end)) is not None
        )
    )


def verb_goes_on(ctx: Context, tree: ClauseTree, u: Unit) -> bool:
    """After an unmarked clause that ends on ";" or "; and" ("That the Council
    deplores …;"), does ``u`` open with an operative verb in lower case ("calls
    upon …;", "supports …; and")? It goes on the same subject: the next clause."""
    text = ctx.t(u)
    if tree.marked or not tree.roots or not text[:1].islower() or ctx.ops.match(text) is None:
        return False
    last = tree.roots[-1]
    if last.marker is not None or last.children:
        return False
    prev = ctx.t_range(last.start, last.end).rstrip()
    return prev.endswith(";") or ENDS_CONNECTOR.search(prev) is not None


def resolves_under_organ(ctx: Context, r: ResB, u: Unit) -> bool:
    """An organ line over the recitals ("THE ASSEMBLY:" / "RECALLING …;") and,
    after them (or right under the organ line, with no recitals), the resolving
    verb alone ("RESOLVES:") over numbered "That …" or "To …" paragraphs: the
    verb ends the formula, so the organ line is the heading
    and each paragraph a clause (the formula's body stays the organ's).
    Makes that change and says whether it did."""
    return verb_under_organ(ctx, r, u, BARE_RESOLVES)


def verb_under_organ(ctx: Context, r: ResB, u: Unit, verb: re.Pattern[str]) -> bool:
    """``u`` is the organ's verb alone on its line (``verb``, matched whole)
    under an organ line and its recitals, before any clause: it ends the
    formula, the organ line becomes the heading and what follows the clauses.
    Makes that change and says whether it did."""
    f = r.formula
    if (
        f is None
        or f.kind != FormulaKind.ORGAN
        or r.clauses.roots
        or (bool(r.recitals) and f.span.end.offset > r.recitals[0].start)
        or verb.fullmatch(ctx.text, u.start, u.end) is None
    ):
        return False
    organ = Unit("ORGAN", f.span.start.offset, f.span.end.offset)
    r.heading.append(heading_line(ctx, organ, HeadingLineKind.META))
    r.formula = EnactingFormula(
        ctx.spans.span(u.start, u.end), ctx.source, FormulaKind.RESOLVES, f.body
    )
    r.state = BODY
    return True


def statement_goes_on(ctx: Context, tree: ClauseTree, text: str) -> bool:
    """After a statement's operative sentence with no formula ("The delegates …
    recognize …", "NEA will …", "The Board … hereby approves …"), is ``text`` a
    further one ("The movement will work …", "The Board thanks …")? Never after a "That …" motion, which is one clause."""
    if not tree.roots or tree.marked:
        return False
    first = tree.roots[0]
    if FUTURE_ACT.match(text) is None and not (
        # "The Board … hereby approves …" / "The Board thanks …": its further act
        BODY_ACTS.match(text) and HEREBY_ACT.match(ctx.text, first.start, first.end)
    ):
        return False
    if PASSIVE_HEREBY.match(ctx.text, first.start, first.end) is not None:
        return False  # "A new article is hereby added:" / …: one clause, and notes after it
    return THAT_MOTION.match(ctx.text, first.start, first.end) is None


def motion_opens(ctx: Context, u: Unit, kind: str, r: ResB) -> bool:
    """Does ``u`` open a UK motion ("Congress notes:", "Conference believes …")
    after prose lines with no opener, which were then the page's header?"""
    if kind != "PHRASE" or r.state is not PRE or not r.recitals or not prose_only(r):
        return False
    if not _notes(ctx, u.start, u.end):
        return False
    return not any(_notes(ctx, rec.start, rec.end) for rec in r.recitals)


def noted_motion(ctx: Context, r: ResB) -> bool:
    """Do the recitals open as a UK motion's ("“This Council is deeply concerned
    …", "Council notes …")? Then the "That …" or "We therefore call on …" after
    them is the motion's clause, not a resolution under minutes prose, however
    many minutes' words (the mover's record) came above the motion."""
    return bool(r.recitals) and _notes(ctx, r.recitals[0].start, r.recitals[0].end)


def _notes(ctx: Context, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open a UK motion's recital, its opening quotation
    mark before it or not ("“Council notes …" as minutes quote the motion moved)?"""
    if ctx.text.startswith(("“", '"', "‘"), start):
        start += 1
    return MOTION_NOTES.match(ctx.text, start, end) is not None


def organ_led(r: ResB) -> bool:
    """Is the resolution enacted by a UN-style organ line ("The General Assembly,")?
    Then a paragraph opening with an operative verb is an operative paragraph,
    numbered or not (a PDF extract may drop the number)."""
    return r.formula is not None and r.formula.kind == FormulaKind.ORGAN


def unspaced_next(ctx: Context, tree: ClauseTree, u: Unit) -> bool:
    """Is ``u`` the next item of a list whose markers are glued to their first
    word ("1)Consult …;" / "2)Submit …")? The marker scanner wants a space after
    the number, so the last clause read as unmarked text opening with one number,
    and ``u`` opens with the next."""
    if not tree.roots or tree.marked:
        return False
    last = tree.roots[-1]
    before = UNSPACED_ITEM.match(ctx.text, last.start, last.end)
    this = UNSPACED_ITEM.match(ctx.text, u.start, u.end)
    return before is not None and this is not None and int(this[1]) == int(before[1]) + 1


def items_continue(ctx: Context, tree: ClauseTree, u: Unit) -> bool:
    """Is list item ``u`` ("- to submit …") the rest of the sentence of the
    unmarked clause above it, which stops with no punctuation ("INVITES the
    governments directly affected")? An item opening in lower case under such a
    clause continues it: a sub-item, not a clause of its own."""
    root = tree.roots[-1] if tree.roots else None
    if root is None or root.marker is not None or not tree.stack:
        return False
    if tree.stack[0].node is not root:
        return False
    own = ctx.t_range(root.start, root.children[0].start if root.children else root.end).rstrip()
    body = ctx.text[marker_end(ctx.text, u.start, u.end) : u.end]
    own = own.removesuffix(",")  # "Decide that," / "- the measures … are spent;"
    return bool(own) and own[-1].isalpha() and body[:1].islower()


HEADED_MIN = 2
"""Headed acts a page must hold before each is read as its own resolution."""


def headed_acts(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution of a page of headed resolutions with no formula
    begins: a one-line heading with no closing punctuation, then one paragraph
    in which the body acts ("National Framework" / "The Conference approves
    …"), two or more such pairs and no formula, recital opener, organ line or
    motion anywhere. Marks each act THAT (the resolution's one clause) and the
    prose above the first heading META (the page's introduction)."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "MARKER") for k in kinds):
        return []
    heads = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] == "TEXT"
        and u.lines == 1
        and not ends_with(ctx.t(u), ".;,:!?")
        and kinds[i + 1] in ("TEXT", "VERB")
        and HEADED_ACT.match(ctx.text, units[i + 1].start, units[i + 1].end) is not None
    ]
    if len(heads) < HEADED_MIN:
        return []
    head_above(kinds, heads[0])
    for i in heads:
        kinds[i + 1] = "THAT"
    return [units[i].start for i in heads[1:]]


def decision_section(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """A record of one decision printed in labelled sections, each label alone on
    its line ("Purpose" / "Decision" / "Reasons for the decision" / "Alternative
    options considered"), with no formula, recital opener, organ line or motion
    anywhere: the paragraphs and items of the one section labelled "Decision"
    are the decision's clauses (marked THAT); the sections above it are its head
    (META) and those below it (options rejected, reasons, documents) its
    trailer."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return []

    def label(i: int) -> bool:
        u = units[i]
        return u.lines == 1 and SECTION_LABEL.fullmatch(ctx.text, u.start, u.end) is not None

    found = [
        i
        for i, u in enumerate(units[:-1])
        if u.lines == 1 and DECISION_LABEL.fullmatch(ctx.text, u.start, u.end) is not None
    ]
    if len(found) != 1:
        return []
    at = found[0]
    end = at + 1
    while (
        end < len(units) and kinds[end] in ("TEXT", "VERB", "PHRASE", "MARKER") and not label(end)
    ):
        end += 1
    others = [i for i in range(len(units)) if i != at and label(i) and kinds[i] != "MARKER"]
    if end == at + 1 or not any(i < at for i in others) or not any(i >= end for i in others):
        return []
    head_above(kinds, at, ("INTRO", "MARKER", "KEYVAL", "HEADING"))
    kinds[at] = "META"
    if kinds[at + 1] != "MARKER":
        kinds[at + 1] = "THAT"  # a paragraph; lettered items are clauses as they stand
    for i in range(end, len(units)):
        kinds[i] = "TRAILER"
    return []


def numbered_acts(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A resolution's number heading ("Resolution 5: Assessments") right over one
    paragraph in which the body acts ("This Council asks the Committee to …"),
    with the next heading or the end right after it: the paragraph is that
    resolution's one clause (marked THAT), though other resolutions of the page
    have a formula."""
    n = len(units)
    for i in range(n - 1):
        if (
            kinds[i] == "HEADING"
            and kinds[i + 1] in ("TEXT", "VERB", "PHRASE")  # "The Synod commends …" alone
            and (i + 2 == n or kinds[i + 2] == "HEADING")
            and HEADED_ACT.match(ctx.text, units[i + 1].start, units[i + 1].end) is not None
        ):
            kinds[i + 1] = "THAT"


def labelled_proposals(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each decision of a board's record of votes begins: two or more
    field-labelled proposals ("**Proposal:** Are we good to …?", "Motion: The
    board approves …."), each under its own heading line ("## 2031-04-15: Hiring")
    or not, and no formula, recital opener, organ line or motion anywhere. Each
    proposal is a resolution of one clause (read by its label); the prose above
    the first is the page's introduction (marked META)."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return []
    found = [
        i
        for i, u in enumerate(units)
        if kinds[i] in ("KEYVAL", "META") and LABELLED_TEXT.match(ctx.t(u)) is not None
    ]
    if len(found) < 2:
        return []
    starts = []
    for i in found:
        j = i - 1
        headed = j >= 0 and kinds[j] == "TEXT" and units[j].lines == 1
        starts.append(j if headed and not ends_with(ctx.t(units[j]), ".;,:!?") else i)
    head_above(kinds, starts[0])
    return [units[j].start for j in starts[1:]]


def settle_passive_hereby(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A passive enacting sentence ending in a colon ("A new article is hereby
    added:") over the text it enacts, with no formula, recital opener, organ line
    or motion anywhere: the one clause (THAT, the text under it nests below it);
    the prose above it is the record's narration (META)."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return
    found = [
        i
        for i, u in enumerate(units)
        if kinds[i] == "TEXT" and PASSIVE_HEREBY.fullmatch(ctx.text, u.start, u.end) is not None
    ]
    if len(found) != 1 or kinds[found[0] + 1 : found[0] + 2] not in (["MARKER"], ["TEXT"]):
        return
    head_above(kinds, found[0])
    kinds[found[0]] = "THAT"


RUN_ON_MAX = 8
"""Plain paragraphs at most that a RESOLVED clause runs on over to its connector."""


def runs_on_to_lead(ctx: Context, units: list[Unit], kinds: list[str], i: int, r: ResB) -> bool:
    """Is unit ``i`` (plain prose after a "RESOLVED, That …" clause) more of
    that clause, which runs on over plain paragraphs until one ends with its
    connector ("…; and be it further") right before the next "RESOLVED, That"?"""
    tree = r.clauses
    last = tree.last()
    if not tree.lead_mode or last is None or last is not tree.roots[-1] or last.children:
        return False
    for j in range(i, min(len(units), i + RUN_ON_MAX)):
        if kinds[j] != "TEXT":
            return False
        if ENDS_FURTHER.search(ctx.t(units[j])[-30:]) is not None:
            return kinds[j + 1 : j + 2] == ["FORMULA"]
    return False


def settle_endorsements(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A formula after the clauses that only passes "this Resolution" ("Resolved,
    That this Resolution [do pass]", then "Attest"): the other chamber's
    certificate of passage, trailing matter ("TEXT" in the trailer), never the
    next resolution."""
    enacted = False
    for i, u in enumerate(units):
        k = kinds[i]
        if (
            enacted
            and k == "FORMULA"
            and kinds[i + 1 : i + 2] == ["TRAILER"]
            and PASSAGE_ENDORSED.fullmatch(ctx.text, u.start, u.end) is not None
        ):
            kinds[i] = "TEXT"
        enacted = enacted or k in ("FORMULA", "RESOLVES", "THAT")


def settle_colon_organs(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A bare organ name ending with a colon ("The Assembly:") right over a
    preambular paragraph ("Having heard …,") or an operative one in capitals
    ("THE COMMISSION:" / "AGREES to …"), or with no colon right over an
    operative paragraph ("The Executive Board" / "Decides that …"): the organ
    line of a UN-style text."""
    for i in range(len(units) - 1):
        u = units[i]
        if (
            kinds[i] == "TEXT"
            and kinds[i + 1] in ("PHRASE", "VERB")
            and (m := ORGAN_COLON.fullmatch(ctx.text, u.start, u.end))
            and (":" in m[0] or kinds[i + 1] == "VERB")
        ):
            kinds[i] = "ORGAN"


_LETTER = re.compile(r"[ \t]*+\(?([a-z])[.)][ \t]++")
_RECITAL_VERB = (
    r"notes|believes|recogni[sz]es|welcomes|acknowledges|condemns|deplores|regrets|applauds"
)
_ACT_VERB = (
    r"demands|calls[ \t]++(?:on|upon)|resolves|instructs|agrees|urges|mandates|directs|requests"
)
_VERB_ITEM = re.compile(
    rf"(?:(?P<recital>{_RECITAL_VERB})|(?P<act>{_ACT_VERB}))\b(?P<bare>[ \t]*+[:;][ \t]*+$)?"
)


def settle_lettered_motion(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A motion printed without its body line, its parts lettered from "a." and
    each opening with the verb in lower case ("a. notes:" / "b. acknowledges …"
    / "c. believes …" / "d. demands;" over its numbered demands): the page
    dropped "Congress" above them. The noting items are its recitals, an acting
    item its clause (or, holding only its verb, the formula over the items
    below it), and the prose above the first item the page's head. Only with
    no formula, recital opener, organ line or motion anywhere, and noting
    items before acting ones."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return
    found: list[tuple[int, re.Match[str]]] = []
    for i, u in enumerate(units):
        letter = _LETTER.match(ctx.text, u.start, u.end) if kinds[i] == "MARKER" else None
        if letter is None:
            continue
        verb = _VERB_ITEM.match(ctx.text, letter.end(), u.end)
        if verb is None or letter[1] != chr(ord("a") + len(found)):
            return  # a lettered item of another kind, or out of order: not this form
        found.append((i, verb))
    acts = [verb["act"] is not None for _, verb in found]
    if not found or all(acts) or not any(acts) or acts != sorted(acts):
        return
    for i in range(found[0][0]):
        if kinds[i] in ("TEXT", "VERB", "PHRASE", "INTRO"):
            kinds[i] = "META"
    for i, verb in found:
        if verb["recital"] is not None:
            kinds[i] = "PHRASE"
        else:
            kinds[i] = "RESOLVES" if verb["bare"] else "THAT"


def settle_vote_lines(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """On a page of motions with no formula, recital opener or organ line, a line
    that only tells the last motion's vote with no full stop ("The motion was
    Carried", "Carried unanimously") right over the next motion's noting
    sentence with its bare number run in ("12 Conference notes …", "13 The
    Committee welcomes …", where :func:`~resolve.parsing.motion_pages.glued_numbers`
    starts the next motion) is that motion's trailer, never the next one's title."""
    if "THAT" not in kinds or any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN") for k in kinds):
        return
    for i in range(kinds.index("THAT") + 1, len(units) - 1):
        nu = units[i + 1]
        if (
            kinds[i] == "TEXT"
            and kinds[i + 1] in ("TEXT", "PHRASE")
            and GLUED_NUMBER.match(ctx.text, nu.start, nu.end)
            and NOTING_MOTION.match(ctx.text, nu.start, nu.end)
            and VOTE_LINE.fullmatch(ctx.text, units[i].start, units[i].end)
        ):
            kinds[i] = "TRAILER"


def named_item(ctx: Context, u: Unit, nxt: str | None) -> bool:
    """A lettered or numbered item caption naming a resolution ("B. Resolution on
    …." / "3. Motion to …"), stop or not, directly above the sentence that
    introduces that resolution ("… recommended passage of the following
    resolution:"): the resolution's title, not its first clause."""
    return nxt == "INTRO" and u.lines == 1 and NAMED_ITEM.fullmatch(ctx.t(u).strip()) is not None
