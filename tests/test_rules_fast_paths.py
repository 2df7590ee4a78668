"""Rules whose fast paths (one regex, shared indexes, skipped text) must find
exactly what the plain algorithm finds, including on the inputs that take the
slow path."""

from __future__ import annotations

from resolve.checker import apply_fixes, check
from resolve.config import Config


def found(text: str, code: str) -> list[tuple[int, int, str]]:
    config = Config(select=(code,), max_findings_per_rule=0)
    return [(d.span.start.offset, d.span.end.offset, d.message) for d in check(text, config=config)]


def test_repeated_word_overlapping_runs() -> None:
    assert found("RESOLVED, That the the the Local act.\n", "L004") == [
        (15, 22, 'Unexpected repeated word "the the", expected "the"'),
        (19, 26, 'Unexpected repeated word "the the", expected "the"'),
    ]


def test_repeated_word_ignores_case_and_skips_numbers_and_allowed_doubles() -> None:
    text = "RESOLVED, That The THE Local act; and had had 1 1 no no.\n"
    assert found(text, "L004") == [
        (15, 22, 'Unexpected repeated word "The THE", expected "The"'),
    ]


def test_repeated_word_needs_only_whitespace_between() -> None:
    assert found("RESOLVED, That the, the Local and theme the act.\n", "L004") == []
    assert found("RESOLVED, That the\n  the Local act.\n", "L004") == [
        (15, 24, 'Unexpected repeated word "the the", expected "the"'),
    ]


def test_repeated_word_final_sigma_compares_like_str_lower() -> None:
    # "ΟΔΟΣ".lower() == "οδος" (final sigma), which the regex alone misses.
    assert found("RESOLVED, That ΟΔΟΣ οδος apply.\n", "L004") == [
        (15, 24, 'Unexpected repeated word "ΟΔΟΣ οδος", expected "ΟΔΟΣ"'),
    ]


def test_repeated_word_dotted_capital_i_compares_like_str_lower() -> None:
    # "İ".lower() is "i̇" (two characters), not "i"; the regex alone would match.
    assert found("RESOLVED, That İ i apply.\n", "L004") == []
    assert found("RESOLVED, That İ İ apply.\n", "L004") == [
        (15, 18, 'Unexpected repeated word "İ İ", expected "İ"'),
    ]


def test_unbalanced_closer_with_other_openers_open() -> None:
    text = "RESOLVED, That " + "[" * 3 + ")" * 2 + " end.\n"
    assert found(text, "L003") == [
        (15, 16, 'Unexpected "[" that is never closed, expected "]"'),
        (16, 17, 'Unexpected "[" that is never closed, expected "]"'),
        (17, 18, 'Unexpected "[" that is never closed, expected "]"'),
        (18, 19, 'Unexpected ")" with no matching "(", expected a balanced pair'),
        (19, 20, 'Unexpected ")" with no matching "(", expected a balanced pair'),
    ]


def test_unbalanced_closer_pops_the_openers_above_its_pair() -> None:
    assert found("RESOLVED, That (a [b) c] d.\n", "L003") == [
        (18, 19, 'Unexpected "[" that is never closed, expected "]"'),
        (23, 24, 'Unexpected "]" with no matching "[", expected a balanced pair'),
    ]


def test_tab_after_a_carriage_return_is_indentation() -> None:
    text = "WHEREAS, a\tb; and\r\tWHEREAS, c;\r\n\tRESOLVED, That d\t.\n"
    assert [start for start, _, _ in found(text, "H005")] == [10, 18, 32, 49]
    config = Config(select=("H005",))
    assert apply_fixes(text, check(text, config=config), config=config) == (
        "WHEREAS, a b; and\r    WHEREAS, c;\r\n    RESOLVED, That d .\n"
    )


def test_tabs_in_trailing_whitespace_are_left_to_h004() -> None:
    text = "RESOLVED, That a\tb. \t\n"
    assert [start for start, _, _ in found(text, "H005")] == [16]
    assert [start for start, _, _ in found(text, "H004")] == [19]


def test_line_endings_of_one_kind_are_not_mixed() -> None:
    for eol in ("\n", "\r\n", "\r"):
        text = f"WHEREAS, a; and{eol}WHEREAS, b;{eol}RESOLVED, That c.{eol}"
        assert found(text, "H003") == []
    mixed = "WHEREAS, a; and\r\nWHEREAS, b;\nRESOLVED, That c.\n"
    assert [(s, e) for s, e, _ in found(mixed, "H003")] == [(0, 15)]


def test_quotes_of_one_style_are_not_mixed() -> None:
    assert found('RESOLVED, That "a" and "b" act.\n', "H006") == []
    assert found("RESOLVED, That “a” and ‘b’ act.\n", "H006") == []
    assert [s for s, _, _ in found('RESOLVED, That “a” and “b” and "c" act.\n', "H006")] == [
        31,
        33,
    ]


def test_placeholder_and_doubled_space_found_when_present() -> None:
    assert [s for s, _, _ in found("RESOLVED, That [Name of Local] act.\n", "L005")] == [15]
    assert found("RESOLVED, That the Local act.\n", "L005") == []
    assert [s for s, _, _ in found("RESOLVED, That the  Local act.\n", "H007")] == [18]
    assert found("RESOLVED, That the Local act.\n", "H007") == []


def test_placeholder_words_stand_alone() -> None:
    text = (
        "RESOLVED, That TBD, aTBD, TBDs, TK; XXXX and xx, xxx_ and X_XXX, ____ and __ [ ] (TBA).\n"
    )
    assert [(s, e) for s, e, _ in found(text, "L005")] == [
        (15, 18),  # TBD
        (32, 34),  # TK
        (36, 40),  # XXXX
        (65, 69),  # ____
        (77, 80),  # [ ]
        (82, 85),  # TBA
    ]
