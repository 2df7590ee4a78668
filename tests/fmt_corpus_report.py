"""Figures for ``resolve fmt`` on the real corpus (tests/real/docs).

    python tests/fmt_corpus_report.py

For each document, as LF and as CRLF and in each wrap mode: whether fmt changes
it, whether it lost or changed a word or list marker (must be 0), whether it
kept every line ending (``keep`` mode) and is idempotent, and the notes it gave.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

from resolve.formats._common import words
from resolve.formats.fmt import format_source
from resolve.io import decode_bytes

DOCS = sorted((Path(__file__).parent / "real" / "docs").glob("*"))
_EOL = re.compile(r"\r\n|\r|\n")


def main() -> None:
    changed: collections.Counter[tuple[str, str]] = collections.Counter()
    notes: collections.Counter[tuple[str, str]] = collections.Counter()
    lost = endings = unstable = 0
    for path in DOCS:
        lf = decode_bytes(path.read_bytes(), name=str(path)).text.replace("\r\n", "\n")
        for eol, text in (("lf", lf), ("crlf", lf.replace("\n", "\r\n"))):
            for wrap in ("keep", "none", 72):
                result = format_source(text, wrap=wrap)  # type: ignore[arg-type]
                out = result.text
                lost += words(out) != words(text)
                endings += wrap == "keep" and _EOL.findall(out) != _EOL.findall(text)
                unstable += format_source(out, wrap=wrap).text != out  # type: ignore[arg-type]
                if result.changed:
                    changed[(eol, str(wrap))] += 1
                if eol == "lf":
                    for note in result.notes:
                        notes[(str(wrap), re.sub(r"\(.*?\)", "(…)", note))] += 1
    print(f"{len(DOCS)} documents")
    for key in sorted(changed):
        print(f"  changed, {key[0]}, wrap={key[1]}: {changed[key]}")
    print(
        f"  lost or changed a word/marker: {lost}; line endings not kept: {endings}; "
        f"not idempotent: {unstable}"
    )
    for (wrap, note), n in sorted(notes.items()):
        print(f"  note (wrap={wrap}) x{n}: {note}")


if __name__ == "__main__":
    main()
