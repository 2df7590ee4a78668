"""The converters' options (below every format module, which reads the ones it knows)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ConvertOptions"]


@dataclass(frozen=True, slots=True)
class ConvertOptions:
    """Options for the converters; each format reads the ones it knows."""

    profile: str | None = None
    """``text``: the profile whose conventions the canonical text follows."""
    fragment: bool = False
    """``html``: only the body content, not a standalone page."""
    lang: str = "en"
    """``html``: the page's ``lang`` attribute."""
    akn_country: str | None = None
    """``akn``: FRBR country code. Default: ``un`` for a UN-form resolution
    (it opens with an organ line such as ``The General Assembly,``), else ``us``."""
    akn_date: str | None = None
    """``akn``: FRBR date (``YYYY-MM-DD``). Default: the first date found in the
    heading or trailer, else ``0001-01-01`` marked ``name="unknown"``."""
    akn_author: str | None = None
    """``akn``: FRBR author (a name, used for ``href="#slug"``). Default: the
    resolving body named in the formula, else ``unknown``."""
    akn_language: str = "eng"
    """``akn``: FRBR language (ISO 639-2 alpha-3)."""
