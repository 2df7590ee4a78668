"""Reading and writing resolution files.

Reading works on bytes, never on a text-mode file, so line endings are kept
exactly as written and spans and fixes stay exact.

* UTF-8, with or without a byte-order mark (the BOM is recorded in
  :attr:`Decoded.bom` and stripped from the text);
* UTF-16 and UTF-32 with a byte-order mark;
* Windows-1252, only as a fallback and with a warning, when the bytes are not
  UTF-8 but look like single-byte Western text (see :func:`decode_bytes`).

Anything else raises :class:`InputError`, whose ``str`` is one line saying what
went wrong and, for decoding errors, at which byte.

Writing (:func:`write_atomic`) goes through a temporary file in the same
directory, ``fsync`` and ``os.replace``; it keeps the file's mode and refuses to
overwrite a read-only file or one that changed since it was read.

This module imports only the standard library.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "MAX_BYTES",
    "Decoded",
    "FileStamp",
    "InputError",
    "decode_bytes",
    "encode_text",
    "read_stdin",
    "read_text",
    "write_atomic",
]

MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this are refused: no resolution is 64 MiB long."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BOM_FOR = {encoding: bom for bom, encoding in _BOMS}

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document: name a .docx file to read it)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)

# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC may).
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# A well-formed UTF-8 multi-byte sequence.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _digest(data: bytes) -> bytes:
    """A 32-byte BLAKE2b digest of ``data``.

    From ``_blake2``, CPython's built-in module behind ``hashlib.blake2b``:
    importing ``hashlib`` loads OpenSSL (~2.5 ms, a few per cent of a cold
    ``resolve check``), which every read paid for its stamp.
    """
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python without it: hashlib's (the same algorithm)
        from hashlib import blake2b
    return blake2b(data, digest_size=32).digest()


class InputError(Exception):
    """A file or stream cannot be read, decoded or written. ``str`` is one line."""


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What a file looked like when it was read, to detect a change before writing."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    mode: int
    digest: bytes | None = None
    """BLAKE2b of the bytes read: catches a same-size edit within one clock tick."""
    readonly_reason: str | None = None
    """Why the text read must never be written back (e.g. it was extracted from a
    Word document); :func:`write_atomic` refuses with it."""

    def _replace_reason(self, reason: str) -> FileStamp:
        from dataclasses import replace

        return replace(self, readonly_reason=reason)

    @classmethod
    def of(cls, st: os.stat_result, data: bytes | None = None) -> FileStamp:
        digest = _digest(data) if data is not None else None
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_mode, digest)

    def same_file_state(self, st: os.stat_result, path: str | None = None) -> bool:
        same = (self.device, self.inode, self.size, self.mtime_ns) == (
            st.st_dev,
            st.st_ino,
            st.st_size,
            st.st_mtime_ns,
        )
        if not same or self.digest is None or path is None:
            return same
        try:
            with open(path, "rb") as handle:
                return _digest(handle.read()) == self.digest
        except OSError:
            return False


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text plus what is needed to write it back the same way."""

    text: str
    """The text, BOM stripped, line endings untouched."""
    encoding: str
    """``utf-8``, ``utf-16-le``, ``utf-16-be``, ``utf-32-le``, ``utf-32-be`` or ``cp1252``."""
    bom: bool = False
    """The input started with a byte-order mark."""
    warning: str | None = None
    """A one-line warning (e.g. the text was read as Windows-1252)."""
    stamp: FileStamp | None = None
    """The file's state when read; ``None`` for standard input."""


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def _looks_like_utf16_without_bom(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_nuls, odd_nuls) > half * 0.6


def _read_word(name: str, st: os.stat_result) -> Decoded:
    """A Word document's paragraphs as lines (see :mod:`resolve.docx_source`)."""
    from resolve.docx_source import READ_ONLY_REASON, docx_text, install_hint

    try:
        text = docx_text(name)
    except ImportError:
        raise InputError(
            f"{name}: reading Word documents needs python-docx: {install_hint()}"
        ) from None
    except ValueError as exc:
        raise InputError(f"{name}: {exc}") from None
    except OSError as exc:
        raise _os_error(name, exc) from None
    return Decoded(text, "utf-8", stamp=FileStamp.of(st)._replace_reason(READ_ONLY_REASON))


def _pdf_message(name: str) -> str:
    if name.startswith("<"):  # standard input
        name = "file.pdf"
    stem = name[:-4] if name.lower().endswith(".pdf") else name
    return (
        f"{name}: is a PDF document; resolve reads text: extract it first, e.g. "
        f"'pdftotext -layout {name} {stem}.txt' (poppler-utils), then run resolve on "
        f"{stem}.txt (check page headers and footnotes in the extracted text)"
    )


