"""Build the benchmark inputs, deterministically (seeded).

Writes to ``bench/out/`` (git-ignored):

* ``book-1mb.txt`` and ``book-10mb.txt``: "books" of resolutions made of every
  file in ``examples/`` and ``tests/corpus/`` plus synthetic resolutions of
  every form the parser reads (convention WHEREAS/RESOLVED, Robert's Rules,
  board, UN operative, city-council sections, prose preambles), with varied
  recital counts, wrapping widths, sub-clause markers and headings;
* ``many/``: a folder of 200 files (real and synthetic) for ``check -j``.

``--smoke`` builds tiny versions of the same (a few KB) for CI.

Run it alone (``python bench/gen.py``) or let ``bench/run.py`` call it. The
same seed always gives byte-identical files.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
SEED = 20250612

MB = 1 << 20

WORDS = (
    "the union members workers local council board committee association "
    "convention delegates resolution policy wages benefits health safety "
    "contract bargaining employer city county state federal government "
    "public library school students faculty staff pension fund budget "
    "report year meeting members rights solidarity international support "
    "community housing transit climate energy water infrastructure program "
    "agreement development services access training equity funding plan "
    "of and to in for on with by from at as under over through against"
).split()

NAMES = (
    "Prairie Lofts, LLC",
    "the Executive Board",
    "Local 2110",
    "the City of Riverton",
    "the Academic Senate",
    "the Python Software Foundation",
    "the Mountain States Library Association",
    "the United Electrical Workers (UE)",
)

OPENERS = (
    "Recalling",
    "Recalling also",
    "Reaffirming",
    "Noting with concern",
    "Deeply concerned",
    "Welcoming",
    "Recognizing",
    "Bearing in mind",
    "Emphasizing",
    "Acknowledging",
)

VERBS = (
    "Decides",
    "Calls upon",
    "Urges",
    "Requests",
    "Encourages",
    "Welcomes",
    "Reaffirms",
    "Invites",
    "Stresses",
    "Condemns",
)

SUB_MARKERS = (
    lambda i: f"({chr(97 + i % 26)})",
    lambda i: f"{chr(97 + i % 26)})",
    lambda i: f"{chr(97 + i % 26)}.",
    lambda i: f"({_roman(i + 1)})",
    lambda i: "-",
    lambda i: "*",
    lambda i: f"{i + 1}.",
)


def _roman(n: int) -> str:
    out = []
    for value, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


@dataclass
class Synth:
    """A seeded generator of synthetic resolutions."""

    rng: random.Random

    def words(self, lo: int, hi: int) -> str:
        n = self.rng.randint(lo, hi)
        text = " ".join(self.rng.choice(WORDS) for _ in range(n))
        if self.rng.random() < 0.3:
            text += f" of {self.rng.choice(NAMES)}"
        if self.rng.random() < 0.15:
            text += f" (Article {self.rng.randint(1, 40)}, section {self.rng.randint(1, 9)})"
        return text

    def wrap(self, text: str, indent: str = "", first: str = "") -> str:
        """Wrap at a random width (or not at all), like a word processor's export."""
        width = self.rng.choice((0, 60, 70, 72, 78, 80, 100))
        if width == 0:
            return first + text
        lines: list[str] = []
        line = first
        for word in text.split(" "):
            if line.strip() and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = indent + word
            else:
                line = f"{line} {word}" if line.strip() else line + word
        lines.append(line)
        return "\n".join(lines)

    def title(self, n: int) -> str:
        style = self.rng.randrange(4)
        topic = self.words(3, 8).title()
        if style == 0:
            return f"RESOLUTION NO. {self.rng.randint(20, 25)}-{n:03d}\n\n{topic.upper()}"
        if style == 1:
            return f"Resolution {n}: {topic}"
        if style == 2:
            return f"{n}. {topic}"
        return topic.upper()

    def convention(self, n: int) -> str:
        parts = [self.title(n)]
        recitals = self.rng.randint(0, 12)
        for i in range(recitals):
            last = i == recitals - 1
            end = (
                self.rng.choice(("; now, therefore, be it", "; therefore be it", ";"))
                if last
                else self.rng.choice(("; and", ";", ", and"))
            )
            parts.append(self.wrap(f"WHEREAS, {self.words(8, 60)}{end}"))
        if recitals and self.rng.random() < 0.4:
            parts.append("THEREFORE, BE IT RESOLVED THAT THIS CONVENTION:")
            for i in range(self.rng.randint(1, 6)):
                marker = f"{i + 1}." if self.rng.random() < 0.7 else ""
                parts.append(self.wrap(f"{marker} {self.words(8, 40)}.".lstrip(), indent="   "))
        else:
            clauses = self.rng.randint(1, 8)
            for i in range(clauses):
                head = "RESOLVED, That" if i == 0 else "RESOLVED FURTHER, That"
                if self.rng.random() < 0.3:
                    head = "BE IT FURTHER RESOLVED, that" if i else "BE IT RESOLVED, that"
                tail = "; and be it further" if i < clauses - 1 else "."
                parts.append(self.wrap(f"{head} {self.words(8, 50)}{tail}"))
                if self.rng.random() < 0.25:
                    marker = self.rng.choice(SUB_MARKERS)
                    for j in range(self.rng.randint(2, 6)):
                        parts.append(
                            self.wrap(
                                f"{marker(j)} {self.words(4, 25)};",
                                indent="    ",
                                first="    ",
                            )
                        )
        if self.rng.random() < 0.3:
            parts.append(self.rng.choice(("Adopted by acclamation.", "ADOPTED", "Carried.")))
        return "\n\n".join(parts)

    def un(self, n: int) -> str:
        parts = [f"{self.rng.randint(60, 80)}/{n}. {self.words(3, 8).capitalize()}"]
        body = self.rng.choice(("The General Assembly,", "The Security Council,", "The Council,"))
        parts.append(f"    {body}")
        for _ in range(self.rng.randint(0, 14)):
            parts.append(
                self.wrap(f"{self.rng.choice(OPENERS)} {self.words(8, 60)},", first="    ")
            )
        for i in range(self.rng.randint(1, 12)):
            parts.append(
                self.wrap(
                    f"{i + 1}. {self.rng.choice(VERBS)} {self.words(8, 60)};",
                    indent="",
                    first="    ",
                )
            )
            if self.rng.random() < 0.2:
                for j in range(self.rng.randint(2, 5)):
                    parts.append(f"        ({chr(97 + j)}) {self.words(4, 20)};")
        return "\n\n".join(parts)

    def city(self, n: int) -> str:
        parts = [self.title(n)]
        for _ in range(self.rng.randint(1, 8)):
            parts.append(self.wrap(f"WHEREAS, {self.words(10, 50)}; and"))
        parts.append(
            "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF RIVERTON AS FOLLOWS:"
        )
        for i in range(self.rng.randint(1, 9)):
            parts.append(self.wrap(f"Section {i + 1}. {self.words(8, 50)}."))
        parts.append(f"PASSED AND APPROVED this {self.rng.randint(1, 28)}th day of June, 2024.")
        return "\n\n".join(parts)

    def prose(self, n: int) -> str:
        parts = [self.title(n)]
        for _ in range(self.rng.randint(1, 6)):
            parts.append(self.wrap(f"{self.words(30, 120).capitalize()}."))
        parts.append(self.wrap(f"Resolved, that {self.words(10, 60)}."))
        return "\n\n".join(parts)

    def board(self, n: int) -> str:
        parts = [f"{self.words(2, 5).title()}"]
        for i in range(self.rng.randint(1, 5)):
            lead = "RESOLVED, that" if i == 0 else "FURTHER RESOLVED, that"
            parts.append(self.wrap(f"{lead} {self.words(10, 60)}; and"))
        return "\n\n".join(parts)

    def resolution(self, n: int) -> str:
        kind = self.rng.choices(
            (self.convention, self.un, self.city, self.prose, self.board), (5, 2, 2, 1, 1)
        )[0]
        return kind(n)


