"""Atomic file writes, safe reads and content hashes.

Every file the library writes goes through :func:`atomic_write` (replace a file) or
:func:`create_exclusive` (a new file that must not exist yet): the bytes go to a temporary
file in the same folder (``.<name>.<random>.tmp``), are flushed to disk, and reach their name
in one step, so a reader never sees half a file and a crash leaves the old file intact (or a
temporary file, which :func:`clean_temp_files` removes). New files get the user's umask
(``0644`` under the usual ``022``), never ``mkstemp``'s ``0600``.

Every file the ledger reads goes through :func:`read_regular`: only a regular file whose real
path lies inside the allowed folders, and no bigger than a limit. A FIFO, a device, a
directory or a link leading outside is refused with a message naming the file.

Example:
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> atomic_write(p, "hello\\n") == p
    True
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

#: Name pattern of the temporary files of :func:`atomic_write` (prefix ``.``, suffix ``.tmp``).
TEMP_SUFFIX = ".tmp"


class UnsafeFileError(ValueError):
    """A file the ledger was asked to read is not a regular file inside its folders."""


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no way to read it without setting it: put it straight back
    os.umask(mask)
    return mask


def _write_temp(path: Path, data: bytes, sync: bool = True) -> str:
    """Write ``data`` to a new temporary file beside ``path``; return its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)  # a replaced file keeps its mode
        except OSError:
            mode = 0o666 & ~_umask()
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def atomic_write(path: Path | str, content: str | bytes, *, sync: bool = True) -> Path:
    """Write ``content`` to ``path`` atomically (temp file + fsync + rename); return the path.

    Text is written as UTF-8 with the line ends given (no translation). A new file gets the
    user's umask; a replaced file keeps its mode. ``sync=False`` skips the flush to disk
    (for caches: after a power cut the file may be empty, never half-replaced in a run).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "b.txt"
        >>> atomic_write(p, b"x").read_bytes()
        b'x'
    """
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    tmp = _write_temp(path, data, sync)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def create_exclusive(path: Path | str, content: str | bytes) -> Path:
    """Create ``path`` with ``content`` in one step; raise FileExistsError if it exists.

    The bytes are written to a temporary file first and then linked to the name, so a
    reader sees the whole file or none, and of two writers of one name exactly one wins.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "new.yaml"
        >>> create_exclusive(p, "a\\n").read_text()
        'a\\n'
        >>> create_exclusive(p, "b\\n")
        Traceback (most recent call last):
        FileExistsError: ... already exists
    """
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    tmp = _write_temp(path, data)
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, f"{path} already exists") from None
    except OSError as err:
        if err.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # a file system without hard links: exclusive create, then the bytes
        with open(path, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def clean_temp_files(folders: Iterable[Path | str]) -> list[Path]:
    """Remove the temporary files a crashed write left in ``folders``; return them.

    Only names of the shape :func:`atomic_write` uses (``.<name>.<random>.tmp``) are touched.
    Call it while holding the ledger lock, so that no write is in flight.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / ".a.yaml.x1y2.tmp").write_text("half")
        >>> [p.name for p in clean_temp_files([d])]
        ['.a.yaml.x1y2.tmp']
    """
    removed = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if is_temp_name(entry.name) and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)
                removed.append(Path(entry.path))
    return sorted(removed)


def is_temp_name(name: str) -> bool:
    """True for the name of a temporary file of :func:`atomic_write`.

    Example:
        >>> is_temp_name(".2024-11-01-x.yaml.k2j3.tmp"), is_temp_name("x.yaml")
        (True, False)
    """
    return name.startswith(".") and name.endswith(TEMP_SUFFIX) and name.count(".") >= 3


def inside(path: Path, folders: Iterable[Path]) -> bool:
    """True when ``path`` (already resolved) lies inside one of ``folders`` (resolved here).

    Example:
        >>> inside(Path("/a/b/c.txt"), [Path("/a/b")]), inside(Path("/etc/passwd"), [Path("/a")])
        (True, False)
    """
    for folder in folders:
        try:
            path.relative_to(folder.resolve())
            return True
        except ValueError:
            continue
    return False


def read_regular(path: Path | str, folders: Iterable[Path], limit: int) -> bytes:
    """The bytes of a regular file inside ``folders``, at most ``limit`` bytes.

    Links are followed only where they lead inside ``folders``. Raises
    :class:`UnsafeFileError` naming the file (outside the folders, not a regular file, too
    big, dangling link) or ``OSError`` from the system.

    Example:
        >>> read_regular("/etc/hostname", [Path("/tmp")], 1000)
        Traceback (most recent call last):
        tracker.table.files.UnsafeFileError: /etc/hostname: lies outside /tmp
    """
    path = Path(path)
    folders = list(folders)
    try:
        real = path.resolve(strict=True)
    except FileNotFoundError:
        what = "a link to nothing" if path.is_symlink() else "no such file"
        raise UnsafeFileError(f"{path}: {what}") from None
    except RuntimeError:  # a link loop
        raise UnsafeFileError(f"{path}: a loop of links") from None
    if not inside(real, folders):
        names = ", ".join(str(f) for f in folders)
        raise UnsafeFileError(f"{path}: lies outside {names}")
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(real, flags)  # O_NONBLOCK: a FIFO opens at once instead of hanging
    return _read_open(fd, str(path), limit)


def read_entry(folder_fd: int, name: str, limit: int) -> bytes | None:
    """The bytes of regular file ``name`` in an open folder, or None when it is a link.

    Opened relative to ``folder_fd`` without following a link (the folder was checked
    once; a link is for :func:`read_regular` to check). Raises :class:`UnsafeFileError`
    (not a regular file, too big) or ``OSError``.

    Example:
        >>> import tempfile
        >>> folder = tempfile.mkdtemp()
        >>> _ = atomic_write(Path(folder) / "a.yaml", "id: a\\n")
        >>> fd = os.open(folder, os.O_RDONLY)
        >>> read_entry(fd, "a.yaml", 100)
        b'id: a\\n'
        >>> os.close(fd)
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(name, flags, dir_fd=folder_fd)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return None
        raise
    return _read_open(fd, name, limit)


def _read_open(fd: int, label: str, limit: int) -> bytes:
    """Read an opened file if it is a regular file within ``limit`` bytes; close it."""
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFileError(f"{label}: not a regular file ({_kind(info.st_mode)})")
        if info.st_size > limit:
            raise UnsafeFileError(f"{label}: {info.st_size:,} bytes, more than {limit:,}")
        data = _read_fd(fd, limit)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise UnsafeFileError(f"{label}: more than {limit:,} bytes")
    return data


def _read_fd(fd: int, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of an open file (one more than allowed shows it is too big)."""
    chunks = []
    total = 0
    while total <= limit:
        chunk = os.read(fd, min(limit + 1 - total, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a file"


def sha256_hex(data: str | bytes) -> str:
    """The SHA-256 hex digest of text (as UTF-8) or bytes.

    Example:
        >>> sha256_hex("abc")[:12]
        'ba7816bf8f01'
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()
