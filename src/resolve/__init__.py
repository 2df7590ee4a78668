"""resolve: parse, check, format and convert resolutions.

Public API::

    import resolve
    doc = resolve.parse(text)             # -> resolve.model.Document
    doc = resolve.parse_file("draft.txt")
    data = doc.to_dict()                  # JSON-ready
    amendments = resolve.diff(old, new)   # -> list[resolve.differ.Amendment]

The heavy modules (Lark, the rules) load on first use, so importing
``resolve`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

__version__ = "0.1.0"

if TYPE_CHECKING:
    from pathlib import Path

    from resolve.config import Config
    from resolve.diagnostics import Diagnostic
    from resolve.differ import Amendment
    from resolve.model import Document


def parse(text: str) -> Document:
    """Parse resolution text into a lossless :class:`~resolve.model.Document`.

    Never raises on any ``str`` input: text that fits no form is kept as
    typed unknown blocks.
    """
    from resolve.parsing import parse as _parse

    return _parse(text)


def parse_file(path: str | Path) -> Document:
    """Read ``path`` (UTF-8, UTF-8 with BOM, UTF-16 with BOM) and parse it.

    Raises :class:`resolve.io.InputError` with a one-line message on a file
    that cannot be read or decoded.
    """
    from resolve.io import read_text

    return parse(read_text(path, digest=False).text)


def check(
    source: str | Document,
    *,
    config: Config | None = None,
    path: str | None = None,
) -> list[Diagnostic]:
    """Run the lint rules over ``source`` (text or a parsed Document).

    ``config`` selects the profile and rules; by default the profile is
    inferred from the document. Returns diagnostics sorted by position.
    """
    from resolve.checker import check as _check

    return _check(source, config=config, path=path)


def format(
    source: str | Document,
    *,
    profile: str | None = None,
    wrap: int | Literal["keep", "none"] = "keep",
    markdown: bool = False,
) -> str:
    """Fix the spacing, connectors and (with ``profile``) casing of ``source``, as
    ``resolve fmt`` does.

    Never changes, adds or drops a word or a list marker, and never renumbers.
    ``wrap``: ``"keep"`` each paragraph's line breaks, ``"none"`` (one line per
    paragraph) or a width to rewrap to. ``markdown``: ``source`` is Markdown
    (its marks are kept). Line endings, the final newline and everything
    outside the resolutions are kept; text with no resolution, or read with
    low confidence, comes back unchanged. ``ValueError`` on an unknown profile.
    """
    from resolve.formats.fmt import format_source

    return format_source(source, profile=profile, wrap=wrap, markdown=markdown).text


def convert(source: str | Document, to: str, *, markdown: bool = False, **options: Any) -> str:
    """Convert ``source`` to ``json``, ``markdown``, ``html``, ``akn`` or ``text``.
    ``markdown``: ``source`` is Markdown (its marks are not read as words)."""
    from resolve.formats import convert as _convert

    return _convert(source, to, markdown=markdown, **options)


def diff(old: str | Document, new: str | Document) -> list[Amendment]:
    """The amendments that turn draft ``old`` into ``new``, as ``resolve diff`` lists
    them: :class:`~resolve.differ.Amendment` objects (``op``, ``part``, ``index``,
    ``after``, ``old``, ``new``; ``sentence()`` reads one as a chair would put it).

    Every number refers to ``old``. Renumbering, re-wrapping, spacing and line
    endings are not amendments; identical drafts give ``[]``. Either argument
    may be text or a parsed Document (parse a ``.md`` with
    ``resolve.markdown_source.parse_source(text, markdown=True)`` first).
    Raises :class:`resolve.differ.DiffError` (a ``ValueError``) when either
    holds no resolution, or they hold different numbers of resolutions.
    """
    from resolve.differ import diff as _diff

    return _diff(old, new)


def __getattr__(name: str) -> Any:
    raise AttributeError(f"module 'resolve' has no attribute {name!r}")


__all__ = ["__version__", "check", "convert", "diff", "format", "parse", "parse_file"]
