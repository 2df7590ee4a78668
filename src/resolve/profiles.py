"""Profiles: the house styles a resolution can be checked against.

Each profile says what form it expects: how recitals open and connect, how
the enacting formula and clauses read, and how clauses end. Rules read these
settings instead of hard-coding one style.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Profile:
    """The form one house style expects."""

    name: str
    """Short name used in configuration (``ronr``)."""
    title: str
    """Human-readable name."""
    description: str
    """One line describing the form."""
    whereas_comma: bool | None
    """True: ``WHEREAS,`` with a comma; False: ``Whereas the`` without; None: either."""
    recital_connectors: tuple[str, ...]
    """Accepted connectors after a WHEREAS recital that is not the last."""
    last_recital_connectors: tuple[str, ...]
    """Accepted connectors after the last recital when the formula does not carry
    ``therefore`` itself."""
    clause_connectors: tuple[str, ...]
    """Accepted connectors after a clause that is not the last (prefix match)."""
    resolved_that: str | None
    """Expected casing of ``that`` in ``Resolved, That`` (``"That"``), or None for either."""
    verbs_required: bool
    """Clauses open with an operative verb (``Urges``, ``Reaffirms``)."""
    period_in_preamble: bool
    """A sentence-ending period inside a recital is a defect."""
    be_it_further: bool
    """``; and be it further`` links RESOLVED clauses."""
    full_stop_between_resolved: bool
    """A clause may end with ``.`` when the next one has its own ``Resolved`` lead."""
    keyword_case: Literal["upper", "title"] | None = None
    """Casing ``fmt`` writes for ``WHEREAS`` and the keywords of leads (``RESOLVED``,
    ``BE IT FURTHER``): ``upper``, ``title`` (``Whereas``, ``Resolved``), or None to
    keep the document's own. The rest of ``fmt``'s house style is derived from the
    fields above (see ``resolve.formats._text_style``)."""


RONR = Profile(
    name="ronr",
    title="Robert's Rules of Order",
    description=(
        'Recitals "WHEREAS, ...; and", the last ending "; now, therefore, be it"; '
        'clauses "Resolved, That ...; and", the last ending "."'
    ),
    whereas_comma=True,
    recital_connectors=("; and",),
    last_recital_connectors=("; therefore, be it", "; now, therefore, be it"),
    clause_connectors=(";",),
    resolved_that="That",
    verbs_required=False,
    period_in_preamble=True,
    be_it_further=True,
    full_stop_between_resolved=False,
    keyword_case="upper",
)

GPO = Profile(
    name="gpo",
    title="U.S. Congress (GPO style)",
    description=(
        'Recitals "Whereas the ...;" with no comma after Whereas, the last ending '
        '": Now, therefore, be it"; "Resolved, That the House—" with "(1) ...;" clauses'
    ),
    whereas_comma=False,
    recital_connectors=(";", "; and"),
    last_recital_connectors=(": Now, therefore, be it",),
    clause_connectors=(";",),
    resolved_that="That",
    verbs_required=False,
    period_in_preamble=False,
    be_it_further=False,
    full_stop_between_resolved=True,
    keyword_case="title",
)

UN = Profile(
    name="un",
    title="United Nations",
    description=(
        'Organ line "The General Assembly,", preambular phrases ending ","; numbered '
        'operative clauses opening with a verb, ";" after each and "." after the last'
    ),
    whereas_comma=None,
    recital_connectors=(",",),
    last_recital_connectors=(",",),
    clause_connectors=(";",),
    resolved_that=None,
    verbs_required=True,
    period_in_preamble=False,
    be_it_further=False,
    full_stop_between_resolved=False,
)

CONVENTION = Profile(
    name="convention",
    title="Union convention",
    description=(
        'A prose preamble of sentences ending "."; a formula naming the body '
        '("BE IT RESOLVED THAT THIS CONVENTION:"); clauses opening with a verb, '
        '";" after each and "." after the last'
    ),
    whereas_comma=None,
    recital_connectors=("; and", ";"),
    last_recital_connectors=(";", ":", ".", "; therefore, be it", "; now, therefore, be it"),
    clause_connectors=(";",),
    resolved_that=None,
    verbs_required=True,
    period_in_preamble=False,
    be_it_further=False,
    full_stop_between_resolved=True,
    keyword_case="upper",
)

BOARD = Profile(
    name="board",
    title="Board of directors",
    description=(
        'Recitals "WHEREAS, the Board ...; and"; "NOW, THEREFORE, BE IT RESOLVED, that '
        '...; and be it further" and "RESOLVED, that ...", the last ending "."'
    ),
    whereas_comma=True,
    recital_connectors=("; and", ";"),
    last_recital_connectors=(";", ":", ".", "; therefore, be it", "; now, therefore, be it"),
    clause_connectors=(";",),
    resolved_that=None,
    verbs_required=False,
    period_in_preamble=False,
    be_it_further=True,
    full_stop_between_resolved=True,
    keyword_case="upper",
)

PROFILES: dict[str, Profile] = {p.name: p for p in (RONR, GPO, UN, CONVENTION, BOARD)}
"""Every profile by name."""

PROFILE_NAMES: tuple[str, ...] = tuple(PROFILES)
"""The profile names, in documentation order."""


def get_profile(name: str) -> Profile:
    """The profile called ``name``; raises ``KeyError`` on an unknown name."""
    return PROFILES[name]
