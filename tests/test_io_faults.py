"""Faults during a write lose nothing (issue 13): signals, a full disk, read-only
files and folders, symlinks, hard links, mode/xattr/owner, a concurrent writer."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import resolve._atomic as atomic
from resolve.cli import run
from resolve.io import InputError, read_text, write_atomic

NEEDS_FMT = "WHEREAS,  the sky is blue;  and\n\nRESOLVED, That we act.\n"
FORMATTED = "WHEREAS, the sky is blue; and\n\nRESOLVED, That we act.\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
BIG = 50 * 1024 * 1024


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


# ---------------------------------------------------------------------------
# Signals during the write of a 50 MB file

# The child writes 50 MB over a 50 MB original, 1 MB a call with a pause
# between calls, so the parent can signal it while the temporary file is half
# written (it waits until the temporary file exists and has grown).
_CHILD = """
import os, sys, time
import resolve._atomic as atomic
real_write = os.write
def slow_write(fd, data):
    time.sleep(0.02)
    return real_write(fd, data)
atomic.os.write = slow_write
from resolve.io import read_text, write_atomic
d = read_text(sys.argv[1])
try:
    write_atomic(sys.argv[1], "new " * (BIG // 4), expected=d.stamp)
except KeyboardInterrupt:
    sys.exit(130)
print("finished")
""".replace("BIG", str(BIG))


def _wait_for_temp(directory: Path, proc: subprocess.Popen[bytes]) -> Path:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        temps = [p for p in directory.iterdir() if p.name.endswith(".tmp")]
        if temps and temps[0].exists():
            try:
                if temps[0].stat().st_size > 2 * 1024 * 1024:
                    return temps[0]
            except FileNotFoundError:
                pass
        if proc.poll() is not None:
            break
        time.sleep(0.01)
    _out, err = proc.communicate()
    pytest.fail(f"no temporary file appeared: {proc.returncode} {err.decode()[-2000:]}")


@pytest.mark.slow
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, -signal.SIGTERM)])
def test_signal_during_50mb_write_keeps_original_and_leaves_no_temp(
    tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    target = tmp_path / "big.txt"
    target.write_bytes(b"old " * (BIG // 4))
    before = _sha(target)
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _wait_for_temp(tmp_path, proc)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err.decode()[-2000:]
    assert b"Traceback" not in err
    assert b"finished" not in out
    assert _sha(target) == before
    assert _names(tmp_path) == ["big.txt"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signal_in_fmt_keeps_original_and_leaves_no_temp(tmp_path: Path, sig: int) -> None:
    """The same through ``resolve fmt``: the signal arrives just before the rename."""
    target = tmp_path / "motion.txt"
    target.write_text(NEEDS_FMT)
    child = (
        "import os, sys\n"
        "import resolve._atomic as atomic\n"
        "real = os.fsync\n"
        "def fsync(fd):\n"
        f"    os.kill(os.getpid(), {int(sig)})\n"
        "    real(fd)\n"
        "atomic.os.fsync = fsync\n"
        "from resolve.cli import main\n"
        "main()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", child, "fmt", str(target)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode in (130, -signal.SIGTERM, 128 + sig), proc.stderr.decode()
    assert b"Traceback" not in proc.stderr
    assert target.read_text() == NEEDS_FMT
    assert _names(tmp_path) == ["motion.txt"]


# ---------------------------------------------------------------------------
# A full disk


def test_full_disk_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.txt"
    target.write_text(NEEDS_FMT)
    calls = []

    def full(fd: int, data: bytes | memoryview) -> int:
        calls.append(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", full)
    with pytest.raises(InputError, match="no space left on device; the file is unchanged"):
        write_atomic(target, FORMATTED, expected=read_text(target).stamp)
    monkeypatch.undo()
    assert calls
    assert target.read_text() == NEEDS_FMT
    assert _names(tmp_path) == ["a.txt"]


@contextlib.contextmanager
def _small_tmpfs(where: Path) -> Iterator[Path]:
    if not IS_ROOT or sys.platform != "linux":
        pytest.skip("mounting a tmpfs needs root on Linux")
    where.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {proc.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


@pytest.mark.parametrize("hard_link", [False, True])
def test_full_disk_real_tmpfs(tmp_path: Path, hard_link: bool) -> None:
    with _small_tmpfs(tmp_path / "mnt") as mnt:
        target = mnt / "a.txt"
        original = "WHEREAS, x; and\n" * 40_000  # 640 kB of a 1 MB disk
        target.write_text(original)
        if hard_link:
            os.link(target, mnt / "b.txt")
        # A copy of 680 kB cannot fit beside the original; written in place
        # (hard link), 1.3 MB cannot fit at all.
        bigger = "WHEREAS, xx; and\n" * (80_000 if hard_link else 40_000)
        with pytest.raises(InputError, match="no space left on device"):
            write_atomic(target, bigger, expected=read_text(target).stamp)
        assert target.read_text() == original
        assert _names(mnt) == (["a.txt", "b.txt"] if hard_link else ["a.txt"])


# ---------------------------------------------------------------------------
# Read-only files and folders


def test_read_only_file_through_fmt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a.txt"
    target.write_text(NEEDS_FMT)
    target.chmod(0o444)
    assert run(["fmt", str(target)]) == 2
    assert "is read-only; not writing" in capsys.readouterr().err
    assert target.read_text() == NEEDS_FMT


def test_read_only_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "a.txt"
    target.write_text(NEEDS_FMT)
    folder.chmod(0o555)
    try:
        if IS_ROOT:  # root may write anyway: have the kernel's answer given by hand

            def denied(directory: str, base: str) -> tuple[int, str]:
                raise PermissionError(errno.EACCES, "Permission denied")

            monkeypatch.setattr(atomic, "_make_temp", denied)
        with pytest.raises(InputError, match=r"directory .* is not writable"):
            write_atomic(target, FORMATTED, expected=read_text(target).stamp)
    finally:
        folder.chmod(0o755)
    assert target.read_text() == NEEDS_FMT
    assert _names(folder) == ["a.txt"]


# ---------------------------------------------------------------------------
# Links


def test_fmt_writes_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text(NEEDS_FMT)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert run(["fmt", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == FORMATTED
    assert _names(tmp_path) == ["link.txt", "real.txt"]


def test_fmt_keeps_a_hard_link(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text(NEEDS_FMT)
    two = tmp_path / "two.txt"
    os.link(one, two)
    inode = one.stat().st_ino
    assert run(["fmt", str(one)]) == 0
    assert one.stat().st_ino == inode == two.stat().st_ino
    assert one.stat().st_nlink == 2
    assert two.read_text() == FORMATTED
    assert _names(tmp_path) == ["one.txt", "two.txt"]


def test_hard_link_shrinking_write_truncates(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("x" * 1000)
    os.link(one, tmp_path / "two.txt")
    write_atomic(one, "short\n", expected=read_text(one).stamp)
    assert (tmp_path / "two.txt").read_text() == "short\n"


# ---------------------------------------------------------------------------
# Mode bits, extended attributes, owner


def test_setuid_and_mode_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text(NEEDS_FMT)
    target.chmod(0o4754)
    write_atomic(target, FORMATTED, expected=read_text(target).stamp)
    assert stat.S_IMODE(target.stat().st_mode) == 0o4754


def test_xattrs_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text(NEEDS_FMT)
    try:
        os.setxattr(target, "user.resolve-test", b"kept")
    except (OSError, AttributeError):
        pytest.skip("no user extended attributes here")
    write_atomic(target, FORMATTED, expected=read_text(target).stamp)
    assert os.getxattr(target, "user.resolve-test") == b"kept"


@pytest.mark.skipif(not IS_ROOT, reason="only root can give a file away")
def test_owner_is_kept_when_root(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text(NEEDS_FMT)
    os.chown(target, 4321, 4322)
    write_atomic(target, FORMATTED, expected=read_text(target).stamp)
    st = target.stat()
    assert (st.st_uid, st.st_gid) == (4321, 4322)


# ---------------------------------------------------------------------------
# Another program writes while we write


@pytest.mark.parametrize("hard_link", [False, True])
def test_edit_while_writing_is_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_link: bool
) -> None:
    target = tmp_path / "a.txt"
    target.write_text(NEEDS_FMT)
    if hard_link:
        os.link(target, tmp_path / "b.txt")
    decoded = read_text(target)
    real_fsync = atomic.os.fsync
    real_fstat = atomic.os.fstat

    def someone_else_writes() -> None:
        with open(target, "r+", encoding="utf-8") as handle:  # same size, same inode
            handle.write(NEEDS_FMT.upper())

    def fsync(fd: int) -> None:  # the temporary file is written: the editor saves now
        someone_else_writes()
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    if hard_link:  # written in place: the editor saves just after it is opened

        def fstat(fd: int) -> os.stat_result:
            someone_else_writes()
            return real_fstat(fd)

        monkeypatch.setattr(atomic.os, "fstat", fstat)
    with pytest.raises(InputError, match="changed on disk since it was read"):
        write_atomic(target, FORMATTED + "more\n", expected=decoded.stamp)
    monkeypatch.undo()
    assert target.read_text() == NEEDS_FMT.upper()
    assert _names(tmp_path) == (["a.txt", "b.txt"] if hard_link else ["a.txt"])


def test_fmt_reports_an_edit_while_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a.txt"
    target.write_text(NEEDS_FMT)
    real_fsync = atomic.os.fsync

    def fsync(fd: int) -> None:
        target.write_text(NEEDS_FMT + "RESOLVED, That a new clause be added.\n")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    assert run(["fmt", str(target)]) == 2
    monkeypatch.undo()
    assert "changed on disk since it was read" in capsys.readouterr().err
    assert target.read_text().endswith("a new clause be added.\n")
    assert _names(tmp_path) == ["a.txt"]
