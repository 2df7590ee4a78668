"""Lint precision on real documents: judged findings against what check reports.

Runs ``resolve check`` over ``tests/real/docs/*.txt`` and matches each finding
with the verdicts in ``tests/real/judged.json`` (file, rule code, line and the
first 60 characters of the flagged text). Precision is true / (true + false)
over the judged findings that fire; debatable ones are counted apart.

Usage::

    python tools/precision.py                # default rules
    python tools/precision.py --select ALL   # every rule, opt-in ones too
    python tools/precision.py --unjudged 15  # list up to 15 unjudged findings per rule
    python tools/precision.py --src /path/to/other/src   # measure another checkout
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from realsplit import hidden, opened_batches

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "tests" / "real" / "docs"
JUDGED = ROOT / "tests" / "real" / "judged.json"

Key = tuple[str, str, int, int, str]


def key_of(entry: dict[str, Any]) -> Key:
    return (entry["file"], entry["code"], int(entry["line"]), int(entry["column"]), entry["text"])


def findings(select: tuple[str, ...]) -> list[dict[str, Any]]:
    """Every finding of ``resolve check`` on the real documents."""
    from resolve.checker import check
    from resolve.config import Config

    config = Config(select=select)
    out: list[dict[str, Any]] = []
    for path in sorted(DOCS.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for diag in check(text, config=config):
            flagged = text[diag.span.start.offset : diag.span.end.offset]
            out.append(
                {
                    "file": path.name,
                    "code": diag.code,
                    "severity": diag.severity.label,
                    "line": diag.span.start.line,
                    "column": diag.span.start.column,
                    "text": flagged[:60],
                    "message": diag.message,
                }
            )
    return out


def table(found: list[dict[str, Any]], judged: dict[Key, dict[str, Any]]) -> list[str]:
    """Markdown rows: per rule, then errors, then overall."""
    per: dict[str, Counter[str]] = defaultdict(Counter)
    by_severity: dict[str, Counter[str]] = defaultdict(Counter)
    for f in found:
        per[f["code"]]["findings"] += 1
        verdict = judged.get(key_of(f))
        if verdict is not None:
            per[f["code"]][verdict["verdict"]] += 1
            by_severity[f["severity"]][verdict["verdict"]] += 1
    rows = [
        "| rule | findings | judged | true | false | debatable | precision |",
        "|---|---|---|---|---|---|---|",
    ]
    total: Counter[str] = Counter()
    for code in sorted(per):
        c = per[code]
        total.update(c)
        rows.append(_row(code, c))
    rows.append(_row("**all**", total))
    for severity in ("error", "warning", "info"):
        if severity in by_severity:
            c = Counter(by_severity[severity])
            c["findings"] = sum(1 for f in found if f["severity"] == severity)
            rows.append(_row(f"*{severity}*", c))
    return rows


def _row(name: str, c: Counter[str]) -> str:
    judged = c["true"] + c["false"] + c["debatable"]
    decided = c["true"] + c["false"]
    precision = f"{100 * c['true'] / decided:.0f} %" if decided else "–"
    return (
        f"| {name} | {c['findings']} | {judged} | {c['true']} | {c['false']} | "
        f"{c['debatable']} | {precision} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--select", default="", help="comma-separated codes or ALL")
    parser.add_argument("--unjudged", type=int, default=0, metavar="N")
    parser.add_argument(
        "--show-unseen", action="store_true", help="name unseen documents in --unjudged"
    )
    parser.add_argument("--src", default=str(ROOT / "src"), help="the resolve sources to measure")
    args = parser.parse_args(argv)
    sys.path.insert(0, args.src)
    select = tuple(s for s in args.select.split(",") if s)
    judged = {key_of(e): e for e in json.loads(JUDGED.read_text(encoding="utf-8"))}
    found = findings(select)
    print("\n".join(table(found, judged)))
    if args.unjudged:
        opened = opened_batches()
        unseen = {
            name
            for manifest in sorted((ROOT / "tests" / "real").glob("manifest-*.json"))
            for name, e in json.loads(manifest.read_text(encoding="utf-8")).items()
            if hidden(e["split"], manifest.stem.removeprefix("manifest-"), opened)
        }
        shown: Counter[str] = Counter()
        unnamed: Counter[str] = Counter()
        for f in found:
            if key_of(f) in judged or shown[f["code"]] >= args.unjudged:
                continue
            if f["file"] in unseen and not args.show_unseen:
                unnamed[f["code"]] += 1  # like accuracy.py: unseen documents are never named
                continue
            shown[f["code"]] += 1
            print(f"{f['file']}:{f['line']}:{f['column']} {f['code']} {f['text']!r} {f['message']}")
        for code, n in sorted(unnamed.items()):
            print(f"unseen: {n} unjudged {code} (names hidden; --show-unseen to list them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
