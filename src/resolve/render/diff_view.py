"""``resolve diff`` on a terminal: struck words red with a line through, inserted green."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from resolve.differ import Amendment
from resolve.render.safe import safe_text

__all__ = ["render_amendments"]

_STRUCK = "red strike"
_INSERTED = "green"


def render_amendments(amendments: Sequence[Amendment], *, outside: bool = False) -> Text:
    """The amendments as styled text; document words are printed literally."""
    from resolve.diff_report import NONE_ELSEWHERE, NONE_SAME

    out = Text()
    if not amendments:
        out.append(f"No amendments: {NONE_ELSEWHERE if outside else NONE_SAME}\n")
        return out
    width = len(str(len(amendments)))
    for n, a in enumerate(amendments, 1):
        out.append(f"{n:>{width}}. ", style="bold")
        out.append(safe_text(a.prefix(), single_line=True))
        if a.op == "strike-and-insert":
            out.append(safe_text(a.old or "", single_line=True), style=_STRUCK)
            out.append(" and insert ")
            out.append(safe_text(a.new or "", single_line=True), style=_INSERTED)
            out.append(".")
        elif a.op == "insert":
            out.append(safe_text(a.new or "", single_line=True), style=_INSERTED)
            out.append(safe_text(a.suffix(), single_line=True))
        elif a.op == "strike":
            out.append(safe_text(a.old or "", single_line=True), style=_STRUCK)
            out.append(safe_text(a.suffix(), single_line=True))
        else:
            out.append(safe_text(a.old or "", single_line=True), style="italic")
            out.append(safe_text(a.suffix(), single_line=True))
        out.append("\n")
    noun = "amendment" if len(amendments) == 1 else "amendments"
    out.append(f"\n{len(amendments)} {noun}.\n")
    return out