def _binary_reason(data: bytes) -> str | None:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return f"looks like a binary file ({what})"
    if b"\x00" in data:
        if _looks_like_utf16_without_bom(data):
            return (
                "looks like a binary file (or UTF-16 without a byte-order mark; save it as UTF-8)"
            )
        return f"looks like a binary file (NUL byte at offset {data.index(0)})"
    return None


def _cp1252_fallback(data: bytes) -> str | None:
    """Decode as Windows-1252 only if the bytes look like single-byte Western text."""
    if _BINARY_CONTROLS.search(data):
        return None
    if _UTF8_MULTIBYTE.search(data):
        # Some valid UTF-8 and some not: a mixed file. Reading it as cp1252
        # would turn the valid parts into mojibake.
        return None
    runs = _HIGH_RUN.findall(data)
    if not runs:
        return None
    # cp1252 text has isolated accented letters and quotes; legacy multi-byte
    # encodings (Shift-JIS, GBK, EUC-KR) have long runs of high bytes.
    long_runs = sum(1 for run in runs if len(run) >= 3)
    if long_runs * 4 > len(runs):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes, *, name: str = "<input>") -> Decoded:
    """Decode ``data`` (see the module docstring for what is accepted).

    ``name`` is used in messages. Raises :class:`InputError`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(encoding)
            except UnicodeDecodeError as exc:
                pos = exc.start + len(bom)
                raise InputError(
                    f"{name}: starts with a {encoding.upper()} byte-order mark but byte "
                    f"{data[pos]:#04x} at offset {pos} (line {_line_of(data, pos)}) is not "
                    f"valid {encoding.upper()}"
                ) from None
            return Decoded(text, encoding, bom=True)

    if data.startswith(b"%PDF-"):
        raise InputError(_pdf_message(name))
    reason = _binary_reason(data)
    if reason is not None:
        raise InputError(f"{name}: {reason}")

    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        pos = exc.start
        where = f"byte {data[pos]:#04x} at offset {pos}, line {_line_of(data, pos)}"
        fallback = _cp1252_fallback(data)
        if fallback is not None:
            return Decoded(
                fallback,
                "cp1252",
                warning=f"{name}: not valid UTF-8 ({where}); read as Windows-1252",
            )
        raise InputError(
            f"{name}: cannot decode as UTF-8: {where} is invalid; save the file as "
            "UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8, or the file's real encoding)"
        ) from None


def _describe_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def _os_error(name: str, exc: OSError, verb: str = "cannot read") -> InputError:
    code = exc.errno
    if code == errno.ENOENT:
        return InputError(f"{name}: no such file or directory")
    if code == errno.ELOOP:
        return InputError(f"{name}: too many levels of symbolic links (a symlink loop?)")
    if code in (errno.EACCES, errno.EPERM):
        return InputError(f"{name}: permission denied")
    if code == errno.ENOTDIR:
        return InputError(f"{name}: a component of the path is not a directory")
    if code == errno.EISDIR:
        return InputError(f"{name}: is a directory")
    if code == errno.ENAMETOOLONG:
        return InputError(f"{name}: file name too long")
    if code == errno.EROFS:
        return InputError(f"{name}: read-only file system")
    if code == errno.ENOSPC:
        return InputError(f"{name}: no space left on device")
    reason = exc.strerror or exc.__class__.__name__
    return InputError(f"{name}: {verb}: {reason}")


def read_text(path: str | os.PathLike[str], *, digest: bool = True) -> Decoded:
    """Read and decode the file at ``path``.

    Never blocks on a FIFO or device (they are refused after a ``stat``), and
    reports a missing file, a directory, a broken symlink or a symlink loop as
    one-line :class:`InputError`.

    ``digest=False`` leaves the digest out of :attr:`Decoded.stamp` (it costs
    ~2 ms a megabyte): for a caller that will not write the file back.
    """
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise InputError(f"{name}: broken symbolic link") from None
        raise InputError(f"{name}: no such file or directory") from None
    except OSError as exc:
        raise _os_error(name, exc) from None
    except ValueError:  # embedded NUL in the path
        raise InputError(f"{name!r}: invalid file name") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name}: is {_describe_kind(st.st_mode)}, not a regular file")
    if st.st_size > MAX_BYTES:
        raise InputError(f"{name}: file too large ({st.st_size} bytes; limit {MAX_BYTES})")
    if name.lower().endswith((".docx", ".docm", ".dotx")):
        return _read_word(name, st)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO after the stat, do not hang.
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _os_error(name, exc) from None
    try:
        fst = os.fstat(fd)
        if not stat.S_ISREG(fst.st_mode):
            raise InputError(f"{name}: is {_describe_kind(fst.st_mode)}, not a regular file")
        chunks: list[bytes] = []
        total = 0
        want = min(fst.st_size, MAX_BYTES) + 1  # the whole file in one read, usually
        while True:
            chunk = os.read(fd, want)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_BYTES:
                raise InputError(f"{name}: file too large (limit {MAX_BYTES} bytes)")
            chunks.append(chunk)
            want = 1 << 20  # it grew since the stat: read on until the end
    except OSError as exc:
        raise _os_error(name, exc) from None
    finally:
        os.close(fd)
    raw = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    decoded = decode_bytes(raw, name=name)
    return Decoded(
        decoded.text,
        decoded.encoding,
        bom=decoded.bom,
        warning=decoded.warning,
        stamp=FileStamp.of(fst, raw if digest else None),
    )


def read_stdin(name: str = "<stdin>") -> Decoded:
    """Read and decode all of standard input (bytes, no newline translation)."""
    stream = sys.stdin
    if stream is None:
        raise InputError(f"{name}: standard input is not available")
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            data = buffer.read(MAX_BYTES + 1)
        else:  # a text stream without a buffer (some test harnesses)
            data = stream.read().encode("utf-8", "surrogateescape")
    except OSError as exc:
        raise _os_error(name, exc) from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: input too large (limit {MAX_BYTES} bytes)")
    return decode_bytes(data, name=name)


def encode_text(text: str, encoding: str = "utf-8", *, bom: bool = False, name: str = "") -> bytes:
    """Encode ``text`` the way it was read. Raises :class:`InputError` if it cannot be."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        raise InputError(
            f"{name or 'output'}: cannot write {char!r} (U+{ord(char):04X}) in {encoding}"
        ) from None
    except LookupError:
        raise InputError(f"{name or 'output'}: unknown encoding {encoding!r}") from None
    if bom:
        data = _BOM_FOR.get(encoding, b"") + data
    return data


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _changed_message(name: str) -> str:
    return (
        f"{name}: changed on disk since it was read (another program wrote it); "
        "not writing: run again on the new version"
    )


