"""Finding the files ``resolve check`` and ``resolve fmt`` work on.

* ``-`` is standard input;
* a directory is searched recursively for files matching the include globs
  (default ``*.txt``, ``*.md``, ``*.res``), skipping hidden directories
  (``.git``, ``.venv``) and anything matching an exclude glob; symlinked
  directories are followed but each directory is visited once, so a symlink
  loop ends the walk instead of hanging it;
* any other argument is taken as a file, even if it does not match the
  include globs (reading it reports a missing or unreadable file).

Globs match the file's name or its path relative to the directory given.
Explicitly named files are never excluded. Results are sorted and deduplicated.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

__all__ = ["DEFAULT_INCLUDE", "STDIN", "Target", "discover", "split_globs"]

DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.md", "*.res")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Target:
    """One input: a file path, or standard input when ``path`` is ``None``."""

    display: str
    """The name shown in messages."""
    path: str | None
    """The file to read; ``None`` for standard input."""

    @property
    def is_stdin(self) -> bool:
        return self.path is None


def split_globs(values: Iterable[str] | None) -> tuple[str, ...]:
    """``["*.txt,*.md", "*.res"]`` → ``("*.txt", "*.md", "*.res")``."""
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(out)


def _matches(name: str, rel: str, globs: Sequence[str]) -> bool:
    return any(fnmatchcase(name, g) or fnmatchcase(rel, g) for g in globs)


def _walk(
    root: str,
    include: Sequence[str],
    exclude: Sequence[str],
    errors: list[str],
) -> list[str]:
    found: list[str] = []
    seen: set[tuple[int, int]] = set()
    stack: list[str] = [root]
    while stack:
        directory = stack.pop()
        try:
            st = os.stat(directory)
        except OSError as exc:
            errors.append(f"{directory}: cannot read directory: {exc.strerror or exc}")
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue  # a symlink loop, or the same directory reached twice
        seen.add(key)
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            errors.append(f"{directory}: cannot read directory: {exc.strerror or exc}")
            continue
        subdirs: list[str] = []
        for entry in entries:
            rel = os.path.relpath(entry.path, root).replace(os.sep, "/")
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
                is_file = not is_dir and entry.is_file(follow_symlinks=True)
            except OSError:
                continue  # broken link or vanished entry: not ours to check
            if is_dir:
                if entry.name.startswith(".") or _matches(entry.name, rel, exclude):
                    continue
                subdirs.append(entry.path)
            elif is_file:
                if _matches(entry.name, rel, include) and not _matches(entry.name, rel, exclude):
                    found.append(entry.path)
        stack.extend(reversed(subdirs))
    return found


def _display(path: str) -> str:
    return path[2:] if path.startswith("./") and len(path) > 2 else path


def discover(
    paths: Sequence[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin_name: str | None = None,
) -> tuple[list[Target], list[str]]:
    """The targets for ``paths`` and one-line errors for directories that could not be read.

    Targets are sorted by display name (standard input first) and deduplicated.
    """
    include = tuple(include) or DEFAULT_INCLUDE
    errors: list[str] = []
    targets: list[Target] = []
    seen: set[str] = set()
    has_stdin = False
    for arg in paths:
        if arg == STDIN:
            if not has_stdin:
                has_stdin = True
                targets.append(Target(stdin_name or "<stdin>", None))
            continue
        if os.path.isdir(arg):
            files = _walk(arg, include, exclude, errors)
        else:
            files = [arg]
        for path in files:
            try:
                key = os.path.realpath(path)
            except (OSError, ValueError):
                key = path
            if key in seen:
                continue
            seen.add(key)
            targets.append(Target(_display(path), _display(path)))
    targets.sort(key=lambda t: (not t.is_stdin, t.display))
    return targets, errors
