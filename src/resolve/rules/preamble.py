"""Preamble rules (P): how recitals open, connect and end."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve.model import FormulaKind, Recital, RecitalOpener, Resolution
from resolve.rules.base import (
    Context,
    Hit,
    blank_before,
    connector_offset,
    convention,
    ending,
    formula_has_therefore,
    majority,
    norm_connector,
    replace_fix,
)

_WHEREAS = re.compile(r"(?<![ \t\ufeff])[ \t\ufeff]*+(?:(?i:and)\s++)?(?i:whereas)\b")
_ABBREV = frozenset(
    "mr mrs ms dr st no nos inc co corp ltd llc jr sr vs etc art sec secs vol gov sen rep "
    "hon prof gen col capt lt sgt ave blvd rd ft mt dept univ assn intl jan feb mar apr "
    "jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n p.m a.m approx est fig ch para pp "
    "op cf al seq v".split()
)
_SENTENCE_END = re.compile(r"\.[\"”’')\]]*+\s++(?=[\"“‘(]?[A-Z])")


def _opener_style(recital: Recital) -> str | None:
    if recital.opener_kind is RecitalOpener.NONE or not recital.opener:
        return None
    if recital.opener_kind is RecitalOpener.PHRASE:
        return "phrase"
    words = recital.opener.split()
    word = words[-1]
    if len(words) > 1 and words[0].lower() == "and" and word.islower():
        word = words[0]  # "Whereas …; And whereas …": the "And" carries the capital
    if word.isupper():
        return f"{recital.opener_kind.value}:upper"
    if word[:1].isupper():
        return f"{recital.opener_kind.value}:title"
    return f"{recital.opener_kind.value}:lower"


def mixed_openers(ctx: Context) -> Iterator[Hit]:
    """Reports recitals whose openers differ in style within one preamble.

    ## What it does
    Compares the openers of the recitals in each preamble: ``WHEREAS`` against
    ``Whereas``, ``WHEREAS`` against ``BECAUSE``, ``WHEREAS`` against a UN
    phrase such as ``Recalling``. The first opener sets the style. A recital
    that opens inside a sentence ("…, and, Whereas, …") takes the sentence's
    case and is left out; in "And whereas" the capital is the "And"'s, so it
    matches a first "Whereas" (the Canadian "Whereas …; And whereas …" form).

    ## Why is this bad?
    Mixed openers show a preamble pasted together from several drafts, and they
    make the document look careless when it is adopted and published.

    ## Example
    ```text
    WHEREAS, rents have doubled; and
    Whereas, wages have not;
    ```

    ## Use instead
    ```text
    WHEREAS, rents have doubled; and
    WHEREAS, wages have not;
    ```
    """
    for res in ctx.doc.resolutions:
        first: str | None = None
        first_opener = ""
        for recital in res.preamble:
            style = _opener_style(recital)
            if style is None or not blank_before(ctx.source, recital.span.start.offset):
                # "…, and, Whereas, …" inside a sentence takes the sentence's case.
                continue
            if first is None:
                first, first_opener = style, recital.opener or ""
                continue
            if style != first:
                start = recital.span.start.offset + max(0, recital.text.find(recital.opener or ""))
                yield Hit(
                    start,
                    start + len(recital.opener or ""),
                    f'Unexpected opener "{recital.opener}", expected "{first_opener}" '
                    "like the first recital",
                    help="Open every recital in one preamble the same way.",
                )


def _expected_connectors(
    ctx: Context, res: Resolution, recital: Recital, last: bool
) -> tuple[str, ...] | None:
    profile = ctx.profile_of(res)
    kind = recital.opener_kind
    if kind is RecitalOpener.PHRASE:
        if profile.name != "un":
            return None
        return (",",)
    if kind is RecitalOpener.NONE:
        if profile.name != "convention" or recital.items:
            return None
        return (".", ":") if last else (".",)
    if kind is RecitalOpener.BECAUSE:
        if not last:
            return (";", "; and")
        return (";", ":", ".", "; therefore, be it", "; now, therefore, be it")
    if not last:
        return profile.recital_connectors
    if formula_has_therefore(res):
        if profile.name == "gpo":
            return (":", ";")
        return (";", ":", ".")
    if res.enacting_formula is not None and "be it" in res.enacting_formula.text.lower():
        # "...; NOW, THEREFORE," followed by "BE IT RESOLVED"
        return (
            *profile.last_recital_connectors,
            "; now, therefore,",
            "; therefore,",
            ": now, therefore,",
            ": therefore,",
        )
    if res.enacting_formula is None and not res.clauses:
        return None
    return profile.last_recital_connectors


def recital_connector(ctx: Context) -> Iterator[Hit]:
    """Reports a recital that ends with the wrong connector for the profile.

    ## What it does
    Checks the punctuation and words that join each recital to the next:
    ``ronr`` wants ``; and`` and a last ``; now, therefore, be it`` (or a
    formula that says ``therefore``); ``gpo`` wants ``;`` and a last
    ``: Now, therefore, be it``; ``un`` wants ``,``; ``convention`` prose
    recitals end with ``.``. Under ``auto`` it learns the document's own
    convention instead: each recital that is not the last of its preamble
    should end as most such recitals of the document do (``; and`` and ``;``
    count as one, a colon or dash that leads into a list or quotation is no
    ending). The fix (``,`` to ``;``) is unsafe: a matter of style.

    ## Why is this bad?
    The preamble is one sentence in most styles; the connectors carry it from
    reason to reason and into the formula. A wrong connector breaks that sentence.

    ## Example
    ```text
    WHEREAS, rents have doubled.
    WHEREAS, wages have not; now, therefore, be it
    ```

    ## Use instead
    ```text
    WHEREAS, rents have doubled; and
    WHEREAS, wages have not; now, therefore, be it
    ```
    """
    if ctx.learning:
        yield from _learned_connectors(ctx)
        return
    for res in ctx.doc.resolutions:
        recitals = list(res.preamble)
        # Semicolons after UN-style phrases are a consistent house style (WHO).
        phrases = [r for r in recitals if r.opener_kind is RecitalOpener.PHRASE]
        semis = sum(1 for r in phrases if norm_connector(r.connector) == ";")
        if phrases and semis * 2 > len(phrases):
            phrase_ok: tuple[str, ...] = (";",)
        else:
            phrase_ok = ()
        for i, recital in enumerate(recitals):
            last = i == len(recitals) - 1
            expected = _expected_connectors(ctx, res, recital, last)
            if expected is None:
                continue
            actual = norm_connector(ending(recital))
            wanted = {norm_connector(e) for e in expected}
            if recital.opener_kind is RecitalOpener.PHRASE:
                wanted |= set(phrase_ok)
            if actual in wanted or (recital.items and actual in ("", ":")):
                continue
            yield _connector_hit(recital, expected)


def _connector_key(recital: Recital) -> str:
    """A recital's connector, with ``"; and"`` counted as ``";"``: GPO puts ``and``
    on the next-to-last recital only, and either joins the same sentence."""
    actual = norm_connector(ending(recital))
    return ";" if actual == "; and" else actual


def _learned_connectors(ctx: Context) -> Iterator[Hit]:
    """Under ``auto``: each recital that is not the last of its preamble ends as
    most such recitals of the same kind in the document do. The last recital
    leads into whatever formula the document uses, so it is left alone."""
    groups: dict[RecitalOpener, list[Recital]] = {}
    for res in ctx.doc.resolutions:
        for recital in res.preamble[:-1]:
            if recital.opener_kind is RecitalOpener.NONE:
                continue  # prose paragraphs: sentences, not a chain of recitals
            if recital.items and norm_connector(recital.connector) in ("", ":"):
                continue  # a recital that leads into its own list
            groups.setdefault(recital.opener_kind, []).append(recital)
    for recitals in groups.values():
        if len(recitals) < 2:
            continue
        # A colon or dash leads into a quotation, a table or a list: no ending.
        recitals = [r for r in recitals if _connector_key(r)[:1] not in (":", "-", "—", "–")]
        keys = [_connector_key(r) for r in recitals]
        usual = convention(keys)
        # A convention is what most recitals clearly do, with punctuation.
        if not usual or keys.count(usual) * 2 <= len(keys):
            continue
        shown = next((r.connector or "").strip() for r in recitals if _connector_key(r) == usual)
        for recital in recitals:
            if _connector_key(recital) != usual:
                yield _connector_hit(recital, (shown,), own=True)


def _connector_hit(recital: Recital, expected: tuple[str, ...], *, own: bool = False) -> Hit:
    shown = recital.connector.strip() if recital.connector else None
    start = connector_offset(recital, recital.connector)
    if start is None:
        start = recital.span.start.offset + len(recital.text.rstrip())
    end = start + len(recital.connector or "")
    alternatives = " or ".join(f'"{e}"' if e else "no connector" for e in expected[:2])
    whose = " like the other recitals of this document" if own else ""
    message = (
        f'Unexpected "{shown}" after recital, expected {alternatives}{whose}'
        if shown
        else f"Unexpected end of recital, expected {alternatives}{whose}"
    )
    fix = None
    if shown and len(expected) == 1:
        want = expected[0]
        # Only punctuation differs (", and" for "; and"): safe to swap.
        if want and norm_connector(want)[1:] == norm_connector(shown)[1:] and not want[0].isalpha():
            # A matter of house style: applied only with --unsafe-fixes.
            fix = replace_fix(f'Replace with "{want}"', start, start + 1, want[0], safe=False)
    return Hit(start, end, message, help=f"End the recital with {alternatives}.", fix=fix)


def period_in_preamble(ctx: Context) -> Iterator[Hit]:
    """Reports a full stop that ends a sentence inside a recital.

    ## What it does
    Under ``ronr``, finds a period followed by a new sentence inside a
    ``WHEREAS`` recital. Abbreviations (``St.``, ``Inc.``, ``U.S.``) and
    initials are not counted.

    ## Why is this bad?
    A preamble is a single sentence: each recital is a clause joined by
    ``; and``. A period ends the sentence early, and what follows no longer
    belongs to the preamble.

    ## Example
    ```text
    WHEREAS, the plant closed in May. Two hundred jobs were lost; and
    ```

    ## Use instead
    ```text
    WHEREAS, the plant closed in May, and two hundred jobs were lost; and
    ```
    """
    for res in ctx.doc.resolutions:
        if not ctx.profile_of(res).period_in_preamble:
            continue
        for recital in res.preamble:
            if recital.opener_kind is not RecitalOpener.WHEREAS:
                continue
            text = recital.text
            limit = len(text.rstrip())
            for m in _SENTENCE_END.finditer(text, 0, limit):
                word_start = m.start()
                while word_start > 0 and (
                    text[word_start - 1].isalpha() or text[word_start - 1] == "."
                ):
                    word_start -= 1
                word = text[word_start : m.start()].lower()
                if not word or word in _ABBREV or len(word.rstrip(".")) == 1 or "." in word:
                    continue
                if not text[m.start() - 1 : m.start()].isalpha():
                    continue
                start = recital.span.start.offset + m.start()
                yield Hit(
                    start,
                    start + 1,
                    'Unexpected "." inside the preamble, expected "," or "; and" '
                    "to continue the sentence",
                    help="Join the sentences, or split them into two WHEREAS recitals.",
                )


def whereas_comma(ctx: Context) -> Iterator[Hit]:
    """Reports ``WHEREAS`` with or without a comma against the profile's style.

    ## What it does
    ``ronr`` and ``board`` write ``WHEREAS,`` followed by a comma; ``gpo``
    writes ``Whereas`` followed directly by a lower-case word, with no comma.
    Under ``auto`` the document's own convention decides: the mark after most
    of its WHEREAS openers (comma, colon or none), so only departures are
    reported ("WHEREAS:" among "WHEREAS,"); when no mark is more common than
    the others (one "WHEREAS." and one "WHEREAS,") nothing is reported. A comma that opens an aside closed
    by a second comma ("Whereas, in December 2018, the ...") departs from no
    convention. "WHEREAS ," (a blank before the mark, as OCR spaces it) counts
    as its mark and is never reported itself. The fix is unsafe: a matter of
    style, and the comma may belong to the phrase after it.

    ## Why is this bad?
    The comma after the opener is a fixed convention of each style; following
    it makes the preamble consistent and easy to scan.

    ## Example
    ```text
    WHEREAS the Local has grown; and
    ```

    ## Use instead
    ```text
    WHEREAS, the Local has grown; and
    ```
    """
    found = list(_whereas_marks(ctx))
    if ctx.learning:
        # The document's own convention: what most of its WHEREAS openers do.
        # "Whereas, in December 2018, the ..." puts a comma before a phrase that
        # a second comma closes; it departs from no convention.
        usual = majority(mark for _, _, _, mark, aside, _ in found if not aside)
        if usual is None:
            return  # no mark is more common than the others: no convention to depart from
        for recital, m, word, mark, aside, spaced in found:
            if mark == usual or (aside and usual == "") or spaced:
                continue
            yield _comma_hit(recital, m, word, mark, usual, own=True)
        return
    by_res = {
        id(r.preamble[0]): ctx.profile_of(r).whereas_comma
        for r in ctx.doc.resolutions
        if r.preamble
    }
    want: bool | None = None
    for recital, m, word, mark, aside, spaced in found:
        want = by_res.get(id(recital), want)
        if want is None or spaced:
            continue
        if want and mark not in (",", ":"):
            yield _comma_hit(recital, m, word, mark, ",", own=False)
        elif not want and mark == "," and not aside:
            yield _comma_hit(recital, m, word, mark, "", own=False)


# A comma after WHEREAS that opens an aside closed by a second comma within a
# few words: "Whereas, in December 2018, the ...".
_ASIDE = re.compile(r",\s*+(?:[^\s,;:]++\s++){0,5}?[^\s,;:]++,")


# "WHEREAS ," (a blank before the mark, as OCR and some typists space it): the
# mark counts towards the document's convention, but the opener is never
# reported, since the spacing makes the mark's place unsure for an edit.
_SPACED_MARK = re.compile(r"[ \t]{1,2}(?=[,:;])")


def _whereas_marks(
    ctx: Context,
) -> Iterator[tuple[Recital, re.Match[str], str, str, bool, bool]]:
    """Each WHEREAS opener: (recital, match, the word, the mark after it, aside?,
    spaced off the word?)."""
    for res in ctx.doc.resolutions:
        for recital in res.preamble:
            if recital.opener_kind is not RecitalOpener.WHEREAS:
                continue
            m = _WHEREAS.match(recital.text)
            if m is None:
                continue
            spaced = _SPACED_MARK.match(recital.text, m.end())
            at = m.end() if spaced is None else spaced.end()
            after = recital.text[at : at + 1]
            mark = after if after in (",", ":", ";") else ""
            aside = mark == "," and _ASIDE.match(recital.text, at) is not None
            word = recital.text[m.start() : m.end()].strip()
            yield recital, m, word, mark, aside, spaced is not None


def _comma_hit(
    recital: Recital, m: re.Match[str], word: str, mark: str, want: str, *, own: bool
) -> Hit:
    end = recital.span.start.offset + m.end()
    whose = "like the other recitals of this document" if own else "as the profile writes it"
    shown = f'"{word}{mark}"'
    if want:
        expected = f'"{word}{want}"'
        replace = f'Replace with "{want}"' if mark else f'Add "{want}"'
    else:
        expected = f'"{word}" followed by the text'
        replace = f'Remove "{mark}"'
    return Hit(
        end - len("whereas"),
        end + len(mark),
        f"Unexpected {shown}, expected {expected} {whose}",
        help=f"Write {expected} in every recital.",
        # A matter of house style, and a comma may belong to the phrase after it:
        # applied only with --unsafe-fixes.
        fix=replace_fix(replace, end, end + len(mark), want, safe=False),
    )


_PARTICIPLE = re.compile(r"[A-Z](?:[a-z]+(?:ing|ed)|[A-Z]+(?:ING|ED))\b")
# A prepositional opener that intergovernmental bodies use as a participle
# ("In view of Resolution AG 1/2004, …", "In the light of …"). Accepted here, not
# added to the parser's phrase list: in minutes "In view of …" opens narrative.
_PREPOSITIONAL = re.compile(r"(?i:in[ \t]++(?:view|the[ \t]++light)[ \t]++of)\b")
# One to three words with no punctuation at all: a label an extraction left
# between the paragraphs (a page's link text, a heading), never a preambular
# paragraph, which is a clause of the organ's one sentence and ends in "," or ";".
_LABEL = re.compile(r"[^\W\d_][\w'’-]*+(?:[ \t]++[\w'’-]++){0,2}")


def unknown_preambular_phrase(ctx: Context) -> Iterator[Hit]:
    """Reports a UN recital that does not open with a known preambular phrase.

    ## What it does
    Under ``un``, checks that each recital after the organ line opens with a
    preambular phrase (``Recalling``, ``Deeply concerned``, ``Noting with
    concern``) from the built-in list or ``extra-preamble-phrases``. Openers
    that are participles (``Determining``, ``HAVING SEEN:``) or ``In view of`` /
    ``In the light of`` are accepted; a label of one to
    three words with no punctuation (a web page's link text) is no paragraph.

    ## Why is this bad?
    UN preambular paragraphs are a fixed form: a participle or adjective phrase,
    italicised in print. A recital that opens otherwise is usually an operative
    clause in the wrong place or a paragraph that lost its opener.

    ## Example
    ```text
    The General Assembly,
    The situation in the region remains fragile,
    ```

    ## Use instead
    ```text
    The General Assembly,
    Noting with concern that the situation in the region remains fragile,
    ```
    """
    for res in ctx.doc.resolutions:
        if ctx.profile_name(res) != "un":
            continue
        formula = res.enacting_formula
        if formula is None or formula.kind is not FormulaKind.ORGAN:
            continue
        for recital in res.preamble:
            if recital.span.start.offset < formula.span.start.offset:
                continue
            text = recital.text.lstrip()
            if recital.opener_kind is RecitalOpener.PHRASE:
                continue
            if (
                ctx.preamble_phrases.match(text) is not None
                or _PARTICIPLE.match(text)
                or _PREPOSITIONAL.match(text)
            ):
                continue
            if not text[:1].isalpha():
                continue  # a page number or document symbol, not a recital
            if _LABEL.fullmatch(text.rstrip()):
                continue  # a web page's label ("Texte intégral"), not a paragraph
            word = text.split(maxsplit=1)[0] if text.split() else ""
            start = recital.span.start.offset + (len(recital.text) - len(text))
            yield Hit(
                start,
                start + len(word),
                f'Unexpected preambular opener "{word}", expected a known preambular phrase '
                'such as "Recalling" or "Noting"',
                help="Open the recital with a preambular phrase, or add it to "
                "extra-preamble-phrases.",
            )
