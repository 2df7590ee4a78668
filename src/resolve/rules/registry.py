"""The explicit table of every rule. Add a rule here to make it exist."""

from __future__ import annotations

from resolve.diagnostics import Severity
from resolve.rules import clauses, hygiene, language, numbering, preamble, structure
from resolve.rules.base import Rule

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741

RULES: tuple[Rule, ...] = (
    # Structure
    Rule(
        "S001",
        "missing-enacting-formula",
        "Resolution has no enacting formula.",
        E,
        structure.missing_enacting_formula,
        structural=True,
    ),
    Rule(
        "S002",
        "missing-clauses",
        "Resolution has no resolved or operative clauses.",
        E,
        structure.missing_clauses,
        structural=True,
    ),
    Rule(
        "S003",
        "preamble-after-clauses",
        "A recital comes after the first clause.",
        E,
        structure.preamble_after_clauses,
        structural=True,
    ),
    Rule(
        "S004",
        "empty-part",
        "A recital or clause has no text.",
        E,
        structure.empty_part,
        structural=True,
    ),
    Rule(
        "S005",
        "unknown-text",
        "Text fits no part of the resolution.",
        W,
        structure.unknown_text,
        structural=True,
    ),
    Rule(
        "S006",
        "list-without-lead-in",
        "A clause is only a list, with no lead-in.",
        W,
        structure.list_without_lead_in,
        structural=True,
    ),
    Rule(
        "S007",
        "unrecognized-trailer",
        "Text after the last clause is not a known trailer.",
        I,
        structure.unrecognized_trailer,
        structural=True,
    ),
    Rule(
        "S008",
        "low-confidence",
        "The structure was read with low confidence; structural findings are withheld.",
        I,
        structure.low_confidence,
    ),
    Rule(
        "S009",
        "no-resolution",
        "No resolution is found in the file.",
        I,
        structure.no_resolution,
    ),
    # Preamble
    Rule(
        "P001",
        "mixed-openers",
        "Recitals in one preamble open in different styles.",
        W,
        preamble.mixed_openers,
        structural=True,
    ),
    Rule(
        "P002",
        "recital-connector",
        "A recital ends with the wrong connector for the profile.",
        W,
        preamble.recital_connector,
        fixable=True,
        structural=True,
    ),
    Rule(
        "P003",
        "period-in-preamble",
        "A sentence ends inside a recital.",
        W,
        preamble.period_in_preamble,
        profiles=("ronr",),
        structural=True,
    ),
    Rule(
        "P004",
        "whereas-comma",
        "WHEREAS has or lacks the comma the profile wants.",
        W,
        preamble.whereas_comma,
        fixable=True,
    ),
    Rule(
        "P005",
        "unknown-preambular-phrase",
        "A UN recital opens with an unknown phrase.",
        W,
        preamble.unknown_preambular_phrase,
        profiles=("un",),
    ),
    # Clauses
    Rule(
        "C001",
        "numbering",
        "Clause numbering has a gap, duplicate or restart.",
        W,
        numbering.numbering,
        structural=True,
    ),
    Rule(
        "C002",
        "mixed-markers",
        "Sibling clauses use different marker styles.",
        W,
        numbering.mixed_markers,
        structural=True,
    ),
    Rule(
        "C003",
        "missing-operative-verb",
        "An operative clause does not open with a verb.",
        W,
        clauses.operative_verb,
        profiles=("un", "convention"),
        structural=True,
    ),
    Rule(
        "C004",
        "mixed-verb-forms",
        "Operative verbs mix forms (Reaffirms / Reaffirm).",
        W,
        clauses.verb_form,
        profiles=("un", "convention"),
        structural=True,
    ),
    Rule(
        "C005",
        "clause-terminal-punctuation",
        "A clause ends with the wrong punctuation.",
        W,
        clauses.terminal_punctuation,
        fixable=True,
        structural=True,
    ),
    Rule(
        "C006",
        "further-resolved-placement",
        '"and be it further" is on the last clause, repeated, or missing.',
        W,
        clauses.further_resolved,
        structural=True,
    ),
    Rule(
        "C007",
        "resolved-casing",
        '"Resolved, that" where the profile wants "Resolved, That".',
        W,
        clauses.resolved_casing,
        fixable=True,
    ),
    Rule("C008", "duplicate-clause", "The same clause appears twice.", E, clauses.duplicate_clause),
    Rule(
        "C009",
        "sublevel-order",
        "Sub-clause levels are nested out of order.",
        W,
        numbering.sublevel_order,
        profiles=("un",),
        structural=True,
    ),
    # Language
    Rule(
        "L001",
        "undefined-acronym",
        "An acronym is used without being defined.",
        W,
        language.undefined_acronym,
    ),
    Rule(
        "L002",
        "relative-time",
        'A relative time word ("this year") instead of a date.',
        W,
        language.relative_time,
    ),
    Rule(
        "L003",
        "unbalanced-brackets",
        "A bracket or quotation mark is not closed.",
        E,
        language.unbalanced,
    ),
    Rule("L004", "repeated-word", 'A word is repeated ("the the").', W, language.repeated_word),
    Rule(
        "L005",
        "placeholder",
        'A template placeholder ("[Name of Local]", "TBD") is left in.',
        E,
        language.placeholder,
    ),
    # Hygiene
    Rule("H001", "mojibake", "Text was decoded in the wrong encoding.", E, hygiene.mojibake),
    Rule(
        "H002",
        "control-character",
        "Control, zero-width or bidirectional character.",
        E,
        hygiene.control_characters,
        fixable=True,
    ),
    Rule(
        "H003",
        "mixed-line-endings",
        "The file mixes CRLF, LF and CR line endings.",
        W,
        hygiene.mixed_line_endings,
        fixable=True,
    ),
    Rule(
        "H004",
        "trailing-whitespace",
        "Whitespace at the end of a line.",
        W,
        hygiene.trailing_whitespace,
        fixable=True,
    ),
    Rule("H005", "tab", "A tab character.", W, hygiene.tabs, fixable=True),
    Rule(
        "H006",
        "mixed-quotes",
        "Straight and curly quotation marks are mixed.",
        W,
        hygiene.mixed_quotes,
        fixable=True,
    ),
    Rule(
        "H007",
        "doubled-space",
        "Two spaces between words.",
        W,
        hygiene.doubled_spaces,
        fixable=True,
    ),
    Rule(
        "H008",
        "missing-final-newline",
        "The file does not end with a line break.",
        I,
        hygiene.missing_final_newline,
        fixable=True,
    ),
)
"""Every rule, in documentation order."""

_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def get_rule(code: str) -> Rule | None:
    """The rule with ``code`` (``S001``) or name (``missing-clauses``), if any."""
    return _BY_CODE.get(code.strip().upper()) or _BY_NAME.get(code.strip().lower())
