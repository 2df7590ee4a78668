"""Diagnostics: what a rule reports, and the edits that fix it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from resolve.model import Span


class Severity(enum.IntEnum):
    """How serious a finding is. Ordered, so thresholds compare."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        """``"error"`` → ``Severity.ERROR``; raises ``ValueError`` on anything else."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected error, warning or info)"
            ) from None


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` (character offsets) with ``replacement``."""

    start: int
    end: int
    replacement: str

    def __reduce__(self) -> tuple[type[Edit], tuple[int, int, str]]:
        # Pickled by constructor arguments: ``-j`` workers send findings back,
        # and the slots dataclass default (__setstate__ in Python) is ~2x slower.
        return (Edit, (self.start, self.end, self.replacement))


@dataclass(frozen=True, slots=True)
class Fix:
    """A set of non-overlapping edits that together fix one finding."""

    description: str
    edits: tuple[Edit, ...]
    safe: bool = True
    """Only safe fixes are applied by ``--fix``."""

    def __reduce__(self) -> tuple[type[Fix], tuple[str, tuple[Edit, ...], bool]]:
        return (Fix, (self.description, self.edits, self.safe))


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding of one rule at one place."""

    code: str
    """Rule code, e.g. ``S001``."""
    severity: Severity
    message: str
    span: Span
    help: str | None = None
    fix: Fix | None = None
    path: str | None = field(default=None, compare=False)
    """The file the finding is in; set by the checker, not by rules."""
    fixes: int = field(default=1, compare=False)
    """How many findings ``fix`` fixes: 1, or for the closing "N more" finding of
    a rule past ``max-findings-per-rule``, the number of hidden fixes it carries."""

    def __reduce__(self) -> tuple[type[Diagnostic], tuple[Any, ...]]:
        fields = (self.code, self.severity, self.message, self.span, self.help, self.fix)
        return (Diagnostic, (*fields, self.path, self.fixes))

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.label,
            "message": self.message,
            "path": self.path,
            "span": self.span.to_dict(),
            "help": self.help,
            "fix": None
            if self.fix is None
            else {
                "description": self.fix.description,
                "safe": self.fix.safe,
                "edits": [
                    {"start": e.start, "end": e.end, "replacement": e.replacement}
                    for e in self.fix.edits
                ],
            },
        }


def apply_edits(source: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits; an edit overlapping an earlier one is skipped."""
    out: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < pos:
            continue
        out.append(source[pos : edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(source[pos:])
    return "".join(out)
