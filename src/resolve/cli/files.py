"""Finding the files ``resolve check`` and ``resolve fmt`` work on.

* ``-`` is standard input;
* a directory is searched recursively for files matching the include globs
  (default ``*.txt``, ``*.md``, ``*.res``), the way ruff and black search:

  - symlinked directories are never followed, and a symlinked file is taken
    only if it resolves inside the directory given, so a walk (and ``fmt`` or
    ``check --fix`` after it) never reaches outside the roots it was given;
  - ``.gitignore`` files are honoured (those inside the walk and those of the
    parent directories up to the repository root, and ``.git/info/exclude``),
    with git's rules (the last matching pattern wins, ``!`` re-includes, a
    deeper file overrides a shallower one);
  - hidden directories (``.git``, ``.venv``, ``.tox``), virtual environments
    (a directory holding ``pyvenv.cfg``) and the folders of :data:`SKIPPED_DIRS`
    (``node_modules``, ``build``, ``dist``, ``__pycache__``…) are skipped, as is
    anything matching an exclude glob;
* any other argument is taken as a file, even if it does not match the
  include globs or is ignored (reading it reports a missing or unreadable file).

Globs match the file's name or its path relative to the directory given.
Explicitly named files are never excluded. Results are sorted and deduplicated.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

__all__ = ["DEFAULT_INCLUDE", "SKIPPED_DIRS", "STDIN", "Target", "discover", "split_globs"]

DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.md", "*.res")
STDIN = "-"
SKIPPED_DIRS: frozenset[str] = frozenset(
    {
        # ruff's default exclusions that are not hidden directories
        "__pypackages__",
        "_build",
        "buck-out",
        "build",
        "dist",
        "node_modules",
        "site-packages",
        "venv",
        "__pycache__",
    }
)
"""Directory names a walk never enters (hidden ones, starting with ``.``, neither)."""


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


# ---------------------------------------------------------------------------
# .gitignore


@dataclass(frozen=True, slots=True)
class _Ignore:
    """The patterns of one ignore file, relative to the directory ``base``."""

    base: str
    spec: Any  # pathspec.GitIgnoreSpec (imported only when a .gitignore exists)


def _load_ignore(base: str, path: str) -> _Ignore | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except (OSError, ValueError):
        return None
    if not any(line.strip() and not line.startswith("#") for line in lines):
        return None
    import pathspec

    return _Ignore(base, pathspec.GitIgnoreSpec.from_lines(lines))


def _is_ignored(path: str, is_dir: bool, ignores: Sequence[_Ignore]) -> bool:
    """Git's answer for ``path``: the deepest ignore file with a matching pattern decides."""
    for ignore in reversed(ignores):
        rel = os.path.relpath(path, ignore.base).replace(os.sep, "/")
        if rel.startswith("../"):
            continue
        result = ignore.spec.check_file(rel + "/" if is_dir else rel)
        if result.include is not None:
            return bool(result.include)
    return False


def _git_root(directory: str) -> str | None:
    current = directory
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _inherited_ignores(root: str) -> list[_Ignore]:
    """The ignore files that apply to ``root`` from above it, up to the repository root."""
    real = os.path.abspath(root)
    top = _git_root(real)
    if top is None:
        return []
    chain: list[str] = []
    current = os.path.dirname(real)
    while len(current) >= len(top):
        chain.append(current)
        if current == top:
            break
        current = os.path.dirname(current)
    out: list[_Ignore] = []
    exclude = _load_ignore(top, os.path.join(top, ".git", "info", "exclude"))
    if exclude is not None:
        out.append(exclude)
    for directory in reversed(chain):
        ignore = _load_ignore(directory, os.path.join(directory, ".gitignore"))
        if ignore is not None:
            out.append(ignore)
    return out


# ---------------------------------------------------------------------------
# The walk


def _inside(path: str, root_real: str) -> bool:
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return False
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def _skipped_dir(entry: os.DirEntry[str]) -> bool:
    name = entry.name
    if name.startswith(".") or name in SKIPPED_DIRS:
        return True
    return os.path.exists(os.path.join(entry.path, "pyvenv.cfg"))  # a virtual environment


def _walk(
    root: str,
    include: Sequence[str],
    exclude: Sequence[str],
    errors: list[str],
) -> list[str]:
    found: list[str] = []
    root_real = os.path.realpath(root)
    # Each stack item: a directory and the ignore files that apply to it.
    stack: list[tuple[str, list[_Ignore]]] = [(root, _inherited_ignores(root))]
    while stack:
        directory, ignores = stack.pop()
        local = _load_ignore(directory, os.path.join(directory, ".gitignore"))
        if local is not None:
            ignores = [*ignores, local]
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            errors.append(f"{directory}: cannot read directory: {exc.strerror or exc}")
            continue
        subdirs: list[tuple[str, list[_Ignore]]] = []
        for entry in entries:
            rel = os.path.relpath(entry.path, root).replace(os.sep, "/")
            try:
                if entry.is_symlink():
                    if entry.is_dir(follow_symlinks=True):
                        continue  # never followed: it may lead out of the tree (or loop)
                    is_dir = False
                    is_file = entry.is_file(follow_symlinks=True) and _inside(entry.path, root_real)
                else:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    is_file = not is_dir and entry.is_file(follow_symlinks=False)
            except OSError:
                continue  # broken link or vanished entry: not ours to check
            if is_dir:
                if _skipped_dir(entry) or _matches(entry.name, rel, exclude):
                    continue
                if ignores and _is_ignored(entry.path, True, ignores):
                    continue
                subdirs.append((entry.path, ignores))
            elif is_file:
                if not _matches(entry.name, rel, include) or _matches(entry.name, rel, exclude):
                    continue
                if ignores and _is_ignored(entry.path, False, ignores):
                    continue
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