def real_sources() -> list[tuple[str, str]]:
    """Every example and corpus file, line endings normalised to LF."""
    files = sorted((ROOT / "examples").glob("*.txt")) + sorted(
        (ROOT / "tests" / "corpus").glob("*.txt")
    )
    out = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace").lstrip("\ufeff")
        out.append((path.name, text.replace("\r\n", "\n").strip("\n")))
    return out


def build_book(size: int, seed: int) -> str:
    """About ``size`` bytes: all real files once, then synthetic and real ones interleaved."""
    rng = random.Random(seed)
    synth = Synth(rng)
    real = real_sources()
    chunks: list[str] = []
    total = 0
    for _, text in real:
        chunks.append(text)
        total += len(text.encode("utf-8")) + 4
    n = 0
    while total < size:
        n += 1
        if rng.random() < 0.1:
            text = rng.choice(real)[1]
        else:
            text = synth.resolution(n)
        chunks.append(text)
        total += len(text.encode("utf-8")) + 4
    rng.shuffle(chunks)
    return "\n\n\n".join(chunks) + "\n"


def build_folder(directory: Path, count: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    synth = Synth(rng)
    real = real_sources()
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.txt"):
        old.unlink()
    paths = []
    for i in range(count):
        if i < len(real):
            name, text = real[i]
            text += "\n"
        else:
            name = f"synthetic-{i:03d}.txt"
            text = "\n\n\n".join(synth.resolution(i + j) for j in range(rng.randint(1, 3))) + "\n"
        path = directory / f"{i:03d}-{name}"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


@dataclass(frozen=True)
class Inputs:
    small: Path
    """The 7.8 KB UE convention example (not generated, read in place)."""
    book_1mb: Path
    book_10mb: Path
    folder: Path
    folder_count: int


def _write_if_changed(path: Path, text: str) -> None:
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return
    path.write_bytes(data)


def generate(out: Path = OUT, *, smoke: bool = False, seed: int = SEED) -> Inputs:
    """Build every input under ``out`` and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-smoke" if smoke else ""
    small_size, big_size, count = (20_000, 200_000, 12) if smoke else (MB, 10 * MB, 200)
    book_1 = out / f"book-1mb{suffix}.txt"
    book_10 = out / f"book-10mb{suffix}.txt"
    _write_if_changed(book_1, build_book(small_size, seed))
    _write_if_changed(book_10, build_book(big_size, seed + 1))
    folder = out / f"many{suffix}"
    build_folder(folder, count, seed + 2)
    return Inputs(
        small=ROOT / "examples" / "ue-79th-convention-international-solidarity.txt",
        book_1mb=book_1,
        book_10mb=book_10,
        folder=folder,
        folder_count=count,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output directory")
    parser.add_argument("--smoke", action="store_true", help="tiny inputs, for CI")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    inputs = generate(args.out, smoke=args.smoke, seed=args.seed)
    for label, path in (("1 MB book", inputs.book_1mb), ("10 MB book", inputs.book_10mb)):
        print(f"{label}: {path} ({path.stat().st_size:,} bytes)")
    print(f"folder: {inputs.folder} ({inputs.folder_count} files)")


if __name__ == "__main__":
    main()
