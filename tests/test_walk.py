"""Folder walks (issue 13): never out of the roots given, .gitignore honoured,
tool and build folders skipped, as ruff and black walk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from resolve.cli import run
from resolve.cli.files import discover

NEEDS_FMT = "WHEREAS,  the sky is blue;  and\n\nRESOLVED,   That we act.\n"


def _found(*roots: Path, cwd: Path | None = None) -> list[str]:
    targets, errors = discover([str(r) for r in roots])
    assert errors == []
    base = cwd or roots[0]
    return sorted(os.path.relpath(t.path or "", base) for t in targets)


def _tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


@pytest.mark.parametrize("args", [["fmt"], ["check", "--fix"]], ids=" ".join)
def test_directory_symlink_out_of_the_tree_is_not_followed(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    _tree(outside, {"victim.txt": NEEDS_FMT})
    tree = tmp_path / "tree"
    _tree(tree, {"mine.txt": NEEDS_FMT})
    (tree / "to-outside").symlink_to(outside)
    (tree / "to-root").symlink_to("/")
    (tree / "victim-link.txt").symlink_to(outside / "victim.txt")
    assert _found(tree) == ["mine.txt"]
    run([*args, str(tree)])
    capsys.readouterr()
    assert (outside / "victim.txt").read_text() == NEEDS_FMT  # never written
    assert (tree / "mine.txt").read_text() != NEEDS_FMT  # the file inside was


def test_symlinks_inside_the_tree(tmp_path: Path) -> None:
    _tree(tmp_path, {"a/real.txt": "x", "b/other.txt": "y"})
    (tmp_path / "b" / "alias.txt").symlink_to(tmp_path / "a" / "real.txt")  # inside: kept once
    (tmp_path / "b" / "dirlink").symlink_to(tmp_path / "a")  # a directory link: not followed
    assert _found(tmp_path) == ["a/real.txt", "b/other.txt"]


def test_symlink_named_as_a_root_is_walked(tmp_path: Path) -> None:
    _tree(tmp_path, {"real/a.txt": "x"})
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert _found(tmp_path / "link") == ["a.txt"]


def test_tool_and_build_folders_are_skipped(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "keep.txt": "x",
            "docs/keep.md": "x",
            "node_modules/pkg/README.md": "x",
            "env/pyvenv.cfg": "home = /usr/bin",
            "env/lib/notes.txt": "x",
            "venv/x.txt": "x",
            ".venv/x.txt": "x",
            ".tox/py/x.txt": "x",
            ".git/description.txt": "x",
            "build/x.txt": "x",
            "dist/x.md": "x",
            "__pycache__/x.txt": "x",
            "src/pkg/site-packages/x.txt": "x",
        },
    )
    assert _found(tmp_path) == ["docs/keep.md", "keep.txt"]


def test_gitignore_is_honoured(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            ".gitignore": "# comment\n*.log.txt\ngenerated/\n/top-only.txt\n!keep.log.txt\n",
            "a.txt": "x",
            "run.log.txt": "x",
            "keep.log.txt": "x",
            "top-only.txt": "x",
            "sub/top-only.txt": "x",
            "generated/out.txt": "x",
            "sub/generated/out.txt": "x",
            "sub/.gitignore": "!run.log.txt\nlocal.md\n",
            "sub/run.log.txt": "x",
            "sub/local.md": "x",
            "sub/b.md": "x",
        },
    )
    assert _found(tmp_path) == [
        "a.txt",
        "keep.log.txt",
        "sub/b.md",
        "sub/run.log.txt",  # the deeper file re-includes it
        "sub/top-only.txt",  # anchored to the top: only the top one is ignored
    ]


def test_gitignore_of_the_repository_applies_to_a_subfolder(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            ".git/info/exclude": "private.txt\n",
            ".gitignore": "docs/_site/\n",
            "docs/index.md": "x",
            "docs/private.txt": "x",
            "docs/_site/index.md": "x",
        },
    )
    assert _found(tmp_path / "docs") == ["index.md"]


def test_no_gitignore_above_a_folder_outside_a_repository(tmp_path: Path) -> None:
    _tree(tmp_path, {".gitignore": "*.txt\n", "docs/a.txt": "x"})  # no .git: not a repository
    assert _found(tmp_path / "docs") == ["a.txt"]


def test_explicit_files_are_taken_even_if_ignored(tmp_path: Path) -> None:
    _tree(tmp_path, {".gitignore": "*.txt\n", "node_modules/x.txt": "x", "a.txt": "x"})
    assert _found(tmp_path) == []
    named = [str(tmp_path / "a.txt"), str(tmp_path / "node_modules" / "x.txt")]
    targets, errors = discover(named)
    assert [t.path for t in targets] == named and errors == []
