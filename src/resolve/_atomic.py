"""Replacing a file's bytes so that no fault loses the old ones.

:func:`replace_bytes` is the one place that writes a file the user gave us.
It is called by :func:`resolve.io.write_atomic`, which decides *whether* to
write (the file is regular, writable, unchanged since it was read); this
module decides *how*:

* the new bytes go to a temporary file in the target's own directory, written
  with ``os.write`` (so a full disk is an :class:`OSError` at the first short
  write, before anything is renamed), ``fsync``-ed, given the target's owner
  (when permitted), mode bits (set after ``chown``, which clears setuid) and
  extended attributes, then renamed over the target with ``os.replace``;
* a file with more than one hard link is written in place instead (a rename
  would split the link): the space is reserved first with ``posix_fallocate``
  so a full disk fails before the first byte changes, and SIGINT/SIGTERM/SIGHUP
  are held back until the write and the truncation are done;
* SIGTERM and SIGHUP, like SIGINT, interrupt the write as an exception while a
  temporary file exists, so it is always removed; the signal is then delivered
  again with the handler that was in place, so the process ends as it would
  have (status 128 + signal number);
* ``before_commit`` runs just before the rename (or the in-place write), so a
  change made by another process while the temporary file was written is
  still detected.

Imports only the standard library; raises :class:`OSError` (with ``errno``)
or whatever ``before_commit`` raises.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import threading
from collections.abc import Callable, Iterator

__all__ = ["Interrupted", "replace_bytes"]

_SIGNALS: tuple[signal.Signals, ...] = tuple(
    sig
    for sig in (signal.SIGINT, getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None))
    if sig is not None
)
_CHUNK = 1 << 20


class Interrupted(BaseException):
    """SIGTERM or SIGHUP arrived during a write (SIGINT stays KeyboardInterrupt)."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"interrupted by signal {signum}")
        self.signum = signum


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def _signals_as_exceptions() -> Iterator[list[int]]:
    """While inside, SIGTERM and SIGHUP raise :class:`Interrupted`; afterwards the
    previous handlers are back and a caught signal is raised again with them."""
    caught: list[int] = []
    if not _in_main_thread():  # handlers can only be set in the main thread
        yield caught
        return

    def handler(signum: int, frame: object) -> None:
        caught.append(signum)
        raise Interrupted(signum)

    saved: dict[int, object] = {}
    for sig in _SIGNALS:
        if sig == signal.SIGINT:
            continue  # Python's default SIGINT handler already raises KeyboardInterrupt
        try:
            if signal.getsignal(sig) is signal.SIG_IGN:
                continue  # ignored (nohup): stays ignored
            saved[sig] = signal.signal(sig, handler)
        except (OSError, ValueError):
            pass
    try:
        yield caught
    finally:
        for signum, previous in saved.items():
            signal.signal(signum, previous)  # type: ignore[arg-type]
        if caught:
            signal.raise_signal(caught[0])  # the process ends as the signal meant


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP back (delivered on exit). Main thread only
    matters: other threads are not sent process signals by Python."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:
        yield
        return
    old = mask(signal.SIG_BLOCK, set(_SIGNALS))
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, old)


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written; a short write of 0 is ENOSPC."""
    view = memoryview(data)
    done = 0
    while done < len(view):
        n = os.write(fd, view[done : done + _CHUNK])
        if n <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        done += n


def _copy_xattrs(source: str, fd: int) -> None:
    """Copy extended attributes (SELinux labels, macOS tags, user.*) where supported."""
    listxattr = getattr(os, "listxattr", None)
    if listxattr is None:
        return
    try:
        names = listxattr(source)
    except OSError:
        return
    for name in names:
        try:
            os.setxattr(fd, name, os.getxattr(source, name))
        except OSError:
            pass  # not permitted (security.*, trusted.*) or not supported here


def _make_temp(directory: str, base: str) -> tuple[int, str]:
    import tempfile  # here, not at the top: only writes need it (~1.3 ms to import)

    return tempfile.mkstemp(prefix=f".{base}.", suffix=".tmp", dir=directory)


def _fsync_dir(directory: str) -> None:
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _in_place(target: str, data: bytes, before_commit: Callable[[], None] | None) -> None:
    """Overwrite a hard-linked file in place, keeping every link to it."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        if before_commit is not None:
            before_commit()  # before fallocate, which changes the size
        if len(data) > size and hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(fd, 0, len(data))  # ENOSPC here changes no byte
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, size)  # give back what was reserved
                if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                    raise
        with _signals_held():
            os.lseek(fd, 0, os.SEEK_SET)
            _write_all(fd, data)
            os.ftruncate(fd, len(data))
            os.fsync(fd)
    finally:
        os.close(fd)


def replace_bytes(
    target: str,
    data: bytes,
    *,
    mode: int,
    existing: os.stat_result | None,
    before_commit: Callable[[], None] | None = None,
) -> None:
    """Make ``data`` the content of ``target`` (a real path, no symlink), atomically.

    ``existing`` is the target's ``stat`` (``None`` for a new file); its owner,
    ``mode`` and extended attributes are given to the new file.
    """
    if existing is not None and existing.st_nlink > 1:
        _in_place(target, data, before_commit)
        return
    directory = os.path.dirname(target) or "."
    base = os.path.basename(target)
    tmp: str | None = None
    with _signals_as_exceptions():
        try:
            with _signals_held():  # no signal between creating the file and knowing its name
                fd, tmp = _make_temp(directory, base)
            try:
                _write_all(fd, data)
                if existing is not None:
                    if hasattr(os, "fchown"):
                        try:  # before fchmod: a chown clears setuid and setgid
                            os.fchown(fd, existing.st_uid, existing.st_gid)
                        except OSError:
                            pass  # not root: the file stays ours
                    _copy_xattrs(target, fd)
                if hasattr(os, "fchmod"):
                    os.fchmod(fd, mode)
                else:  # Windows
                    os.chmod(tmp, mode)
                os.fsync(fd)
            finally:
                os.close(fd)
            if before_commit is not None:
                before_commit()
            with _signals_held():
                os.replace(tmp, target)
                tmp = None
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
    _fsync_dir(directory)
