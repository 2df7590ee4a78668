"""The passes over the classified units that run before the state machine.

Some forms show only in the whole document: a "will" sentence is operative
only when no formula follows it, a verb the vocabulary lacks is operative when
the house prints its operatives that way, a page lists its motions one per
item. Each pass is a pure function of the units and their kinds, run once, in
the order of the tables below (like markdown-it-py's ordered rule tables):

- ``SETTLE``: passes that rewrite kinds in place;
- ``BREAKS``: passes that return the offsets where a resolution begins (and may
  retype the units they break at).

A new document-wide form is one function in the cues module of its family
(``motions.py``, ``records.py``) and one row here; ``machine.py`` only runs the
tables.
"""

from __future__ import annotations

from collections.abc import Callable

from resolve.parsing.acronym_acts import acronym_acts
from resolve.parsing.acted_items import acted_items
from resolve.parsing.action_lines import action_lines
from resolve.parsing.agent_approvals import agent_approvals
from resolve.parsing.agreed_clauses import agreed_clauses
from resolve.parsing.agreed_items import agreed_items
from resolve.parsing.body_decisions import body_decisions
from resolve.parsing.body_lines import settle_body_lines, settle_verb_paragraphs
from resolve.parsing.body_statements import settle_body_statements, settle_provisions
from resolve.parsing.caps_parts import caps_motion_starts
from resolve.parsing.carried_records import carried_records
from resolve.parsing.coded_motions import coded_motions
from resolve.parsing.compilations import dated_resolutions, source_lines
from resolve.parsing.consent_items import consent_items
from resolve.parsing.context import Context
from resolve.parsing.cut_words import settle_cut_words
from resolve.parsing.dated_heads import settle_dated_heading
from resolve.parsing.decision_forms import (
    numbered_decisions,
    settle_adopted_text,
    settle_adverb_verbs,
    settle_article_headings,
    settle_bare_hereby,
    settle_decided_colon,
    settle_item_numbers,
    settle_item_outcomes,
    settle_report_moved,
    settle_signed_office,
    settle_spoken_motion,
)
from resolve.parsing.decision_records import decision_records
from resolve.parsing.decision_rows import decision_rows
from resolve.parsing.election_records import election_records
from resolve.parsing.fallback_records import fallback_records
from resolve.parsing.flat_resolves import flat_resolves
from resolve.parsing.formula_items import formula_items
from resolve.parsing.headed_communiques import headed_communiques
from resolve.parsing.journal_motions import journal_motions
from resolve.parsing.labelled_records import labelled_records
from resolve.parsing.letters import (
    settle_address_block,
    settle_therefore_resolves,
    settle_therefore_we,
)
from resolve.parsing.listed_actions import listed_actions
from resolve.parsing.listed_items import listed_items
from resolve.parsing.member_points import settle_member_points
from resolve.parsing.minute_labels import minute_labels
from resolve.parsing.motion_bullets import motion_bullets
from resolve.parsing.motion_pages import (
    addressed_decisions,
    captioned_moved,
    chained_clauses,
    glued_minutes,
    glued_numbers,
    headed_records,
    labelled_over,
    minute_items,
    moved_colon,
    moved_records,
    numbered_form,
    numbered_motions,
    proposer_motions,
    resolved_items,
    submitted_motions,
    titled_sections,
)
from resolve.parsing.motion_papers import glued_paper
from resolve.parsing.motions import (
    decision_section,
    headed_acts,
    labelled_proposals,
    numbered_acts,
    settle_caps_verbs,
    settle_colon_organs,
    settle_endorsements,
    settle_lettered_motion,
    settle_passive_hereby,
    settle_vote_lines,
    settle_will,
)
from resolve.parsing.moved_captions import moved_captions
from resolve.parsing.mover_lines import settle_mover_by
from resolve.parsing.mover_resolved import mover_resolved
from resolve.parsing.named_actions import named_actions
from resolve.parsing.named_adoptions import named_adoptions
from resolve.parsing.named_lists import named_lists
from resolve.parsing.named_sections import named_sections
from resolve.parsing.narrated_decisions import narrated_decisions
from resolve.parsing.narrated_votes import narrated_votes
from resolve.parsing.nested_motions import settle_nested_motions
from resolve.parsing.noted_verbs import captioned_statements, settle_noted_verbs
from resolve.parsing.organ_sentences import organ_sentences
from resolve.parsing.our_resolves import our_resolves
from resolve.parsing.outcome_items import outcome_items
from resolve.parsing.page_tops import settle_page_top_motion
from resolve.parsing.pagehead import (
    settle_preamble_label,
    settle_references,
    settle_share_links,
    settle_stray_bullets,
    settle_title_quote,
)
from resolve.parsing.paragraphs import Unit
from resolve.parsing.passed_items import passed_items
from resolve.parsing.procedural import session_motions
from resolve.parsing.quoted_motions import quoted_motions
from resolve.parsing.quoted_reports import settle_quoted_report
from resolve.parsing.quoted_resolutions import quoted_resolutions
from resolve.parsing.recorded_motions import recorded_motions
from resolve.parsing.records import (
    adopted_list,
    counted_list,
    labelled_motions,
    listed_motions,
    moved_items,
    recommendation_register,
)
from resolve.parsing.reported import (
    reported_decision,
    settle_act_captions,
    settle_moved_resolve,
    settle_reasoned_that,
    settle_submitted_intro,
)
from resolve.parsing.run_in import labelled_decisions
from resolve.parsing.run_on_items import run_on_items
from resolve.parsing.session_acts import session_acts
from resolve.parsing.speaker_quotes import named_quotes
from resolve.parsing.stated_approvals import stated_approvals
from resolve.parsing.status_items import status_items
from resolve.parsing.therefore_anew import therefore_anew
from resolve.parsing.voted_lists import voted_lists
from resolve.parsing.voted_motions import voted_motions
from resolve.parsing.we_statements import settle_we_statements, settle_we_verbs

