"""resolve.io: decoding, refusing bad inputs, atomic writes."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from resolve.io import (
    InputError,
    decode_bytes,
    encode_text,
    read_stdin,
    read_text,
    write_atomic,
)

TEXT = "WHEREAS, café ✓; and\r\nRESOLVED, That “x”.\n"


def test_utf8_plain_keeps_crlf(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.encode("utf-8"))
    d = read_text(p)
    assert d.text == TEXT
    assert "\r\n" in d.text
    assert (d.encoding, d.bom, d.warning) == ("utf-8", False, None)
    assert d.stamp is not None and d.stamp.size == len(TEXT.encode())


def test_utf8_bom_is_recorded_and_stripped(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    d = read_text(p)
    assert d.text == TEXT
    assert d.bom and d.encoding == "utf-8"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    p = tmp_path / "a.txt"
    # "utf-16"/"utf-32" write a BOM themselves; the -le/-be codecs need one added.
    data = TEXT.encode(codec) if codec in ("utf-16", "utf-32") else ("\ufeff" + TEXT).encode(codec)
    p.write_bytes(data)
    d = read_text(p)
    assert d.text == TEXT
    assert d.bom


def test_round_trip_keeps_encoding_and_bom(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    original = ("\ufeff" + TEXT).encode("utf-16-le")
    p.write_bytes(original)
    d = read_text(p)
    write_atomic(p, d.text, encoding=d.encoding, bom=d.bom, expected=d.stamp)
    assert p.read_bytes() == original


def test_cp1252_is_read_with_a_warning() -> None:
    d = decode_bytes(b"WHEREAS caf\xe9 \x93quoted\x94; and\n", name="x.txt")
    assert d.encoding == "cp1252"
    assert d.text == "WHEREAS café “quoted”; and\n"
    assert d.warning is not None
    assert "x.txt" in d.warning and "Windows-1252" in d.warning and "offset 11" in d.warning


def test_undecodable_bytes_name_the_offset() -> None:
    # Valid UTF-8 plus a stray byte: a mixed file, never guessed as cp1252.
    data = "café ".encode() + b"\xff rest\n"
    with pytest.raises(InputError) as info:
        decode_bytes(data, name="bad.txt")
    msg = str(info.value)
    assert "bad.txt" in msg and "0xff" in msg and "offset 6" in msg and "UTF-8" in msg
    assert "\n" not in msg


def test_multibyte_legacy_encoding_is_not_guessed() -> None:
    data = "決議文 について".encode("shift_jis") * 3
    with pytest.raises(InputError):
        decode_bytes(data, name="sjis.txt")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"hello\x00world", "NUL"),
        ("WHEREAS".encode("utf-16-le"), "UTF-16"),
    ],
)
def test_binary_files_are_refused(data: bytes, what: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, name="f")
    assert "binary" in str(info.value)
    assert what in str(info.value)


def test_bad_bom_content() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"\xef\xbb\xbfok \xff", name="f")
    assert "offset 6" in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list[BaseException] = []

    def target() -> None:
        try:
            read_text(fifo)
        except BaseException as exc:
            result.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), "read_text blocked on a FIFO"
    assert isinstance(result[0], InputError)
    assert "FIFO" in str(result[0])


def test_symlink_loop(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(InputError, match="symbolic links"):
        read_text(a)


def test_broken_symlink(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.symlink_to(tmp_path / "missing")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_text(a)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where chmod 000 does not stop reads: simulate EACCES.
    p = tmp_path / "secret.txt"
    p.write_text("x")
    real_open = os.open

    def deny(path: object, flags: int, *args: object) -> int:
        if os.fspath(path) == str(p):  # type: ignore[call-overload]
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(InputError) as info:
        read_text(p)
    assert str(info.value) == f"{p}: permission denied"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read mode 000")
def test_unreadable_file_real(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("x")
    p.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_text(p)


def test_write_atomic_keeps_mode_and_leaves_no_temp(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("old\n")
    p.chmod(0o640)
    d = read_text(p)
    write_atomic(p, "new\n", expected=d.stamp)
    assert p.read_text() == "new\n"
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert sorted(x.name for x in tmp_path.iterdir()) == ["a.txt"]


def test_write_atomic_new_file_uses_umask(tmp_path: Path) -> None:
    p = tmp_path / "new.txt"
    old = os.umask(0o022)
    try:
        write_atomic(p, "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(p.stat().st_mode) == 0o644


def test_write_atomic_refuses_changed_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("old\n")
    d = read_text(p)
    p.write_text("someone else's edit\n")
    os.utime(p, ns=(1, 1))
    with pytest.raises(InputError, match="changed on disk"):
        write_atomic(p, "mine\n", expected=d.stamp)
    assert p.read_text() == "someone else's edit\n"


def test_write_atomic_refuses_removed_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("old\n")
    d = read_text(p)
    p.unlink()
    with pytest.raises(InputError, match="removed"):
        write_atomic(p, "mine\n", expected=d.stamp)


def test_write_atomic_refuses_read_only(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("old\n")
    p.chmod(0o444)
    with pytest.raises(InputError, match="read-only"):
        write_atomic(p, "new\n")
    assert p.read_text() == "old\n"


def test_write_atomic_follows_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, "new\n")
    assert link.is_symlink()
    assert real.read_text() == "new\n"


def test_encode_refuses_unencodable() -> None:
    with pytest.raises(InputError, match="U\\+2713"):
        encode_text("✓", "cp1252", name="x")


class _FakeStdin:
    def __init__(self, data: bytes) -> None:
        import io

        self.buffer = io.BytesIO(data)


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b"\xef\xbb\xbfA\r\nB"))
    d = read_stdin()
    assert (d.text, d.bom, d.stamp) == ("A\r\nB", True, None)


def test_read_stdin_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b"\x00\x01\x02"))
    with pytest.raises(InputError, match="<stdin>: looks like a binary file"):
        read_stdin()


def test_write_atomic_refuses_same_size_edit_in_one_tick(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("the sky\n")
    d = read_text(p)
    st = p.stat()
    with open(p, "r+b") as handle:  # same size, same inode
        handle.write(b"the SKY\n")
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same mtime
    with pytest.raises(InputError, match="changed on disk"):
        write_atomic(p, "mine\n", expected=d.stamp)
    assert p.read_text() == "the SKY\n"
    write_atomic(p, "mine\n", expected=read_text(p).stamp)  # read again: fine
    assert p.read_text() == "mine\n"


def test_reading_imports_neither_hashlib_nor_tempfile(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("WHEREAS, x\n")
    code = (
        "import sys\n"
        "from resolve.io import read_text\n"
        "d = read_text(sys.argv[1])\n"
        "assert d.stamp is not None and len(d.stamp.digest) == 32\n"
        "d = read_text(sys.argv[1], digest=False)\n"
        "assert d.stamp is not None and d.stamp.digest is None and d.stamp.size == 11\n"
        "print(sorted({'hashlib', '_hashlib', 'tempfile'} & set(sys.modules)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(p)], capture_output=True, text=True, check=True
    )
    assert proc.stdout.strip() == "[]"


def test_read_without_digest_still_guards_size_and_mtime(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("old\n")
    d = read_text(p, digest=False)
    assert d.text == "old\n" and d.stamp is not None and d.stamp.digest is None
    p.write_text("someone else's edit\n")
    with pytest.raises(InputError, match="changed on disk"):
        write_atomic(p, "mine\n", expected=d.stamp)


def test_file_growing_after_stat_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = tmp_path / "a.txt"
    p.write_text("WHEREAS, x\n")
    real_fstat = os.fstat

    def grown_after_stat(fd: int) -> os.stat_result:  # the file grows between fstat and read
        st = real_fstat(fd)
        with open(p, "a", encoding="utf-8") as handle:
            handle.write("RESOLVED, That y.\n" * 100_000)
        return st

    monkeypatch.setattr(os, "fstat", grown_after_stat)
    d = read_text(p)
    assert d.text == "WHEREAS, x\n" + "RESOLVED, That y.\n" * 100_000
