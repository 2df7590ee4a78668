"""Converters: a parsed resolution → JSON, Markdown, HTML, Akoma Ntoso or canonical text.

Every format is one module with a function ``render(doc, options) -> str``,
registered in :data:`RENDERERS` under its :class:`Format`. Adding a format is
one new module and one line in the table. Modules load lazily, so importing
this package stays cheap; nothing here imports Rich, typer or lxml.
"""

from __future__ import annotations

import enum
import importlib
from dataclasses import fields
from typing import TYPE_CHECKING, Any, Protocol, cast

from resolve.formats.options import ConvertOptions

if TYPE_CHECKING:
    from resolve.model import Document


class Format(enum.StrEnum):
    """Output formats of ``resolve convert``."""

    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"
    AKN = "akn"
    TEXT = "text"


class Renderer(Protocol):
    """What a format module provides."""

    def __call__(self, doc: Document, options: ConvertOptions, /) -> str: ...


RENDERERS: dict[Format, str] = {
    Format.JSON: "resolve.formats.json",
    Format.MARKDOWN: "resolve.formats.markdown",
    Format.HTML: "resolve.formats.html",
    Format.AKN: "resolve.formats.akn",
    Format.TEXT: "resolve.formats.text",
}
"""Format → module defining ``render(doc: Document, options: ConvertOptions) -> str``."""


def renderer(fmt: Format) -> Renderer:
    """The ``render`` function of the module registered for ``fmt``."""
    module = importlib.import_module(RENDERERS[fmt])
    return cast(Renderer, module.render)


def parse_format(to: str | Format) -> Format:
    """``"md"``/``"markdown"`` → :attr:`Format.MARKDOWN`; ``ValueError`` on an unknown name."""
    if isinstance(to, Format):
        return to
    name = to.strip().lower()
    name = {"md": "markdown", "htm": "html", "xml": "akn", "akomantoso": "akn", "txt": "text"}.get(
        name, name
    )
    try:
        return Format(name)
    except ValueError:
        known = ", ".join(f.value for f in Format)
        raise ValueError(f"unknown format {to!r} (expected one of: {known})") from None


def make_options(**options: Any) -> ConvertOptions:
    """:class:`ConvertOptions` from keyword arguments; ``TypeError`` on an unknown one."""
    known = {f.name for f in fields(ConvertOptions)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(f"unknown conversion option(s): {', '.join(unknown)}")
    return ConvertOptions(**options)


def load(source: str | Document, *, markdown: bool = False) -> Document:
    """A Document from resolution text, from JSON written by ``--to json``, or as given.
    ``markdown``: the text is Markdown (see :mod:`resolve.markdown_source`)."""
    from resolve.model import Document

    if isinstance(source, Document):
        return source
    if markdown:
        from resolve.markdown_source import parse_markdown

        return parse_markdown(source)
    from resolve.formats.json_in import document_from_json, looks_like_json

    if looks_like_json(source):
        return document_from_json(source)
    from resolve.parsing import parse

    return parse(source)


def convert(
    source: str | Document, to: str | Format, *, markdown: bool = False, **options: Any
) -> str:
    """Convert ``source`` (text, ``--to json`` output, or a Document) to format ``to``.

    ``markdown``: ``source`` is a Markdown file's text. Options are the fields
    of :class:`ConvertOptions`.
    """
    fmt = parse_format(to)
    opts = make_options(**options)
    doc = load(source, markdown=markdown)
    if doc.margins and fmt is not Format.JSON:
        # Prose formats read the words, not the email quote markers, printed
        # line numbers or Markdown marks around them; JSON keeps the spans of
        # the original.
        from resolve.parsing import without_margins

        doc = without_margins(doc)
    return renderer(fmt)(doc, opts)


__all__ = [
    "RENDERERS",
    "ConvertOptions",
    "Format",
    "Renderer",
    "convert",
    "make_options",
    "renderer",
]