Settle = Callable[[Context, list[Unit], list[str]], None]
Breaks = Callable[[Context, list[Unit], list[str]], list[int]]


def _will(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    settle_will(kinds)


def _register(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """A register's recommendations: its status line heads its one clause."""
    starts = []
    for j in recommendation_register(ctx, units, kinds):
        kinds[j - 1], kinds[j] = "META", "THAT"
        starts.append(units[j - 1].start)
    return starts


SETTLE: tuple[Settle, ...] = (
    settle_share_links,
    settle_stray_bullets,
    settle_cut_words,
    run_on_items,
    flat_resolves,
    _will,
    acronym_acts,
    settle_caps_verbs,
    settle_endorsements,
    settle_colon_organs,
    settle_body_lines,
    settle_verb_paragraphs,
    settle_we_statements,
    settle_we_verbs,
    settle_lettered_motion,
    settle_passive_hereby,
    settle_bare_hereby,
    settle_decided_colon,
    settle_signed_office,
    settle_item_numbers,
    settle_report_moved,
    settle_spoken_motion,
    settle_article_headings,
    settle_item_outcomes,
    settle_adopted_text,
    settle_references,
    settle_preamble_label,
    chained_clauses,
    numbered_acts,
    numbered_form,
    settle_title_quote,
    settle_dated_heading,
    settle_reasoned_that,
    settle_moved_resolve,
    moved_colon,
    settle_vote_lines,
    settle_mover_by,
    settle_submitted_intro,
    settle_act_captions,
    settle_address_block,
    settle_therefore_resolves,
    settle_quoted_report,
    settle_noted_verbs,
    settle_body_statements,
    settle_member_points,
    settle_therefore_we,
    settle_adverb_verbs,
    settle_page_top_motion,
    settle_provisions,
    settle_nested_motions,
    formula_items,
)
"""Kind rewrites, in order (a later pass sees the kinds the earlier ones settled)."""

BREAKS: tuple[Breaks, ...] = (
    adopted_list,
    moved_items,
    listed_motions,
    listed_items,
    passed_items,
    status_items,
    named_adoptions,
    quoted_resolutions,
    labelled_motions,
    voted_lists,
    motion_bullets,
    minute_labels,
    headed_acts,
    our_resolves,
    decision_section,
    labelled_proposals,
    _register,
    counted_list,
    minute_items,
    resolved_items,
    mover_resolved,
    numbered_motions,
    labelled_over,
    submitted_motions,
    captioned_moved,
    moved_captions,
    addressed_decisions,
    glued_minutes,
    moved_records,
    headed_records,
    titled_sections,
    voted_motions,
    labelled_records,
    recorded_motions,
    source_lines,
    dated_resolutions,
    listed_actions,
    proposer_motions,
    glued_numbers,
    reported_decision,
    labelled_decisions,
    organ_sentences,
    glued_paper,
    caps_motion_starts,
    decision_records,
    numbered_decisions,
    decision_rows,
    coded_motions,
    acted_items,
    named_lists,
    named_sections,
    agreed_items,
    outcome_items,
    journal_motions,
    quoted_motions,
    headed_communiques,
    narrated_decisions,
    fallback_records,
    agreed_clauses,
    action_lines,
    narrated_votes,
    consent_items,
    session_motions,
    election_records,
    carried_records,
    captioned_statements,
    stated_approvals,
    named_actions,
    agent_approvals,
    body_decisions,
    therefore_anew,
    named_quotes,
    session_acts,
)
"""Resolution starts found in the whole document, in order."""


def prepare(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Run every pass over ``units`` and their ``kinds`` (rewritten in place);
    the offsets where a resolution begins, as the passes found them."""
    for settle in SETTLE:
        settle(ctx, units, kinds)
    starts: list[int] = []
    for find in BREAKS:
        starts += find(ctx, units, kinds)
    return starts
