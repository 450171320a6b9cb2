"""Writing output files atomically: a reader sees the old file or the new one, never half.

The data goes to a temporary file in the target's folder (so the final rename stays on one
file system), is flushed and fsync'ed, then renamed over the target with ``os.replace``; the
folder is fsync'ed afterwards where the platform allows it. Without ``overwrite`` the rename
is a hard link, which fails if the target appeared meanwhile, so an existing file is never
replaced. The temporary file is created with mode 0666 minus the umask, like any new file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from plandiff.errors import InputError, WriteError

__all__ = ["atomic_write_bytes", "atomic_write_text", "existing_head"]

_MAX_ATTEMPTS = 100


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _exists(path: Path) -> WriteError:
    return WriteError(f"{path}: already exists; not overwriting it (use --force to replace it)")


def _temporary(path: Path) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for attempt in range(_MAX_ATTEMPTS):
        candidate = path.with_name(f".{path.name}.{os.getpid()}.{attempt}.tmp")
        try:
            return os.open(candidate, flags, 0o666), candidate
        except FileExistsError:
            continue
    raise WriteError(f"{path}: cannot create a temporary file next to it")


def _sync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:  # pragma: no cover - unusual file systems
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except (OSError, RuntimeError):
        return False


def check_target(path: Path, forbid: Iterable[Path] = ()) -> None:
    """Refuse output targets that are folders, pipes, devices or sockets, or that are one of
    the ``forbid`` paths (the command's own input files)."""
    path = Path(path)
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise WriteError(f"{path}: cannot write: {_reason(exc)}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode) or path.is_dir():
            raise WriteError(f"{path}: is a folder, expected a file name")
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
            raise WriteError(f"{path}: is not a regular file (a pipe, device or socket); "
                             "refusing to replace it")
    if not stat.S_ISLNK(info.st_mode if info is not None else 0):
        for source in forbid:
            if _same_file(path, Path(source)):
                raise WriteError(f"{path}: is one of this command's input files; "
                                 "choose another output name")


def existing_head(path: Path, size: int, what: str) -> bytes | None:
    """The first ``size`` bytes of a file about to be replaced with ``what`` (None when there
    is no such file), for a check that it holds nothing of the user's but an earlier output."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(f"{path}: cannot check it before writing {what} "
                         f"({exc.strerror or exc})") from None


def atomic_write_bytes(path: Path, data: bytes, *, overwrite: bool,
                       forbid: Iterable[Path] = ()) -> None:
    """Write ``data`` to ``path`` atomically, creating missing parent folders.

    Raises :class:`WriteError` when ``path`` exists and ``overwrite`` is false, when it is a
    folder, a pipe, a device or one of the ``forbid`` paths (inputs), or when the file system
    refuses.
    """
    path = Path(path)
    check_target(path, forbid)
    if not overwrite and (path.exists() or path.is_symlink()):
        raise _exists(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"{folder}: cannot create the folder: {_reason(exc)}") from None
    try:
        fd, temporary = _temporary(path)
    except OSError as exc:
        raise WriteError(f"{path}: cannot write: {_reason(exc)}") from None
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            temporary.replace(path)
        else:
            _link_new(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, FileExistsError):
            raise _exists(path) from None
        raise WriteError(f"{path}: cannot write: {_reason(exc)}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(folder)


def _link_new(temporary: Path, path: Path) -> None:
    """Move ``temporary`` to ``path`` only if ``path`` does not exist (atomically if we can)."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV,
                             errno.EMLINK, errno.ENOSYS):
            raise
        # A file system without hard links: check, then rename (a tiny race remains).
        if path.exists() or path.is_symlink():
            raise FileExistsError(errno.EEXIST, "File exists", str(path)) from None
        temporary.replace(path)
        return
    temporary.unlink()


def atomic_write_text(path: Path, text: str, *, overwrite: bool,
                      forbid: Iterable[Path] = ()) -> None:
    """:func:`atomic_write_bytes` for UTF-8 text (newlines written as given)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise WriteError(f"{path}: text cannot be written as UTF-8 ({exc.reason})") from None
    atomic_write_bytes(path, data, overwrite=overwrite, forbid=forbid)
