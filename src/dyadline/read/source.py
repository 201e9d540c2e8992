"""Getting a file's bytes and text, with a clear error for each bad input.

Reads a path (or bytes already in memory). Adds nothing to the document; it
raises ``ReadError`` naming the file and the fix when the file is missing, a
directory, a FIFO or device, too large, changing while read, empty, binary, or
not decodable.

Encodings: UTF-8 (with or without a byte-order mark) and UTF-16 with a BOM are
accepted. Other legacy encodings are refused rather than guessed: cp1252 or
Latin-1 decode almost any bytes, so a guess would silently turn a wrong file
into wrong text; the error says how to convert the file instead.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from dyadline.errors import ReadError

#: Largest input file read, in megabytes (``$DYADLINE_MAX_FILE_MB`` overrides it).
MAX_FILE_MB = 200
#: How often a file that changes while it is read is read again before giving up.
REREADS = 3


def max_file_bytes() -> int:
    """The size cap on one input file: ``$DYADLINE_MAX_FILE_MB`` megabytes, else 200."""
    raw = os.environ.get("DYADLINE_MAX_FILE_MB", "")
    try:
        mb = float(raw) if raw else MAX_FILE_MB
    except ValueError:
        mb = MAX_FILE_MB
    return int(mb * 1_000_000) if mb > 0 else int(MAX_FILE_MB * 1_000_000)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _missing(path: Path) -> ReadError:
    name = str(path)
    if path.is_symlink():
        return ReadError(
            name, f"broken link (to {os.readlink(path)}, which does not exist)", "fix the link"
        )
    return ReadError(name, "file not found", "check the path and the file name")


def _open_error(path: Path, exc: OSError) -> ReadError:
    name = str(path)
    if exc.errno == errno.ELOOP:
        return ReadError(name, "symlink loop (the link points back to itself)", "fix the link")
    if exc.errno == errno.ENOENT:
        return _missing(path)
    if isinstance(exc, PermissionError):
        return ReadError(name, "permission denied", "make the file readable")
    return ReadError(name, f"cannot read the file ({exc.strerror})", "check the path")


def _signature(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, or a ReadError saying why it cannot be read.

    Only regular files are read: a FIFO, a device or a link to one (``/dev/zero``) is
    refused before it can block or fill memory; a file over ``max_file_bytes()`` is
    refused; a file that changes while it is read (size, mtime) is read again, and
    refused if it keeps changing, so a half-rewritten file is never stored.
    """
    name = str(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _open_error(path, exc) from exc
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(
            name, "is a directory, not a file", "give one file, or read each file in it"
        )
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(name, f"is {_kind(st.st_mode)}, not a file", "give a regular file")
    cap = max_file_bytes()
    for _ in range(REREADS):
        try:
            # O_NONBLOCK: should the path have become a FIFO since the stat, open does not wait
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        except OSError as exc:
            raise _open_error(path, exc) from exc
        with os.fdopen(fd, "rb") as handle:
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                raise ReadError(name, f"is {_kind(before.st_mode)}, not a file", "give a file")
            if before.st_size > cap:
                raise ReadError(
                    name,
                    f"file is too large ({before.st_size / 1e6:.0f} MB; the limit is "
                    f"{cap / 1e6:.0f} MB)",
                    "split it, or raise the limit with DYADLINE_MAX_FILE_MB",
                )
            try:
                data = handle.read(cap + 1)
            except OSError as exc:
                raise _open_error(path, exc) from exc
            after = os.fstat(fd)
        try:
            now = os.stat(path)
        except OSError:
            now = None
        unchanged = now is not None and _signature(before) == _signature(after) == _signature(now)
        if unchanged and len(data) == before.st_size:
            break
    else:
        raise ReadError(
            name,
            "the file kept changing while it was read",
            "wait until it is fully written, then ingest it again",
        )
    if not data:
        raise ReadError(name, "file is empty", "give a file that contains the document's text")
    return data


def _utf16_without_bom(data: bytes) -> bool:
    """NUL bytes at every other position, as in UTF-16 text of mostly Latin letters."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even, odd) >= 0.4 * half and min(even, odd) <= 0.05 * half


def decode_text(data: bytes, name: str) -> str:
    """Text of a text file: UTF-8 (BOM or not) or UTF-16 with a BOM; never guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(name, "broken UTF-16 text", "re-save the file as UTF-8") from exc
    else:
        if b"\x00" in data[:65536] and _utf16_without_bom(data):
            raise ReadError(
                name,
                "looks like UTF-16 text without a byte order mark",
                "re-save it as UTF-8, e.g. `iconv -f utf-16le -t utf-8 FILE > NEW`",
            )
        if b"\x00" in data[:65536]:
            raise ReadError(
                name,
                "binary file (it contains NUL bytes), not text",
                "convert it to .txt, .md, .html or .pdf first",
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReadError(
                name,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                "re-save the file as UTF-8, e.g. `iconv -f cp1252 -t utf-8 FILE > NEW`",
            ) from exc
    if not text.strip():
        raise ReadError(name, "file holds only whitespace", "give a file with the document's text")
    return text