def write_atomic(
    path: str | os.PathLike[str],
    text: str,
    *,
    encoding: str = "utf-8",
    bom: bool = False,
    expected: FileStamp | None = None,
) -> None:
    """Write ``text`` to ``path`` so that no fault loses the old content.

    The bytes go to a temporary file in the same directory, which is
    ``fsync``-ed and renamed over the target, so readers see the old or the new
    file, never half of one; SIGINT, SIGTERM, SIGHUP, a full disk or any error
    leave the original intact and no temporary file behind. The target keeps
    its permission bits (setuid included where permitted), extended attributes
    and, when run as root, its owner; a new file gets ``0o666`` minus the umask.
    A symlink is written through: the file it points to changes, the link
    stays. A file with several hard links is written in place (space reserved
    first, signals held back) so every link sees the new text. See
    :mod:`resolve._atomic`.

    Raises :class:`InputError` (and leaves the file untouched) if the target is
    not a regular file or is read-only, if its directory is not writable, or if
    ``expected`` is given and the file changed (size, mtime, inode, content) or
    disappeared since it was read; that is checked again just before the
    rename, so an edit made by another program while we wrote is not lost.
    """
    from resolve._atomic import Interrupted, replace_bytes

    name = os.fspath(path)
    if expected is not None and expected.readonly_reason is not None:
        raise InputError(f"{name}: {expected.readonly_reason}; not writing")
    try:
        target = os.path.realpath(name)
    except (OSError, ValueError):
        raise InputError(f"{name!r}: invalid file name") from None
    data = encode_text(text, encoding, bom=bom, name=name)
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _os_error(name, exc, "cannot write") from None

    def unchanged() -> None:
        if expected is None:
            return
        try:
            now = os.stat(target)
        except FileNotFoundError:
            raise InputError(f"{name}: was removed since it was read; not writing") from None
        except OSError as exc:
            raise _os_error(name, exc, "cannot write") from None
        if not expected.same_file_state(now, target):
            raise InputError(_changed_message(name))

    unchanged()
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{name}: is {_describe_kind(st.st_mode)}; not writing")
        if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise InputError(f"{name}: is read-only; not writing")
        mode = stat.S_IMODE(st.st_mode)
    else:
        mode = 0o666 & ~_current_umask()
    directory = os.path.dirname(target) or "."
    try:
        replace_bytes(target, data, mode=mode, existing=st, before_commit=unchanged)
    except Interrupted as exc:  # the signal's own handler did not end the process
        raise InputError(f"{name}: interrupted (signal {exc.signum}); left unchanged") from None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM) and (st is None or st.st_nlink <= 1):
            raise InputError(
                f"{name}: cannot write: directory {directory} is not writable "
                "(fmt writes a temporary file beside the original, then renames it)"
            ) from None
        if exc.errno == errno.ENOSPC:
            raise InputError(f"{name}: no space left on device; the file is unchanged") from None
        raise _os_error(name, exc, "cannot write") from None


def is_regular_file(path: Path) -> bool:
    """True if ``path`` is (or links to) a regular file; never raises."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False
