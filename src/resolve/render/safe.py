"""Make untrusted text safe to print on a terminal.

Text from a document or a file name may contain control characters, ANSI
escape sequences, bidirectional overrides or zero-width characters. None of
them may reach the terminal raw: they could move the cursor, recolour or hide
output, or make text read differently from what it is ("Trojan Source").

:func:`safe_text` replaces each with a visible stand-in:

* C0 controls and DEL become Unicode control pictures (ESC → ``␛``, NUL → ``␀``);
* C1 controls become ``\\x9b``-style escapes;
* bidi controls, zero-width characters, line/paragraph separators and the BOM
  become ``<U+202E>``-style escapes.

Newlines and tabs are kept unless ``single_line=True`` (then they become ``␊``
and ``␉``), and a CRLF pair counts as one newline.

Only the standard library is imported here, so every output path can use it.
"""

from __future__ import annotations

__all__ = ["UNSAFE_CODEPOINTS", "has_unsafe", "safe_text"]

_BIDI = [
    0x061C,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),  # LRE RLE PDF LRO RLO
    *range(0x2066, 0x206A),  # LRI RLI FSI PDI
]
_INVISIBLE = [0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF]
_SEPARATORS = [0x2028, 0x2029, 0x0085]

UNSAFE_CODEPOINTS: frozenset[int] = frozenset(
    [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *_BIDI, *_INVISIBLE, *_SEPARATORS]
)
"""Every code point :func:`safe_text` replaces (newline and tab included)."""


def _stand_in(cp: int) -> str:
    if cp < 0x20:
        return chr(0x2400 + cp)  # ␀ … ␟
    if cp == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= cp < 0xA0:
        return f"\\x{cp:02x}"
    return f"<U+{cp:04X}>"


_TABLE_MULTI: dict[int, str] = {cp: _stand_in(cp) for cp in UNSAFE_CODEPOINTS}
_TABLE_KEEP = dict(_TABLE_MULTI)
del _TABLE_KEEP[0x0A]
del _TABLE_KEEP[0x09]


def has_unsafe(text: str) -> bool:
    """True if ``text`` holds anything :func:`safe_text` would replace (besides \\n, \\t)."""
    return any(ord(ch) in _TABLE_KEEP for ch in text)


def safe_text(text: str, *, single_line: bool = False) -> str:
    """Return ``text`` with every unsafe character replaced by a visible stand-in."""
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return text.translate(_TABLE_MULTI if single_line else _TABLE_KEEP)
